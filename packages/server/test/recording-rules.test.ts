import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, forceStage, officersOf, reload, V1 } from './cases-helpers.js';
import { linkEvidence } from './recording-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// through the API: the footage guard of 查封/扣押 and 强制拆除 reads the evidence actually linked to
// the stage; without it the stage is completed only on a written reason approved by a head.

let t: TestApp;
let zhifa: Client;
let zhongdui: Client;

beforeEach(async () => {
  t = await testApp();
  zhifa = await t.as('zhifa');
  zhongdui = await t.as('zhongdui');
});
afterEach(async () => {
  await t.close();
});

async function seizureOnSite() {
  const { valid } = await officersOf(t, 'rg-dd-1');
  const k = await createCase(zhifa, {
    procedure: 'seizure',
    matterCode: 'CG-QZ-002',
    officers: [
      { personId: valid[0]!, role: 'lead' },
      { personId: valid[1]!, role: 'assist' },
    ],
    summary: '责令停止建设后继续施工',
  });
  await forceStage(t, k.id, { stage: 'on-site' });
  return k.id as string;
}

async function demolitionUnderway() {
  const k = await createCase(zhifa, {
    procedure: 'demolition',
    matterCode: 'CG-QZ-001',
    summary: '违法建设逾期未拆除',
  });
  await forceStage(t, k.id, { stage: 'demolition' });
  return k.id as string;
}

/** The refusal of the footage guard on an action, as GET /cases/:id evaluates it. */
async function footageRefusal(c: Client, caseId: string, action: string) {
  const k = await reload(c, caseId);
  const a = k.actions.find((x: { action: string }) => x.action === action);
  expect(a, action).toBeTruthy();
  return (
    (a.refusals as { code: string; message: string }[]).find((r) => r.code === 'GUARD_FOOTAGE_LINKED') ?? null
  );
}

describe('R-05: completing a mandatory-recording stage needs linked footage', () => {
  it('查封/扣押 on site: refused without footage, even with a reason typed into the act', async () => {
    const id = await seizureOnSite();
    expect(await footageRefusal(zhifa, id, 'complete-seizure')).toMatchObject({
      message: expect.stringContaining('全程音像记录'),
    });
    const k = await reload(zhifa, id);
    const res = await zhifa.post(`${V1}/cases/${id}/actions/complete-seizure`, {
      version: k.version,
      payload: { footageWaiver: '执法记录仪电量耗尽', footage: ['执法记录仪-0001'] },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    const codes = res.json().details.refusals.map((r: { code: string }) => r.code);
    expect(codes).toContain('GUARD_FOOTAGE_LINKED');
    expect((await reload(zhifa, id)).stage).toBe('on-site');
  });

  it('a photo, an audio file or footage of another stage does not count; a video of the stage does', async () => {
    const id = await seizureOnSite();
    await linkEvidence(t, id, 'on-site', 'photo');
    await linkEvidence(t, id, 'on-site', 'audio');
    await linkEvidence(t, id, 'proposal', 'video');
    expect(await footageRefusal(zhifa, id, 'complete-seizure')).not.toBeNull();
    await linkEvidence(t, id, 'on-site', 'video');
    expect(await footageRefusal(zhifa, id, 'complete-seizure')).toBeNull();
  });

  it('强制拆除: the same rule on complete-demolition', async () => {
    const id = await demolitionUnderway();
    expect(await footageRefusal(zhongdui, id, 'complete-demolition')).not.toBeNull();
    await linkEvidence(t, id, 'demolition', 'video');
    expect(await footageRefusal(zhongdui, id, 'complete-demolition')).toBeNull();
  });

  it('an unlinked video no longer counts', async () => {
    const id = await seizureOnSite();
    const v = await linkEvidence(t, id, 'on-site', 'video');
    expect(await footageRefusal(zhifa, id, 'complete-seizure')).toBeNull();
    await t.deps.db
      .updateTable('evidence_links')
      .set({ unlinked_at: new Date(), unlink_reason: '误关联' })
      .where('evidence_id', '=', v.id)
      .execute();
    expect(await footageRefusal(zhifa, id, 'complete-seizure')).not.toBeNull();
  });
});

describe('R-05: an exemption is a written reason approved by a head', () => {
  it('pending does not pass; approved by the squad leader passes; every step is on the timeline and in the audit log', async () => {
    const id = await seizureOnSite();
    const asked = await zhifa.post(`${V1}/cases/${id}/recording/exemptions`, {
      stage: 'on-site',
      reason: '执法记录仪故障，现场由两名执法人员及见证人签字确认',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().status).toBe('pending');
    expect((await footageRefusal(zhifa, id, 'complete-seizure'))?.message).toContain('尚待负责人审批');
    // An officer holds no approval right; the head's decision is what counts.
    const byOfficer = await zhifa.post(`${V1}/cases/${id}/recording/exemptions/${asked.json().id}/decision`, {
      approve: true,
      opinion: '同意',
    });
    expect(byOfficer.statusCode).toBe(403);
    const approved = await zhongdui.post(
      `${V1}/cases/${id}/recording/exemptions/${asked.json().id}/decision`,
      {
        approve: true,
        opinion: '情况属实，同意',
      },
    );
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: expect.any(String) });
    expect(await footageRefusal(zhifa, id, 'complete-seizure')).toBeNull();
    const again = await zhongdui.post(`${V1}/cases/${id}/recording/exemptions/${asked.json().id}/decision`, {
      approve: false,
      opinion: '撤回',
    });
    expect(again.json().code).toBe('RECORDING_EXEMPTION_DECIDED');
    const events = await t.deps.db
      .selectFrom('case_events')
      .select('action')
      .where('case_id', '=', id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['recording-exemption-requested', 'recording-exemption-approved']),
    );
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('operation')
      .where('target_id', '=', id)
      .where('operation', 'like', 'recording.%')
      .execute();
    expect(audit.map((a) => a.operation).sort()).toEqual([
      'recording.exemption-approved',
      'recording.exemption-requested',
    ]);
  });

  it('a denied exemption keeps the stage closed and may be asked again; one open request per stage', async () => {
    const id = await seizureOnSite();
    const first = await zhifa.post(`${V1}/cases/${id}/recording/exemptions`, {
      stage: 'on-site',
      reason: '忘记开机',
    });
    const dup = await zhifa.post(`${V1}/cases/${id}/recording/exemptions`, {
      stage: 'on-site',
      reason: '再次申请',
    });
    expect(dup.json().code).toBe('RECORDING_EXEMPTION_OPEN');
    await zhongdui.post(`${V1}/cases/${id}/recording/exemptions/${first.json().id}/decision`, {
      approve: false,
      opinion: '理由不成立，请调取同行人员记录仪视频',
    });
    expect(await footageRefusal(zhifa, id, 'complete-seizure')).not.toBeNull();
    const second = await zhifa.post(`${V1}/cases/${id}/recording/exemptions`, {
      stage: 'on-site',
      reason: '同行记录仪亦无记录，已由见证人书面证明',
    });
    expect(second.statusCode).toBe(201);
  });

  it('a stage without mandatory footage takes no exemption (and a refused request writes nothing)', async () => {
    const id = await seizureOnSite();
    const before = await t.deps.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await zhifa.post(`${V1}/cases/${id}/recording/exemptions`, {
      stage: 'custody',
      reason: '无',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('RECORDING_EXEMPTION_NOT_APPLICABLE');
    const after = await t.deps.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(
      await t.deps.db.selectFrom('recording_exemptions').selectAll().where('case_id', '=', id).execute(),
    ).toEqual([]);
  });
});

describe('R-02: a case’s records per stage', () => {
  it('lists required carriers, what is linked and what is missing, stage by stage', async () => {
    const id = await seizureOnSite();
    await linkEvidence(t, id, 'on-site', 'photo');
    const res = await zhifa.get(`${V1}/cases/${id}/recording`);
    expect(res.statusCode, res.body).toBe(200);
    const onSite = res.json().stages.find((s: { stage: string }) => s.stage === 'on-site');
    expect(onSite).toMatchObject({
      current: true,
      requiredRecords: ['text', 'photo', 'audio', 'video'],
      footageRequired: true,
      footageSatisfied: false,
    });
    expect(onSite.missingRecords).toEqual(['text', 'audio', 'video']);
    expect(onSite.evidence).toHaveLength(1);
  });
});

describe('R-05: the on-site recording list on the portal', () => {
  it('is published as server-rendered HTML with the mandatory and the recommended acts', async () => {
    const res = await t.client().get('/recording');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('音像记录事项清单');
    expect(res.body).toContain('现场查封、扣押');
    expect(res.body).toContain('实施强制拆除');
    expect(res.body).toContain('听证');
  });
});
