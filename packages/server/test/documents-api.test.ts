import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayInChina } from '../src/clock.js';
import { checkCaseDecisionElements } from '../src/documents/check-decision-elements.js';
import { chineseDate } from '../src/documents/chinese-text.js';
import { issuedDocumentKinds } from '../src/documents/issued-document-kinds.js';
import { createCase, officersOf, passReviews, V1 } from './cases-helpers.js';
import { nextSerial } from './documents-fixtures.js';
import type { Client, TestApp } from './support/test-app.js';
import { testApp } from './support/test-app.js';

// The documents of a case through the API (docs/contracts/cases-api.md "Documents"): drafted from the case,
// issued with a number, frozen with their digests, downloaded as recorded, voided and replaced; and the
// standard wording filled from a case.

let t: TestApp;
let blobDir: string;
let zhifa: Client;
let two: { personId: string; role: string }[];

beforeEach(async () => {
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-doc-blobs-'));
  t = await testApp({ env: { SANXIANG_BLOB_DIR: blobDir } });
  zhifa = await t.as('zhifa');
  const { valid } = await officersOf(t, 'rg-dd-1');
  two = [
    { personId: valid[0]!, role: 'lead' },
    { personId: valid[1]!, role: 'assist' },
  ];
});
afterEach(async () => {
  await t.close();
  fs.rmSync(blobDir, { recursive: true, force: true });
});

const year = () => todayInChina().slice(0, 4);
/** The number the next document of `kind` gets: the demo bureau has issued documents of its own this year. */
const serial = (kind: string) => nextSerial(t.deps.db, kind, Number(year()));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/—\s*\d+\s*—/g, '')
    .replace(/\s+/g, '');

/** A road-occupation case with two certified officers and a proposed fine. */
async function roadCase() {
  const kase = await createCase(zhifa, {
    summary: '擅自占用城市道路堆放建筑材料，占用人行道约30平方米',
    place: '如皋市如城街道福寿东路东段',
    matterCode: 'CG-CF-019',
    officers: two,
    parties: [
      {
        kind: 'person',
        name: '张建国',
        idNumber: '320682198503021234'.slice(0, 17) + checkChar('32068219850302123'),
        address: '如皋市如城街道大司马社区18组56号',
        phone: '13912345678',
      },
    ],
  });
  const res = await zhifa.put(`${V1}/cases/${kase.id}/penalty`, {
    circumstances: '从重处罚',
    kinds: ['罚款'],
    fine: 3000,
    measures: '责令限期清除占道物料，恢复道路原状',
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; queryCode: string; sourceNo: string };
}

function checkChar(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

async function draft(caseId: string, kind: string, input: Record<string, unknown> = {}, replaces?: string) {
  const res = await zhifa.post(`${V1}/cases/${caseId}/documents`, {
    kind,
    input,
    ...(replaces ? { replaces } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().document;
}

async function issue(caseId: string, docId: string) {
  const res = await zhifa.post(`${V1}/cases/${caseId}/documents/${docId}/issue`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().document;
}

async function download(caseId: string, docId: string, format: 'pdf' | 'docx') {
  const res = await zhifa.get(`${V1}/cases/${caseId}/documents/${docId}/file.${format}`);
  expect(res.statusCode, res.body).toBe(200);
  return { res, bytes: res.rawPayload };
}

const events = (operation: string, targetId: string) =>
  t.deps.db
    .selectFrom('audit_events')
    .selectAll()
    .where('operation', '=', operation)
    .where('target_id', '=', targetId)
    .execute();

describe('drafting, issuing and freezing', () => {
  it('drafts from the case, issues with the next number, stores the files with their digests, and freezes them', async () => {
    const kase = await roadCase();
    const doc = await draft(kase.id, 'prior-notice', { evidence: ['现场检查笔录1份', '现场照片8张'] });
    expect(doc).toMatchObject({
      kind: 'prior-notice',
      name: '行政处罚事先告知书',
      status: 'draft',
      number: null,
    });
    expect(doc.content.addressee).toBe('张建国');
    const draftText = JSON.stringify(doc.content);
    expect(draftText).toContain('《城市道路管理条例》第二十七条');
    expect(draftText).toContain('罚款人民币叁仟元整');
    expect(draftText).toContain(kase.queryCode);
    expect(await events('document.drafted', doc.id)).toHaveLength(1);

    // A draft can be looked at (marked 草稿), but it counts for nothing.
    const preview = await download(kase.id, doc.id, 'pdf');
    expect(pdfText(preview.bytes)).toContain('〔签发时编号〕');
    expect(preview.res.headers['x-content-sha256']).toBeUndefined();
    expect(await issuedDocumentKinds(t.deps.db, kase.id)).toEqual(new Set());

    const n = await serial('prior-notice');
    const issued = await issue(kase.id, doc.id);
    expect(issued).toMatchObject({
      status: 'issued',
      number: `皋城管罚告字〔${year()}〕第${n}号`,
      issuedOn: todayInChina(),
    });
    expect(issued.content.signature.date).toBe(todayInChina());
    expect(await issuedDocumentKinds(t.deps.db, kase.id)).toEqual(new Set(['prior-notice']));

    // What is downloaded is what was frozen: same bytes, same SHA-256 and SM3 as recorded and audited.
    const { res, bytes } = await download(kase.id, doc.id, 'pdf');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(sha256(bytes)).toBe(issued.pdf.sha256);
    expect(sm3(bytes)).toBe(issued.pdf.sm3);
    expect(res.headers['x-content-sha256']).toBe(issued.pdf.sha256);
    const text = pdfText(bytes);
    expect(text).toContain(`皋城管罚告字〔${year()}〕第${n}号`);
    expect(text).toContain(chineseDate(todayInChina()));
    expect(text).toContain(kase.queryCode);
    const [issuedEvent] = await events('document.issued', doc.id);
    expect(issuedEvent!.changes).toMatchObject({ pdfSha256: { after: issued.pdf.sha256 } });
    const downloads = await events('document.downloaded', doc.id);
    expect(downloads).toHaveLength(2);
    expect(downloads.every((e) => e.kind === 'read')).toBe(true);

    // Issuing again, or drafting it again, is refused; the database itself refuses to change or delete it.
    const again = await zhifa.post(`${V1}/cases/${kase.id}/documents/${doc.id}/issue`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DOCUMENT_ALREADY_ISSUED');
    const redraft = await zhifa.put(`${V1}/cases/${kase.id}/documents/${doc.id}`, { input: {} });
    expect(redraft.statusCode).toBe(409);
    await expect(
      t.deps.db.updateTable('case_documents').set({ number: 'x' }).where('id', '=', doc.id).execute(),
    ).rejects.toThrow(/issued: it cannot change/);
    await expect(
      t.deps.db
        .updateTable('case_documents')
        .set({ content: JSON.stringify({}) })
        .where('id', '=', doc.id)
        .execute(),
    ).rejects.toThrow(/cannot change/);
    await expect(t.deps.db.deleteFrom('case_documents').where('id', '=', doc.id).execute()).rejects.toThrow(
      /cannot be deleted/,
    );
  });

  it('a correction is a new document: void with a reason, draft its replacement, the number is not reused', async () => {
    const kase = await roadCase();
    const n = await serial('rectification-notice');
    const first = await issue(
      kase.id,
      (await draft(kase.id, 'rectification-notice', { rectifyBy: '2026-12-31' })).id,
    );
    expect(first.number).toBe(`皋城管责改字〔${year()}〕第${n}号`);

    const noReason = await zhifa.post(`${V1}/cases/${kase.id}/documents/${first.id}/void`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const voided = await zhifa.post(`${V1}/cases/${kase.id}/documents/${first.id}/void`, {
      reason: '改正期限写错，应为收到之日起三日内',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json().document.voided.reason).toContain('改正期限写错');
    expect(await issuedDocumentKinds(t.deps.db, kase.id)).toEqual(new Set());
    const twice = await zhifa.post(`${V1}/cases/${kase.id}/documents/${first.id}/void`, {
      reason: '再次作废',
    });
    expect(twice.json().code).toBe('DOCUMENT_ALREADY_VOIDED');
    expect(await events('document.voided', first.id)).toHaveLength(1);

    const second = await issue(
      kase.id,
      (await draft(kase.id, 'rectification-notice', { rectifyBy: '2026-12-20' }, first.id)).id,
    );
    expect(second.number).toBe(`皋城管责改字〔${year()}〕第${n + 1}号`);
    expect(second.replaces).toBe(first.id);
    const list = (await zhifa.get(`${V1}/cases/${kase.id}/documents`)).json().items;
    expect(list.find((d: { id: string }) => d.id === first.id)).toMatchObject({
      replacedBy: second.id,
      number: first.number,
    });
    expect(await issuedDocumentKinds(t.deps.db, kase.id)).toEqual(new Set(['rectification-notice']));
  });

  it('a failed issue rolls back and does not burn its number', async () => {
    const kase = await roadCase();
    const doc = await draft(kase.id, 'prior-notice');
    const n = await serial('prior-notice');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-nofonts-'));
    const saved = process.env.SANXIANG_FONT_DIR;
    process.env.SANXIANG_FONT_DIR = empty;
    try {
      const res = await zhifa.post(`${V1}/cases/${kase.id}/documents/${doc.id}/issue`);
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('DOCUMENT_FONTS_MISSING');
      expect(res.json().details.file).toBe('NotoSerifCJK-Regular.ttc');
    } finally {
      if (saved === undefined) delete process.env.SANXIANG_FONT_DIR;
      else process.env.SANXIANG_FONT_DIR = saved;
      fs.rmSync(empty, { recursive: true, force: true });
    }
    const row = await t.deps.db
      .selectFrom('case_documents')
      .select(['status', 'number'])
      .where('id', '=', doc.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', number: null });
    expect(await events('document.issued', doc.id)).toHaveLength(0);
    expect((await issue(kase.id, doc.id)).number).toBe(`皋城管罚告字〔${year()}〕第${n}号`);
  });
});

describe('the decision document', () => {
  it('carries every element of art. 59 in the PDF the party receives, and the Word file holds the same number', async () => {
    const kase = await roadCase();
    const doc = await draft(kase.id, 'penalty-decision', {
      evidence: ['现场检查笔录1份', '询问笔录1份', '现场照片8张', '执法记录仪视频1段'],
    });
    expect(await checkCaseDecisionElements(t.deps.db, kase.id)).toEqual([]);
    // L-04: the decision document is issued only after the legal review passed on this draft.
    await passReviews(t, kase.id);
    const n = await serial('penalty-decision');
    const issued = await issue(kase.id, doc.id);
    const text = pdfText((await download(kase.id, doc.id, 'pdf')).bytes);
    for (const expected of [
      `皋城管罚决字〔${year()}〕第${n}号`,
      '当事人：张建国',
      '住址：如皋市如城街道大司马社区18组56号',
      '擅自占用城市道路堆放建筑材料',
      '现场检查笔录1份',
      '违反了《城市道路管理条例》第二十七条',
      '依据《城市道路管理条例》第四十二条的规定',
      '罚款人民币叁仟元整',
      '自收到本决定书之日起十五日内缴纳罚款',
      '六十日内向如皋市人民政府申请行政复议',
      '六个月内依法向有管辖权的人民法院提起行政诉讼',
      '如皋市城市管理局',
      chineseDate(todayInChina()),
      '（印章）',
    ])
      expect(text, expected).toContain(expected);

    const { res, bytes } = await download(kase.id, doc.id, 'docx');
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(sha256(bytes)).toBe(issued.docx.sha256);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-docx-'));
    try {
      fs.writeFileSync(path.join(dir, 'd.docx'), bytes);
      execFileSync('unzip', ['-tq', path.join(dir, 'd.docx')]);
      const xml = execFileSync('unzip', ['-p', path.join(dir, 'd.docx'), 'word/document.xml']).toString(
        'utf8',
      );
      expect(xml).toContain(`皋城管罚决字〔${year()}〕第${n}号`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the checker reports a case without a decision document, and one whose draft lacks evidence', async () => {
    const kase = await roadCase();
    expect((await checkCaseDecisionElements(t.deps.db, kase.id)).map((m) => m.element)).toEqual(['document']);
    await draft(kase.id, 'penalty-decision');
    expect((await checkCaseDecisionElements(t.deps.db, kase.id)).map((m) => m.element)).toEqual(['evidence']);
  });
});

describe('access', () => {
  it('another unit sees no document of the case (404), and a read-only role cannot issue', async () => {
    const kase = await roadCase();
    const doc = await draft(kase.id, 'prior-notice');
    const changjiang = await t.as('changjiang');
    for (const url of [
      `${V1}/cases/${kase.id}/documents`,
      `${V1}/cases/${kase.id}/documents/${doc.id}`,
      `${V1}/cases/${kase.id}/documents/${doc.id}/file.pdf`,
    ])
      expect((await changjiang.get(url)).statusCode, url).toBe(404);
    expect((await changjiang.post(`${V1}/cases/${kase.id}/documents/${doc.id}/issue`)).statusCode).toBe(404);
    const jiandu = await t.as('jiandu');
    expect((await jiandu.post(`${V1}/cases/${kase.id}/documents/${doc.id}/issue`)).statusCode).toBe(403);
    expect((await t.client().get(`${V1}/cases/${kase.id}/documents`)).statusCode).toBe(401);
  });

  it('an unknown kind is refused with a field message', async () => {
    const kase = await roadCase();
    const res = await zhifa.post(`${V1}/cases/${kase.id}/documents`, { kind: 'love-letter' });
    expect(res.statusCode).toBe(400);
  });
});

describe('standard wording (R-03)', () => {
  it('lists the phrases of a context and fills them from a case: officers, certificate numbers, place', async () => {
    const kase = await roadCase();
    const plain = (await zhifa.get(`${V1}/wording?context=inspection`)).json();
    expect(plain.phrases.length).toBeGreaterThan(3);
    expect(plain.phrases.every((p: { contexts: string[] }) => p.contexts.includes('inspection'))).toBe(true);
    const start = plain.phrases.find((p: { id: string }) => p.id === 'recording-start');
    expect(start.text).toContain('{officers}');

    const res = await zhifa.get(`${V1}/wording?context=recording&caseId=${kase.id}&now=2026-11-26T09:30`);
    expect(res.statusCode, res.body).toBe(200);
    const filled = res.json().phrases.find((p: { id: string }) => p.id === 'recording-start');
    const officers = await t.deps.db
      .selectFrom('people as p')
      .innerJoin('enforcement_certificates as c', 'c.person_id', 'p.id')
      .select(['p.name', 'c.number'])
      .where(
        'p.id',
        'in',
        two.map((o) => o.personId),
      )
      .execute();
    expect(filled.text).toContain('现在是2026年11月26日9时30分，我们是如皋市城市管理局执法人员');
    for (const o of officers) {
      expect(filled.text).toContain(o.name);
      expect(filled.text).toContain(o.number);
    }
    expect(filled.text).toContain('如皋市如城街道福寿东路东段');
    expect(filled.missing).toEqual(['activity']);

    const changjiang = await t.as('changjiang');
    expect((await changjiang.get(`${V1}/wording?caseId=${kase.id}`)).statusCode).toBe(404);
  });
});
