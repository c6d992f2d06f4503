import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, forceStage, reload, snapshot, V1 } from './cases-helpers.js';
import { caseInReview, issueDoc, opinion, type ReviewWorld, reviewWorld, submit } from './review-helpers.js';

// L-04 and 行政处罚法 art. 58: "未经法制审核或者审核未通过的，不得作出决定". The gate lives in the engine
// (cases/guards/required-reviews-passed.ts) and in the issue of the decision document (review/gate.ts).
// Each test tries another way past it, and checks a refused attempt changed nothing.

let w: ReviewWorld;
beforeEach(async () => {
  w = await reviewWorld();
});
afterEach(async () => {
  await w.close();
});

const decisionFacts = {
  facts: '当事人于解放路36号门前占道经营',
  evidence: ['现场检查笔录1份', '照片6张'],
};

/** A case at the decision stage whose review passed on its draft (as the flow would leave it). */
async function atDecision(fine = 150) {
  const kase = await caseInReview(w, { fine });
  const id = (await submit(w, kase.id)).json().id;
  expect((await opinion(w.fazhike, id, 'agree')).statusCode).toBe(200);
  if (fine >= 5000) {
    const bureau = await w.t.deps.db
      .selectFrom('review_requests')
      .select('id')
      .where('case_id', '=', kase.id)
      .where('level', '=', 'bureau')
      .executeTakeFirstOrThrow();
    expect((await opinion(w.fagui, bureau.id, 'agree')).statusCode).toBe(200);
  }
  await forceStage(w.t, kase.id, {
    stage: 'decision',
    milestones: { filed: '2026-11-01', 'prior-notice-served': '2026-11-05' },
    notified_penalty: JSON.stringify({
      kinds: ['罚款'],
      fine,
      confiscation: null,
      measures: '',
      outsideStandard: false,
      reason: null,
      circumstances: '一般处罚',
      range: null,
    }),
    flags: { waivedStatement: { signedOn: '2026-11-06', note: '当事人书面放弃陈述申辩' } },
  });
  return kase;
}

describe('the gate: no decision without every required review passed on the current draft', () => {
  it('issue-decision without any review is refused by the engine', async () => {
    const kase = await caseInReview(w);
    await forceStage(w.t, kase.id, { stage: 'decision' });
    const k = await reload(w.juzhang, kase.id);
    const before = await snapshot(w.t, kase.id);
    const res = await act(w.juzhang, k, 'issue-decision');
    expect(res.statusCode).toBe(422);
    expect(res.json().details.refusals.map((r: { guard: string }) => r.guard)).toContain(
      'required-reviews-passed',
    );
    expect(await snapshot(w.t, kase.id)).toEqual(before);
  });

  it('pass-review at the brigade alone is refused for a case in the catalogue (bureau still missing)', async () => {
    const kase = await caseInReview(w, { fine: 8000 });
    const id = (await submit(w, kase.id)).json().id;
    await opinion(w.fazhike, id, 'agree');
    await issueDoc(w.fazhike, kase.id, 'legal-review-opinion');
    const k = await reload(w.fazhike, kase.id);
    const res = await act(w.fazhike, k, 'pass-review');
    expect(res.json().code).toBe('GUARD_REQUIRED_REVIEWS_PASSED');
    expect(res.json().message).toContain('局法规科');
    expect(res.json().message).toContain('罚款8,000元 ≥ 5,000元（自然人）');
  });

  it('a penalty changed after approval voids it: issue-decision and the decision document are both refused', async () => {
    const kase = await atDecision();
    const doc = await w.zhifa.post(`${V1}/cases/${kase.id}/documents`, {
      kind: 'penalty-decision',
      input: decisionFacts,
    });
    expect(doc.statusCode, doc.body).toBe(201);
    // The draft changes after the approval (the fine goes up within the standard).
    const changed = await w.zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: 190,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const before = await snapshot(w.t, kase.id);
    const issued = await w.zhifa.post(`${V1}/cases/${kase.id}/documents/${doc.json().document.id}/issue`);
    expect(issued.statusCode).toBe(422);
    expect(issued.json().code).toBe('REVIEW_GATE_CLOSED');
    const row = await w.t.deps.db
      .selectFrom('case_documents')
      .select(['status', 'number'])
      .where('id', '=', doc.json().document.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', number: null });
    const k = await reload(w.juzhang, kase.id);
    const decided = await act(w.juzhang, k, 'issue-decision');
    expect(decided.json().details.refusals.map((r: { guard: string }) => r.guard)).toContain(
      'required-reviews-passed',
    );
    expect(await snapshot(w.t, kase.id)).toEqual(before);
  });

  it('with the review passed on the current draft, the decision document is issued', async () => {
    const kase = await atDecision();
    const { res } = await issueDoc(w.zhifa, kase.id, 'penalty-decision', decisionFacts);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().document.number).toMatch(/罚决字/);
  });

  it('reviews by the wrong people are refused and change nothing', async () => {
    const kase = await caseInReview(w);
    const before = await snapshot(w.t, kase.id);
    const body = { outcome: 'approved', opinion: '同意' };
    // A field officer, the squad leader and the head hold no reviewer role.
    for (const who of [w.zhifa, w.zhongdui, w.juzhang]) {
      const res = await who.post(`${V1}/cases/${kase.id}/reviews`, body);
      expect([403, 422]).toContain(res.statusCode);
      expect(['REVIEW_NOT_ALLOWED', 'AUTH_FORBIDDEN', 'FORBIDDEN']).toContain(res.json().code);
    }
    // The bureau section cannot go first.
    expect((await w.fagui.post(`${V1}/cases/${kase.id}/reviews`, body)).json().code).toBe(
      'REVIEW_NOT_ALLOWED',
    );
    // The supervision centre only watches.
    expect((await w.jiandu.post(`${V1}/cases/${kase.id}/reviews`, body)).statusCode).toBe(403);
    expect(await snapshot(w.t, kase.id)).toEqual(before);
    // Through the round API as well: an officer cannot give an opinion or assign.
    const id = (await submit(w, kase.id)).json().id;
    expect((await opinion(w.zhifa, id, 'agree')).statusCode).toBe(403);
    expect((await w.zhifa.post(`${V1}/reviews/${id}/assign`, { reviewerId: 'u-zhifa' })).statusCode).toBe(
      403,
    );
    expect((await opinion(w.fagui, id, 'agree')).json().code).toBe('REVIEWER_NOT_QUALIFIED');
  });

  it('a reviewer who investigated the case cannot pass it through the short route either', async () => {
    const person = (
      await w.t.deps.db
        .selectFrom('users')
        .select('person_id')
        .where('username', '=', 'fazhike')
        .executeTakeFirstOrThrow()
    ).person_id!;
    const kase = await caseInReview(w, { officers: [w.two[0]!, { personId: person, role: 'assist' }] });
    const before = await snapshot(w.t, kase.id);
    const res = await w.fazhike.post(`${V1}/cases/${kase.id}/reviews`, {
      outcome: 'approved',
      opinion: '同意',
    });
    expect(res.json().code).toBe('REVIEWER_NOT_SEPARATE');
    expect(await snapshot(w.t, kase.id)).toEqual(before);
  });

  it('after a hearing, the approvals made before it no longer count', async () => {
    const kase = await atDecision();
    await forceStage(w.t, kase.id, {
      flags: {
        waivedStatement: { signedOn: '2026-11-06', note: '当事人书面放弃陈述申辩' },
        hearingHeld: {
          on: '2026-11-20',
          chairPersonId: 'p001',
          noticeServedOn: '2026-11-10',
          at: new Date(Date.now() + 60_000).toISOString(),
        },
      },
      stage: 'decision',
    });
    const k = await reload(w.juzhang, kase.id);
    const res = await act(w.juzhang, k, 'issue-decision');
    expect(res.json().details.refusals.map((r: { guard: string }) => r.guard)).toContain(
      'required-reviews-passed',
    );
  });
});
