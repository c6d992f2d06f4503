import { DOCUMENTS, type DocumentKind } from '../process/documents.js';
import { PROCEDURES } from '../process/procedures.js';
import type { ProcedureCode, StageDefinition } from '../process/types.js';

// R-07 一案一卷: the electronic case file is assembled in the standard order — 封面 (cover), 卷内目录 (contents),
// the documents stage by stage in the order the procedure runs, the evidence list, 备考表 (the file's closing
// note: pages, who filed it, remarks). Within a stage documents follow the stage's own list (required, then
// optional), then their issue order. The order is data, so a test can hold it.

export const CASE_FILE_SECTIONS = [
  { code: 'cover', name: '封面', nameEn: 'Cover' },
  { code: 'contents', name: '卷内目录', nameEn: 'Contents' },
  { code: 'documents', name: '文书材料', nameEn: 'Documents by stage' },
  { code: 'evidence', name: '证据材料清单', nameEn: 'Evidence list' },
  { code: 'note', name: '备考表', nameEn: 'Closing note' },
] as const;
export type CaseFileSection = (typeof CASE_FILE_SECTIONS)[number]['code'];

export interface FileableDocument {
  id: string;
  kind: DocumentKind;
  /** When it was issued (ISO); documents of the same kind follow this order. */
  issuedAt: string;
}

/** The stage a document belongs in: the first stage of the procedure that names its kind. */
export function stageOfDocument(procedure: ProcedureCode, kind: DocumentKind): string | null {
  for (const s of PROCEDURES[procedure].stages as readonly StageDefinition[]) {
    if (s.requiredDocuments.includes(kind) || (s.optionalDocuments ?? []).includes(kind)) return s.code;
  }
  return null;
}

/**
 * The documents of a case in file order: by stage in the procedure's order, within a stage by the stage's
 * list, then by issue time. Documents no stage names come last, by issue time.
 */
export function orderCaseFileDocuments<T extends FileableDocument>(
  procedure: ProcedureCode,
  docs: readonly T[],
): T[] {
  const stages = PROCEDURES[procedure].stages as readonly StageDefinition[];
  const rank = (d: T): [number, number] => {
    for (let i = 0; i < stages.length; i++) {
      const s = stages[i]!;
      const list = [...s.requiredDocuments, ...(s.optionalDocuments ?? [])];
      const j = list.indexOf(d.kind);
      if (j >= 0) return [i, j];
    }
    return [stages.length, 0];
  };
  return [...docs].sort((a, b) => {
    const [sa, ka] = rank(a);
    const [sb, kb] = rank(b);
    return sa - sb || ka - kb || a.issuedAt.localeCompare(b.issuedAt) || a.id.localeCompare(b.id);
  });
}

export function documentName(kind: DocumentKind): string {
  return DOCUMENTS[kind].name;
}

/**
 * the file is sealed when the case ends — 归档 for the penalty procedures (their final stage
 * 'archived' follows 结案), the final stage of a coercive procedure (结束, 拆除完毕, 自行拆除, 不予批准).
 * Whatever is filed later goes in only through an approved amendment.
 */
export function sealsCaseFile(procedure: ProcedureCode, toStage: string): boolean {
  const s = (PROCEDURES[procedure].stages as readonly StageDefinition[]).find((x) => x.code === toStage);
  return s?.final === true;
}
