import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { V1 } from './cases-helpers.js';
import {
  caseInReview,
  issueDoc,
  opinion,
  type ReviewWorld,
  reviewWorld,
  submit,
  withProblem,
} from './review-helpers.js';

// L-04: the 法制审核意见书 and the 集体讨论笔录 as issued documents (.docx and PDF) filled from the review
// rounds: the seven items with their findings, the opinion, the reviewer and certificate, the discussion.
// The PDFs are also written to test-results/ to be looked at.

let w: ReviewWorld;
beforeEach(async () => {
  w = await reviewWorld();
});
afterEach(async () => {
  await w.close();
});

const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, '');

async function files(caseId: string, docId: string, name: string) {
  const pdf = await w.zhifa.get(`${V1}/cases/${caseId}/documents/${docId}/file.pdf`);
  expect(pdf.statusCode).toBe(200);
  const docx = await w.zhifa.get(`${V1}/cases/${caseId}/documents/${docId}/file.docx`);
  expect(docx.statusCode).toBe(200);
  expect(docx.headers['content-type']).toContain('wordprocessingml');
  const out = path.resolve(__dirname, '../../../test-results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, `${name}.pdf`), pdf.rawPayload);
  fs.writeFileSync(path.join(out, `${name}.docx`), docx.rawPayload);
  return pdfText(pdf.rawPayload);
}

describe('法制审核意见书 and 集体讨论笔录 (L-04)', () => {
  it('the opinion carries the seven items, the opinion, the reviewer’s certificate and its own number', async () => {
    const kase = await caseInReview(w);
    const id = (await submit(w, kase.id)).json().id;
    await opinion(
      w.fazhike,
      id,
      'return',
      withProblem('documents', '询问笔录缺被询问人逐页签名'),
      '请补正后重新送审',
    );
    const { id: docId, res } = await issueDoc(w.fazhike, kase.id, 'legal-review-opinion');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().document.number).toMatch(/^皋城管法审字〔\d{4}〕第\d+号$/);
    const text = await files(kase.id, docId, 'review-legal-review-opinion');
    const cert = (
      await w.t.deps.db
        .selectFrom('reviewer_qualifications')
        .select('certificate_no')
        .where('user_id', '=', 'u-fazhike')
        .executeTakeFirstOrThrow()
    ).certificate_no;
    for (const expected of [
      '法制审核意见书',
      '执法主体是否合法',
      '案件事实是否清楚',
      '是否涉嫌犯罪',
      '存在问题',
      '询问笔录缺被询问人逐页签名',
      '退回补正',
      cert,
      '大队法制科',
    ])
      expect(text, expected).toContain(expected);
  });

  it('the collective discussion record carries the disagreement and what was decided', async () => {
    const kase = await caseInReview(w);
    const id = (await submit(w, kase.id)).json().id;
    await opinion(
      w.fazhike,
      id,
      'disagree',
      withProblem('crime', '非法经营数额较大，涉嫌犯罪'),
      '不同意，建议移送公安机关',
    );
    const d = await w.juzhang.post(`${V1}/reviews/${id}/discussion`, {
      heldOn: '2026-11-20',
      chair: '局长',
      participants: ['局长', '副局长', '法规科科长', '大队长'],
      summary: '与会人员一致认为当事人涉嫌犯罪，应当移送公安机关',
      conclusion: 'uphold',
    });
    expect(d.statusCode, d.body).toBe(201);
    const { id: docId, res } = await issueDoc(w.juzhang, kase.id, 'collective-discussion');
    expect(res.statusCode, res.body).toBe(200);
    const text = await files(kase.id, docId, 'review-collective-discussion');
    for (const expected of ['重大案件集体讨论笔录', '法规科科长', '不同意', '涉嫌犯罪', '维持法制审核意见'])
      expect(text, expected).toContain(expected);
  });
});
