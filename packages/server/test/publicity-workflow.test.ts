import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCalendar } from '../src/calendar/load-calendar.js';
import { registerJob, runJobNow, unregisterJob } from '../src/jobs/index.js';
import { listPublicPublications } from '../src/publicity/public-publications.js';
import { takeDownExpired, takeDownExpiredJob } from '../src/publicity/take-down-expired.js';
import { daysAgo, idNumber, today, V1 } from './cases-helpers.js';
import {
  decideOnTheSpot,
  inspectionWithResult,
  publicationOfCase,
  SECRET_ID,
  SECRET_PHONE,
} from './publicity-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// Issue 7 items 1–3, 6, 8–9: an issued decision becomes a reviewed, redacted publication; the portal shows
// only what was approved; a revoked decision is withdrawn with its reason; corrections publish new
// versions; the public period ends with a take-down; inspection results go the same way.

let t: TestApp;
let zhifa: Client;
let gongshi: Client;

beforeEach(async () => {
  t = await testApp();
  zhifa = await t.as('zhifa');
  gongshi = await t.as('gongshi');
});
afterEach(async () => t.close());

const portal = (url: string) => t.app.inject({ method: 'GET', url });

async function approve(id: string) {
  const res = await gongshi.post(`${V1}/publications/${id}/approve`, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json().publication;
}

describe('drafts with redaction (P-09)', () => {
  it('P-09 an issued penalty decision becomes a draft due 7 working days later, with the personal data proposed for redaction', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const row = await publicationOfCase(t, k.id);
    expect(row).toMatchObject({
      kind: 'penalty-decision',
      status: 'draft',
      public_id: null,
      triggered_on: today(),
    });
    const res = await gongshi.get(`${V1}/publications/${row.id}`);
    expect(res.statusCode).toBe(200);
    const p = res.json().publication;
    const cal = await readCalendar(t.deps.db);
    expect(cal.isWorkingDay(p.publication.due)).toBe(true);
    expect(cal.workingDaysBetween(today(), p.publication.due)).toBe(7);
    expect(p.publication.rule).toBe('作出处罚决定之日起7个工作日内');
    const kinds = p.redactions.map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['id-number', 'phone', 'person-name']));
    expect(p.preview).not.toContain(SECRET_ID);
    expect(p.preview).not.toContain(SECRET_PHONE);
    expect(p.preview).not.toContain('陈立新');
    expect(p.preview).toContain('周建国'); // the punished party is named
    expect(p.sourceText).toContain(SECRET_ID); // the officer reviews against the original
    // The decision record states no basis on the spot: the matter's articles from the catalogue are cited.
    expect(p.sourceText).toMatch(/处罚依据：《[^》]+》第[一二三四五六七八九十百零]+条/);
  });

  it('P-09 POST /redaction/preview returns the redacted text and every finding with its offsets', async () => {
    const text = `当事人李明，住址：如皋市如城街道福寿路8号，电话${SECRET_PHONE}。`;
    const res = await zhifa.post(`${V1}/redaction/preview`, { text, partyName: '李明', partyType: 'person' });
    expect(res.statusCode, res.body).toBe(200);
    const { redacted, findings } = res.json();
    expect(findings.map((f: { kind: string }) => f.kind)).toEqual(['address', 'phone']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(redacted).toBe('当事人李明，住址：［住址已隐去］，电话***********。');
  });

  it('P-09 a case whose party is a minor is recorded as not to be published, and cannot be approved', async () => {
    const k = await decideOnTheSpot(t, zhifa, {
      party: {
        kind: 'person',
        name: '小刘',
        idNumber: idNumber('2012-05-01'),
        address: '如皋市如城街道',
        phone: '',
      },
      facts: '当事人在解放路乱扔垃圾',
    });
    const row = await publicationOfCase(t, k.id);
    expect(row.status).toBe('barred');
    expect(row.barred_reason).toContain('未成年人');
    const res = await gongshi.post(`${V1}/publications/${row.id}/approve`, {});
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('PUBLICATION_BARRED');
    expect((await publicationOfCase(t, k.id)).public_id).toBeNull();
  });

  it('P-09 the officer adds and removes redactions; a bad set is refused and changes nothing', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const row = await publicationOfCase(t, k.id);
    const detail = (await gongshi.get(`${V1}/publications/${row.id}`)).json().publication;
    const at = detail.sourceText.indexOf('解放路');
    const kept = detail.redactions.filter((r: { kind: string }) => r.kind !== 'person-name');
    const added = { kind: 'other', start: at, end: at + 3 };
    const bad = await gongshi.put(`${V1}/publications/${row.id}/redactions`, {
      redactions: [...kept, added, { kind: 'other', start: at + 1, end: at + 4 }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('REDACTION_INVALID');
    expect((await publicationOfCase(t, k.id)).redactions).toEqual(row.redactions);
    const ok = await gongshi.put(`${V1}/publications/${row.id}/redactions`, { redactions: [...kept, added] });
    expect(ok.statusCode, ok.body).toBe(200);
    const preview = ok.json().publication.preview as string;
    expect(preview).toContain('陈立新'); // removed from the redactions
    expect(preview).not.toContain('解放路');
    expect(preview).not.toContain(SECRET_ID);
  });

  it('P-02 only the publicity officer approves; officers and the supervision centre cannot', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const row = await publicationOfCase(t, k.id);
    expect((await zhifa.get(`${V1}/publications`)).statusCode).toBe(403);
    const jiandu = await t.as('jiandu');
    expect((await jiandu.get(`${V1}/publications`)).statusCode).toBe(200);
    expect((await jiandu.post(`${V1}/publications/${row.id}/approve`, {})).statusCode).toBe(403);
    expect((await zhifa.post(`${V1}/publications/${row.id}/approve`, {})).statusCode).toBe(403);
    expect((await publicationOfCase(t, k.id)).status).toBe('draft');
  });
});

describe('publishing and the portal (P-02, P-09)', () => {
  it('P-02 nothing reaches the portal unreviewed; approved, it is listed, found by Chinese search and in the feeds — redacted', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const row = await publicationOfCase(t, k.id);
    expect((await portal('/search?q=纸箱杂物')).body).not.toContain(row.title);
    expect((await portal('/publications')).body).not.toContain(row.title);
    const p = await approve(row.id);
    expect(p.status).toBe('published');
    expect(p.publicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(p.publicUntil).toBe(
      `${Number(today().slice(0, 4)) + 2}${today().slice(4)}`.replace('-02-29', '-02-28'),
    ); // natural person: 2 years
    const page = await portal(`/publications/${p.publicId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('纸箱杂物');
    expect(page.body).not.toContain(SECRET_ID);
    expect(page.body).not.toContain(SECRET_PHONE);
    const search = await portal(`/search?q=${encodeURIComponent('纸箱杂物')}`);
    expect(search.body).toContain(`/publications/${p.publicId}`);
    // Hidden words are not indexed: searching for them finds nothing.
    expect((await portal(`/search?q=${encodeURIComponent('陈立新')}`)).body).not.toContain(p.publicId);
    expect((await portal(`/search?q=${SECRET_PHONE}`)).body).not.toContain(p.publicId);
    expect((await portal('/')).body).toContain(`/publications/${p.publicId}`);
    const rss = await portal('/feed.xml');
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    expect(rss.body).toContain(`/publications/${p.publicId}`);
    const json = JSON.parse((await portal('/feed.json')).body);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items[0].url).toContain(p.publicId);
    expect(JSON.stringify(json)).not.toContain(SECRET_ID);
  });

  it('P-09 script and markup in a decision render as text on the item page, the list, the search and the feed', async () => {
    const k = await decideOnTheSpot(t, zhifa, {
      facts: '当事人在门前<script>alert("x")</script><img src=x onerror=alert(1)>堆放杂物',
    });
    const p = await approve((await publicationOfCase(t, k.id)).id);
    for (const url of [
      `/publications/${p.publicId}`,
      '/publications',
      `/search?q=${encodeURIComponent('堆放 杂物')}`,
      '/feed.xml',
    ]) {
      const body = (await portal(url)).body;
      expect(body, url).not.toContain('<script>alert');
      expect(body, url).not.toContain('<img src=x');
    }
    expect((await portal(`/publications/${p.publicId}`)).body).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
  });

  it('P-09 drafts have no address; unknown, guessed and taken-down ids answer 404 alike; versions are immutable', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const row = await publicationOfCase(t, k.id);
    for (const guess of [row.id, 'AAAAAAAAAAAAAAAAAAAAAA', '1', '../../etc/passwd']) {
      expect((await portal(`/publications/${encodeURIComponent(guess)}`)).statusCode, guess).toBe(404);
    }
    const p = await approve(row.id);
    await expect(
      t.deps.db
        .updateTable('publication_versions')
        .set({ title: 'x' } as never)
        .where('publication_id', '=', row.id)
        .execute(),
    ).rejects.toThrow(/immutable/);
    // The public period ends: the daily job takes it down.
    await t.deps.db
      .updateTable('publications')
      .set({ public_until: daysAgo(1) })
      .where('id', '=', row.id)
      .execute();
    // Through the job runner, as the server schedules it; a second run finds nothing left to do.
    registerJob('publicity.take-down-expired', { every: '1d' }, takeDownExpiredJob);
    try {
      const report = await runJobNow(t.deps, 'publicity.take-down-expired');
      expect(report).toMatchObject({ status: 'ok', result: 'taken down 1' });
    } finally {
      unregisterJob('publicity.take-down-expired');
    }
    expect(await takeDownExpired(t.deps)).toBe(0);
    expect((await publicationOfCase(t, k.id)).status).toBe('taken-down');
    expect((await portal(`/publications/${p.publicId}`)).statusCode).toBe(404);
    expect((await portal(`/search?q=${encodeURIComponent('纸箱杂物')}`)).body).not.toContain(p.publicId);
  });
});

describe('search over many publications (P-09)', () => {
  it('P-09 a common word is answered newest first with a capped count; a rare one exactly', async () => {
    const db = t.deps.db;
    const kase = await db.selectFrom('cases').select('id').executeTakeFirstOrThrow();
    // 1,800 published decisions, one in three about 占道经营 (this throwaway copy drops the one-per-case rule).
    await sql`drop index publications_case_kind`.execute(db);
    await sql`insert into publications (id, kind, case_id, public_id, status, title, source_ref, party_type, source_text,
        triggered_on, current_version, published_on, public_until, search_vector)
      select 'many-' || i, 'penalty-decision', ${kase.id}, substr(md5('m' || i), 1, 22), 'published', '行政处罚决定书（第' || i || '号）',
        '第' || i || '号', 'organisation', '', date '2025-01-01' + i, 1, date '2025-01-01' + i, date '2028-01-01' + i,
        to_tsvector('simple', case when i % 3 = 0 then '占 道 经营 ' else '乱 堆 乱 放 ' end || 'x' || i)
      from generate_series(1, 1800) i`.execute(db);
    await sql`insert into publication_versions (publication_id, version, title, body, redactions)
      select 'many-' || i, 1, '行政处罚决定书（第' || i || '号）', case when i % 3 = 0 then '占道经营' else '乱堆乱放' end, '[]'
      from generate_series(1, 1800) i`.execute(db);
    const common = await listPublicPublications(t.deps, { q: '占道经营', page: 1, pageSize: 20 });
    expect(common.capped).toBe(false); // 600 matches: under the cap, counted exactly
    expect(common.total).toBe(600);
    const all = await listPublicPublications(t.deps, { q: '乱堆乱放', page: 1, pageSize: 20 });
    expect(all.capped).toBe(true); // 1,200 matches: more than the cap
    const newest: string[] = [];
    for (let i = 1800; newest.length < 40; i--) if (i % 3 !== 0) newest.push(`第${i}号`);
    expect(all.items.map((i) => i.sourceRef)).toEqual(newest.slice(0, 20));
    const second = await listPublicPublications(t.deps, { q: '乱堆乱放', page: 2, pageSize: 20 });
    expect(second.items.map((i) => i.sourceRef)).toEqual(newest.slice(20, 40));
    const rare = await listPublicPublications(t.deps, { q: 'x777', page: 1, pageSize: 20 });
    expect(rare.items.map((i) => i.sourceRef)).toEqual(['第777号']);
  });
});

describe('withdrawal and corrections (P-02, P-09)', () => {
  it('P-09 a revoked decision is due for withdrawal within 3 working days; withdrawn, the portal says why and shows nothing else', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const row = await publicationOfCase(t, k.id);
    const p = await approve(row.id);
    expect(
      (
        await zhifa.post(`${V1}/cases/${k.id}/decision-revocations`, {
          kind: 'revoked',
          decidedOn: today(),
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const fagui = await t.as('fagui');
    const rev = await fagui.post(`${V1}/cases/${k.id}/decision-revocations`, {
      kind: 'revoked',
      decidedOn: today(),
      reason: '经行政复议，原处罚决定认定事实不清，予以撤销',
    });
    expect(rev.statusCode, rev.body).toBe(201);
    const queue = (await gongshi.get(`${V1}/publications`)).json();
    const item = queue.items.find((i: { id: string }) => i.id === row.id);
    const cal = await readCalendar(t.deps.db);
    expect(cal.workingDaysBetween(today(), item.withdrawal.due)).toBe(3);
    expect(item.withdrawal.reason).toContain('予以撤销');
    const w = await gongshi.post(`${V1}/publications/${row.id}/withdraw`, { reason: item.withdrawal.reason });
    expect(w.statusCode, w.body).toBe(200);
    const page = await portal(`/publications/${p.publicId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('该信息已撤回');
    expect(page.body).toContain('认定事实不清，予以撤销');
    expect(page.body).not.toContain('纸箱杂物');
    expect((await portal(`/search?q=${encodeURIComponent('纸箱杂物')}`)).body).not.toContain(p.publicId);
    expect((await portal('/publications')).body).toContain('撤回公告');
    // Withdrawn once: a second withdrawal is refused.
    expect((await gongshi.post(`${V1}/publications/${row.id}/withdraw`, { reason: '重复' })).statusCode).toBe(
      409,
    );
  });

  it('P-09 a decision revoked before its draft was approved can no longer be published', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const juzhang = await t.as('juzhang');
    const rev = await juzhang.post(`${V1}/cases/${k.id}/decision-revocations`, {
      kind: 'revoked',
      decidedOn: today(),
      reason: '本机关自行纠错撤销',
    });
    expect(rev.statusCode, rev.body).toBe(201);
    const row = await publicationOfCase(t, k.id);
    expect(row.status).toBe('barred');
    expect((await gongshi.post(`${V1}/publications/${row.id}/approve`, {})).json().code).toBe(
      'PUBLICATION_BARRED',
    );
  });

  it('P-02 anyone files a correction from the portal; accepted, a new version is published with the reason and the history kept', async () => {
    const k = await decideOnTheSpot(t, zhifa);
    const row = await publicationOfCase(t, k.id);
    const p = await approve(row.id);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/publications/${p.publicId}/corrections`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=&contact=&content=x',
    });
    expect(bad.statusCode).toBe(400);
    const filed = await t.app.inject({
      method: 'POST',
      url: `/publications/${p.publicId}/corrections`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        name: '周建国',
        contact: '13800002222',
        content: '堆放的是我店的快递纸箱，地点是一楼门前，不是二楼窗外',
      }).toString(),
    });
    expect(filed.statusCode).toBe(201);
    const ticket = /查询码：<strong class="code">([A-Z0-9]+)</.exec(filed.body)![1]!;
    const inbox = (await gongshi.get(`${V1}/publication-corrections?status=open`)).json();
    const c = inbox.items.find((i: { ticket: string }) => i.ticket === ticket);
    const cal = await readCalendar(t.deps.db);
    expect(cal.workingDaysBetween(today(), c.due.due)).toBe(10);
    const detail = (await gongshi.get(`${V1}/publications/${row.id}`)).json().publication;
    const sourceText = detail.sourceText.replace('二楼窗外', '一楼门前');
    const answered = await gongshi.post(`${V1}/publication-corrections/${c.id}/answer`, {
      outcome: 'accepted',
      answer: '经核实，堆放地点应为一楼门前，已更正',
      sourceText,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().correction).toMatchObject({ status: 'accepted', versionPublished: 2 });
    const page = (await portal(`/publications/${p.publicId}`)).body;
    expect(page).toContain('一楼门前');
    expect(page).toContain('更正记录');
    expect(page).toContain('经核实，堆放地点应为一楼门前，已更正');
    expect(page).not.toContain(SECRET_ID); // redactions found again on the corrected text
    const versions = await t.deps.db
      .selectFrom('publication_versions')
      .selectAll()
      .where('publication_id', '=', row.id)
      .orderBy('version')
      .execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]!.body).toContain('二楼窗外');
    const status = (await portal(`/publications/corrections?ticket=${ticket}`)).body;
    expect(status).toContain('已采纳并更正');
    expect(
      (
        await gongshi.post(`${V1}/publication-corrections/${c.id}/answer`, {
          outcome: 'rejected',
          answer: '再次答复',
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('deadlines and inspection results (P-01, P-10)', () => {
  it('P-01 an overdue draft heads the queue and shows in the figures for the publicity officer and the supervision centre', async () => {
    const late = await decideOnTheSpot(t, zhifa);
    const fresh = await decideOnTheSpot(t, zhifa);
    const lateRow = await publicationOfCase(t, late.id);
    await t.deps.db
      .updateTable('publications')
      .set({ triggered_on: daysAgo(30) })
      .where('id', '=', lateRow.id)
      .execute();
    const jiandu = await t.as('jiandu');
    for (const who of [gongshi, jiandu]) {
      const queue = (await who.get(`${V1}/publications?overdue=true`)).json();
      expect(queue.items.map((i: { id: string }) => i.id)).toContain(lateRow.id);
      expect(queue.items.map((i: { caseId: string }) => i.caseId)).not.toContain(fresh.id);
      const summary = (await who.get(`${V1}/publications/summary`)).json();
      expect(summary.overdueDrafts).toBeGreaterThanOrEqual(1);
    }
    const all = (await gongshi.get(`${V1}/publications?pageSize=200`)).json().items;
    const firstLate = all.findIndex(
      (i: { publication: { overdue: boolean } | null }) => !i.publication?.overdue,
    );
    expect(
      all
        .slice(0, Math.max(firstLate, 0))
        .every((i: { publication: { overdue: boolean } }) => i.publication.overdue),
    ).toBe(true);
    expect(all.findIndex((i: { id: string }) => i.id === lateRow.id)).toBeLessThan(firstLate);
  });

  it('P-10 an inspection result becomes a draft due within 20 working days and is published through the same workflow', async () => {
    const zhongdui = await t.as('zhongdui');
    const k = await inspectionWithResult(t, zhongdui, zhifa);
    const row = await publicationOfCase(t, k.id);
    expect(row).toMatchObject({ kind: 'inspection-result', status: 'draft' });
    const detail = (await gongshi.get(`${V1}/publications/${row.id}`)).json().publication;
    const cal = await readCalendar(t.deps.db);
    expect(cal.workingDaysBetween(today(), detail.publication.due)).toBe(20);
    expect(detail.sourceText).toContain('未发现违法违规问题');
    const p = await approve(row.id);
    expect(p.publicUntil).toBe(
      `${Number(today().slice(0, 4)) + 3}${today().slice(4)}`.replace('-02-29', '-02-28'),
    ); // organisation: 3 years
    const page = (await portal(`/publications/${p.publicId}`)).body;
    expect(page).toContain('如皋市味香园餐饮管理有限公司');
    expect(page).toContain('行政检查结果');
  });
});
