import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createCase, V1 } from './cases-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// R-08 分级调阅: a unit reads its own cases; another unit's case needs a request approved by that unit's leader,
// valid for a set (configurable) time; the supervision centre reads all; every read is logged and the read log
// shows who read what and when.

let t: TestApp;
let zhifa: Client; // officer, 一中队 (rg-dd-1)
let zhongdui: Client; // squad leader, 一中队
let changjiang: Client; // township officer, 长江镇 (tw-cj)
let jiandu: Client; // supervision centre
let juzhang: Client;

beforeEach(async () => {
  t = await testApp();
  zhifa = await t.as('zhifa');
  zhongdui = await t.as('zhongdui');
  changjiang = await t.as('changjiang');
  jiandu = await t.as('jiandu');
  juzhang = await t.as('juzhang');
});
afterEach(async () => {
  await t.close();
});

async function ask(c: Client, caseNo: string, extra: Record<string, unknown> = {}) {
  return c.post(`${V1}/case-access/requests`, { caseNo, reason: '关联案件比对当事人前案情况', ...extra });
}

describe('R-08: reading another unit’s case', () => {
  it('is refused (404) until that unit’s leader approves a request; then read-only, logged with the grant, listed', async () => {
    const k = await createCase(zhifa);
    expect((await changjiang.get(`${V1}/cases/${k.id}`)).statusCode).toBe(404);
    const asked = await ask(changjiang, k.sourceNo, { hours: 2 });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({
      status: 'pending',
      valid: false,
      hours: 2,
      caseUnit: { id: 'rg-dd-1' },
    });
    expect((await changjiang.get(`${V1}/cases/${k.id}`)).statusCode).toBe(404);
    // The leader sees it among the requests to decide; an officer of the unit cannot decide.
    const box = (await zhongdui.get(`${V1}/case-access/requests?box=decide&status=pending`)).json();
    expect(box.items.map((r: { id: string; canDecide: boolean }) => [r.id, r.canDecide])).toContainEqual([
      asked.json().id,
      true,
    ]);
    expect(
      (
        await zhifa.post(`${V1}/case-access/requests/${asked.json().id}/decision`, {
          approve: true,
          opinion: '同意',
        })
      ).statusCode,
    ).toBe(403);
    const ok = await zhongdui.post(`${V1}/case-access/requests/${asked.json().id}/decision`, {
      approve: true,
      opinion: '同意调阅，限两小时',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', valid: true });
    expect(Date.parse(ok.json().validUntil) - Date.parse(ok.json().validFrom)).toBe(2 * 3_600_000);

    const read = await changjiang.get(`${V1}/cases/${k.id}`);
    expect(read.statusCode).toBe(200);
    const viewed = await t.deps.db
      .selectFrom('audit_events')
      .select(['reason', 'kind'])
      .where('operation', '=', 'case.viewed')
      .where('target_id', '=', k.id)
      .where('actor_username', '=', 'changjiang')
      .execute();
    expect(viewed).toEqual([{ reason: `grant:${asked.json().id}`, kind: 'read' }]);
    const list = (await changjiang.get(`${V1}/cases?pageSize=100`)).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(k.id);
    // A grant lets its holder read, never act.
    const acted = await act(changjiang, read.json(), 'propose-filing');
    expect(acted.statusCode).toBe(404);
    // Mine: the grant is listed as valid.
    const mine = (await changjiang.get(`${V1}/case-access/requests?box=mine&status=valid`)).json();
    expect(
      mine.items.filter((r: { caseId: string }) => r.caseId === k.id).map((r: { id: string }) => r.id),
    ).toEqual([asked.json().id]);
    expect(mine.items.every((r: { valid: boolean }) => r.valid)).toBe(true);
  });

  it('expires at the end of the approved period', async () => {
    const k = await createCase(zhifa);
    const asked = await ask(changjiang, k.sourceNo);
    await zhongdui.post(`${V1}/case-access/requests/${asked.json().id}/decision`, {
      approve: true,
      opinion: '同意',
    });
    expect((await changjiang.get(`${V1}/cases/${k.id}`)).statusCode).toBe(200);
    await t.deps.db
      .updateTable('case_access_requests')
      .set({ valid_from: new Date(Date.now() - 5 * 3_600_000), valid_until: new Date(Date.now() - 1000) })
      .where('id', '=', asked.json().id)
      .execute();
    expect((await changjiang.get(`${V1}/cases/${k.id}`)).statusCode).toBe(404);
    const list = (await changjiang.get(`${V1}/cases?pageSize=100`)).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(k.id);
    const expired = (await changjiang.get(`${V1}/case-access/requests?box=mine&status=expired`)).json();
    expect(expired.items.find((r: { id: string }) => r.id === asked.json().id)).toMatchObject({
      expired: true,
      valid: false,
    });
    // Once expired, a new request may be made.
    expect((await ask(changjiang, k.sourceNo)).statusCode).toBe(201);
  });

  it('a denied request grants nothing; nobody decides twice; a case in one’s own scope needs no request', async () => {
    const k = await createCase(zhifa);
    const asked = await ask(changjiang, k.sourceNo);
    expect((await ask(changjiang, k.sourceNo)).json().code).toBe('CASE_ACCESS_ALREADY_REQUESTED');
    const no = await zhongdui.post(`${V1}/case-access/requests/${asked.json().id}/decision`, {
      approve: false,
      opinion: '与本案无关，不予调阅',
    });
    expect(no.json()).toMatchObject({ status: 'denied', valid: false });
    expect((await changjiang.get(`${V1}/cases/${k.id}`)).statusCode).toBe(404);
    const twice = await zhongdui.post(`${V1}/case-access/requests/${asked.json().id}/decision`, {
      approve: true,
      opinion: '改为同意',
    });
    expect(twice.json().code).toBe('CASE_ACCESS_ALREADY_DECIDED');
    expect((await ask(zhifa, k.sourceNo)).json().code).toBe('CASE_ACCESS_NOT_NEEDED');
    expect((await ask(changjiang, 'NO-SUCH-CASE')).statusCode).toBe(404);
  });

  it('the validity is configuration: a default and a maximum', async () => {
    await t.deps.db
      .insertInto('meta')
      .values({
        key: 'case-access.settings',
        value: JSON.stringify({ defaultHours: 4, maxHours: 8 }),
      } as never)
      .execute();
    const k = await createCase(zhifa);
    expect((await ask(changjiang, k.sourceNo, { hours: 10 })).json().code).toBe('CASE_ACCESS_HOURS_TOO_LONG');
    const asked = await ask(changjiang, k.sourceNo);
    expect(asked.json().hours).toBe(4);
    // The leader may shorten it, never lengthen it.
    const ok = await juzhang.post(`${V1}/case-access/requests/${asked.json().id}/decision`, {
      approve: true,
      opinion: '同意',
      hours: 1,
    });
    expect(ok.json().hours).toBe(1);
  });
});

describe('R-08: the supervision centre and the read log', () => {
  it('jiandu reads every unit’s case without a request, and every read is in the read log with filters and pages', async () => {
    const k = await createCase(zhifa);
    expect((await jiandu.get(`${V1}/cases/${k.id}`)).statusCode).toBe(200);
    await zhifa.get(`${V1}/cases/${k.id}`);
    await zhifa.get(`${V1}/cases/${k.id}`);
    const all = (
      await jiandu.get(`${V1}/case-access/reads?caseNo=${encodeURIComponent(k.sourceNo)}&pageSize=2`)
    ).json();
    expect(all.total).toBe(3);
    expect(all.items).toHaveLength(2);
    expect(all.items[0]).toMatchObject({
      caseId: k.id,
      caseNo: k.sourceNo,
      operation: 'case.viewed',
      operationName: '查看案件',
    });
    const byReader = (
      await jiandu.get(`${V1}/case-access/reads?caseNo=${encodeURIComponent(k.sourceNo)}&reader=jiandu`)
    ).json();
    expect(byReader.total).toBe(1);
    expect(byReader.items[0].reader.username).toBe('jiandu');
    // An officer may not review the read log; looking at it is itself logged.
    expect((await zhifa.get(`${V1}/case-access/reads`)).statusCode).toBe(403);
    const searched = await t.deps.db
      .selectFrom('audit_events')
      .select('kind')
      .where('operation', '=', 'case-access.read-log-searched')
      .where('actor_username', '=', 'jiandu')
      .execute();
    expect(searched.length).toBe(2);
  });

  it('a squad leader sees the reads of its own units’ cases only; grant reads can be picked out', async () => {
    const own = await createCase(zhifa);
    const other = await createCase(changjiang, { unitId: 'tw-cj' });
    await jiandu.get(`${V1}/cases/${own.id}`);
    await jiandu.get(`${V1}/cases/${other.id}`);
    const seen = (await zhongdui.get(`${V1}/case-access/reads?pageSize=100`)).json();
    const ids = new Set(seen.items.map((r: { caseId: string }) => r.caseId));
    expect(ids.has(own.id)).toBe(true);
    expect(ids.has(other.id)).toBe(false);
    const asked = await ask(changjiang, own.sourceNo);
    await zhongdui.post(`${V1}/case-access/requests/${asked.json().id}/decision`, {
      approve: true,
      opinion: '同意',
    });
    await changjiang.get(`${V1}/cases/${own.id}`);
    const grants = (await zhongdui.get(`${V1}/case-access/reads?grantOnly=true&pageSize=100`)).json();
    expect(grants.items.every((r: { grantId: string | null }) => r.grantId !== null)).toBe(true);
    expect(
      grants.items
        .filter((r: { caseId: string }) => r.caseId === own.id)
        .map((r: { grantId: string; reader: { username: string } }) => [r.grantId, r.reader.username]),
    ).toEqual([[asked.json().id, 'changjiang']]);
  });
});
