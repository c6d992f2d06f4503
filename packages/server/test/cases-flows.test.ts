import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  act,
  createCase,
  creditCode,
  daysAgo,
  forceStage,
  officersOf,
  reload,
  snapshot,
  today,
  V1,
} from './cases-helpers.js';
import { linkEvidence } from './recording-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// Issue item 9: whole cases through the API, each step by the role the procedure names, with the documents
// each stage requires drafted and issued through the documents part: a general-procedure case from the
// report to the archive, an on-the-spot case, a hearing case, a seizure with its one extension, and a
// forced demolition.

let t: TestApp;
let blobDir: string;
let zhifa: Client;
let zhongdui: Client;
let juzhang: Client;
let fazhike: Client;
let fagui: Client;
let two: { personId: string; role: string }[];

beforeEach(async () => {
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-case-blobs-'));
  t = await testApp({ env: { SANXIANG_BLOB_DIR: blobDir } });
  zhifa = await t.as('zhifa');
  zhongdui = await t.as('zhongdui');
  juzhang = await t.as('juzhang');
  fazhike = await t.as('fazhike');
  fagui = await t.as('fagui');
  const { valid } = await officersOf(t, 'rg-dd-1');
  two = [
    { personId: valid[0]!, role: 'lead' },
    { personId: valid[1]!, role: 'assist' },
  ];
});
afterEach(async () => {
  await t.close();
  fs.rmSync(blobDir, { recursive: true, force: true });
});

/** Drafts and issues documents of the given kinds (by `who`), returning nothing: the case is re-read after. */
async function issue(who: Client, caseId: string, kinds: string[], input: Record<string, unknown> = {}) {
  for (const kind of kinds) {
    const drafted = await who.post(`${V1}/cases/${caseId}/documents`, { kind, input });
    expect(drafted.statusCode, `${kind}: ${drafted.body}`).toBe(201);
    const issued = await who.post(`${V1}/cases/${caseId}/documents/${drafted.json().document.id}/issue`);
    expect(issued.statusCode, `${kind}: ${issued.body}`).toBe(200);
  }
}

/** Takes an act that must succeed, and returns the case after it. */
async function step(
  who: Client,
  kase: { id: string; version: number },
  action: string,
  payload = {},
  reason?: string,
) {
  const res = await act(who, kase, action, payload, reason);
  expect(res.statusCode, `${action}: ${res.body.slice(0, 600)}`).toBe(200);
  return res.json();
}

const running = (k: { deadlines: { kind: string; status: string }[] }) =>
  k.deadlines.filter((d) => d.status === 'running').map((d) => d.kind);

const facts = {
  facts: '当事人于解放路36号门前墙面喷涂办证小广告约3平方米',
  evidence: ['现场检查（勘验）笔录1份', '询问笔录1份', '现场照片6张'],
};

/** A general case from the report to the prior notice's stage, through every act before it. */
async function toPriorNotice(
  options: { matterCode?: string; fine?: number; circumstances?: string; parties?: object[] } = {},
) {
  let k = await createCase(zhifa, {
    officers: two,
    ...(options.matterCode ? { matterCode: options.matterCode } : {}),
    ...(options.parties ? { parties: options.parties } : {}),
  });
  k = await step(zhifa, k, 'propose-filing');
  expect(k.stage).toBe('filing');
  await issue(zhifa, k.id, ['filing-approval'], { proposal: '建议立案查处' });
  k = await step(zhongdui, await reload(zhongdui, k.id), 'approve-filing', {}, '符合立案条件');
  expect(k.caseNo).toMatch(/^皋城管立〔\d{4}〕第\d{4}号$/);
  expect(k.filedOn).toBe(today());
  expect(running(k)).toEqual(['case-90']);
  await issue(zhifa, k.id, ['inspection-record'], { findings: '现场墙面有喷涂小广告约3平方米' });
  k = await step(zhifa, await reload(zhifa, k.id), 'close-investigation', { certificateShown: true });
  expect(k.stage).toBe('investigation-closed');
  const p = await zhifa.put(`${V1}/cases/${k.id}/penalty`, {
    circumstances: options.circumstances ?? '一般处罚',
    kinds: ['罚款'],
    fine: options.fine ?? 150,
    measures: '责令清除',
  });
  expect(p.statusCode, p.body).toBe(200);
  await issue(zhifa, k.id, ['investigation-report'], facts);
  k = await step(zhongdui, await reload(zhongdui, k.id), 'submit-legal-review', {
    headOpinion: '事实清楚，同意送审',
  });
  expect(k.stage).toBe('legal-review');
  expect(running(k)).toEqual(['case-90', 'review-7']);
  k = (await fazhike.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '同意' })).json();
  // Above the local "large fine" line the bureau regulation section reviews as well (L-03).
  if ((options.fine ?? 0) > 5000)
    k = (await fagui.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '同意' })).json();
  await issue(fazhike, k.id, ['legal-review-opinion']);
  k = await step(fazhike, await reload(fazhike, k.id), 'pass-review');
  expect(k.stage).toBe('prior-notice');
  expect(running(k)).toEqual(['case-90']);
  await issue(zhifa, k.id, ['prior-notice', 'service-receipt'], facts);
  return reload(zhifa, k.id);
}

describe('a general-procedure case from the report to the archive', () => {
  it('goes through every stage with its documents, clocks and timeline', async () => {
    let k = await toPriorNotice();
    // Served ten days ago: the statement period has run out by now.
    k = await step(zhifa, k, 'serve-prior-notice', { servedOn: daysAgo(10), serviceMode: 'direct' });
    expect(k.stage).toBe('statement');
    expect(k.notifiedPenalty.fine).toBe(150);
    const wait = k.deadlines.find((d: { kind: string }) => d.kind === 'hearing-request-5');
    expect(wait).toMatchObject({ status: 'running', limitKind: 'wait', from: daysAgo(10), elapsed: true });
    k = await step(zhifa, k, 'review-statement', { statementReview: '当事人在期限内未提出陈述申辩' });
    expect(k.stage).toBe('decision');

    await issue(zhifa, k.id, ['penalty-decision'], facts);
    k = await reload(juzhang, k.id);
    expect(k.actions.find((a: { action: string }) => a.action === 'issue-decision')).toMatchObject({
      allowed: true,
    });
    k = await step(juzhang, k, 'issue-decision');
    expect(k.stage).toBe('service');
    expect(k.decision).toMatchObject({ penalty: { fine: 150 }, decidedOn: today(), facts: facts.facts });
    expect(k.deadlines.find((d: { kind: string }) => d.kind === 'case-90').status).toBe('met');
    expect(running(k)).toEqual(['service-7']);

    k = await step(zhifa, k, 'confirm-service', { servedOn: today(), serviceMode: 'direct' });
    expect(k.stage).toBe('performance');
    expect(running(k)).toEqual(['payment-15']);
    expect(k.surcharge).toMatchObject({ amount: 0 });
    k = await step(zhifa, k, 'confirm-performance', { paidOn: today(), amountPaid: 150 });
    expect(k).toMatchObject({ stage: 'closing', status: 'closed' });
    expect(running(k)).toEqual([]);

    // The file must be complete before it is archived.
    const early = await act(zhongdui, k, 'archive');
    expect(early.json().code).toBe('GUARD_CASE_FILE_COMPLETE');
    expect(early.json().details.refusals[0].missing).toEqual(['案卷封面、目录', '结案审批表']);
    await issue(zhifa, k.id, ['closing-approval', 'file-cover']);
    k = await step(zhongdui, await reload(zhongdui, k.id), 'archive');
    expect(k).toMatchObject({ stage: 'archived', status: 'archived', actions: [] });
    expect(
      k.timeline
        .filter((e: { toStage: string | null; fromStage: string | null }) => e.fromStage)
        .map((e: { action: string }) => e.action),
    ).toEqual([
      'propose-filing',
      'approve-filing',
      'close-investigation',
      'submit-legal-review',
      'pass-review',
      'serve-prior-notice',
      'review-statement',
      'issue-decision',
      'confirm-service',
      'confirm-performance',
      'archive',
    ]);
    expect(k.documents).toHaveLength(9);
    expect(k.documents.every((d: { status: string; number: string | null }) => d.status === 'issued')).toBe(
      true,
    );
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('operation')
      .where('target_id', '=', k.id)
      .where('operation', '=', 'case.action')
      .execute();
    expect(audit).toHaveLength(11);
    // Archived: nothing moves any more, and nothing changes by trying.
    const before = await snapshot(t, k.id);
    expect((await act(zhongdui, k, 'archive')).json().code).toBe('ACTION_NOT_AVAILABLE');
    expect(
      (
        await zhifa.put(`${V1}/cases/${k.id}/penalty`, {
          circumstances: '一般处罚',
          kinds: ['罚款'],
          fine: 100,
        })
      ).json().code,
    ).toBe('CASE_CLOSED');
    expect(await snapshot(t, k.id)).toEqual(before);
    // The party's progress query shows where it ended.
    const progress = await t
      .client()
      .get(`${V1}/public/progress?caseNo=${encodeURIComponent(k.caseNo)}&code=${k.queryCode}`);
    expect(progress.json()).toMatchObject({ stageName: '立卷归档', status: 'archived', deadlines: [] });
  });

  it('a written waiver lets the decision come before the statement period ends; a refused decision changes nothing', async () => {
    let k = await toPriorNotice();
    k = await step(zhifa, k, 'serve-prior-notice', { servedOn: today(), serviceMode: 'direct' });
    const before = await snapshot(t, k.id);
    const early = await act(zhifa, k, 'review-statement');
    expect(early.json().code).toBe('GUARD_STATEMENT_PERIOD_ELAPSED_OR_WAIVED');
    expect(await snapshot(t, k.id)).toEqual(before);
    k = await step(zhifa, k, 'review-statement', {
      statementWaiver: { signedOn: today(), note: '当事人书面放弃陈述申辩' },
    });
    expect(k.flags.waivedStatement).toMatchObject({ signedOn: today() });
    await issue(zhifa, k.id, ['penalty-decision'], facts);
    k = await step(juzhang, await reload(juzhang, k.id), 'issue-decision');
    expect(k.stage).toBe('service');
  });
});

describe('an on-the-spot case (简易程序)', () => {
  it('applies the simple procedure, hands over the decision, is paid, recorded and archived', async () => {
    const org = {
      kind: 'organisation',
      name: '如皋市嘉禾百货商行',
      creditCode: creditCode('92320682MA1ABCD12'),
      legalRepresentative: '孙某',
      address: '如皋市如城街道解放路8号',
    };
    let k = await createCase(zhifa, {
      procedure: 'simple',
      matterCode: 'CG-CF-007',
      officers: two,
      parties: [org],
      summary: '门店二楼窗外堆放纸箱杂物，有碍市容',
    });
    expect(k.stage).toBe('on-site');
    k = (
      await zhifa.put(`${V1}/cases/${k.id}/penalty`, {
        circumstances: '一般处罚',
        kinds: ['罚款'],
        fine: 500,
      })
    ).json();
    k = await step(zhifa, k, 'apply-simple-procedure', { certificateShown: true });
    expect(k.stage).toBe('decision');
    // The rights are told on the spot before the decision is handed over (art. 44).
    await issue(zhifa, k.id, ['on-the-spot-decision'], {
      facts: '当事人在门店二楼窗外堆放纸箱杂物',
      evidence: ['现场照片3张'],
    });
    k = await reload(zhifa, k.id);
    expect((await act(zhifa, k, 'deliver-decision')).json().code).toBe('GUARD_PRIOR_NOTICE_SERVED');
    k = await step(zhifa, k, 'deliver-decision', {
      onSiteRecord: { rightsTold: true, partyPresent: true, signedOrRefusalNoted: true },
    });
    expect(k.stage).toBe('performance');
    expect(k.milestones).toMatchObject({ 'decision-made': today(), 'decision-served': today() });
    expect(running(k)).toEqual(['payment-15']);
    k = await step(zhifa, k, 'confirm-payment', { paidOn: today(), amountPaid: 500 });
    expect(k).toMatchObject({ stage: 'recorded', status: 'closed' });
    await issue(zhifa, k.id, ['file-cover']);
    k = await step(zhongdui, await reload(zhongdui, k.id), 'archive');
    expect(k.stage).toBe('archived');
  });
});

describe('a hearing case (听证)', () => {
  it('notifies the hearing right, holds the hearing after 7 working days, reviews again at both levels, decides', async () => {
    let k = await toPriorNotice({ matterCode: 'CG-CF-035', fine: 6000 });
    // 6,000 yuan for a citizen is above the local "large fine" line: the notice must tell of the hearing right.
    expect(
      (await act(zhifa, k, 'serve-prior-notice', { servedOn: daysAgo(1), serviceMode: 'direct' })).json()
        .code,
    ).toBe('GUARD_HEARING_RIGHTS_NOTIFIED_WHEN_REQUIRED');
    k = await step(zhifa, k, 'serve-prior-notice', {
      servedOn: daysAgo(1),
      serviceMode: 'direct',
      hearingRightsNotified: true,
    });
    k = await step(zhifa, k, 'request-hearing', { requestedOn: today() });
    expect(k.stage).toBe('hearing-notice');
    await issue(fazhike, k.id, ['hearing-notice'], {
      hearing: { at: `${today()}T09:30`, place: '如皋市城市管理局三楼听证室', chair: '法制科' },
    });
    k = await reload(fazhike, k.id);
    const chair = (
      await t.deps.db
        .selectFrom('users')
        .select('person_id')
        .where('username', '=', 'fazhike')
        .executeTakeFirstOrThrow()
    ).person_id!;
    expect(
      (
        await act(fazhike, k, 'hold-hearing', {
          hearingNoticeServedOn: daysAgo(3),
          hearingDate: today(),
          chairPersonId: chair,
        })
      ).json().code,
    ).toBe('GUARD_HEARING_NOTICE_SEVEN_WORKING_DAYS');
    k = await step(fazhike, k, 'hold-hearing', {
      hearingNoticeServedOn: daysAgo(14),
      hearingDate: today(),
      chairPersonId: chair,
    });
    expect(k.stage).toBe('hearing');
    expect(k.flags.hearingHeld).toMatchObject({ chairPersonId: chair });
    await issue(fazhike, k.id, ['hearing-record'], { statement: '当事人称系初次经营，请求从轻处罚' });
    k = await step(zhifa, await reload(zhifa, k.id), 'review-after-hearing');
    expect(k.stage).toBe('post-hearing-review');
    // Reviews made before the hearing no longer count; a hearing case goes to the bureau section too.
    expect((await act(fazhike, k, 'pass-review')).json().code).toBe('GUARD_REQUIRED_REVIEWS_PASSED');
    await fazhike.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '听证后复核，同意' });
    k = await reload(fazhike, k.id);
    expect((await act(fazhike, k, 'pass-review')).json().message).toMatch(/局法规科/);
    k = (await fagui.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '同意' })).json();
    k = await step(fazhike, k, 'pass-review');
    expect(k.stage).toBe('decision');
    await issue(zhifa, k.id, ['penalty-decision'], facts);
    k = await step(juzhang, await reload(juzhang, k.id), 'issue-decision');
    expect(k.stage).toBe('service');
    expect(k.decision.penalty.fine).toBe(6000);
  });
});

describe('a seizure with its one extension (查封扣押)', () => {
  it('is approved, carried out with decision and inventory, extended once by 30 days, decided in time, released', async () => {
    const org = {
      kind: 'organisation',
      name: '如皋市锦程房地产开发有限公司',
      creditCode: creditCode('91320682MA1XYW987'),
      legalRepresentative: '周某',
      address: '如皋市开发区兴源大道8号',
    };
    let k = await createCase(zhifa, {
      procedure: 'seizure',
      matterCode: 'CG-QZ-002',
      officers: two,
      parties: [org],
      summary: '责令停止建设后继续施工',
    });
    expect(k.stage).toBe('proposal');
    await issue(zhifa, k.id, ['coercive-measure-approval'], { proposal: '建议查封施工现场' });
    const seizure = {
      items: [{ name: '挖掘机', quantity: '1台' }],
      place: '施工现场',
      notNecessities: true,
      notSealedElsewhere: true,
    };
    k = await step(juzhang, await reload(juzhang, k.id), 'approve-measure', { seizure }, '同意查封');
    expect(k.stage).toBe('on-site');
    await issue(zhifa, k.id, ['on-site-record', 'seizure-decision', 'seizure-inventory'], {
      seizure: { measure: '查封', from: today(), to: today(), custody: '施工现场' },
      items: [{ name: '挖掘机', quantity: '1', unit: '台' }],
    });
    k = await reload(zhifa, k.id);
    const onSite = {
      seizedOn: today(),
      deliveredOn: today(),
      certificateShown: true,
      onSiteRecord: { rightsTold: true, partyPresent: true, signedOrRefusalNoted: true },
    };
    expect((await act(zhifa, k, 'complete-seizure', onSite)).json().code).toBe('GUARD_FOOTAGE_LINKED');
    // the footage guard reads the evidence linked to the stage (recording-rules.test.ts has the rest).
    await linkEvidence(t, k.id, 'on-site', 'video');
    k = await step(zhifa, await reload(zhifa, k.id), 'complete-seizure', onSite);
    expect(k.stage).toBe('custody');
    let d = k.deadlines.find((x: { kind: string }) => x.kind === 'seizure-30');
    expect(d).toMatchObject({ status: 'running', from: today(), days: 30, unit: 'calendar' });
    const first = d.due;
    k = await step(juzhang, k, 'extend-seizure', { extensionDays: 30 }, '需委托技术鉴定，情况复杂');
    expect(k.stage).toBe('extended');
    d = k.deadlines.find((x: { kind: string }) => x.kind === 'seizure-30');
    expect(d.extensions).toHaveLength(1);
    expect(d.due > first).toBe(true);
    expect(k.milestones['seizure-period-expired']).toBe(first);
    // The extended stage has no further extension, and the deadline route refuses a second one.
    expect(k.actions.map((a: { action: string }) => a.action)).not.toContain('extend-seizure');
    const again = await zhongdui.post(`${V1}/cases/${k.id}/deadlines/${d.id}/extend`, {
      days: 5,
      reason: '再延长',
    });
    expect(again.json().code).toBe('GUARD_SEIZURE_EXTENSION_ONCE');
    // The extension itself is approved and the party told in writing (行政强制法 art. 25).
    await issue(zhifa, k.id, ['seizure-extension-approval', 'seizure-extension-notice']);
    k = await step(zhifa, await reload(zhifa, k.id), 'decide-disposal');
    expect(k.stage).toBe('disposal');
    expect(running(k)).toEqual([]);
    k = await step(zhongdui, k, 'release');
    await issue(zhifa, k.id, ['seizure-release-decision', 'service-receipt']);
    k = await step(zhifa, await reload(zhifa, k.id), 'return-property');
    expect(k).toMatchObject({ stage: 'closed', status: 'closed' });
  });
});

describe('a forced demolition (强制拆除)', () => {
  it('demand, enforcement decision, public notice; not before the self-demolition deadline; then demolished', async () => {
    let k = await createCase(zhifa, {
      procedure: 'demolition',
      matterCode: 'CG-QZ-001',
      officers: two,
      summary: '违法搭建二层砖混结构房屋约120平方米，限期拆除期满未自行拆除',
    });
    await issue(zhifa, k.id, ['demolition-deadline-notice', 'service-receipt'], {
      structure: '二层砖混结构房屋',
      area: '120平方米',
      demolishBy: daysAgo(220),
    });
    k = await step(zhifa, await reload(zhifa, k.id), 'issue-demand', {
      servedOn: today(),
      orderServedOn: daysAgo(250),
      orderDeadline: daysAgo(220),
    });
    expect(k.stage).toBe('demand');
    await issue(zhifa, k.id, ['demand-notice'], { demand: { duty: '自行拆除违法建设', by: daysAgo(-10) } });
    k = await step(zhongdui, await reload(zhongdui, k.id), 'decide-enforcement', {
      demandStatement: { made: true, review: '当事人称无力拆除，理由不成立' },
    });
    expect(k.stage).toBe('enforcement-decision');
    await issue(zhongdui, k.id, ['demolition-decision'], { enforcementOn: daysAgo(-20) });
    k = await step(zhongdui, await reload(zhongdui, k.id), 'announce', {
      servedOn: today(),
      serviceMode: 'direct',
      announcement: { publishedOn: today(), selfDemolitionBy: daysAgo(-10) },
    });
    expect(k.stage).toBe('announcement');
    await issue(zhongdui, k.id, ['demolition-announcement']);
    k = await reload(zhongdui, k.id);
    const before = await snapshot(t, k.id);
    const early = await act(zhongdui, k, 'start-demolition', { startAt: '2026-06-10T09:00:00+08:00' });
    expect(early.json().code).toBe('GUARD_DEMOLITION_NOTICE_AND_DEADLINE_PASSED');
    expect(await snapshot(t, k.id)).toEqual(before);
    // Eleven days later the deadline has passed (the notice is moved back instead of the clock forward).
    await forceStage(t, k.id, {
      stage: 'announcement',
      flags: { ...k.flags, announcement: { publishedOn: daysAgo(11), selfDemolitionBy: daysAgo(1) } },
    });
    k = await reload(zhongdui, k.id);
    expect(
      (await act(zhongdui, k, 'start-demolition', { startAt: '2026-06-10T22:30:00+08:00' })).json().code,
    ).toBe('GUARD_NO_ENFORCEMENT_AT_NIGHT_OR_HOLIDAY');
    k = await step(zhongdui, k, 'start-demolition', { startAt: '2026-06-10T09:00:00+08:00' });
    expect(k.stage).toBe('demolition');
    await issue(zhifa, k.id, ['on-site-record'], { findings: '强制拆除违法建设，全程录音录像' });
    await linkEvidence(t, k.id, 'demolition', 'video');
    k = await step(zhifa, await reload(zhifa, k.id), 'complete-demolition');
    expect(k).toMatchObject({ stage: 'demolished', status: 'closed' });
  });
});

describe('an inspection (行政检查)', () => {
  it('assigns two certified inspectors, records the inspection, orders a correction and closes on its confirmation', async () => {
    const org = {
      kind: 'organisation',
      name: '如皋市味香园餐饮管理有限公司',
      creditCode: creditCode('91320682MA1QWE456'),
      legalRepresentative: '吴某',
      address: '如皋市宁海南路18号',
    };
    let k = await createCase(zhongdui, {
      procedure: 'inspection',
      matterCode: 'CG-JC-002',
      source: 'inspection',
      officers: two,
      parties: [org],
      summary: '双随机抽查：餐饮油烟净化设施',
    });
    expect(k.stage).toBe('plan');
    k = await step(zhongdui, k, 'assign-inspectors');
    expect(k.stage).toBe('on-site');
    expect((await act(zhifa, k, 'record-inspection')).json().code).toBe('GUARD_CERTIFICATE_SHOWN');
    await issue(zhifa, k.id, ['inspection-record'], { findings: '油烟净化设施未开启' });
    k = await step(zhifa, await reload(zhifa, k.id), 'record-inspection', { certificateShown: true });
    k = await step(zhifa, k, 'order-rectification');
    await issue(zhifa, k.id, ['rectification-notice', 'service-receipt'], {
      rectifyBy: daysAgo(-7),
      rectifyRequirement: '正常使用油烟净化设施',
    });
    k = await step(zhongdui, await reload(zhongdui, k.id), 'confirm-rectified');
    expect(k).toMatchObject({ stage: 'closed', status: 'closed' });
  });
});

describe('two people acting on the same version', () => {
  it('lets one through and answers the other 409, with one timeline entry', async () => {
    const k = await createCase(zhifa, { officers: two });
    const other = await t.as('zhifa');
    const [a, b] = await Promise.all([act(zhifa, k, 'propose-filing'), act(other, k, 'propose-filing')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const after = await snapshot(t, k.id);
    expect(after.row).toMatchObject({ stage: 'filing', version: 2 });
    expect(after.events.filter((e) => e.action === 'propose-filing')).toHaveLength(1);
  });
});
