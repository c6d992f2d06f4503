import type { Selectable } from 'kysely';
import type { InspectionItemTable, MatterItemTable } from '../db/schema.js';
import type { InspectionItem, LegalBasis, MatterItem } from './schemas.js';
import type { versionQuery } from './version-query.js';

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionQuery>['executeTakeFirstOrThrow']>>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** jsonb comes back parsed on both backends; a string would mean a driver that did not parse it. */
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export function presentVersion(row: VersionRow) {
  return {
    id: row.id,
    kind: row.kind,
    versionNo: row.version_no,
    title: row.title,
    note: row.note,
    status: row.status,
    itemCount: Number(row.item_count),
    isCurrent: row.is_current,
    createdBy: { username: row.creator_username, displayName: row.creator_name },
    createdAt: iso(row.created_at)!,
    submittedAt: iso(row.submitted_at),
    approvedBy:
      row.approver_username && row.approver_name
        ? { username: row.approver_username, displayName: row.approver_name }
        : null,
    approvedAt: iso(row.approved_at),
    returnReason: row.return_reason,
    filing:
      row.filing_number && row.filing_date && row.filing_document_name && row.filing_document_sha256
        ? {
            number: row.filing_number,
            date: row.filing_date,
            documentName: row.filing_document_name,
            documentSha256: row.filing_document_sha256,
          }
        : null,
  };
}

export type Version = ReturnType<typeof presentVersion>;

/** A basis as the API shows it: the suffix only when the article has one. */
export function presentBasis<B extends LegalBasis>(b: B): B {
  const { suffix, ...rest } = b;
  return (suffix ? { ...rest, suffix } : rest) as B;
}

export function presentMatter(row: Selectable<MatterItemTable>): MatterItem {
  return {
    code: row.code,
    name: row.name,
    category: row.category as MatterItem['category'],
    actingBody: row.acting_body,
    duties: row.duties,
    authority: row.authority,
    bases: json<MatterItem['bases']>(row.bases).map(presentBasis),
    penaltyKinds: json<MatterItem['penaltyKinds']>(row.penalty_kinds),
    discretion: json<MatterItem['discretion']>(row.discretion),
    hearingApplicable: row.hearing_applicable,
    procedure: row.procedure as MatterItem['procedure'],
    remedies: row.remedies,
    responsibleUnitId: row.responsible_unit_id,
    guide: json<MatterItem['guide']>(row.guide),
  };
}

export function presentInspection(row: Selectable<InspectionItemTable>): InspectionItem {
  return {
    code: row.code,
    subject: row.subject,
    basis: row.basis,
    bases: json<InspectionItem['bases']>(row.bases).map(presentBasis),
    object: row.object,
    content: row.content,
    ratio: Number(row.ratio),
    method: row.method,
    frequency: row.frequency,
  };
}
