import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DocumentKind } from '@sanxiang/core';
import type { Transaction } from 'kysely';
import type { Tx } from '../context.js';
import type { DB } from '../db/schema.js';
import type { DraftInput } from '../documents/document-context.js';
import type { DocumentContent } from '../documents/document-model.js';
import { loadDocumentSettings } from '../documents/document-settings.js';
import { issueNumber } from '../documents/issue-number.js';
import { loadDocumentContext } from '../documents/load-document-context.js';
import { renderDocument } from '../documents/render-document.js';
import { draftContent } from '../documents/templates/index.js';
import type { BlobStore } from '../storage/blob-store.js';

// The demo's issued documents (立案审批表, 事先告知书, 处罚决定书, 送达回证 …): drafted from the case as it stood on
// the day, numbered from the year's sequence of their kind, rendered to PDF and Word and stored, exactly as
// documents/issue-document.ts does for a person — but dated the day the demo's history says they were issued,
// which the live operation (always "today") cannot do. Rendering costs about 0.1 s a document, so the seed
// gives documents to a chosen handful of cases at telling stages, not to all of them.

/** What an officer would have added to the case data for each kind (documents/schemas.ts draftInput). */
export function demoDraftInput(
  kind: DocumentKind,
  c: { summary: string; place: string; issuedOn: string },
): DraftInput {
  const evidence = ['现场检查（勘验）笔录1份', '询问笔录1份', '现场照片4张', '执法记录仪视频1段'];
  switch (kind) {
    case 'filing-approval':
    case 'coercive-measure-approval':
      return { proposal: `经现场核查，${c.summary}。涉嫌违法，建议立案查处。` };
    case 'closing-approval':
      return { proposal: '当事人已履行处罚决定，案件办理完毕，建议结案。' };
    case 'seizure-extension-approval':
      return { proposal: '涉案施工机具权属存在争议，需进一步调查核实，建议延长查封期限三十日。' };
    case 'inspection-record':
    case 'on-site-record':
      return {
        findings: `${c.place}现场：${c.summary}。执法人员出示执法证件，全程录音录像。`,
        place: c.place,
      };
    case 'investigation-report':
    case 'prior-notice':
    case 'hearing-notice-of-rights':
    case 'penalty-decision':
    case 'on-the-spot-decision':
      return { facts: c.summary, evidence };
    case 'hearing-notice':
      return {
        hearing: { at: `${c.issuedOn}T09:30`, place: '如皋市城市管理局三楼听证室', chair: '法制科' },
      };
    case 'hearing-record':
      return { statement: '当事人对违法事实无异议，称系初次经营，请求从轻处罚。' };
    // 查封(扣押)决定书 and 清单 list what the approval named (flags.seizure, filled in by the context).
    case 'rectification-notice':
      return { rectifyRequirement: '按规定安装并正常使用油烟净化设施' };
    default:
      return {};
  }
}

/** Drafts, numbers, renders and stores one document of the case as issued on `issuedOn`. */
export async function issueDemoDocument(
  trx: Tx,
  store: BlobStore,
  input: {
    caseId: string;
    kind: DocumentKind;
    draft: DraftInput;
    issuedOn: string;
    issuedAt: Date;
    userId: string | null;
  },
): Promise<string | null> {
  // Always called inside the seed's one transaction (the number's row lock lasts until it ends).
  const settings = await loadDocumentSettings(trx);
  const context = await loadDocumentContext(trx, input.caseId, input.draft, input.issuedOn);
  const draft = draftContent(input.kind, context);
  const year = Number(input.issuedOn.slice(0, 4));
  const numbered = await issueNumber(trx as Transaction<DB>, input.kind, year, settings.organShort);
  const content: DocumentContent = {
    ...draft,
    number: numbered?.number ?? null,
    signature: draft.signature ? { ...draft.signature, date: input.issuedOn } : null,
  };
  const files = await renderDocument(content);
  const [pdf, docx] = await Promise.all([
    store.put(Readable.from([files.pdf])),
    store.put(Readable.from([files.docx])),
  ]);
  await trx
    .insertInto('case_documents')
    .values({
      id: randomUUID(),
      case_id: input.caseId,
      kind: input.kind,
      status: 'issued',
      title: content.title,
      content: JSON.stringify(content),
      input: JSON.stringify(input.draft),
      number: numbered?.number ?? null,
      year: numbered ? year : null,
      serial: numbered?.serial ?? null,
      pdf_key: pdf.key,
      pdf_size: pdf.size,
      pdf_sha256: pdf.sha256,
      pdf_sm3: pdf.sm3,
      docx_key: docx.key,
      docx_size: docx.size,
      docx_sha256: docx.sha256,
      docx_sm3: docx.sm3,
      drafted_by: input.userId,
      drafted_at: new Date(input.issuedAt.getTime() - 40 * 60_000),
      issued_by: input.userId,
      issued_at: input.issuedAt,
      issued_on: input.issuedOn,
      voided_by: null,
      voided_at: null,
      void_reason: null,
      replaced_by: null,
      replaces: null,
    })
    .execute();
  return numbered?.number ?? null;
}
