import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetCalendar } from '../src/calendar/load-calendar.js';
import {
  act,
  articlesOf,
  createCase,
  creditCode,
  daysAgo,
  expiredAnywhere,
  forceStage,
  insertDeadline,
  officersOf,
  reload,
  snapshot,
  today,
  V1,
} from './cases-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// Every guard the issue names, each refused with its own code and the article it rests on, and each refusal
// leaving the case exactly as it was (row, timeline, clocks, officers, parties, reviews, audit writes).
// Cases are put at the stage under test directly when the stages before it need documents (documents/).

let t: TestApp;
let zhifa: Client;
let zhongdui: Client;
let juzhang: Client;
let fazhike: Client;
let valid: string[];
beforeEach(async () => {
  t = await testApp();
  zhifa = await t.as('zhifa');
  zhongdui = await t.as('zhongdui');
  juzhang = await t.as('juzhang');
  fazhike = await t.as('fazhike');
  valid = (await officersOf(t, 'rg-dd-1')).valid;
});
afterEach(async () => {
  await t.close();
});

const two = () => [
  { personId: valid[0], role: 'lead' },
  { personId: valid[1], role: 'assist' },
];

/** Runs `attempt` and checks it was refused with `code` and changed nothing. */
async function refused(
  caseId: string,
  attempt: () => Promise<LightMyRequestResponse>,
  code: string,
  status = 422,
) {
  const before = await snapshot(t, caseId);
  const res = await attempt();
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(res.json().code).toBe(code);
  expect(await snapshot(t, caseId)).toEqual(before);
  return res.json();
}

describe('行政处罚法 art. 42: two officers with valid certificates', () => {
  it('refuses 立案 while one of the two has an expired certificate, and lists the refusal on the case', async () => {
    const kase = await createCase(zhifa, { officers: [{ personId: valid[0], role: 'lead' }] });
    // A certificate can run out after its holder was put on a case: the guard checks it on the day of the act.
    const expired = await expiredAnywhere(t);
    await t.deps.db
      .insertInto('case_officers')
      .values({
        case_id: kase.id,
        person_id: expired,
        role: 'assist',
        assigned_at: new Date(),
        assigned_by: null,
      })
      .execute();
    await forceStage(t, kase.id, { stage: 'filing' });
    const body = await refused(
      kase.id,
      () => act(zhongdui, kase, 'approve-filing'),
      'GUARD_TWO_CERTIFIED_OFFICERS',
    );
    expect(articlesOf(body)).toContain(42);
    expect(body.message).toMatch(/过期/);
    const shown = await reload(zhongdui, kase.id);
    const approve = shown.actions.find((a: { action: string }) => a.action === 'approve-filing');
    expect(approve.allowed).toBe(false);
    expect(approve.refusals[0]).toMatchObject({
      guard: 'two-certified-officers',
      code: 'GUARD_TWO_CERTIFIED_OFFICERS',
    });
  });

  it('will not put a person with an expired certificate on a case at all', async () => {
    const expired = await expiredAnywhere(t);
    const res = await zhifa.post(`${V1}/cases`, {
      source: 'patrol',
      summary: '测试',
      place: '如皋市如城街道',
      occurredOn: daysAgo(2),
      discoveredOn: daysAgo(1),
      procedure: 'general',
      unitId: 'rg-dd-1',
      officers: [{ personId: expired, role: 'lead' }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('OFFICER_NOT_CERTIFIED');
    expect(res.json().message).toMatch(/过期/);
    expect(
      await t.deps.db.selectFrom('cases').select('id').where('summary', '=', '测试').execute(),
    ).toHaveLength(0);
  });
});

describe('行政处罚法 art. 43: recusal', () => {
  it('holds the case while a request is undecided; only the head decides; a withdrawn officer no longer counts', async () => {
    const kase = await createCase(zhifa, { officers: two() });
    await forceStage(t, kase.id, { stage: 'filing' });
    const requested = await zhifa.post(`${V1}/cases/${kase.id}/officers/${valid[1]}/recuse`, {
      reason: '当事人称该执法人员系其亲属',
      decision: 'requested',
    });
    expect(requested.statusCode).toBe(200);
    let k = requested.json();
    const body = await refused(k.id, () => act(zhongdui, k, 'approve-filing'), 'GUARD_RECUSAL_CHECKED');
    expect(articlesOf(body)).toContain(43);
    const byOfficer = await zhifa.post(`${V1}/cases/${kase.id}/officers/${valid[1]}/recuse`, {
      reason: '是亲属',
    });
    expect(byOfficer.statusCode).toBe(403);
    k = (
      await zhongdui.post(`${V1}/cases/${kase.id}/officers/${valid[1]}/recuse`, {
        reason: '经查属实，决定回避',
      })
    ).json();
    expect(k.officers.find((o: { personId: string }) => o.personId === valid[1])).toMatchObject({
      active: false,
      recusal: { decision: 'recused' },
    });
    await refused(k.id, () => act(zhongdui, k, 'approve-filing'), 'GUARD_TWO_CERTIFIED_OFFICERS');
    const back = await zhongdui.post(`${V1}/cases/${kase.id}/officers`, {
      personId: valid[1],
      role: 'assist',
    });
    expect(back.json().code).toBe('OFFICER_RECUSED');
  });
});

describe('行政处罚法 art. 36: limitation at filing', () => {
  it('refuses conduct discovered more than two years later, allows five where safety is harmed', async () => {
    const old = { occurredOn: daysAgo(3 * 365), discoveredOn: daysAgo(1) };
    const kase = await createCase(zhifa, old);
    const body = await refused(kase.id, () => act(zhifa, kase, 'propose-filing'), 'GUARD_WITHIN_LIMITATION');
    expect(articlesOf(body)).toEqual([36]);
    const safety = await createCase(zhifa, { ...old, harmsSafety: true });
    const res = await act(zhifa, safety, 'propose-filing');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'filing', version: 2 });
  });
});

describe('行政处罚法 art. 51: on the spot only for a warning or a small fine', () => {
  const simple = (party: object) => ({
    procedure: 'simple',
    matterCode: 'CG-CF-007',
    summary: '解放路临街阳台吊挂物品有碍市容',
    parties: [party],
  });
  const org = {
    kind: 'organisation',
    name: '如皋市某某商贸有限公司',
    creditCode: creditCode(),
    legalRepresentative: '张某',
    address: '如皋市解放路8号',
  };

  it('refuses 600 yuan for a citizen, allows 2,000 for an organisation', async () => {
    const person = await createCase(zhifa, {
      ...simple({ kind: 'person', name: '李某', address: '如皋市解放路9号' }),
      officers: two(),
    });
    let k = (
      await zhifa.put(`${V1}/cases/${person.id}/penalty`, {
        circumstances: '从重处罚',
        kinds: ['罚款'],
        fine: 600,
        reason: '拒不整改且存在坠落隐患',
      })
    ).json();
    const body = await refused(
      k.id,
      () => act(zhifa, k, 'apply-simple-procedure', { certificateShown: true }),
      'GUARD_SIMPLE_PROCEDURE_LIMITS',
    );
    expect(articlesOf(body)).toEqual([51]);
    expect(body.message).toMatch(/二百元/);

    const organisation = await createCase(zhifa, { ...simple(org), officers: two() });
    k = (
      await zhifa.put(`${V1}/cases/${organisation.id}/penalty`, {
        circumstances: '一般处罚',
        kinds: ['罚款'],
        fine: 800,
      })
    ).json();
    const res = await act(zhifa, k, 'apply-simple-procedure', { certificateShown: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stage).toBe('decision');
  });
});

/** A general case at 'decision', reviewed by the brigade on its current draft. */
async function atDecision(extra: Record<string, unknown> = {}) {
  const kase = await createCase(zhifa, { officers: two() });
  await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
    circumstances: '一般处罚',
    kinds: ['罚款'],
    fine: 150,
  });
  await forceStage(t, kase.id, {
    stage: 'legal-review',
    case_no: '皋城管立〔2026〕第9001号',
    filed_on: daysAgo(20),
  });
  const reviewed = await fazhike.post(`${V1}/cases/${kase.id}/reviews`, {
    outcome: 'approved',
    opinion: '事实清楚，证据确凿，适用依据正确，程序合法，裁量适当',
  });
  expect(reviewed.statusCode, reviewed.body).toBe(200);
  await forceStage(t, kase.id, { stage: 'decision', ...extra });
  return reload(juzhang, kase.id);
}

const decision = {
  facts: '当事人于解放路36号门前涂写广告',
  evidence: ['现场检查笔录', '照片6张'],
  basis: '《城市市容和环境卫生管理条例》第三十四条',
  performance: '自收到本决定书之日起十五日内缴纳罚款',
  sealed: true,
};

describe('行政处罚法 arts. 44, 62, 64, 45, 59: the decision', () => {
  it('no decision before the prior notice is served', async () => {
    const k = await atDecision();
    const body = await refused(
      k.id,
      () => act(juzhang, k, 'issue-decision', { decision }),
      'GUARD_PRIOR_NOTICE_SERVED',
    );
    expect(articlesOf(body)).toEqual([44, 62]);
  });

  it('no decision while the statement period runs, unless waived in writing', async () => {
    const k = await atDecision({ milestones: { filed: daysAgo(20), 'prior-notice-served': today() } });
    await insertDeadline(t, k.id, {
      kind: 'hearing-request-5',
      stage: 'statement',
      from: today(),
      days: 5,
      unit: 'working',
      limitKind: 'wait',
    });
    const body = await refused(
      k.id,
      () => act(juzhang, k, 'issue-decision', { decision }),
      'GUARD_STATEMENT_PERIOD_ELAPSED_OR_WAIVED',
    );
    expect(articlesOf(body)).toEqual(expect.arrayContaining([44, 62, 64]));
    // A written waiver signed before the notice was served does not count.
    await refused(
      k.id,
      () => act(juzhang, k, 'issue-decision', { decision, statementWaiver: { signedOn: daysAgo(1) } }),
      'GUARD_STATEMENT_PERIOD_ELAPSED_OR_WAIVED',
    );
    // Signed after: that guard passes, and the next one asks for the decision document.
    const res = await act(juzhang, k, 'issue-decision', {
      decision,
      statementWaiver: { signedOn: today(), note: '当事人书面放弃陈述申辩' },
    });
    expect(res.json().code).toBe('GUARD_DECISION_ELEMENTS_COMPLETE');
  });

  it('never heavier than the notified penalty, and every element of the decision', async () => {
    const k0 = await atDecision({ milestones: { filed: daysAgo(20), 'prior-notice-served': daysAgo(10) } });
    await insertDeadline(t, k0.id, {
      kind: 'hearing-request-5',
      stage: 'statement',
      from: daysAgo(10),
      days: 5,
      unit: 'working',
      limitKind: 'wait',
    });
    await forceStage(t, k0.id, {
      stage: 'decision',
      notified_penalty: JSON.stringify({
        kinds: ['罚款'],
        fine: 100,
        confiscation: null,
        measures: '',
        outsideStandard: false,
        reason: null,
        circumstances: '一般处罚',
        range: null,
      }),
    });
    let k = await reload(juzhang, k0.id);
    const body = await refused(
      k.id,
      () => act(juzhang, k, 'issue-decision', { decision }),
      'GUARD_NO_HEAVIER_AFTER_DEFENCE',
    );
    expect(articlesOf(body)).toEqual([45]);
    expect(body.message).toMatch(/150元高于告知的100元/);

    await forceStage(t, k.id, {
      stage: 'decision',
      notified_penalty: JSON.stringify({
        kinds: ['罚款'],
        fine: 150,
        confiscation: null,
        measures: '',
        outsideStandard: false,
        reason: null,
        circumstances: '一般处罚',
        range: null,
      }),
    });
    k = await reload(juzhang, k.id);
    // No decision document yet: the elements of art. 59 cannot be on it.
    const none = await refused(
      k.id,
      () => act(juzhang, k, 'issue-decision'),
      'GUARD_DECISION_ELEMENTS_COMPLETE',
    );
    expect(articlesOf(none)).toEqual(expect.arrayContaining([59]));
    expect(none.details.refusals[0].missing).toContain('决定书');
    // A party without an address cannot be named as the law requires either.
    const party = k.parties[0];
    k = (
      await zhifa.put(`${V1}/cases/${k.id}/parties/${party.id}`, {
        kind: 'person',
        name: party.name,
        idNumber: party.idNumber,
        address: '',
      })
    ).json();
    k = await reload(juzhang, k.id);
    const noAddress = await refused(
      k.id,
      () => act(juzhang, k, 'issue-decision'),
      'GUARD_DECISION_ELEMENTS_COMPLETE',
    );
    expect(noAddress.details.refusals[0].missing).toContain(`当事人${party.name}的地址`);
    await zhifa.put(`${V1}/cases/${k.id}/parties/${party.id}`, {
      kind: 'person',
      name: party.name,
      idNumber: party.idNumber,
      address: '如皋市如城街道海阳路12号',
    });
    // Drafted with every element: the guard passes; the stage still needs it issued.
    const drafted = await zhifa.post(`${V1}/cases/${k.id}/documents`, {
      kind: 'penalty-decision',
      input: { facts: decision.facts, evidence: decision.evidence },
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    k = await reload(juzhang, k.id);
    expect((await act(juzhang, k, 'issue-decision')).json().code).toBe('DOCUMENTS_MISSING');
  });
});

describe('行政处罚法 art. 58: required legal reviews (L-04 gate)', () => {
  it('no pass without an approved review of the current draft; a changed draft needs a new review', async () => {
    const kase = await createCase(zhifa, { officers: two() });
    await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: 150,
    });
    await forceStage(t, kase.id, { stage: 'legal-review' });
    let k = await reload(fazhike, kase.id);
    const body = await refused(k.id, () => act(fazhike, k, 'pass-review'), 'GUARD_REQUIRED_REVIEWS_PASSED');
    expect(articlesOf(body)).toEqual([58]);
    k = (await fazhike.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '同意' })).json();
    expect(k.reviews[0]).toMatchObject({ level: 'brigade', current: true });
    expect((await act(fazhike, k, 'pass-review')).json().code).toBe('DOCUMENTS_MISSING');
    // Outside the discretion standard: the draft changes and the bureau section must review as well.
    k = (
      await zhifa.put(`${V1}/cases/${k.id}/penalty`, {
        circumstances: '一般处罚',
        kinds: ['罚款'],
        fine: 400,
        reason: '涂写面积大、影响恶劣',
      })
    ).json();
    expect(k.flags.bureauReview).toBe(true);
    expect(k.reviews[0].current).toBe(false);
    await refused(k.id, () => act(fazhike, k, 'pass-review'), 'GUARD_REQUIRED_REVIEWS_PASSED');
    const fagui = await t.as('fagui');
    expect(
      (await fagui.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '同意' })).json().code,
    ).toBe('REVIEW_NOT_ALLOWED');
    await fazhike.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '同意' });
    k = await reload(fazhike, k.id);
    const again = await refused(k.id, () => act(fazhike, k, 'pass-review'), 'GUARD_REQUIRED_REVIEWS_PASSED');
    expect(again.message).toMatch(/局法规科/);
    k = (await fagui.post(`${V1}/cases/${k.id}/reviews`, { outcome: 'approved', opinion: '同意' })).json();
    expect((await act(fazhike, k, 'pass-review')).json().code).toBe('DOCUMENTS_MISSING');
  });
});

describe('行政处罚法 art. 64: the hearing', () => {
  it('needs 7 working days between notice and hearing, and a chair who did not investigate', async () => {
    const kase = await createCase(zhifa, { officers: two() });
    await forceStage(t, kase.id, { stage: 'hearing-notice' });
    const k = await reload(fazhike, kase.id);
    const served = daysAgo(3);
    const body = await refused(
      k.id,
      () =>
        act(fazhike, k, 'hold-hearing', {
          hearingNoticeServedOn: served,
          hearingDate: today(),
          chairPersonId: 'p999',
        }),
      'GUARD_HEARING_NOTICE_SEVEN_WORKING_DAYS',
    );
    expect(articlesOf(body)).toEqual([64, 85]);
    await refused(
      k.id,
      () =>
        act(fazhike, k, 'hold-hearing', {
          hearingNoticeServedOn: daysAgo(30),
          hearingDate: today(),
          chairPersonId: valid[0],
        }),
      'GUARD_HEARING_CHAIR_INDEPENDENT',
    );
  });
});

describe('行政强制法 art. 25: seizure at most 30 days, extended once by at most 30', () => {
  it('refuses a disposal after the period, a second extension, and an extension over 30 days', async () => {
    const kase = await createCase(zhifa, { procedure: 'seizure', matterCode: 'CG-QZ-002', officers: two() });
    await forceStage(t, kase.id, { stage: 'custody', milestones: { seized: daysAgo(40) } });
    await insertDeadline(t, kase.id, {
      kind: 'seizure-30',
      stage: 'custody',
      from: daysAgo(40),
      days: 30,
      unit: 'calendar',
    });
    let k = await reload(juzhang, kase.id);
    const late = await refused(
      k.id,
      () => act(juzhang, k, 'decide-disposal'),
      'GUARD_SEIZURE_WITHIN_THIRTY_DAYS',
    );
    expect(articlesOf(late)).toEqual([25, 27]);

    const fresh = await createCase(zhifa, { procedure: 'seizure', matterCode: 'CG-QZ-002', officers: two() });
    await forceStage(t, fresh.id, { stage: 'custody', milestones: { seized: daysAgo(10) } });
    await insertDeadline(t, fresh.id, {
      kind: 'seizure-30',
      stage: 'custody',
      from: daysAgo(10),
      days: 30,
      unit: 'calendar',
    });
    k = await reload(juzhang, fresh.id);
    await refused(
      k.id,
      () => act(juzhang, k, 'extend-seizure', { extensionDays: 45 }, '需技术鉴定'),
      'GUARD_SEIZURE_EXTENSION_ONCE',
    );
    const extended = await act(
      juzhang,
      k,
      'extend-seizure',
      { extensionDays: 30 },
      '涉案物品需委托鉴定，情况复杂',
    );
    expect(extended.statusCode, extended.body).toBe(200);
    k = extended.json();
    expect(k.stage).toBe('extended');
    const d = k.deadlines.find((x: { kind: string }) => x.kind === 'seizure-30');
    expect(d).toMatchObject({ status: 'running', extensions: [{ days: 30 }] });
    // The route for deadline changes holds the same line.
    const second = await refused(
      k.id,
      () => zhongdui.post(`${V1}/cases/${k.id}/deadlines/${d.id}/extend`, { days: 10, reason: '再延长' }),
      'GUARD_SEIZURE_EXTENSION_ONCE',
    );
    expect(articlesOf(second)).toEqual([25]);
  });
});

describe('行政强制法 arts. 43, 44: forced demolition', () => {
  it('not before the notice and the self-demolition deadline, not at night, not on a holiday', async () => {
    const kase = await createCase(zhifa, {
      procedure: 'demolition',
      matterCode: 'CG-QZ-001',
      officers: two(),
    });
    await forceStage(t, kase.id, {
      stage: 'announcement',
      flags: {
        demolitionOrder: { servedOn: daysAgo(250), deadline: daysAgo(220) },
        announcement: { publishedOn: daysAgo(2), selfDemolitionBy: daysAgo(-5) },
      },
    });
    let k = await reload(zhongdui, kase.id);
    const early = await refused(
      k.id,
      () => act(zhongdui, k, 'start-demolition'),
      'GUARD_DEMOLITION_NOTICE_AND_DEADLINE_PASSED',
    );
    expect(articlesOf(early)).toEqual([44]);
    await forceStage(t, kase.id, {
      stage: 'announcement',
      flags: {
        demolitionOrder: { servedOn: daysAgo(250), deadline: daysAgo(220) },
        announcement: { publishedOn: daysAgo(20), selfDemolitionBy: daysAgo(5) },
      },
    });
    k = await reload(zhongdui, kase.id);
    const night = await refused(
      k.id,
      () => act(zhongdui, k, 'start-demolition', { startAt: '2026-06-10T23:30:00+08:00' }),
      'GUARD_NO_ENFORCEMENT_AT_NIGHT_OR_HOLIDAY',
    );
    expect(articlesOf(night)).toEqual([43]);
    const holiday = await refused(
      k.id,
      () => act(zhongdui, k, 'start-demolition', { startAt: '2026-10-01T09:00:00+08:00' }),
      'GUARD_NO_ENFORCEMENT_AT_NIGHT_OR_HOLIDAY',
    );
    expect(holiday.message).toMatch(/节假日/);
    const day = await act(zhongdui, k, 'start-demolition', { startAt: '2026-06-10T09:00:00+08:00' });
    expect(day.json().code).toBe('DOCUMENTS_MISSING');
  });
});

describe('行政处罚法 art. 72: late-payment surcharge', () => {
  it('3 % of the fine a day past the time to pay, never more than the fine', async () => {
    const kase = await createCase(zhifa, { officers: two() });
    const fine = {
      kinds: ['罚款'],
      fine: 1000,
      confiscation: null,
      measures: '',
      outsideStandard: false,
      reason: null,
      circumstances: '一般处罚',
      range: null,
    };
    await forceStage(t, kase.id, {
      stage: 'performance',
      decision: JSON.stringify({
        penalty: fine,
        facts: 'x',
        evidence: [],
        basis: 'x',
        performance: 'x',
        remedies: 'x',
        authority: 'x',
        decidedOn: daysAgo(30),
        sealed: true,
      }),
    });
    const pay = await insertDeadline(t, kase.id, {
      kind: 'payment-15',
      stage: 'performance',
      from: daysAgo(20),
      days: 15,
      unit: 'calendar',
    });
    let k = await reload(zhifa, kase.id);
    const due = k.deadlines.find((d: { id: string }) => d.id === pay).due;
    const late = Math.round(
      (Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000,
    );
    expect(k.surcharge).toMatchObject({
      fine: 1000,
      days: late,
      amount: Math.min(1000, 30 * late),
      capped: 30 * late > 1000,
    });
    await t.deps.db
      .updateTable('case_deadlines')
      .set({ from_date: daysAgo(80) })
      .where('id', '=', pay)
      .execute();
    k = await reload(zhifa, kase.id);
    expect(k.surcharge).toMatchObject({ amount: 1000, capped: true });
    expect(k.surcharge.explanation).toMatch(/以1000元为限/);
  });
});

describe('the engine itself', () => {
  it('409 on a stale version, 422 for an act the stage does not have, 403 for a role the act does not admit', async () => {
    const kase = await createCase(zhifa, { officers: two() });
    await refused(
      kase.id,
      () => act(zhifa, { ...kase, version: 7 }, 'propose-filing'),
      'CASE_VERSION_CONFLICT',
      409,
    );
    await refused(kase.id, () => act(zhifa, kase, 'issue-decision'), 'ACTION_NOT_AVAILABLE');
    await forceStage(t, kase.id, { stage: 'filing' });
    await refused(kase.id, () => act(zhifa, kase, 'approve-filing'), 'ACTION_ROLE_NOT_ALLOWED', 403);
    const jiandu = await t.as('jiandu');
    const ro = await act(jiandu, kase, 'approve-filing');
    expect(ro.statusCode).toBe(403);
  });

  it('acts with a cold calendar cache (the calendar is read before the transaction opens)', async () => {
    const kase = await createCase(zhifa, { officers: two() });
    forgetCalendar(t.deps.db);
    const res = await act(zhifa, kase, 'propose-filing');
    expect(res.statusCode, res.body).toBe(200);
  });

  it('art. 42: a field officer acts only on a case assigned to them; a head acts by office', async () => {
    const account = await t.deps.db
      .selectFrom('users')
      .select('person_id')
      .where('username', '=', 'zhifa')
      .executeTakeFirstOrThrow();
    const others = valid.filter((id) => id !== account.person_id);
    expect(others.length).toBeGreaterThanOrEqual(2);
    const kase = await createCase(zhifa, {
      officers: [
        { personId: others[0], role: 'lead' },
        { personId: others[1], role: 'assist' },
      ],
    });
    const body = await refused(
      kase.id,
      () => act(zhifa, kase, 'propose-filing'),
      'ACTION_NOT_CASE_OFFICER',
      403,
    );
    expect(body.details.refusals[0].articles[0].articles).toEqual([42]);
    const byHead = await act(zhongdui, kase, 'propose-filing');
    expect(byHead.statusCode, byHead.body).toBe(200);
  });

  it('a case outside the caller’s unit answers 404', async () => {
    const kase = await createCase(zhifa, { officers: two() });
    const changjiang = await t.as('changjiang');
    expect((await changjiang.get(`${V1}/cases/${kase.id}`)).statusCode).toBe(404);
    expect((await act(changjiang, kase, 'propose-filing')).statusCode).toBe(404);
  });
});
