import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, creditCode, forceStage, reload, V1 } from './cases-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// Issue item 6: the matter and the circumstances propose the range from the catalogue's discretion
// standard; outside it needs a written reason and marks the case for bureau-level review.

let t: TestApp;
let zhifa: Client;
beforeEach(async () => {
  t = await testApp();
  zhifa = await t.as('zhifa');
});
afterEach(async () => {
  await t.close();
});

describe('discretion (行政处罚法 art. 34)', () => {
  it('takes the range for the party type and circumstances from the matter (CG-CF-005, 涂写刻画)', async () => {
    const kase = await createCase(zhifa);
    const res = await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: 100,
    });
    expect(res.statusCode, res.body).toBe(200);
    const k = res.json();
    expect(k.proposedPenalty).toMatchObject({
      kinds: ['罚款'],
      fine: 100,
      outsideStandard: false,
      range: { tier: '一般处罚', partyType: 'person', fineMin: 50, fineMax: 200 },
    });
    expect(k.circumstances).toBe('一般处罚');
    expect(k.flags.bureauReview).toBe(false);

    const org = await createCase(zhifa, {
      parties: [
        {
          kind: 'organisation',
          name: '如皋市某广告有限公司',
          creditCode: creditCode(),
          legalRepresentative: '郑某',
          address: '如皋市',
        },
      ],
    });
    const o = (
      await zhifa.put(`${V1}/cases/${org.id}/penalty`, {
        circumstances: '一般处罚',
        kinds: ['罚款'],
        fine: 1000,
      })
    ).json();
    expect(o.proposedPenalty.range).toMatchObject({ partyType: 'organisation', fineMin: 500, fineMax: 2000 });
  });

  it('outside the standard: refused without a reason (nothing saved), accepted with one and marked for bureau review', async () => {
    const kase = await createCase(zhifa);
    const before = await t.deps.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', kase.id)
      .executeTakeFirstOrThrow();
    const res = await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: 300,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'PENALTY_REASON_REQUIRED',
      details: { range: { fineMax: 200 } },
    });
    expect(res.json().message).toMatch(/高于基准上限200元/);
    expect(
      await t.deps.db.selectFrom('cases').selectAll().where('id', '=', kase.id).executeTakeFirstOrThrow(),
    ).toEqual(before);

    const k = (
      await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
        circumstances: '一般处罚',
        kinds: ['罚款', '没收违法所得'],
        fine: 300,
        reason: '涂写面积虽在5平方米以下，但位于文物保护建筑外墙',
      })
    ).json();
    expect(k.proposedPenalty).toMatchObject({ outsideStandard: true, reason: expect.stringMatching(/文物/) });
    expect(k.flags.bureauReview).toBe(true);
    const ev = k.timeline.at(-1);
    expect(ev).toMatchObject({ action: 'penalty-proposed' });
    expect(ev.payload.outside).toEqual(['该事项不设没收违法所得', '罚款300元高于基准上限200元']);
  });

  it('an unknown tier names the ones the standard offers; after the decision the penalty is locked', async () => {
    const kase = await createCase(zhifa);
    const res = await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '特别从重',
      kinds: ['罚款'],
      fine: 100,
    });
    expect(res.json().details[0].message).toMatch(/可选：.*一般处罚/);
    await forceStage(t, kase.id, { stage: 'service', milestones: { 'decision-made': '2026-01-01' } });
    expect(
      (
        await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
          circumstances: '一般处罚',
          kinds: ['罚款'],
          fine: 100,
        })
      ).json().code,
    ).toBe('PENALTY_LOCKED');
  });

  it('after the prior notice a change is recorded as the penalty after the defence', async () => {
    const kase = await createCase(zhifa);
    await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: 150,
    });
    const p = (await reload(zhifa, kase.id)).proposedPenalty;
    await forceStage(t, kase.id, { stage: 'statement', notified_penalty: JSON.stringify(p) });
    const k = (
      await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
        circumstances: '一般处罚',
        kinds: ['罚款'],
        fine: 100,
      })
    ).json();
    expect(k.proposedPenalty.fine).toBe(150);
    expect(k.penaltyAfterDefence.fine).toBe(100);
  });
});
