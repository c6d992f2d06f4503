import { isRoleCode } from '../access/roles.js';
import { chineseArticle } from './article-numerals.js';
import { isBranchCode } from './branches.js';
import { isDocumentKind } from './documents.js';
import { isGuardCode } from './guards.js';
import { isLawSlug, LAWS } from './laws.js';
import { isTimeLimitEvent } from './time-limit-events.js';
import {
  type LegalBasis,
  PROCEDURE_CODES,
  type ProcedureDefinition,
  RECORD_KINDS,
  type TimeLimit,
} from './types.js';

// A structural check of a procedure definition. The TypeScript types already stop most mistakes in the
// definitions written here; this also covers definitions built at run time (a later configurable version)
// and the rules that types cannot express: reachability, exits, and the counting rules of the statutes.

export type ProcedureIssueCode =
  | 'empty-name'
  | 'duplicate-stage'
  | 'unknown-start'
  | 'unknown-stage'
  | 'self-loop'
  | 'duplicate-action'
  | 'unreachable-stage'
  | 'no-exit'
  | 'exit-from-final'
  | 'cannot-finish'
  | 'unknown-role'
  | 'role-not-in-stage'
  | 'unknown-document'
  | 'unknown-record'
  | 'unknown-guard'
  | 'unknown-branch'
  | 'unknown-procedure'
  | 'unknown-law'
  | 'bad-article'
  | 'bad-time-limit'
  | 'wrong-unit'
  | 'audio-video-missing'
  | 'footage-guard-missing';

export interface ProcedureIssue {
  code: ProcedureIssueCode;
  /** Where: a stage code, or `from→to (action)` for a transition. */
  at: string;
  message: string;
}

const isPositiveInteger = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;

/**
 * 行政处罚法 art. 85: 二日、三日、五日、七日 are working days; 行政强制法 art. 69: periods of ten days or
 * less are working days. Longer periods are calendar days. Undefined for other laws.
 */
function statutoryUnit(law: string, days: number): 'working' | 'calendar' | undefined {
  if (law === 'administrative-penalty-law-2021') return [2, 3, 5, 7].includes(days) ? 'working' : 'calendar';
  if (law === 'administrative-coercion-law-2011') return days <= 10 ? 'working' : 'calendar';
  return undefined;
}

function checkBasis(basis: readonly LegalBasis[], at: string, push: (i: ProcedureIssue) => void): void {
  for (const b of basis) {
    if (!isLawSlug(b.law)) push({ code: 'unknown-law', at, message: `unknown law '${b.law}'` });
    if (b.articles.length === 0) push({ code: 'bad-article', at, message: `no article cited of '${b.law}'` });
    for (const a of b.articles) {
      if (!isPositiveInteger(a)) push({ code: 'bad-article', at, message: `article '${a}' of '${b.law}'` });
    }
  }
}

function checkTimeLimit(t: TimeLimit, at: string, push: (i: ProcedureIssue) => void): void {
  const bad = (message: string) => push({ code: 'bad-time-limit', at, message });
  if (!isPositiveInteger(t.days)) bad(`days must be a positive integer, not ${t.days}`);
  if (t.unit !== 'working' && t.unit !== 'calendar') bad(`unknown unit '${t.unit}'`);
  if (t.kind !== 'deadline' && t.kind !== 'wait') bad(`unknown kind '${t.kind}'`);
  if (!isTimeLimitEvent(t.from)) bad(`unknown event '${t.from}'`);
  if (t.rule.trim() === '') bad('the rule is empty');
  if ((t.ref === undefined) === (t.configKey === undefined)) {
    bad('exactly one of ref (a statute fixes the figure) and configKey (a local default) must be set');
  }
  if (t.ref === undefined) return;
  if (!isLawSlug(t.ref.law)) {
    push({ code: 'unknown-law', at, message: `unknown law '${t.ref.law}'` });
    return;
  }
  if (!isPositiveInteger(t.ref.article)) {
    push({ code: 'bad-article', at, message: `article '${t.ref.article}'` });
    return;
  }
  const cited = `${LAWS[t.ref.law].short}${chineseArticle(t.ref.article)}`;
  if (!t.rule.includes(cited)) bad(`the rule '${t.rule}' does not name ${cited}, which ref points to`);
  const expected = statutoryUnit(t.ref.law, t.days);
  if (expected !== undefined && expected !== t.unit) {
    push({
      code: 'wrong-unit',
      at,
      message: `${t.days} days under ${LAWS[t.ref.law].short} count as ${expected} days, not ${t.unit}`,
    });
  }
}

export function validateProcedure(def: ProcedureDefinition): ProcedureIssue[] {
  const issues: ProcedureIssue[] = [];
  const push = (i: ProcedureIssue) => issues.push(i);

  if (def.name.trim() === '' || def.nameEn.trim() === '') {
    push({ code: 'empty-name', at: def.code, message: 'the procedure needs a Chinese and an English name' });
  }
  checkBasis(def.basis, def.code, push);

  const stages = new Map<string, ProcedureDefinition['stages'][number]>();
  for (const s of def.stages) {
    if (stages.has(s.code)) push({ code: 'duplicate-stage', at: s.code, message: 'stage code used twice' });
    stages.set(s.code, s);
    if (s.name.trim() === '' || s.nameEn.trim() === '') {
      push({ code: 'empty-name', at: s.code, message: 'the stage needs a Chinese and an English name' });
    }
    for (const r of s.roles) {
      if (!isRoleCode(r)) push({ code: 'unknown-role', at: s.code, message: `unknown role '${r}'` });
    }
    for (const d of [...s.requiredDocuments, ...(s.optionalDocuments ?? [])]) {
      if (!isDocumentKind(d))
        push({ code: 'unknown-document', at: s.code, message: `unknown document '${d}'` });
    }
    for (const r of s.requiredRecords) {
      if (!(RECORD_KINDS as readonly string[]).includes(r)) {
        push({ code: 'unknown-record', at: s.code, message: `unknown record kind '${r}'` });
      }
    }
    // full recording means both audio and video are required records of the stage.
    if (s.fullAudioVideo && !(s.requiredRecords.includes('audio') && s.requiredRecords.includes('video'))) {
      push({
        code: 'audio-video-missing',
        at: s.code,
        message: 'full audio/video without audio and video records',
      });
    }
    if (
      s.linkedProcedure !== undefined &&
      !(PROCEDURE_CODES as readonly string[]).includes(s.linkedProcedure)
    ) {
      push({ code: 'unknown-procedure', at: s.code, message: `unknown procedure '${s.linkedProcedure}'` });
    }
    if (s.timeLimit !== undefined) checkTimeLimit(s.timeLimit, s.code, push);
  }
  if (!stages.has(def.start))
    push({ code: 'unknown-start', at: def.start, message: 'the start stage does not exist' });

  const out = new Map<string, string[]>();
  const seenActions = new Set<string>();
  for (const t of def.transitions) {
    const at = `${t.from}→${t.to} (${t.action})`;
    const from = stages.get(t.from);
    if (from === undefined) push({ code: 'unknown-stage', at, message: `no stage '${t.from}'` });
    if (!stages.has(t.to)) push({ code: 'unknown-stage', at, message: `no stage '${t.to}'` });
    if (t.from === t.to)
      push({ code: 'self-loop', at, message: 'an act that stays in its stage is not a transition' });
    const key = `${t.from}\u0000${t.action}`;
    if (seenActions.has(key)) push({ code: 'duplicate-action', at, message: 'two edges share this action' });
    seenActions.add(key);
    if (t.name.trim() === '' || t.nameEn.trim() === '') {
      push({ code: 'empty-name', at, message: 'the edge needs a Chinese and an English label' });
    }
    for (const g of t.guards) {
      if (!isGuardCode(g)) push({ code: 'unknown-guard', at, message: `unknown guard '${g}'` });
    }
    if (t.branch !== undefined && !isBranchCode(t.branch)) {
      push({ code: 'unknown-branch', at, message: `unknown branch '${t.branch}'` });
    }
    for (const r of t.roles ?? []) {
      if (!isRoleCode(r)) push({ code: 'unknown-role', at, message: `unknown role '${r}'` });
      else if (from !== undefined && !from.roles.includes(r)) {
        push({ code: 'role-not-in-stage', at, message: `'${r}' may not act in '${t.from}'` });
      }
    }
    // completing a fully recorded act requires linked footage.
    if (from?.fullAudioVideo === true && !t.guards.includes('footage-linked')) {
      push({
        code: 'footage-guard-missing',
        at,
        message: 'leaving a fully recorded stage needs footage-linked',
      });
    }
    const list = out.get(t.from) ?? [];
    list.push(t.to);
    out.set(t.from, list);
  }

  // Reachability from the start, and whether an end can still be reached from every stage.
  const reach = (seeds: string[], next: (code: string) => string[]): Set<string> => {
    const seen = new Set<string>(seeds);
    const queue = [...seeds];
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      for (const n of next(code)) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return seen;
  };
  const fromStart = stages.has(def.start) ? reach([def.start], (c) => out.get(c) ?? []) : new Set<string>();
  const into = new Map<string, string[]>();
  for (const [from, tos] of out) {
    for (const to of tos) into.set(to, [...(into.get(to) ?? []), from]);
  }
  const finals = def.stages.filter((s) => s.final === true).map((s) => s.code);
  const toAnEnd = reach(finals, (c) => into.get(c) ?? []);

  for (const s of def.stages) {
    const exits = out.get(s.code) ?? [];
    if (stages.has(def.start) && !fromStart.has(s.code)) {
      push({ code: 'unreachable-stage', at: s.code, message: 'no path leads here from the start' });
    }
    if (s.final === true && exits.length > 0) {
      push({ code: 'exit-from-final', at: s.code, message: 'a final stage has an exit' });
    }
    if (s.final !== true && exits.length === 0) {
      push({ code: 'no-exit', at: s.code, message: 'a stage that is not final has no exit' });
    }
    if (s.final !== true && exits.length > 0 && !toAnEnd.has(s.code)) {
      push({ code: 'cannot-finish', at: s.code, message: 'no final stage can be reached from here' });
    }
  }
  return issues;
}
