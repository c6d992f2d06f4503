import { findTransition, type GuardCode, PROCEDURES, type ProcedureCode } from '@sanxiang/core';
import type { Dayjs } from 'dayjs';
import type { CaseDetail } from './cases-api';

// Which facts an act records, from what the server reads (packages/server/src/cases/README.md "The payload
// facts, by action", schemas.ts actionPayload): partly by the act itself (its effects), partly by the guards
// core puts on its transition. The form shows one group per fact; `toPayload` turns the form's values into
// the payload the server's zod schema accepts (dates as YYYY-MM-DD, the demolition start as an ISO time).

export type FieldGroup =
  | 'harmsSafety'
  | 'certificateShown'
  | 'headOpinion'
  | 'service'
  | 'hearingRights'
  | 'statement'
  | 'requestedOn'
  | 'hearing'
  | 'terminateHearing'
  | 'onSiteRecord'
  | 'payment'
  | 'collection'
  | 'demand'
  | 'demolitionOrder'
  | 'demandStatement'
  | 'remedyPending'
  | 'announcement'
  | 'startAt'
  | 'seizure'
  | 'emergencyReason'
  | 'seizedOn'
  | 'extension'
  | 'transfer'
  | 'collective'
  | 'gravity';

const BY_GUARD: Partial<Record<GuardCode, FieldGroup[]>> = {
  'within-limitation': ['harmsSafety'],
  'certificate-shown': ['certificateShown'],
  'head-review-of-investigation': ['headOpinion'],
  'service-mode-lawful': ['service'],
  'hearing-rights-notified-when-required': ['hearingRights'],
  'statement-period-elapsed-or-waived': ['statement'],
  'hearing-requested-in-time': ['requestedOn'],
  'hearing-notice-7-working-days': ['hearing'],
  'hearing-chair-independent': ['hearing'],
  'hearing-deemed-waived': ['terminateHearing'],
  'on-site-rights-and-record': ['onSiteRecord'],
  'prior-notice-served': [],
  'on-the-spot-collection-allowed': ['collection'],
  'performance-period-elapsed': [],
  'demand-statement-reviewed': ['demandStatement'],
  'remedy-periods-elapsed': ['remedyPending'],
  'seizure-scope-lawful': ['seizure'],
  'seizure-decision-and-inventory-delivered': ['seizedOn'],
  'seizure-within-30-days': ['extension'],
  'seizure-extension-once': ['extension'],
  'seized-property-transferred': ['transfer'],
  // 'demolition-notice-and-deadline-passed' reads the public notice already made: nothing the form can add.
  'no-enforcement-at-night-or-holiday': ['startAt'],
  // 'footage-linked' reads the evidence store and approved exemptions (recording/), never the payload;
  // 'collective-discussion-for-grave' reads the discussion already recorded (resolve-intended-penalty).
};

const BY_ACTION: Record<string, FieldGroup[]> = {
  'propose-filing': ['harmsSafety', 'gravity'],
  'approve-filing': ['harmsSafety', 'gravity'],
  'submit-legal-review': ['headOpinion', 'gravity'],
  'serve-prior-notice': ['service', 'hearingRights'],
  'review-statement': ['statement'],
  'issue-decision': ['statement'],
  'request-hearing': ['requestedOn'],
  'hold-hearing': ['hearing'],
  'terminate-hearing': ['terminateHearing'],
  'deliver-decision': ['onSiteRecord'],
  'confirm-service': ['service'],
  'confirm-performance': ['payment'],
  'confirm-payment': ['payment'],
  'collect-on-the-spot': ['collection'],
  'issue-demand': ['demand'],
  'decide-enforcement': ['demandStatement', 'remedyPending'],
  'apply-court-enforcement': ['demandStatement', 'remedyPending'],
  announce: ['service', 'announcement'],
  'start-demolition': ['startAt'],
  'approve-measure': ['seizure'],
  'act-in-emergency': ['seizure', 'emergencyReason'],
  'complete-seizure': ['seizure', 'seizedOn', 'onSiteRecord', 'certificateShown'],
  'extend-seizure': ['extension'],
  'transfer-with-case': ['transfer'],
  'resolve-intended-penalty': ['collective'],
  'refer-collective-discussion': ['gravity'],
};

const ORDER: FieldGroup[] = [
  'certificateShown',
  'harmsSafety',
  'headOpinion',
  'demand',
  'demolitionOrder',
  'service',
  'hearingRights',
  'requestedOn',
  'hearing',
  'terminateHearing',
  'statement',
  'onSiteRecord',
  'seizure',
  'emergencyReason',
  'seizedOn',
  'extension',
  'transfer',
  'demandStatement',
  'remedyPending',
  'announcement',
  'startAt',
  'payment',
  'collection',
  'collective',
  'gravity',
];

/** The groups of facts the act records, in the order a person fills them in. */
export function groupsFor(procedure: string, action: string): FieldGroup[] {
  const groups = new Set<FieldGroup>(BY_ACTION[action] ?? []);
  const proc = PROCEDURES[procedure as ProcedureCode];
  if (proc) {
    for (const t of proc.transitions.filter((x) => x.action === action)) {
      for (const g of t.guards) for (const f of BY_GUARD[g] ?? []) groups.add(f);
    }
  }
  if (action === 'issue-demand' && procedure === 'demolition') groups.add('demolitionOrder');
  return ORDER.filter((g) => groups.has(g));
}

// Guards whose refusal (on an empty payload) only says a fact is missing for this act, beyond BY_GUARD.
const FILLED_BY: Record<string, GuardCode[]> = {
  'serve-prior-notice': ['prior-notice-served'],
  'deliver-decision': ['prior-notice-served'],
};

/**
 * The guards the act's form gives facts to. The case view evaluates every act with an empty payload, so an
 * act refused only by these can still be taken: the form asks for the facts, and the server decides.
 */
export function fillableGuards(procedure: string, action: string): Set<string> {
  const groups = new Set(groupsFor(procedure, action));
  const out = new Set<string>(FILLED_BY[action] ?? []);
  for (const [guard, gs] of Object.entries(BY_GUARD)) {
    if (gs?.some((g) => groups.has(g))) out.add(guard);
  }
  if (procedure === 'demolition' && action === 'issue-demand') out.add('performance-period-elapsed');
  return out;
}

/** Whether the act can be opened: allowed, or refused only for facts its form asks for. */
export function canOpen(
  c: Pick<CaseDetail, 'procedure'>,
  a: { action: string; allowed: boolean; refusals: { guard: string | null }[] },
): boolean {
  if (a.allowed) return true;
  const fillable = fillableGuards(c.procedure, a.action);
  return a.refusals.length > 0 && a.refusals.every((r) => r.guard !== null && fillable.has(r.guard));
}

/** Whether the act's reason is itself a required fact (the extension's reason is its approval's ground). */
export const reasonRequired = (action: string) => action === 'extend-seizure';

/** The guards of the transition from the case's stage by this act (for refusals placed on fields). */
export function guardsOf(c: Pick<CaseDetail, 'procedure' | 'stage'>, action: string): readonly GuardCode[] {
  const proc = PROCEDURES[c.procedure as ProcedureCode];
  if (!proc) return [];
  try {
    return findTransition(proc, c.stage, action)?.guards ?? [];
  } catch {
    return [];
  }
}

/** Where a guard's refusal is shown in the form (the field it concerns). */
export const FIELD_OF_GUARD: Partial<Record<GuardCode, (string | number)[]>> = {
  'within-limitation': ['harmsSafety'],
  'certificate-shown': ['certificateShown'],
  'head-review-of-investigation': ['headOpinion'],
  'service-mode-lawful': ['servedOn'],
  'hearing-rights-notified-when-required': ['hearingRightsNotified'],
  'statement-period-elapsed-or-waived': ['waived'],
  'hearing-requested-in-time': ['requestedOn'],
  'hearing-notice-7-working-days': ['hearingDate'],
  'hearing-chair-independent': ['chairPersonId'],
  'hearing-deemed-waived': ['partyAbsent'],
  'on-site-rights-and-record': ['onSiteRecord', 'rightsTold'],
  'on-the-spot-collection-allowed': ['collection', 'receiptNo'],
  'demand-statement-reviewed': ['demandStatement', 'review'],
  'remedy-periods-elapsed': ['remedyPending'],
  'seizure-scope-lawful': ['seizure', 'place'],
  'seizure-decision-and-inventory-delivered': ['deliveredOn'],
  'seizure-within-30-days': ['extensionDays'],
  'seizure-extension-once': ['extensionDays'],
  'seized-property-transferred': ['transferTo'],
  'demolition-notice-and-deadline-passed': ['startAt'],
  'no-enforcement-at-night-or-holiday': ['startAt'],
  'collective-discussion-for-grave': ['collectiveMinutes'],
};

export const SERVICE_MODES = [
  'direct',
  'family-member',
  'left-with-witness',
  'electronic',
  'post',
  'public-notice',
] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** The form's values: the payload's shape with Dayjs dates, plus the switches that show or hide parts. */
export interface ActionFormValues {
  reason?: string;
  note?: string;
  harmsSafety?: boolean;
  certificateShown?: boolean;
  headOpinion?: string;
  servedOn?: Dayjs;
  serviceMode?: ServiceMode;
  electronicConsent?: boolean;
  hearingRightsNotified?: boolean;
  waived?: boolean;
  statementWaiver?: { signedOn?: Dayjs; note?: string };
  statementReview?: string;
  requestedOn?: Dayjs;
  hearingNoticeServedOn?: Dayjs;
  hearingDate?: Dayjs;
  chairPersonId?: string;
  partyAbsent?: boolean;
  onSiteRecord?: {
    rightsTold?: boolean;
    partyPresent?: boolean;
    witness?: string;
    signedOrRefusalNoted?: boolean;
  };
  paidOn?: Dayjs;
  amountPaid?: number;
  collection?: { receiptNo?: string; impracticableReason?: string };
  orderServedOn?: Dayjs;
  orderDeadline?: Dayjs;
  demandStatement?: { made?: boolean; review?: string };
  remedyPending?: boolean;
  announcement?: { publishedOn?: Dayjs; selfDemolitionBy?: Dayjs };
  startAt?: Dayjs;
  emergencyReason?: string;
  seizure?: {
    items?: { name?: string; quantity?: string }[];
    place?: string;
    notNecessities?: boolean;
    notSealedElsewhere?: boolean;
  };
  seizedOn?: Dayjs;
  deliveredOn?: Dayjs;
  extensionDays?: number;
  transferTo?: string;
  propertyTransferred?: boolean;
  major?: boolean;
  complex?: boolean;
  collectiveMinutes?: string;
}

const day = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** The payload of the act, holding only the facts of its groups (the server refuses unknown fields). */
export function toPayload(groups: FieldGroup[], v: ActionFormValues): Record<string, unknown> {
  const p: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') p[key] = value;
  };
  const has = (g: FieldGroup) => groups.includes(g);
  set('note', text(v.note));
  if (has('harmsSafety') && v.harmsSafety) set('harmsSafety', true);
  if (has('certificateShown')) set('certificateShown', v.certificateShown === true);
  if (has('headOpinion')) set('headOpinion', text(v.headOpinion));
  if (has('service') || has('demand')) {
    set('servedOn', day(v.servedOn));
    if (has('service')) {
      set('serviceMode', v.serviceMode);
      if (v.serviceMode === 'electronic') set('electronicConsent', v.electronicConsent === true);
    }
  }
  if (has('hearingRights') && v.hearingRightsNotified) set('hearingRightsNotified', true);
  if (has('statement')) {
    if (v.waived && v.statementWaiver?.signedOn)
      set('statementWaiver', {
        signedOn: day(v.statementWaiver.signedOn),
        note: text(v.statementWaiver.note) ?? '',
      });
    set('statementReview', text(v.statementReview));
  }
  if (has('requestedOn')) set('requestedOn', day(v.requestedOn));
  if (has('hearing')) {
    set('hearingNoticeServedOn', day(v.hearingNoticeServedOn));
    set('hearingDate', day(v.hearingDate));
    set('chairPersonId', v.chairPersonId);
  }
  if (has('terminateHearing') && v.partyAbsent) set('partyAbsent', true);
  if (has('onSiteRecord') && v.onSiteRecord) {
    const r = v.onSiteRecord;
    set('onSiteRecord', {
      rightsTold: r.rightsTold === true,
      partyPresent: r.partyPresent === true,
      signedOrRefusalNoted: r.signedOrRefusalNoted === true,
      ...(text(r.witness) ? { witness: text(r.witness) } : {}),
    });
  }
  if (has('payment')) {
    set('paidOn', day(v.paidOn));
    set('amountPaid', v.amountPaid);
  }
  if (has('collection') && text(v.collection?.receiptNo))
    set('collection', {
      receiptNo: text(v.collection?.receiptNo),
      ...(text(v.collection?.impracticableReason)
        ? { impracticableReason: text(v.collection?.impracticableReason) }
        : {}),
    });
  if (has('demolitionOrder')) {
    set('orderServedOn', day(v.orderServedOn));
    set('orderDeadline', day(v.orderDeadline));
  }
  if (has('demandStatement'))
    set('demandStatement', {
      made: v.demandStatement?.made === true,
      ...(text(v.demandStatement?.review) ? { review: text(v.demandStatement?.review) } : {}),
    });
  if (has('remedyPending')) set('remedyPending', v.remedyPending === true);
  if (has('announcement') && v.announcement?.publishedOn && v.announcement.selfDemolitionBy)
    set('announcement', {
      publishedOn: day(v.announcement.publishedOn),
      selfDemolitionBy: day(v.announcement.selfDemolitionBy),
    });
  // The time picked is China time (the bureau's), whatever zone the browser runs in.
  if (has('startAt') && v.startAt) set('startAt', `${v.startAt.format('YYYY-MM-DDTHH:mm:ss')}+08:00`);
  if ((has('startAt') || has('emergencyReason')) && text(v.emergencyReason))
    set('emergencyReason', text(v.emergencyReason));
  if (has('seizure') && v.seizure) {
    const items = (v.seizure.items ?? [])
      .filter((i) => text(i?.name))
      .map((i) => ({ name: text(i.name)!, quantity: text(i.quantity) ?? '' }));
    if (items.length > 0 || text(v.seizure.place))
      set('seizure', {
        items,
        place: text(v.seizure.place) ?? '',
        notNecessities: v.seizure.notNecessities === true,
        notSealedElsewhere: v.seizure.notSealedElsewhere === true,
      });
  }
  if (has('seizedOn')) {
    set('seizedOn', day(v.seizedOn));
    set('deliveredOn', day(v.deliveredOn));
  }
  if (has('extension')) set('extensionDays', v.extensionDays);
  if (has('transfer')) {
    set('transferTo', text(v.transferTo));
    set('propertyTransferred', v.propertyTransferred === true);
  }
  if (has('collective')) set('collectiveMinutes', text(v.collectiveMinutes));
  if (has('gravity') || has('collective')) {
    if (v.major !== undefined) set('major', v.major === true);
    if (v.complex !== undefined) set('complex', v.complex === true);
  }
  return p;
}
