import { Readable } from 'node:stream';
import { type DocumentKind, orderCaseFileDocuments, stageOf, stageOfDocument } from '@sanxiang/core';
import type { Tx } from '../context.js';
import type { CaseFileManifestEntry } from '../db/schema-case-file.js';
import { loadDocumentSettings } from '../documents/document-settings.js';
import { listLinkedEvidence } from '../recording/case-evidence.js';
import type { BlobStore } from '../storage/blob-store.js';
import { type CaseFileInput, renderCaseFile } from './render-case-file.js';

// R-07 一案一卷: gathers what the case's file holds — the case's particulars for the cover, its issued
// documents in standard order (core's orderCaseFileDocuments), the evidence linked to it, the notes for 备考表
// (voided documents, approved footage exemptions, amendments) — and renders the one PDF. The manifest lists
// every entry with its page and, for the originals kept beside the PDF, the file's key and both digests.

const TITLES: Record<string, string> = {
  general: '行政处罚案卷',
  simple: '行政处罚案卷',
  seizure: '行政强制案卷',
  demolition: '行政强制案卷',
  inspection: '行政检查案卷',
};

const chinaTime = (d: Date | string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(d));

async function readAll(store: BlobStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await store.get(key)) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

export interface AssembledCaseFile {
  pdf: Buffer;
  pageCount: number;
  manifest: CaseFileManifestEntry[];
}

export async function assembleCaseFile(
  db: Tx,
  store: BlobStore,
  caseId: string,
  opts: {
    version: number;
    sealedBy: string;
    now: Date;
    amendments: { reason: string; by: string; on: string; version: number }[];
  },
): Promise<AssembledCaseFile> {
  const c = await db
    .selectFrom('cases as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.procedure',
      'c.case_no',
      'c.source_no',
      'c.summary',
      'c.filed_on',
      'c.updated_at',
      'u.name as unit_name',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const [parties, officers, docs, evidence, exemptions, settings, closing] = await Promise.all([
    db.selectFrom('case_parties').select('name').where('case_id', '=', caseId).orderBy('sort').execute(),
    db
      .selectFrom('case_officers as o')
      .innerJoin('people as p', 'p.id', 'o.person_id')
      .select(['p.name', 'o.role'])
      .where('o.case_id', '=', caseId)
      .where('o.recused_at', 'is', null)
      .orderBy('o.role', 'desc')
      .orderBy('o.assigned_at')
      .execute(),
    db
      .selectFrom('case_documents')
      .select([
        'id',
        'kind',
        'title',
        'number',
        'issued_at',
        'issued_on',
        'pdf_key',
        'pdf_size',
        'pdf_sha256',
        'pdf_sm3',
        'voided_at',
        'void_reason',
      ])
      .where('case_id', '=', caseId)
      .where('status', '=', 'issued')
      .execute(),
    listLinkedEvidence(db, caseId),
    db
      .selectFrom('recording_exemptions')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('status', '=', 'approved')
      .execute(),
    loadDocumentSettings(db),
    db
      .selectFrom('case_events')
      .select(['at'])
      .where('case_id', '=', caseId)
      .where('to_stage', 'is not', null)
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const procedure = c.procedure;
  const withPdf = docs.filter((d) => d.pdf_key);
  const ordered = orderCaseFileDocuments(
    procedure,
    withPdf.map((d) => ({
      ...d,
      kind: d.kind as DocumentKind,
      issuedAt: new Date(d.issued_at ?? 0).toISOString(),
    })),
  );
  const stageName = (code: string | null) => (code ? (stageOf(procedure, code)?.name ?? code) : '其他材料');
  const documents = [];
  for (const d of ordered) {
    documents.push({
      title: d.title,
      number: d.number,
      date: d.issued_on,
      stageName: stageName(stageOfDocument(procedure, d.kind)),
      note: d.voided_at ? '已作废' : '',
      pdf: await readAll(store, d.pdf_key!),
    });
  }
  const remarks: string[] = [];
  for (const d of ordered.filter((x) => x.voided_at))
    remarks.push(
      `${d.title}（${d.number ?? '无文号'}）已作废，理由：${d.void_reason ?? '未说明'}；原件保留在卷。`,
    );
  for (const x of exemptions)
    remarks.push(
      `“${stageName(x.stage)}”环节未形成全程音像记录，书面说明：${x.reason}；经${x.decided_by_name ?? '负责人'}批准（${x.opinion ?? ''}）。`,
    );
  const late = evidence.filter((e) => e.late).length;
  if (late > 0) remarks.push(`有 ${late} 项音像资料逾期上传，已在证据材料清单中标注。`);
  for (const a of opts.amendments)
    remarks.push(
      `第 ${a.version} 版：${a.on} 经${a.by}批准补正，理由：${a.reason}。前一版本封存件保留，不予覆盖。`,
    );
  const input: CaseFileInput = {
    cover: {
      organ: settings.organName,
      title: TITLES[procedure] ?? '行政执法案卷',
      caseNo: c.case_no ?? c.source_no,
      summary: c.summary,
      parties: parties.map((p) => p.name).join('、') || '—',
      unitName: c.unit_name,
      officers: officers.map((o) => o.name).join('、') || '—',
      filedOn: c.filed_on,
      closedOn: closing ? chinaTime(closing.at).slice(0, 10) : null,
      retention: '长期',
      version: opts.version,
    },
    documents,
    evidence: evidence.map((e) => ({
      title: e.title,
      kind: e.kind,
      capturedAt: chinaTime(e.capturedAt),
      place: e.place,
      stageName: stageName(e.stage),
      sha256: e.sha256,
      late: e.late,
    })),
    note: { filedBy: opts.sealedBy, filedAt: chinaTime(opts.now), remarks },
  };
  const rendered = await renderCaseFile(input);
  const manifest: CaseFileManifestEntry[] = [
    { section: 'cover', title: '封面', number: null, stage: null, page: rendered.pages.cover, file: null },
    {
      section: 'contents',
      title: '卷内目录',
      number: null,
      stage: null,
      page: rendered.pages.contents,
      file: null,
    },
    ...ordered.map((d, i) => ({
      section: 'documents' as const,
      title: d.title,
      number: d.number,
      stage: stageOfDocument(procedure, d.kind),
      page: rendered.pages.documents[i]!,
      file: {
        name: `documents/${String(i + 1).padStart(2, '0')}-${d.title}${d.number ? `-${d.number}` : ''}.pdf`,
        key: d.pdf_key!,
        size: d.pdf_size ?? 0,
        sha256: d.pdf_sha256 ?? '',
        sm3: d.pdf_sm3 ?? '',
      },
    })),
    {
      section: 'evidence',
      title: '证据材料清单',
      number: null,
      stage: null,
      page: rendered.pages.evidence,
      file: null,
    },
    ...evidence.map((e, i) => ({
      section: 'evidence' as const,
      title: e.title,
      number: null,
      stage: e.stage,
      page: rendered.pages.evidence,
      file: {
        name: `evidence/${String(i + 1).padStart(3, '0')}-${e.fileName}`,
        key: e.blobKey,
        size: e.size,
        sha256: e.sha256,
        sm3: e.sm3,
      },
    })),
    { section: 'note', title: '备考表', number: null, stage: null, page: rendered.pages.note, file: null },
  ];
  return { pdf: rendered.pdf, pageCount: rendered.pageCount, manifest };
}

export function bufferStream(b: Buffer): Readable {
  return Readable.from([b]);
}
