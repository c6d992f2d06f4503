import { expect } from 'vitest';
import { act, createCase, creditCode, idNumber, officersOf, reload, V1 } from './cases-helpers.js';
import type { Client, TestApp } from './support/test-app.js';

// Shared by the publicity-*.test.ts files: a case decided on the spot (the quickest way to an issued
// penalty decision), and an inspection with its result recorded.

export const SECRET_ID = idNumber('1985-04-12');
export const SECRET_PHONE = '13912345678';

async function issue(who: Client, caseId: string, kind: string, input: Record<string, unknown>) {
  const drafted = await who.post(`${V1}/cases/${caseId}/documents`, { kind, input });
  expect(drafted.statusCode, drafted.body).toBe(201);
  const issued = await who.post(`${V1}/cases/${caseId}/documents/${drafted.json().document.id}/issue`);
  expect(issued.statusCode, issued.body).toBe(200);
}

async function step(who: Client, k: { id: string; version: number }, action: string, payload = {}) {
  const res = await act(who, k, action, payload);
  expect(res.statusCode, `${action}: ${res.body.slice(0, 400)}`).toBe(200);
  return res.json();
}

/** A natural person fined on the spot; `facts` lands in the decision and so in the publication. */
export async function decideOnTheSpot(
  t: TestApp,
  zhifa: Client,
  options: { facts?: string; party?: Record<string, unknown>; fine?: number } = {},
) {
  const { valid } = await officersOf(t, 'rg-dd-1');
  let k = await createCase(zhifa, {
    procedure: 'simple',
    matterCode: 'CG-CF-007',
    officers: [
      { personId: valid[0]!, role: 'lead' },
      { personId: valid[1]!, role: 'assist' },
    ],
    parties: [
      options.party ?? {
        kind: 'person',
        name: '周建国',
        idNumber: SECRET_ID,
        address: '如皋市如城街道海阳路12号',
        phone: SECRET_PHONE,
      },
    ],
    summary: '门店窗外堆放纸箱杂物，有碍市容',
  });
  k = (
    await zhifa.put(`${V1}/cases/${k.id}/penalty`, {
      circumstances: '一般处罚',
      kinds: ['罚款'],
      fine: options.fine ?? 50,
    })
  ).json();
  k = await step(zhifa, k, 'apply-simple-procedure', { certificateShown: true });
  await issue(zhifa, k.id, 'on-the-spot-decision', {
    facts:
      options.facts ??
      `当事人周建国（身份证号码${SECRET_ID}，联系电话${SECRET_PHONE}）在如皋市解放路门店二楼窗外堆放纸箱杂物，证人陈立新称已持续三日`,
    evidence: ['现场照片3张'],
  });
  k = await step(zhifa, await reload(zhifa, k.id), 'deliver-decision', {
    onSiteRecord: { rightsTold: true, partyPresent: true, signedOrRefusalNoted: true },
  });
  return k as { id: string; version: number; caseNo: string };
}

export async function inspectionWithResult(t: TestApp, zhongdui: Client, zhifa: Client) {
  const { valid } = await officersOf(t, 'rg-dd-1');
  let k = await createCase(zhongdui, {
    procedure: 'inspection',
    matterCode: 'CG-JC-002',
    source: 'inspection',
    officers: [
      { personId: valid[0]!, role: 'lead' },
      { personId: valid[1]!, role: 'assist' },
    ],
    parties: [
      {
        kind: 'organisation',
        name: '如皋市味香园餐饮管理有限公司',
        creditCode: creditCode('91320682MA1QWE456'),
        legalRepresentative: '吴某',
        address: '如皋市宁海南路18号',
      },
    ],
    summary: '双随机抽查：餐饮油烟净化设施',
  });
  k = await step(zhongdui, k, 'assign-inspectors');
  await issue(zhifa, k.id, 'inspection-record', { findings: '油烟净化设施正常使用' });
  k = await step(zhifa, await reload(zhifa, k.id), 'record-inspection', { certificateShown: true });
  k = await step(zhifa, k, 'close-compliant');
  return k as { id: string };
}

export async function publicationOfCase(t: TestApp, caseId: string) {
  return t.deps.db
    .selectFrom('publications')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
}
