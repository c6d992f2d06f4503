import { randomUUID } from 'node:crypto';
import {
  computeDeadline,
  type ProcedureDefinition,
  type StageDefinition,
  type TimeLimitEvent,
  type WorkingCalendar,
} from '@sanxiang/core';
import { addDays } from '../clock.js';
import type { Tx } from '../context.js';
import type { StoredSuspension } from '../db/schema.js';
import type { LocalRules } from './local-rules.js';
import type { DeadlineRow, Milestones } from './types.js';

// The running clocks of a case (issue item 3). A deadline row keeps what the law fixes — the event day it runs
// from, the number of days, working or calendar days, the suspensions and approved extensions — and never the
// due date: that is computed when read, through the working calendar, so a correction of the calendar moves
// every deadline still running.

export const DEADLINE_KINDS = {
  'case-90': { name: '办案期限', nameEn: 'Time to decide (90 days from filing)' },
  'service-7': { name: '决定书送达期限', nameEn: 'Time to serve the decision' },
  'hearing-request-5': { name: '陈述申辩及听证申请期', nameEn: 'Statement and hearing-request period' },
  'hearing-notice-7': { name: '听证通知期', nameEn: 'Hearing notice period' },
  'payment-15': { name: '缴纳罚款期限', nameEn: 'Time to pay' },
  'seizure-30': { name: '查封扣押期限', nameEn: 'Seizure period' },
  'review-7': { name: '法制审核期限', nameEn: 'Legal review time limit' },
  'preservation-7': { name: '先行登记保存处理期限', nameEn: 'Time to decide on preserved evidence' },
  'demand-10': { name: '催告履行期', nameEn: 'Period after the demand' },
  'hand-in-2': { name: '当场收缴罚款上缴期限', nameEn: 'Time to hand in a fine collected on the spot' },
} as const;
export type DeadlineKind = keyof typeof DEADLINE_KINDS;

/** Which clock a stage's time limit is. 'decision' (case-90) is started at 立案, not on entering the stage. */
const STAGE_KIND: Record<string, DeadlineKind> = {
  'evidence-preservation': 'preservation-7',
  'legal-review': 'review-7',
  'post-hearing-review': 'review-7',
  statement: 'hearing-request-5',
  'hearing-notice': 'hearing-notice-7',
  decision: 'case-90',
  service: 'service-7',
  performance: 'payment-15',
  demand: 'demand-10',
  'fine-collected': 'hand-in-2',
  custody: 'seizure-30',
};

export function deadlineKindOf(stage: string): DeadlineKind | undefined {
  return STAGE_KIND[stage];
}

function daysOf(stage: StageDefinition, rules: LocalRules): number {
  const t = stage.timeLimit!;
  if (t.configKey && t.configKey in rules.reviewDays)
    return rules.reviewDays[t.configKey as keyof LocalRules['reviewDays']];
  return t.days;
}

/** Starts the clock of `stage` from the date of the event its time limit runs from. */
export async function startDeadline(
  trx: Tx,
  caseId: string,
  procedure: ProcedureDefinition,
  stageCode: string,
  milestones: Milestones,
  rules: LocalRules,
): Promise<void> {
  const stage = procedure.stages.find((s) => s.code === stageCode);
  const kind = deadlineKindOf(stageCode);
  if (!stage?.timeLimit || !kind) return;
  // The period runs from its event; until the event has a date (a hearing notice not yet served) no clock runs.
  const from = milestones[stage.timeLimit.from as TimeLimitEvent];
  if (!from) return;
  await trx
    .insertInto('case_deadlines')
    .values({
      id: randomUUID(),
      case_id: caseId,
      kind,
      stage: stageCode,
      limit_kind: stage.timeLimit.kind,
      from_date: from,
      days: daysOf(stage, rules),
      unit: stage.timeLimit.unit,
      rule: stage.timeLimit.rule,
    })
    .execute();
}

/** Ends the running clocks of a stage being left ('met'), or every clock of a case being closed ('stopped'). */
export async function endDeadlines(
  trx: Tx,
  caseId: string,
  today: string,
  which: { stage: string; status: 'met' } | { status: 'stopped' },
): Promise<void> {
  let q = trx
    .updateTable('case_deadlines')
    .set({ status: which.status, ended_on: today })
    .where('case_id', '=', caseId)
    .where('status', '=', 'running');
  if ('stage' in which) q = q.where('stage', '=', which.stage);
  await q.execute();
}

export interface DeadlineView {
  id: string;
  kind: string;
  name: string;
  nameEn: string;
  stage: string;
  limitKind: 'deadline' | 'wait';
  from: string;
  days: number;
  unit: 'working' | 'calendar';
  rule: string;
  due: string;
  explanation: string;
  explanationEn: string;
  warnings: { code: string; message: string; messageEn: string }[];
  status: 'running' | 'met' | 'stopped';
  endedOn: string | null;
  suspended: boolean;
  suspensions: StoredSuspension[];
  extensions: { days: number; reason: string; approvedBy: string; approvedAt: string }[];
  daysLeft: number;
  overdue: boolean;
  dueSoon: boolean;
  /** For a waiting period: it has run out, so the stage may be left. */
  elapsed: boolean;
}

const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

/** The deadline as of `today`: due date, explanation, days left, overdue/due soon. */
export function viewDeadline(
  d: DeadlineRow,
  cal: WorkingCalendar,
  rules: LocalRules,
  today: string,
): DeadlineView {
  const open = d.suspensions.some((s) => !s.to);
  // An open suspension runs at least until today: the due date shown is the earliest it can now be.
  const suspensions = d.suspensions.map((s) => ({
    from: s.from,
    to: s.to ?? (today > s.from ? today : s.from),
    reason: s.reason,
  }));
  const c = computeDeadline(cal, {
    from: d.from_date,
    days: d.days,
    unit: d.unit,
    rule: d.rule,
    suspensions,
    extensions: d.extensions.map((e) => ({ days: e.days, reason: e.reason })),
  });
  const running = d.status === 'running';
  const daysLeft = dayNumber(c.due) - dayNumber(today);
  const kind = DEADLINE_KINDS[d.kind as DeadlineKind] ?? { name: d.kind, nameEn: d.kind };
  return {
    id: d.id,
    kind: d.kind,
    name: kind.name,
    nameEn: kind.nameEn,
    stage: d.stage,
    limitKind: d.limit_kind,
    from: d.from_date,
    days: d.days,
    unit: d.unit,
    rule: d.rule,
    due: c.due,
    explanation: open ? `${c.explanation}（期限中止中，恢复计算后截止日期将顺延）` : c.explanation,
    explanationEn: open
      ? `${c.explanationEn} (suspended: the due date moves once it resumes)`
      : c.explanationEn,
    warnings: c.warnings,
    status: d.status,
    endedOn: d.ended_on,
    suspended: open,
    suspensions: d.suspensions,
    extensions: d.extensions,
    daysLeft,
    overdue: running && !open && d.limit_kind === 'deadline' && daysLeft < 0,
    dueSoon:
      running && !open && d.limit_kind === 'deadline' && daysLeft >= 0 && daysLeft <= rules.dueSoonDays,
    elapsed: daysLeft < 0,
  };
}

/** The first day after a period whose last day is `due`. */
export const dayAfter = (due: string) => addDays(due, 1);
