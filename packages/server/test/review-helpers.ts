import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REVIEW_ITEM_CODES } from '@sanxiang/core';
import { expect } from 'vitest';
import { createCase, creditCode, forceStage, officersOf, V1 } from './cases-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// Shared by the review-*.test.ts files (L-01 … L-04): a test app with a blob store, the demo's people, a
// case at the legal review stage with its investigation report issued, and the seven items.

export interface ReviewWorld {
  t: TestApp;
  blobDir: string;
  zhifa: Client;
  zhongdui: Client;
  fazhike: Client;
  fazhike2: Client;
  fagui: Client;
  fagui2: Client;
  juzhang: Client;
  jiandu: Client;
  two: { personId: string; role: string }[];
  close(): Promise<void>;
}

export async function reviewWorld(): Promise<ReviewWorld> {
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-review-blobs-'));
  const t = await testApp({ env: { SANXIANG_BLOB_DIR: blobDir } });
  const { valid } = await officersOf(t, 'rg-dd-1');
  const [zhifa, zhongdui, fazhike, fazhike2, fagui, fagui2, juzhang, jiandu] = await Promise.all(
    ['zhifa', 'zhongdui', 'fazhike', 'fazhike2', 'fagui', 'fagui2', 'juzhang', 'jiandu'].map((u) => t.as(u)),
  );
  return {
    t,
    blobDir,
    zhifa: zhifa!,
    zhongdui: zhongdui!,
    fazhike: fazhike!,
    fazhike2: fazhike2!,
    fagui: fagui!,
    fagui2: fagui2!,
    juzhang: juzhang!,
    jiandu: jiandu!,
    two: [
      { personId: valid[0]!, role: 'lead' },
      { personId: valid[1]!, role: 'assist' },
    ],
    async close() {
      await t.close();
      fs.rmSync(blobDir, { recursive: true, force: true });
    },
  };
}

export async function issueDoc(
  who: Client,
  caseId: string,
  kind: string,
  input: Record<string, unknown> = {},
) {
  const drafted = await who.post(`${V1}/cases/${caseId}/documents`, { kind, input });
  expect(drafted.statusCode, `${kind}: ${drafted.body}`).toBe(201);
  const id = drafted.json().document.id;
  const issued = await who.post(`${V1}/cases/${caseId}/documents/${id}/issue`);
  return { id, res: issued };
}

/** A general case at 法制审核 with a proposed fine, for a person or an organisation. */
export async function caseInReview(
  w: ReviewWorld,
  o: {
    fine?: number;
    party?: 'person' | 'organisation';
    report?: boolean;
    officers?: object[];
    matterCode?: string;
  } = {},
) {
  const parties =
    o.party === 'organisation'
      ? [
          {
            kind: 'organisation',
            name: '如皋市恒通建材有限公司',
            creditCode: creditCode(),
            legalRepresentative: '陈某某',
            address: '如皋市如城街道海阳南路88号',
          },
        ]
      : undefined;
  const kase = await createCase(w.zhifa, {
    officers: o.officers ?? w.two,
    ...(parties ? { parties } : {}),
    ...(o.matterCode ? { matterCode: o.matterCode } : {}),
  });
  const p = await w.zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
    circumstances: '一般处罚',
    kinds: ['罚款'],
    fine: o.fine ?? 150,
    ...((o.fine ?? 150) > 1000 ? { reason: '情节较重，面积大' } : {}),
  });
  expect(p.statusCode, p.body).toBe(200);
  if (o.report !== false) {
    const r = await issueDoc(w.zhifa, kase.id, 'investigation-report', {
      facts: '当事人在解放路36号门前占道经营',
      evidence: ['现场检查笔录1份', '照片6张'],
    });
    expect(r.res.statusCode, r.res.body).toBe(200);
  }
  await forceStage(w.t, kase.id, {
    stage: 'legal-review',
    case_no: `皋城管立〔2026〕第${9000 + Math.floor(Math.random() * 900)}号`,
    filed_on: '2026-11-01',
  });
  return kase as { id: string };
}

export const submission = {
  recommendation: '建议对当事人处以罚款，并责令改正',
  evidence: ['现场检查（勘验）笔录1份', '询问笔录1份', '现场照片6张'],
};

export const allOk = () => REVIEW_ITEM_CODES.map((code) => ({ code, finding: 'ok', comment: '' }));
export const withProblem = (code: string, comment: string) =>
  REVIEW_ITEM_CODES.map((c) =>
    c === code ? { code: c, finding: 'problem', comment } : { code: c, finding: 'ok', comment: '' },
  );

export async function submit(w: ReviewWorld, caseId: string, body: object = submission) {
  return w.zhifa.post(`${V1}/cases/${caseId}/review/submissions`, body);
}

export async function caseReview(who: Client, caseId: string) {
  const res = await who.get(`${V1}/cases/${caseId}/review`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function opinion(
  who: Client,
  requestId: string,
  op: 'agree' | 'return' | 'disagree',
  items = allOk(),
  text = '同意',
) {
  return who.post(`${V1}/reviews/${requestId}/opinion`, { items, opinion: op, text });
}
