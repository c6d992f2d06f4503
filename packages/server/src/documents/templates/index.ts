import { DOCUMENT_KINDS, type DocumentKind } from '@sanxiang/core';
import type { DocumentContext } from '../document-context.js';
import type { DocumentContent } from '../document-model.js';
import {
  demolitionAnnouncement,
  demolitionDeadlineNotice,
  demolitionDecision,
  seizureDecision,
  seizureInventory,
} from './coercion.js';
import { closingApproval, fileCover, filingApproval, genericForm, serviceReceipt } from './forms.js';
import { collectiveDiscussion, legalReviewOpinion } from './legal-review.js';
import { demandNotice, hearingNotice, rectificationNotice } from './notices.js';
import { onTheSpotDecision } from './on-the-spot-decision.js';
import { penaltyDecision } from './penalty-decision.js';
import { hearingNoticeOfRights, priorNotice } from './prior-notice.js';
import { inquiryRecord, inspectionRecord, statementRecord } from './records.js';

export type DocumentTemplate = (ctx: DocumentContext) => DocumentContent;

/** The kinds with a template of their own; every other kind of core's DOCUMENTS gets the generic form. */
const DEDICATED: Partial<Record<DocumentKind, DocumentTemplate>> = {
  'filing-approval': filingApproval,
  'inspection-record': inspectionRecord,
  'on-site-record': inspectionRecord,
  'inquiry-record': inquiryRecord,
  'rectification-notice': rectificationNotice,
  'prior-notice': priorNotice,
  'hearing-notice-of-rights': hearingNoticeOfRights,
  'hearing-notice': hearingNotice,
  'statement-record': statementRecord,
  'penalty-decision': penaltyDecision,
  'on-the-spot-decision': onTheSpotDecision,
  'service-receipt': serviceReceipt,
  'demand-notice': demandNotice,
  'seizure-decision': seizureDecision,
  'seizure-inventory': seizureInventory,
  'demolition-deadline-notice': demolitionDeadlineNotice,
  'demolition-announcement': demolitionAnnouncement,
  'demolition-decision': demolitionDecision,
  'closing-approval': closingApproval,
  'file-cover': fileCover,
  'legal-review-opinion': legalReviewOpinion,
  'collective-discussion': collectiveDiscussion,
};

export const TEMPLATES: Record<DocumentKind, DocumentTemplate> = Object.fromEntries(
  DOCUMENT_KINDS.map((kind) => [kind, DEDICATED[kind] ?? genericForm(kind)]),
) as Record<DocumentKind, DocumentTemplate>;

export function hasDedicatedTemplate(kind: DocumentKind): boolean {
  return kind in DEDICATED;
}

/** Builds a document of a kind from a case's context. */
export function draftContent(kind: DocumentKind, ctx: DocumentContext): DocumentContent {
  const content = TEMPLATES[kind](ctx);
  // on-site-record shares the inspection record's layout under its own kind and name.
  return content.kind === kind ? content : { ...content, kind, title: titleOf(kind, content.title) };
}

function titleOf(kind: DocumentKind, fallback: string): string {
  return kind === 'on-site-record' ? '现场笔录' : fallback;
}
