import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceSession, footageMeta, seizureCase, V1 } from './evidence-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// Issue 6 item 2, R-04: the register of body cameras and terminals, holders, check-out and return history,
// and footage uploaded later than the window flagged.

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ env: { SANXIANG_LATE_UPLOAD_HOURS: '12' } });
});
afterAll(() => t?.close());

describe('devices (R-04)', () => {
  it('registers a camera, checks it out to an officer and back, keeping the history and audit events', async () => {
    const leader = await evidenceSession(t, 'zhongdui');
    const reg = await leader.json('POST', `${V1}/devices`, {
      kind: 'body-camera',
      serial: 'bc-test-0001',
      model: '海康威视 DSJ-A7',
      unitId: 'rg-dd-1',
    });
    expect(reg.statusCode).toBe(201);
    const device = reg.json().device;
    expect(device).toMatchObject({ serial: 'BC-TEST-0001', status: 'in-store', holder: null });
    const again = await leader.json('POST', `${V1}/devices`, {
      kind: 'body-camera',
      serial: 'BC-TEST-0001',
      model: 'x',
      unitId: 'rg-dd-1',
    });
    expect(again.json().code).toBe('DEVICE_SERIAL_TAKEN');

    const person = await t.deps.db
      .selectFrom('users')
      .select('person_id')
      .where('username', '=', 'zhifa')
      .executeTakeFirstOrThrow();
    const out = await leader.json('POST', `${V1}/devices/${device.id}/check-out`, {
      personId: person.person_id,
    });
    expect(out.statusCode).toBe(200);
    expect(out.json().device).toMatchObject({ status: 'checked-out', holder: { id: person.person_id } });
    const twice = await leader.json('POST', `${V1}/devices/${device.id}/check-out`, {
      personId: person.person_id,
    });
    expect(twice.json().code).toBe('DEVICE_NOT_AVAILABLE');
    const back = await leader.json('POST', `${V1}/devices/${device.id}/return`, {});
    expect(back.json().device).toMatchObject({ status: 'in-store', holder: null });
    const notOut = await leader.json('POST', `${V1}/devices/${device.id}/return`, {});
    expect(notOut.json().code).toBe('DEVICE_NOT_CHECKED_OUT');
    const detail = await leader.json('GET', `${V1}/devices/${device.id}`);
    expect(detail.json().checkouts).toHaveLength(1);
    expect(detail.json().checkouts[0].returnedAt).not.toBeNull();
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('operation')
      .where('target_id', '=', device.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.operation)).toEqual([
      'device.registered',
      'device.checked-out',
      'device.returned',
    ]);
  });

  it('only squad leaders and the system administrator manage devices; officers read their own units only', async () => {
    const officer = await evidenceSession(t, 'zhifa');
    const refused = await officer.json('POST', `${V1}/devices`, {
      kind: 'body-camera',
      serial: 'BC-X-9',
      model: 'x',
      unitId: 'rg-dd-1',
    });
    expect(refused.statusCode).toBe(403);
    const list = await officer.json('GET', `${V1}/devices?pageSize=200`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
    for (const d of list.json().items) expect(d.unit.id).toBe('rg-dd-1');
  });

  it('the demo has cameras with holders and a late upload flagged', async () => {
    const head = await evidenceSession(t, 'juzhang');
    const list = await head.json('GET', `${V1}/devices?pageSize=200&status=checked-out`);
    expect(list.json().total).toBeGreaterThan(5);
    for (const d of list.json().items) expect(d.holder?.name).toBeTruthy();
    const late = await head.json('GET', `${V1}/devices/late-uploads`);
    expect(late.json().total).toBeGreaterThanOrEqual(1);
    expect(late.json().items[0].delayHours).toBeGreaterThan(24);
  });

  it('flags footage uploaded later than the configured window (12 h here) and lists it per device', async () => {
    const officer = await evidenceSession(t, 'zhifa');
    const kase = await seizureCase(t);
    const device = await t.deps.db
      .selectFrom('devices')
      .select('id')
      .where('unit_id', '=', 'rg-dd-1')
      .executeTakeFirstOrThrow();
    const onTime = await officer.upload(
      footageMeta(kase.id, {
        fileName: 'a.mp4',
        deviceId: device.id,
        capturedAt: new Date(Date.now() - 11 * 3600_000).toISOString(),
      }),
      randomBytes(500),
    );
    expect(onTime.json().evidence.late).toBe(false);
    const late = await officer.upload(
      footageMeta(kase.id, {
        fileName: 'b.mp4',
        deviceId: device.id,
        capturedAt: new Date(Date.now() - 13 * 3600_000).toISOString(),
      }),
      randomBytes(500),
    );
    expect(late.json().evidence).toMatchObject({ late: true, lateWindowHours: 12 });
    const detail = await officer.json('GET', `${V1}/devices/${device.id}`);
    expect(detail.json().lateUploads.map((l: { evidenceId: string }) => l.evidenceId)).toContain(
      late.json().evidence.id,
    );
    expect(detail.json().lateUploads.map((l: { evidenceId: string }) => l.evidenceId)).not.toContain(
      onTime.json().evidence.id,
    );
  });
});
