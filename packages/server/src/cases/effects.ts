import { finalStages, type TransitionDefinition } from '@sanxiang/core';
import type { Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { draftPublication } from '../publicity/draft-publication.js';
import { endDeadlines, startDeadline } from './deadlines.js';
import { DECISION_DOCUMENT } from './documents-bridge.js';
import type { GuardContext } from './guards/context.js';
import { nextCaseNo } from './numbering.js';
import { currentPenalty } from './penalty.js';
import { storeDueDates } from './store-due-dates.js';
import type { Approval, CaseFlags, DecisionRecord, Milestones } from './types.js';

// What an act changes besides the stage: the facts it records (flags), the dates periods run from
// (milestones), the numbers and records it creates, and the clocks it starts and stops. Keyed by action code:
// the same code means the same act in every procedure (core's definitions keep them consistent).

const REMEDIES =
  '如不服本决定，可以在收到本决定书之日起六十日内向如皋市人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

export interface Effects {
  set: Record<string, unknown>;
  flags: CaseFlags;
  milestones: Milestones;
}

function required(value: unknown, field: string, label: string): void {
  if (value === undefined || value === null || value === '')
    throw new AppError('VALIDATION_FAILED', [
      {
        field: `payload.${field}`,
        message: `请填写${label}`,
        messageEn: `payload.${field} is required for this action`,
      },
    ]);
}

async function authorityName(trx: Tx): Promise<string> {
  const root = await trx
    .selectFrom('units')
    .select('name')
    .where('parent_id', 'is', null)
    .where('kind', '=', 'bureau')
    .executeTakeFirst();
  return root?.name ?? '';
}

export async function computeEffects(trx: Tx, ctx: GuardContext): Promise<Effects> {
  const { payload, today, actor, caseRow: c } = ctx;
  const flags: CaseFlags = structuredClone(ctx.flags);
  const milestones: Milestones = { ...ctx.milestones };
  const set: Record<string, unknown> = {};
  const approval = (opinion: string): Approval => ({
    by: actor.userId,
    byName: actor.displayName,
    at: ctx.now.toISOString(),
    opinion,
  });

  if (payload.harmsSafety !== undefined) flags.harmsSafety = payload.harmsSafety;
  if (payload.major !== undefined) flags.major = payload.major;
  if (payload.complex !== undefined) flags.complex = payload.complex;
  if (payload.certificateShown) flags.certificateShown = { on: today };
  if (payload.headOpinion && actor.roles.some((r) => r === 'squad_leader' || r === 'bureau_head'))
    flags.approvals = { ...flags.approvals, 'head-review': approval(payload.headOpinion) };
  if (payload.statementWaiver) flags.waivedStatement = payload.statementWaiver;
  if (payload.statementReview) flags.statementReviewed = payload.statementReview;
  if (payload.demandStatement)
    flags.demandStatement = {
      made: payload.demandStatement.made,
      review: payload.demandStatement.review ?? null,
    };
  if (payload.remedyPending !== undefined) flags.remedyPending = payload.remedyPending;
  if (payload.seizure) flags.seizure = { items: payload.seizure.items, place: payload.seizure.place };

  const decision = async (): Promise<DecisionRecord> => {
    const d = payload.decision ?? {};
    // What the officer wrote into the decision document, unless the act itself says otherwise.
    const kind = DECISION_DOCUMENT[c.procedure];
    const doc = kind
      ? await trx
          .selectFrom('case_documents')
          .select('input')
          .where('case_id', '=', c.id)
          .where('kind', '=', kind)
          .where('voided_at', 'is', null)
          .orderBy('drafted_at', 'desc')
          .executeTakeFirst()
      : undefined;
    const input = (doc?.input ?? {}) as { facts?: string; evidence?: string[] };
    return {
      penalty: currentPenalty(c),
      facts: d.facts ?? input.facts ?? c.summary,
      evidence: d.evidence ?? input.evidence ?? [],
      basis: d.basis ?? '',
      performance: d.performance ?? '',
      remedies: d.remedies || REMEDIES,
      authority: await authorityName(trx),
      decidedOn: today,
      sealed: d.sealed === true,
    };
  };

  switch (ctx.transition.action) {
    case 'approve-filing':
      set.case_no = await nextCaseNo(trx, today);
      set.filed_on = today;
      milestones.filed = today;
      break;
    case 'preserve-evidence':
      milestones['evidence-preserved'] = today;
      break;
    case 'submit-legal-review':
    case 'review-after-hearing':
      milestones['review-submitted'] = today;
      break;
    case 'resolve-intended-penalty':
      flags.collectiveDiscussion = { on: today, minutes: payload.collectiveMinutes ?? ctx.reason ?? '' };
      break;
    case 'serve-prior-notice':
      milestones['prior-notice-served'] = payload.servedOn!;
      set.notified_penalty = JSON.stringify(currentPenalty(c));
      set.penalty_after_defence = null;
      break;
    case 'request-hearing':
      flags.hearingRequested = { on: payload.requestedOn ?? today };
      break;
    case 'hold-hearing':
      flags.hearingHeld = {
        on: payload.hearingDate ?? today,
        chairPersonId: payload.chairPersonId!,
        noticeServedOn: payload.hearingNoticeServedOn!,
        at: ctx.now.toISOString(),
      };
      milestones['hearing-notice-served'] = payload.hearingNoticeServedOn!;
      break;
    case 'terminate-hearing':
      flags.hearingDeemedWaived = { on: today, note: payload.note ?? '' };
      break;
    case 'issue-decision':
      set.decision = JSON.stringify(await decision());
      milestones['decision-made'] = today;
      break;
    case 'deliver-decision': {
      // On the spot: decided and handed over at once (行政处罚法 art. 52).
      set.decision = JSON.stringify(await decision());
      milestones['decision-made'] = today;
      milestones['decision-served'] = today;
      break;
    }
    case 'confirm-service':
      milestones['decision-served'] = payload.servedOn!;
      break;
    case 'confirm-performance':
    case 'confirm-payment':
      flags.payment = {
        paidOn: payload.paidOn ?? today,
        amount: payload.amountPaid ?? currentPenalty(c)?.fine ?? 0,
      };
      break;
    case 'collect-on-the-spot':
      flags.collection = { receiptNo: payload.collection!.receiptNo, on: today };
      flags.payment = { paidOn: today, amount: currentPenalty(c)?.fine ?? 0 };
      milestones['fine-collected'] = today;
      break;
    case 'issue-demand':
      required(payload.servedOn, 'servedOn', '催告书送达日期');
      milestones['demand-served'] = payload.servedOn!;
      if (payload.orderServedOn && payload.orderDeadline)
        flags.demolitionOrder = { servedOn: payload.orderServedOn, deadline: payload.orderDeadline };
      break;
    case 'announce':
      required(payload.announcement, 'announcement', '公告日期和自行拆除期限');
      if (payload.announcement!.selfDemolitionBy <= payload.announcement!.publishedOn)
        throw new AppError('VALIDATION_FAILED', [
          {
            field: 'payload.announcement.selfDemolitionBy',
            message: '自行拆除期限须晚于公告日期',
            messageEn: 'The deadline must follow the notice',
          },
        ]);
      flags.announcement = payload.announcement!;
      set.decision = JSON.stringify({ ...(await decision()), penalty: null });
      milestones['decision-served'] = payload.servedOn!;
      break;
    case 'start-demolition':
      flags.emergency = payload.emergencyReason
        ? { at: ctx.now.toISOString(), reason: payload.emergencyReason }
        : flags.emergency;
      break;
    case 'approve-measure':
      flags.approvals = {
        ...flags.approvals,
        'coercive-measure': approval(ctx.reason ?? payload.note ?? ''),
      };
      break;
    case 'act-in-emergency':
      required(payload.emergencyReason ?? ctx.reason, 'emergencyReason', '紧急情况说明');
      flags.emergency = { at: ctx.now.toISOString(), reason: payload.emergencyReason ?? ctx.reason! };
      break;
    case 'complete-seizure':
      milestones.seized = payload.seizedOn ?? today;
      set.decision = JSON.stringify({ ...(await decision()), penalty: null });
      break;
    case 'close-investigation':
      break;
  }
  // P-09, P-10: a penalty decision or an inspection's result becomes a publication draft.
  await draftPublication(trx, ctx, set);
  return { set, flags, milestones };
}

/** Stops and starts the clocks for the move along `t`, then stores their due dates for the list. */
export async function moveDeadlines(
  trx: Tx,
  ctx: GuardContext,
  t: TransitionDefinition,
  milestones: Milestones,
): Promise<void> {
  await moveClocks(trx, ctx, t, milestones);
  await storeDueDates(trx, ctx.calendar, ctx.caseRow.id);
}

async function moveClocks(
  trx: Tx,
  ctx: GuardContext,
  t: TransitionDefinition,
  milestones: Milestones,
): Promise<void> {
  const { caseRow: c, today, procedure, rules } = ctx;
  if (t.action === 'extend-seizure') {
    // 行政强制法 art. 25: the one extension moves the seizure clock itself, with its reason and approver.
    const d = ctx.deadlines.find((x) => x.kind === 'seizure-30' && x.status === 'running');
    if (d) {
      const extensions = [
        ...d.extensions,
        {
          days: ctx.payload.extensionDays ?? 30,
          reason: ctx.reason ?? '',
          approvedBy: ctx.actor.displayName,
          approvedAt: ctx.now.toISOString(),
        },
      ];
      await trx
        .updateTable('case_deadlines')
        .set({ extensions: JSON.stringify(extensions), stage: t.to })
        .where('id', '=', d.id)
        .execute();
      milestones['seizure-period-expired'] = d.due;
    }
    return;
  }
  if (t.from !== t.to) await endDeadlines(trx, c.id, today, { stage: t.from, status: 'met' });
  if (t.action === 'approve-filing') await startDeadline(trx, c.id, procedure, 'decision', milestones, rules);
  const closing =
    t.to === 'closing' || t.to === 'recorded' || finalStages(procedure).some((s) => s.code === t.to);
  if (closing) {
    await endDeadlines(trx, c.id, today, { status: 'stopped' });
    return;
  }
  if (t.to !== 'decision') await startDeadline(trx, c.id, procedure, t.to, milestones, rules);
}

export function statusAfter(ctx: GuardContext, to: string): 'open' | 'closed' | 'archived' {
  if (to === 'archived') return 'archived';
  if (to === 'closing' || to === 'recorded' || finalStages(ctx.procedure).some((s) => s.code === to))
    return 'closed';
  return 'open';
}
