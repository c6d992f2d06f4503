import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { V1 } from './cases-helpers.js';
import {
  allOk,
  caseInReview,
  caseReview,
  opinion,
  type ReviewWorld,
  reviewWorld,
  submission,
  submit,
  withProblem,
} from './review-helpers.js';

// Issue 5 "Legal review" through the API (REQUIREMENTS L-01 … L-04; DOMAIN.md "Legal review"; 行政处罚法
// art. 58): the catalogue as versioned data, routing with reasons, reviewers' qualifications, separation
// of people, the submission checklist, the seven items and the opinion, the return loop with every round
// kept, the collective discussion, time limits on the calendar, the inbox and the figures.

let w: ReviewWorld;
beforeEach(async () => {
  w = await reviewWorld();
});
afterEach(async () => {
  await w.close();
});

const rowsOf = (caseId: string) =>
  w.t.deps.db
    .selectFrom('review_requests')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('round')
    .orderBy('level')
    .execute();

describe('L-03 the catalogue as versioned data, and routing in words', () => {
  it('starts from the adopted defaults; the regulation section publishes a version; the route follows it', async () => {
    const c0 = (await w.zhifa.get(`${V1}/review-catalogue`)).json();
    // The demo bureau adopted its catalogue with the default figures (version 1).
    expect(c0.version).toBe(1);
    expect(c0.catalogue.fineThreshold).toEqual({ person: 5000, organisation: 50000 });
    // 建筑工地扬尘 (CG-CF-031): 一般处罚 for an organisation runs to 60,000 yuan, inside the standard.
    const kase = await caseInReview(w, { fine: 60_000, party: 'organisation', matterCode: 'CG-CF-031' });
    let r = await caseReview(w.zhifa, kase.id);
    expect(r.route.levels).toEqual(['brigade', 'bureau']);
    expect(r.route.explanation.en).toBe('局法规科 review required: fine 60,000 yuan ≥ 50,000 (organisation)');

    const body = {
      catalogue: { ...c0.catalogue, fineThreshold: { person: 5000, organisation: 100_000 } },
      timeLimits: { days: 10, complexExtraDays: 3 },
      note: '2026年修订：单位罚款数额标准调整为10万元',
    };
    expect((await w.zhifa.post(`${V1}/review-catalogue`, body)).statusCode).toBe(403);
    const bad = await w.fagui.post(`${V1}/review-catalogue`, {
      ...body,
      catalogue: { ...body.catalogue, majorKinds: [''] },
    });
    expect(bad.statusCode).toBe(400);
    const pub = await w.fagui.post(`${V1}/review-catalogue`, body);
    expect(pub.statusCode, pub.body).toBe(201);
    expect(pub.json().version).toBe(2);
    r = await caseReview(w.zhifa, kase.id);
    expect(r.route.levels).toEqual(['brigade']);
    expect(r.catalogueVersion).toBe(2);
    const c1 = (await w.zhifa.get(`${V1}/review-catalogue`)).json();
    expect(c1.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(c1.timeLimits.days).toBe(10);
  });
});

describe('L-04 submission checklist', () => {
  it('refuses while any material is missing, naming each, and changes nothing', async () => {
    const kase = await caseInReview(w, { report: false });
    const res = await submit(w, kase.id, { recommendation: '', evidence: [] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('REVIEW_MATERIALS_MISSING');
    expect(res.json().details.missing.map((m: { zh: string }) => m.zh)).toEqual([
      '调查终结报告',
      '处理建议',
      '证据材料目录',
    ]);
    expect(await rowsOf(kase.id)).toHaveLength(0);
  });

  it('accepts a complete submission as round 1 at the brigade, and refuses a second while it waits', async () => {
    const kase = await caseInReview(w);
    const res = await submit(w, kase.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ round: 1, route: { levels: ['brigade'] } });
    expect((await submit(w, kase.id)).json().code).toBe('REVIEW_ALREADY_PENDING');
    expect((await w.fazhike.post(`${V1}/cases/${kase.id}/review/submissions`, submission)).statusCode).toBe(
      403,
    );
  });
});

describe('L-02 qualified reviewers, separation of people', () => {
  it('only an account with a recorded qualification in its unit reviews; a revoked one cannot', async () => {
    const kase = await caseInReview(w);
    const id = (await submit(w, kase.id)).json().id;
    const list = (await w.juzhang.get(`${V1}/reviewer-qualifications`)).json().items;
    const fazhike = list.find((q: { username: string }) => q.username === 'fazhike');
    expect(fazhike).toMatchObject({ level: 'brigade', unitId: 'rg-dd-fzk', active: true });
    expect(fazhike.certificateNo).toMatch(/^A\d{4}3206\d{6}$/);
    // fagui is not a brigade reviewer: cannot be assigned to the brigade round.
    const wrong = await w.fazhike.post(`${V1}/reviews/${id}/assign`, { reviewerId: 'u-fagui' });
    expect(wrong.json().code).toBe('REVIEWER_NOT_QUALIFIED');
    // Revoked: fazhike can no longer review.
    const revoke = await w.juzhang.post(`${V1}/reviewer-qualifications/${fazhike.id}/revoke`, {
      reason: '调离审核岗位',
    });
    expect(revoke.statusCode, revoke.body).toBe(200);
    const refused = await opinion(w.fazhike, id, 'agree');
    expect(refused.json().code).toBe('REVIEWER_NOT_QUALIFIED');
    expect((await rowsOf(kase.id))[0]!.status).toBe('pending');
    // Recorded again (with a certificate number and date) by the head: fazhike reviews.
    expect(
      (
        await w.fazhike.post(`${V1}/reviewer-qualifications`, {
          userId: 'u-fazhike',
          level: 'brigade',
          certificateNo: 'A20193206123456',
          certificateDate: '2019-03-01',
        })
      ).statusCode,
    ).toBe(403);
    const again = await w.juzhang.post(`${V1}/reviewer-qualifications`, {
      userId: 'u-fazhike',
      level: 'brigade',
      certificateNo: 'A20193206123456',
      certificateDate: '2019-03-01',
    });
    expect(again.statusCode, again.body).toBe(201);
    expect((await opinion(w.fazhike, id, 'agree')).statusCode).toBe(200);
    // An account without the reviewer role cannot be given a qualification.
    const officer = await w.juzhang.post(`${V1}/reviewer-qualifications`, {
      userId: 'u-zhifa',
      level: 'brigade',
      certificateNo: 'A20203206000001',
      certificateDate: '2020-03-01',
    });
    expect(officer.json().code).toBe('REVIEW_QUALIFICATION_INVALID');
  });

  it('the reviewer is never one of the case’s officers', async () => {
    const fazhikePerson = (
      await w.t.deps.db
        .selectFrom('users')
        .select('person_id')
        .where('username', '=', 'fazhike')
        .executeTakeFirstOrThrow()
    ).person_id!;
    const kase = await caseInReview(w, {
      officers: [w.two[0]!, { personId: fazhikePerson, role: 'assist' }],
    });
    const id = (await submit(w, kase.id)).json().id;
    const res = await opinion(w.fazhike, id, 'agree');
    expect(res.json().code).toBe('REVIEWER_NOT_SEPARATE');
    expect(
      (await w.fazhike.post(`${V1}/reviews/${id}/assign`, { reviewerId: 'u-fazhike' })).json().code,
    ).toBe('REVIEWER_NOT_SEPARATE');
    // A colleague of the same section can take it.
    expect(
      (await w.fazhike.post(`${V1}/reviews/${id}/assign`, { reviewerId: 'u-fazhike2' })).statusCode,
    ).toBe(200);
    expect((await opinion(w.fazhike2, id, 'agree')).statusCode).toBe(200);
  });

  it('the two levels are two different people', async () => {
    // fazhike2 also holds the bureau role and a bureau qualification (in its own unit).
    await w.t.deps.db
      .insertInto('user_roles')
      .values({ user_id: 'u-fazhike2', role: 'bureau_reviewer' })
      .execute();
    const q = await w.juzhang.post(`${V1}/reviewer-qualifications`, {
      userId: 'u-fazhike2',
      level: 'bureau',
      certificateNo: 'A20183206999999',
      certificateDate: '2018-05-10',
    });
    expect(q.statusCode, q.body).toBe(201);
    const kase = await caseInReview(w, { fine: 8000 });
    const id = (await submit(w, kase.id)).json().id;
    expect(
      (await w.fazhike.post(`${V1}/reviews/${id}/assign`, { reviewerId: 'u-fazhike2' })).statusCode,
    ).toBe(200);
    const fazhike2 = await w.t.as('fazhike2');
    expect((await opinion(fazhike2, id, 'agree')).statusCode).toBe(200);
    const bureau = (await rowsOf(kase.id)).find((r) => r.level === 'bureau')!;
    expect(bureau.status).toBe('pending');
    const same = await w.fagui.post(`${V1}/reviews/${bureau.id}/assign`, { reviewerId: 'u-fazhike2' });
    expect(same.json().code).toBe('REVIEWER_NOT_SEPARATE');
    expect(
      (await w.fagui.post(`${V1}/reviews/${bureau.id}/assign`, { reviewerId: 'u-fagui2' })).statusCode,
    ).toBe(200);
    // Assigned to fagui2: fagui may not give the opinion.
    expect((await opinion(w.fagui, bureau.id, 'agree')).json().code).toBe('REVIEW_NOT_ASSIGNED');
    expect((await opinion(w.fagui2, bureau.id, 'agree')).statusCode).toBe(200);
    expect((await caseReview(w.zhifa, kase.id)).gate.passed).toBe(true);
  });
});

describe('L-04 the review: seven items, opinion, return loop, collective discussion', () => {
  it('needs all seven items; 同意 with a problem is refused; a problem needs a comment', async () => {
    const kase = await caseInReview(w);
    const id = (await submit(w, kase.id)).json().id;
    expect((await opinion(w.fazhike, id, 'agree', allOk().slice(1))).statusCode).toBe(400);
    const agreeWithProblem = await opinion(w.fazhike, id, 'agree', withProblem('facts', '证据不足'));
    expect(agreeWithProblem.json().code).toBe('REVIEW_OPINION_INVALID');
    const silent = await opinion(w.fazhike, id, 'return', withProblem('facts', ''));
    expect(silent.json().code).toBe('REVIEW_OPINION_INVALID');
    expect((await rowsOf(kase.id))[0]!.status).toBe('pending');
  });

  it('returns for correction, the handler corrects and resubmits, every round kept; then both levels pass', async () => {
    const kase = await caseInReview(w, { fine: 8000 });
    const r1 = (await submit(w, kase.id)).json();
    expect(r1.route.levels).toEqual(['brigade', 'bureau']);
    const back = await opinion(
      w.fazhike,
      r1.id,
      'return',
      withProblem('documents', '询问笔录缺逐页签名'),
      '退回补正',
    );
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().status).toBe('returned');
    // The handler corrects the draft (a lower fine within the standard) and submits again: round 2.
    await w.zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: 6000,
      reason: '情节较重',
    });
    const r2 = (await submit(w, kase.id)).json();
    expect(r2.round).toBe(2);
    expect((await opinion(w.fazhike, r2.id, 'agree')).statusCode).toBe(200);
    const bureau = (await rowsOf(kase.id)).find((r) => r.level === 'bureau')!;
    expect(bureau.round).toBe(2);
    expect((await opinion(w.fagui, bureau.id, 'agree')).statusCode).toBe(200);
    const r = await caseReview(w.zhifa, kase.id);
    expect(
      r.rounds.map(
        (x: { round: number; level: string; status: string }) => `${x.round}:${x.level}:${x.status}`,
      ),
    ).toEqual(['1:brigade:returned', '2:brigade:agreed', '2:bureau:agreed']);
    expect(r.rounds[0].items.find((i: { code: string }) => i.code === 'documents')).toMatchObject({
      finding: 'problem',
      comment: '询问笔录缺逐页签名',
    });
    expect(r.gate).toMatchObject({ passed: true });
  });

  it('refuses an opinion on a draft that changed after submission', async () => {
    const kase = await caseInReview(w);
    const id = (await submit(w, kase.id)).json().id;
    await w.zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: 180,
    });
    expect((await opinion(w.fazhike, id, 'agree')).json().code).toBe('REVIEW_DRAFT_CHANGED');
    // The resubmission supersedes the waiting round.
    expect((await submit(w, kase.id)).statusCode).toBe(201);
    expect((await rowsOf(kase.id)).map((r) => r.status)).toEqual(['superseded', 'pending']);
  });

  it('a disagreement goes to a collective discussion, recorded once by the head', async () => {
    const kase = await caseInReview(w);
    const id = (await submit(w, kase.id)).json().id;
    const no = await opinion(
      w.fazhike,
      id,
      'disagree',
      withProblem('crime', '涉嫌犯罪，建议移送公安机关'),
      '不同意，建议移送',
    );
    expect(no.json().status).toBe('disagreed');
    const body = {
      heldOn: '2026-11-20',
      chair: '局长',
      participants: ['局长', '副局长', '法规科科长', '大队长'],
      summary: '经讨论，维持法制审核意见，移送公安机关',
      conclusion: 'uphold',
    };
    expect((await w.fazhike.post(`${V1}/reviews/${id}/discussion`, body)).statusCode).toBe(403);
    const ok = await w.juzhang.post(`${V1}/reviews/${id}/discussion`, body);
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await w.juzhang.post(`${V1}/reviews/${id}/discussion`, body)).json().code).toBe(
      'REVIEW_DISCUSSION_NOT_ALLOWED',
    );
    const r = await caseReview(w.zhifa, kase.id);
    expect(r.discussions).toHaveLength(1);
    expect(r.gate.passed).toBe(false);
  });
});

describe('L-04 time limits and the inbox', () => {
  it('due 7 working days after submission on the calendar; +3 when the head approves a complex case; overdue first, seen by supervision', async () => {
    const late = await caseInReview(w);
    const lateId = (await submit(w, late.id)).json().id;
    const fresh = await caseInReview(w);
    const freshId = (await submit(w, fresh.id)).json().id;
    // The first submission was made 20 calendar days ago.
    const { addDays, todayInChina } = await import('../src/clock.js');
    const { loadCalendar } = await import('../src/calendar/load-calendar.js');
    const submittedOn = addDays(todayInChina(), -20);
    await w.t.deps.db
      .updateTable('review_requests')
      .set({ submitted_on: submittedOn })
      .where('id', '=', lateId)
      .execute();
    const cal = await loadCalendar(w.t.deps.db);
    const inbox = (await w.fazhike.get(`${V1}/reviews/inbox?view=all&pageSize=100`)).json();
    const mine = inbox.items.filter((i: { id: string }) => i.id === lateId || i.id === freshId);
    expect(mine.map((i: { id: string }) => i.id)).toEqual([lateId, freshId]);
    expect(mine[0]).toMatchObject({ overdue: true, dueOn: cal.addWorkingDays(submittedOn, 7) });
    expect(mine[1]).toMatchObject({ overdue: false, dueOn: cal.addWorkingDays(todayInChina(), 7) });
    expect(inbox.items.findIndex((i: { overdue: boolean }) => !i.overdue)).toBe(inbox.overdue);
    // The supervision centre sees the overdue one without being sent it; fagui's level has none of these.
    const watch = (await w.jiandu.get(`${V1}/reviews/inbox?overdue=true&pageSize=100`)).json();
    expect(watch.items.map((i: { id: string }) => i.id)).toContain(lateId);
    expect(watch.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const bureau = (await w.fagui.get(`${V1}/reviews/inbox?view=all&pageSize=100`)).json();
    expect(bureau.items.map((i: { id: string }) => i.id)).not.toContain(lateId);
    // Complex case: the head extends once by 3 working days.
    expect(
      (await w.fazhike.post(`${V1}/reviews/${lateId}/extension`, { reason: '案情复杂' })).statusCode,
    ).toBe(403);
    expect(
      (await w.juzhang.post(`${V1}/reviews/${lateId}/extension`, { reason: '案情复杂，需调取规划资料' }))
        .statusCode,
    ).toBe(200);
    expect((await w.juzhang.post(`${V1}/reviews/${lateId}/extension`, { reason: '再次' })).json().code).toBe(
      'REVIEW_NOT_ALLOWED',
    );
    const after = (await caseReview(w.zhifa, late.id)).rounds[0];
    expect(after.dueOn).toBe(cal.addWorkingDays(submittedOn, 10));
  });
});

describe('figures per reviewer and unit', () => {
  it('counts reviews, pass rate, average days and returns by reason; officers may not read them', async () => {
    const { todayInChina } = await import('../src/clock.js');
    const today = todayInChina();
    const url = `${V1}/reviews/figures?from=${today}&to=${today}`;
    const mine = async () => {
      const f = (await w.jiandu.get(url)).json();
      return {
        me: f.byReviewer.find((r: { key: string }) => r.key === 'u-fazhike2') ?? {
          reviews: 0,
          agreed: 0,
          returned: 0,
          returnsByReason: {},
        },
        unit: f.byUnit.find((u: { key: string }) => u.key === 'rg-dd-1') ?? { reviews: 0 },
      };
    };
    const before = await mine();
    const a = await caseInReview(w);
    const idA = (await submit(w, a.id)).json().id;
    await w.fazhike.post(`${V1}/reviews/${idA}/assign`, { reviewerId: 'u-fazhike2' });
    await opinion(w.fazhike2, idA, 'return', withProblem('facts', '事实不清'), '退回');
    const idA2 = (await submit(w, a.id)).json().id;
    await w.fazhike.post(`${V1}/reviews/${idA2}/assign`, { reviewerId: 'u-fazhike2' });
    await opinion(w.fazhike2, idA2, 'agree');
    expect((await w.zhifa.get(url)).statusCode).toBe(403);
    const after = await mine();
    expect(after.me.reviews - before.me.reviews).toBe(2);
    expect(after.me.agreed - before.me.agreed).toBe(1);
    expect(after.me.returned - before.me.returned).toBe(1);
    expect((after.me.returnsByReason.facts ?? 0) - (before.me.returnsByReason.facts ?? 0)).toBe(1);
    expect(after.me.passRate).toBeCloseTo(after.me.agreed / after.me.reviews);
    expect(after.unit.reviews - before.unit.reviews).toBe(2);
  });
});
