import {
  applyRedactions,
  DEFAULT_PUBLICITY_POLICY,
  type PublicationKind,
  publicationDue,
  type WorkingCalendar,
} from '@sanxiang/core';
import type { Selectable } from 'kysely';
import type {
  PublicationCorrectionTable,
  PublicationTable,
  StoredRedaction,
} from '../db/schema-publicity.js';

export type PublicationRow = Selectable<PublicationTable>;
export type CorrectionRow = Selectable<PublicationCorrectionTable>;

export const STATUS_LABELS: Record<PublicationRow['status'], string> = {
  draft: '待审核',
  published: '已公示',
  withdrawn: '已撤回',
  'taken-down': '已到期撤下',
  barred: '不予公开',
};

const dateOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v).slice(0, 10);

/** A deadline as the console shows it: due day, rule, and whether it has passed. */
function dueView(cal: WorkingCalendar, kind: PublicationKind, from: string, today: string) {
  const d = publicationDue(cal, kind, from);
  return {
    from,
    due: d.due,
    rule: d.rule,
    ruleEn: d.ruleEn,
    overdue: today > d.due,
    workingDaysLeft:
      today > d.due ? -cal.workingDaysBetween(d.due, today) : cal.workingDaysBetween(today, d.due),
  };
}

export function presentPublication(row: PublicationRow, cal: WorkingCalendar, today: string) {
  const triggeredOn = dateOf(row.triggered_on)!;
  const withdrawalFrom = dateOf(row.withdrawal_due_from);
  return {
    id: row.id,
    kind: row.kind,
    kindName: DEFAULT_PUBLICITY_POLICY[row.kind].name,
    status: row.status,
    statusName: STATUS_LABELS[row.status],
    title: row.title,
    sourceRef: row.source_ref,
    partyName: row.party_name,
    partyType: row.party_type,
    caseId: row.case_id,
    triggeredOn,
    publication: row.status === 'draft' ? dueView(cal, row.kind, triggeredOn, today) : null,
    withdrawal:
      withdrawalFrom && row.status === 'published'
        ? { ...dueView(cal, 'withdrawal', withdrawalFrom, today), reason: row.withdrawal_reason }
        : null,
    barredReason: row.barred_reason,
    publicId: row.public_id,
    currentVersion: row.current_version,
    publishedOn: dateOf(row.published_on),
    publicUntil: dateOf(row.public_until),
    withdrawalReason: row.withdrawal_reason,
    withdrawnAt: row.withdrawn_at ? new Date(row.withdrawn_at).toISOString() : null,
    redactionCount: (row.redactions as StoredRedaction[]).length,
  };
}

export function presentCorrection(row: CorrectionRow, cal: WorkingCalendar, today: string) {
  const filedOn = dateOf(row.filed_on)!;
  return {
    id: row.id,
    publicationId: row.publication_id,
    ticket: row.ticket,
    requesterName: row.requester_name,
    requesterContact: row.requester_contact,
    content: row.content,
    filedOn,
    status: row.status,
    answer: row.answer,
    answeredAt: row.answered_at ? new Date(row.answered_at).toISOString() : null,
    versionPublished: row.version_published,
    due: row.status === 'open' ? dueView(cal, 'correction-answer', filedOn, today) : null,
  };
}

/** The body the portal shows for a row's current source and redactions. */
export function redactedBody(row: Pick<PublicationRow, 'source_text' | 'redactions'>): string {
  return applyRedactions(row.source_text, row.redactions as StoredRedaction[]);
}
