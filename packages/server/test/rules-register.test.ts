import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../src/clock.js';
import { systemContext } from '../src/context.js';
import { seedDemoRules } from '../src/demo/seed-rules.js';
import { isOverdue } from '../src/rules/rule-query.js';
import { type TestApp, testApp } from './support/test-app.js';
import { uploaderAs } from './support/uploads.js';

let t: TestApp;
let blobDir: string;
beforeEach(async () => {
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-rules-blobs-'));
  t = await testApp({ env: { SANXIANG_BLOB_DIR: blobDir } });
});
afterEach(async () => {
  await t.close();
  fs.rmSync(blobDir, { recursive: true, force: true });
});

interface Rule {
  id: string;
  title: string;
  status: string;
  dueDate: string;
  filingNumber: string | null;
  filedAt: string | null;
  overdue: boolean;
  attachment: { name: string; size: number; sha256: string } | null;
}

const lastEvent = (operation: string) =>
  t.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('operation', '=', operation)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();

const blobFiles = () =>
  (fs.readdirSync(blobDir, { recursive: true }) as string[]).filter((f) =>
    fs.statSync(path.join(blobDir, f)).isFile(),
  );

const PDF = Buffer.from('%PDF-1.7\n% 如皋市城市管理局 行政执法公示管理办法（2026年修订）\n%%EOF\n');

async function newRule(dueDate = addDays(todayInChina(), 30)) {
  const fagui = await t.as('fagui');
  const res = await fagui.post('/api/v1/rules', {
    title: '行政执法证件管理办法',
    kind: 'measure',
    requirementIds: ['P-07'],
    dueDate,
  });
  expect(res.statusCode).toBe(201);
  return { fagui, rule: res.json().rule as Rule };
}

describe('I-01 the rules register', () => {
  it("shows the plan's documents with their deadlines, filings and what is overdue", async () => {
    const officer = await t.as('zhifa');
    const res = await officer.get('/api/v1/rules?pageSize=200');
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json() as { items: Rule[]; total: number };
    expect(total).toBe(items.length);
    const byTitle = new Map(items.map((r) => [r.title, r]));
    expect(byTitle.get('推进"三项制度"工作实施方案（皋城管发〔2019〕77号）')).toMatchObject({
      dueDate: '2019-09-30',
      status: 'filed',
      filingNumber: '皋司备〔2019〕31号',
      overdue: false,
    });
    for (const title of ['重大执法决定法制审核制度', '法制审核流程图', '音像记录事项清单', '执法文书样本'])
      expect(byTitle.get(title)).toMatchObject({
        dueDate: '2019-10-10',
        status: 'filed',
        filingNumber: '皋司备〔2019〕35号',
      });
    expect(byTitle.get('推行"三项制度"工作总结报告')?.dueDate).toBe('2019-10-30');
    // Revised and refiled since 2019.
    expect(byTitle.get('行政执法公示管理办法')).toMatchObject({ filingNumber: '皋司备〔2024〕18号' });
    // Two obligations still open: one past its date, one not yet due.
    const open = items.filter((r) => r.status === 'pending');
    expect(open).toHaveLength(2);
    expect(open.filter((r) => r.overdue).map((r) => r.title)).toEqual(['执法音像资料归档保管细则']);
    // Earliest deadline first.
    expect(items.map((r) => r.dueDate)).toEqual([...items.map((r) => r.dueDate)].sort());
    const overdue = (await officer.get('/api/v1/rules?overdue=true')).json();
    expect(overdue.items.map((r: Rule) => r.title)).toEqual(['执法音像资料归档保管细则']);
  });

  it('is seeded once', async () => {
    expect(await seedDemoRules(t.deps.db, systemContext('test'))).toBe(false);
  });

  it('overdue counts days in China, whatever the server clock zone', () => {
    // 2026-01-09 17:30 UTC is already 2026-01-10 in China.
    const late = todayInChina(new Date('2026-01-09T17:30:00Z'));
    expect(late).toBe('2026-01-10');
    expect(isOverdue({ status: 'pending', due_date: '2026-01-09' }, late)).toBe(true);
    expect(isOverdue({ status: 'drafted', due_date: '2026-01-10' }, late)).toBe(false);
    expect(isOverdue({ status: 'filed', due_date: '2019-10-10' }, late)).toBe(false);
  });

  it('the regulation section registers a rule; officers may read but not write', async () => {
    const { rule } = await newRule();
    expect(rule).toMatchObject({ status: 'pending', filingNumber: null, attachment: null, overdue: false });
    const event = await lastEvent('rules.created');
    expect(event.actor_username).toBe('fagui');
    expect(event.target_id).toBe(rule.id);
    expect(event.changes).toMatchObject({ title: { before: null, after: '行政执法证件管理办法' } });

    const officer = await t.as('zhifa');
    const refused = await officer.post('/api/v1/rules', {
      title: 'x',
      kind: 'other',
      requirementIds: [],
      dueDate: '2026-12-01',
    });
    expect(refused.statusCode).toBe(403);
    const gongshi = await t.as('gongshi');
    expect(
      (await gongshi.put(`/api/v1/rules/${rule.id}`, { ...rule, kind: 'measure', requirementIds: ['P-07'] }))
        .statusCode,
    ).toBe(200);
    const bad = await gongshi.post('/api/v1/rules', {
      title: '',
      kind: 'decree',
      requirementIds: ['X-1'],
      dueDate: '2026-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['dueDate', 'kind', 'requirementIds.0', 'title']);
  });

  it('a change is audited field by field; status moves only as the register allows', async () => {
    const { fagui, rule } = await newRule();
    const due = addDays(todayInChina(), -1);
    const res = await fagui.put(`/api/v1/rules/${rule.id}`, {
      title: '行政执法证件管理办法（试行）',
      kind: 'measure',
      requirementIds: ['P-07'],
      dueDate: due,
    });
    expect(res.json().rule).toMatchObject({ title: '行政执法证件管理办法（试行）', overdue: true });
    const event = await lastEvent('rules.updated');
    expect(event.changes).toEqual({
      title: { before: '行政执法证件管理办法', after: '行政执法证件管理办法（试行）' },
      dueDate: { before: rule.dueDate, after: due },
    });
    const toFiled = await fagui.put(`/api/v1/rules/${rule.id}`, { ...res.json().rule, status: 'filed' });
    expect(toFiled.statusCode).toBe(422);
    expect(toFiled.json().code).toBe('RULE_STATUS_INVALID');
    const drafted = await fagui.put(`/api/v1/rules/${rule.id}`, { ...res.json().rule, status: 'drafted' });
    expect(drafted.json().rule.status).toBe('drafted');
    expect((await fagui.put('/api/v1/rules/nope', { ...rule, requirementIds: [] })).statusCode).toBe(404);
  });

  it('the document is streamed into the blob store with its digests, and downloads unchanged', async () => {
    const { rule } = await newRule();
    const up = await uploaderAs(t, 'fagui');
    const res = await up.upload(`/api/v1/rules/${rule.id}/attachment`, [
      { field: 'file', filename: '行政执法证件管理办法.pdf', content: PDF, contentType: 'text/html' },
    ]);
    expect(res.statusCode).toBe(200);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(res.json().rule).toMatchObject({
      status: 'drafted',
      attachment: { name: '行政执法证件管理办法.pdf', size: PDF.length, sha256 },
    });
    expect(blobFiles()).toEqual([path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256)]);
    const event = await lastEvent('rules.attachment-added');
    expect(event.changes).toMatchObject({
      status: { before: 'pending', after: 'drafted' },
      attachment: {
        before: null,
        after: { sha256, sm3: createHash('sm3').update(PDF).digest('hex'), size: PDF.length },
      },
    });

    const officer = await t.as('zhifa');
    const download = await officer.get(`/api/v1/rules/${rule.id}/attachment`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    // The type follows the checked extension, not what the client claimed.
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('行政执法证件管理办法.pdf')}`,
    );
  });

  it('refuses uploads that are missing, of the wrong type or too large, keeping nothing', async () => {
    const { rule } = await newRule();
    const up = await uploaderAs(t, 'gongshi');
    const url = `/api/v1/rules/${rule.id}/attachment`;
    const exe = await up.upload(url, [{ field: 'file', filename: 'setup.exe', content: 'MZ' }]);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const wrongField = await up.upload(url, [{ field: 'document', filename: 'a.pdf', content: PDF }]);
    expect(wrongField.json().code).toBe('UPLOAD_FILE_MISSING');
    const json = await up.raw('POST', url, Buffer.from('{}'), 'application/json');
    expect(json.statusCode).toBe(400);
    expect(json.json().code).toBe('UPLOAD_FILE_MISSING');
    const big = await up.upload(url, [
      { field: 'file', filename: 'scan.pdf', content: Buffer.alloc(20 * 1024 * 1024 + 1, 0x25) },
    ]);
    expect(big.statusCode).toBe(400);
    expect(big.json()).toMatchObject({ code: 'UPLOAD_TOO_LARGE', details: { limitBytes: 20 * 1024 * 1024 } });
    expect(blobFiles()).toEqual([]);
    const unchanged = (await (await t.as('zhifa')).get('/api/v1/rules?q=证件管理')).json().items[0];
    expect(unchanged).toMatchObject({ status: 'pending', attachment: null });
    expect(
      (await up.upload('/api/v1/rules/none/attachment', [{ field: 'file', filename: 'a.pdf', content: PDF }]))
        .statusCode,
    ).toBe(404);
  });

  it('uploads need the CSRF token like every other write', async () => {
    const { rule } = await newRule();
    const up = await uploaderAs(t, 'fagui');
    const { multipartBody } = await import('./support/uploads.js');
    const body = multipartBody([{ field: 'file', filename: 'a.pdf', content: PDF }]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rules/${rule.id}/attachment`,
      headers: { cookie: up.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    expect(blobFiles()).toEqual([]);
  });

  it('filing needs the document, a date not in the future, and keeps earlier filings on a refile', async () => {
    const { fagui, rule } = await newRule(addDays(todayInChina(), -3));
    const url = `/api/v1/rules/${rule.id}/file`;
    const noDoc = await fagui.post(url, { filingNumber: '皋司备〔2026〕21号', filedAt: todayInChina() });
    expect(noDoc.statusCode).toBe(422);
    expect(noDoc.json().code).toBe('RULE_ATTACHMENT_REQUIRED');
    const up = await uploaderAs(t, 'fagui');
    await up.upload(`/api/v1/rules/${rule.id}/attachment`, [
      { field: 'file', filename: 'v1.pdf', content: PDF },
    ]);
    const future = await fagui.post(url, {
      filingNumber: '皋司备〔2026〕21号',
      filedAt: addDays(todayInChina(), 1),
    });
    expect(future.json().code).toBe('RULE_FILING_DATE_INVALID');
    const filed = await fagui.post(url, { filingNumber: '皋司备〔2026〕21号', filedAt: todayInChina() });
    expect(filed.statusCode).toBe(200);
    expect(filed.json().rule).toMatchObject({
      status: 'filed',
      filingNumber: '皋司备〔2026〕21号',
      filedAt: todayInChina(),
      overdue: false,
    });
    expect((await lastEvent('rules.filed')).changes).toMatchObject({
      status: { before: 'drafted', after: 'filed' },
      filingNumber: { before: null, after: '皋司备〔2026〕21号' },
    });
    expect((await fagui.post(url, { filingNumber: 'x', filedAt: todayInChina() })).json().code).toBe(
      'RULE_STATUS_INVALID',
    );

    // A revised text: drafted again, the 2026 filing stays in force until the revision is filed.
    const v2 = Buffer.concat([PDF, Buffer.from('% 修订\n')]);
    const revised = await up.upload(`/api/v1/rules/${rule.id}/attachment`, [
      { field: 'file', filename: 'v2.pdf', content: v2 },
    ]);
    expect(revised.json().rule).toMatchObject({ status: 'drafted', filingNumber: '皋司备〔2026〕21号' });
    await fagui.post(url, { filingNumber: '皋司备〔2026〕30号', filedAt: todayInChina() });
    const row = await t.deps.db
      .selectFrom('bureau_rules')
      .selectAll()
      .where('id', '=', rule.id)
      .executeTakeFirstOrThrow();
    expect(row.filing_number).toBe('皋司备〔2026〕30号');
    expect(row.previous_filings).toEqual([{ filingNumber: '皋司备〔2026〕21号', filedAt: todayInChina() }]);
  });

  it('the portal lists the rules in force without sign-in', async () => {
    const res = await t.client().get('/api/v1/public/rules?pageSize=100');
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as { items: Rule[] };
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((r) => r.filingNumber && r.filedAt)).toBe(true);
    expect(items.map((r) => r.title)).not.toContain('执法音像资料归档保管细则');
    // The one under revision is still in force under its 2019 filing.
    expect(items.find((r) => r.title === '执法用语规范')?.filingNumber).toBe('皋司备〔2019〕35号');
    expect(items[0]).not.toHaveProperty('attachment');
  });
});
