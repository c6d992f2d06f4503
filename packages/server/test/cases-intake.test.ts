import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCase,
  creditCode,
  daysAgo,
  forceStage,
  idNumber,
  insertDeadline,
  intake,
  officersOf,
  V1,
} from './cases-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// Intake (案源登记), parties with checked identifiers, officers, the list and the case object.

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('intake', () => {
  it('registers a case at the first stage with a source number, query code, parties and officers', async () => {
    const zhifa = await t.as('zhifa');
    const { valid } = await officersOf(t, 'rg-dd-1');
    const kase = await createCase(zhifa, {
      officers: [
        { personId: valid[0], role: 'lead' },
        { personId: valid[1], role: 'assist' },
      ],
    });
    expect(kase).toMatchObject({
      procedure: 'general',
      stage: 'case-source',
      status: 'open',
      caseNo: null,
      version: 1,
    });
    expect(kase.sourceNo).toMatch(/^AY\d{4}-\d{6}$/);
    expect(kase.queryCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(kase.parties[0]).toMatchObject({ kind: 'person', minor: false, birthDate: '1985-04-12' });
    expect(kase.officers.every((o: { certified: boolean }) => o.certified)).toBe(true);
    expect(kase.matter).toMatchObject({ code: 'CG-CF-005' });
    expect(kase.matter.discretion.length).toBeGreaterThan(0);
    expect(kase.timeline.map((e: { action: string }) => e.action)).toEqual(['intake']);
    expect(kase.actions).toEqual([
      expect.objectContaining({ action: 'propose-filing', allowed: true, refusals: [] }),
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('target_id', '=', kase.id)
      .execute();
    expect(audit.map((a) => a.operation)).toEqual(['case.created']);
    // Source numbers follow each other without a gap.
    const next = await createCase(zhifa);
    expect(Number(next.sourceNo.slice(-6))).toBe(Number(kase.sourceNo.slice(-6)) + 1);
  });

  it('refuses a wrong ID number or credit code with the reason, and records a pilot-code override', async () => {
    const zhifa = await t.as('zhifa');
    const count = async () => (await t.deps.db.selectFrom('cases').select('id').execute()).length;
    const before = await count();
    const good = idNumber('1990-02-03');
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    let res = await zhifa.post(
      `${V1}/cases`,
      intake({ parties: [{ kind: 'person', name: '赵某', idNumber: wrongCheck }] }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'ID_NUMBER_INVALID',
      details: [{ field: 'parties.0.idNumber', reason: 'checksum' }],
    });
    expect(res.json().message).toMatch(/校验码应为/);
    res = await zhifa.post(
      `${V1}/cases`,
      intake({ parties: [{ kind: 'person', name: '赵某', idNumber: '32068219901332123X' }] }),
    );
    expect(res.json().details[0].reason).toBe('date');

    const code = creditCode();
    const wrong = code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
    const org = {
      kind: 'organisation',
      name: '如皋某建材有限公司',
      creditCode: wrong,
      legalRepresentative: '钱某',
      address: '如皋市长江镇',
    };
    res = await zhifa.post(`${V1}/cases`, intake({ parties: [org] }));
    expect(res.json()).toMatchObject({
      code: 'CREDIT_CODE_INVALID',
      details: [{ field: 'parties.0.creditCode', reason: 'checksum' }],
    });
    res = await zhifa.post(
      `${V1}/cases`,
      intake({
        parties: [
          {
            ...org,
            creditCodeOverride: { reason: '早期试点代码，经市场监管部门核实', approvedBy: '孙科长' },
          },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().parties[0].creditCodeOverride).toMatchObject({
      reason: '早期试点代码，经市场监管部门核实',
      approvedBy: '孙科长',
      expected: code[17],
    });
    expect(await count()).toBe(before + 1);
  });

  it('flags a minor from the birth date at the time of the conduct', async () => {
    const zhifa = await t.as('zhifa');
    const occurred = daysAgo(5);
    const sixteen = `${Number(occurred.slice(0, 4)) - 16}-01-01`;
    const kase = await createCase(zhifa, {
      occurredOn: occurred,
      parties: [
        { kind: 'person', name: '小周', idNumber: idNumber(sixteen, '214') },
        { kind: 'person', name: '陈某', idNumber: idNumber('1970-06-30') },
      ],
    });
    expect(kase.parties.map((p: { minor: boolean }) => p.minor)).toEqual([true, false]);
  });

  it('parties and officers can be added later; changes bump the version and leave timeline entries', async () => {
    const zhifa = await t.as('zhifa');
    const kase = await createCase(zhifa, { parties: [] });
    let k = (
      await zhifa.post(`${V1}/cases/${kase.id}/parties`, {
        kind: 'person',
        name: '吴某',
        idNumber: idNumber('1979-09-09'),
      })
    ).json();
    expect(k.version).toBe(2);
    const partyId = k.parties[0].id;
    const bad = await zhifa.put(`${V1}/cases/${kase.id}/parties/${partyId}`, {
      kind: 'person',
      name: '吴某',
      idNumber: '12345',
    });
    expect(bad.json().code).toBe('ID_NUMBER_INVALID');
    k = (
      await zhifa.put(`${V1}/cases/${kase.id}/parties/${partyId}`, {
        kind: 'person',
        name: '吴某某',
        address: '如皋市白蒲镇',
      })
    ).json();
    expect(k.parties[0]).toMatchObject({ name: '吴某某', idNumber: null });
    const { valid } = await officersOf(t, 'rg-dd-1');
    k = (await zhifa.post(`${V1}/cases/${kase.id}/officers`, { personId: valid[2], role: 'lead' })).json();
    expect(
      (await zhifa.post(`${V1}/cases/${kase.id}/officers`, { personId: valid[2], role: 'lead' })).json().code,
    ).toBe('OFFICER_ALREADY_ASSIGNED');
    expect(k.timeline.map((e: { action: string }) => e.action)).toEqual([
      'intake',
      'party-added',
      'party-updated',
      'officer-assigned',
    ]);
  });
});

describe('list and read', () => {
  it('filters by stage, party, officer and due date, within the data scope, with pagination', async () => {
    const zhifa = await t.as('zhifa');
    const changjiang = await t.as('changjiang');
    const { valid } = await officersOf(t, 'rg-dd-1');
    // The demo has cases of its own: these carry a mark, and every query below filters on it.
    const mark = '（列表测试）';
    const summary = `解放路占道经营${mark}`;
    const a = await createCase(zhifa, { summary, officers: [{ personId: valid[0], role: 'lead' }] });
    const b = await createCase(zhifa, { summary, parties: [{ kind: 'person', name: '冯某' }] });
    const c = await createCase(changjiang, {
      summary,
      unitId: 'tw-cj',
      place: '如皋市长江镇江海路',
      parties: [],
    });
    await forceStage(t, b.id, { stage: 'investigation' });
    await insertDeadline(t, a.id, {
      kind: 'case-90',
      stage: 'decision',
      from: daysAgo(100),
      days: 90,
      unit: 'calendar',
    });
    await insertDeadline(t, b.id, {
      kind: 'case-90',
      stage: 'decision',
      from: daysAgo(89),
      days: 90,
      unit: 'calendar',
    });
    const q = `q=${encodeURIComponent(mark)}`;

    const all = (await zhifa.get(`${V1}/cases?${q}&pageSize=1`)).json();
    expect(all.total).toBe(2); // 一中队 does not see 长江镇
    expect(all.items).toHaveLength(1);
    expect((await zhifa.get(`${V1}/cases?${q}&pageSize=1&page=2`)).json().items).toHaveLength(1);
    expect((await changjiang.get(`${V1}/cases?${q}`)).json().items.map((x: { id: string }) => x.id)).toEqual([
      c.id,
    ]);
    const juzhang = await t.as('juzhang');
    expect((await juzhang.get(`${V1}/cases?${q}`)).json().total).toBe(3);

    const ids = async (filter: string) =>
      (await zhifa.get(`${V1}/cases?${q}&${filter}`)).json().items.map((x: { id: string }) => x.id);
    expect(await ids('stage=investigation')).toEqual([b.id]);
    expect(await ids(`party=${encodeURIComponent('冯')}`)).toEqual([b.id]);
    expect(await ids(`officer=${valid[0]}`)).toEqual([a.id]);
    expect(await ids('due=overdue')).toEqual([a.id]);
    expect(await ids('due=soon')).toEqual([b.id]);
    const item = (await zhifa.get(`${V1}/cases?${q}&due=overdue`)).json().items[0];
    expect(item).toMatchObject({ overdue: true, nearestDeadline: { kind: 'case-90', overdue: true } });
  });

  it('reading a case leaves an access event; another unit gets 404', async () => {
    const zhifa = await t.as('zhifa');
    const kase = await createCase(zhifa);
    expect((await zhifa.get(`${V1}/cases/${kase.id}`)).statusCode).toBe(200);
    const viewed = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('operation', '=', 'case.viewed')
      .where('target_id', '=', kase.id)
      .execute();
    expect(viewed).toHaveLength(1);
    expect(viewed[0]).toMatchObject({ target_id: kase.id, actor_username: 'zhifa', kind: 'read' });
    const changjiang = await t.as('changjiang');
    expect((await changjiang.get(`${V1}/cases/${kase.id}`)).statusCode).toBe(404);
  });
});
