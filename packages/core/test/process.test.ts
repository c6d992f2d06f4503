import { describe, expect, it } from 'vitest';
import { toChineseNumeral as chineseNumeral } from '../src/law/chinese-numerals.js';
import {
  allowedTransitions,
  chineseArticle,
  DOCUMENTS,
  findTransition,
  GUARD_CODES,
  GUARDS,
  type GuardCode,
  guardsUsed,
  LAWS,
  type LawSlug,
  PROCEDURE_CODES,
  PROCEDURES,
  type ProcedureDefinition,
  type StageDefinition,
  stageOf,
  type TransitionDefinition,
  validateProcedure,
} from '../src/process/index.js';

// --- helpers -------------------------------------------------------------------------------------------

const general = PROCEDURES.general;
const simple = PROCEDURES.simple;
const seizure = PROCEDURES.seizure;
const demolition = PROCEDURES.demolition;
const legalReview = PROCEDURES['legal-review'];

function edge(def: ProcedureDefinition, from: string, action: string): TransitionDefinition {
  const t = findTransition(def, from, action);
  if (t === undefined) throw new Error(`${def.code}: no edge ${from} --${action}-->`);
  return t;
}

function stage(def: ProcedureDefinition, code: string): StageDefinition {
  const s = stageOf(def, code);
  if (s === undefined) throw new Error(`${def.code}: no stage ${code}`);
  return s;
}

/** Stages reachable from the start when `removed` is taken out of the graph. */
function reachableWithout(def: ProcedureDefinition, removed: string): Set<string> {
  const seen = new Set<string>([def.start]);
  const queue = [def.start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const t of def.transitions) {
      if (t.from === at && t.to !== removed && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

/** A deep, writable copy to break on purpose. */
function copy(def: ProcedureDefinition): {
  -readonly [K in keyof ProcedureDefinition]: K extends 'stages'
    ? StageDefinition[]
    : K extends 'transitions'
      ? TransitionDefinition[]
      : ProcedureDefinition[K];
} {
  return JSON.parse(JSON.stringify(def)) as never;
}

const codesOf = (def: ProcedureDefinition) => validateProcedure(def).map((i) => i.code);

// The official texts: the server's bundled copy, or shared/laws beside the repository. Core's tsconfig
// carries no Node types (core is pure), so the file system is reached through a narrowly typed import.
interface FileSystem {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
}
const { existsSync, readFileSync } = (await import(/* @vite-ignore */ 'node:fs' as string)) as FileSystem;
const here = decodeURIComponent(
  (import.meta as unknown as { url: string }).url.replace(/^file:\/\//, ''),
).replace(/[^/]*$/, '');
const LAW_DIRS = [`${here}../../server/assets/laws/`, `${here}../../../../shared/laws/`];
const lawDir = LAW_DIRS.find((d) => existsSync(`${d}administrative-penalty-law-2021.md`));

function articleText(law: LawSlug, article: number): string | undefined {
  if (lawDir === undefined) return undefined;
  const lines = readFileSync(`${lawDir}${law}.md`, 'utf8').split('\n');
  const head = `${chineseArticle(article)} `;
  const start = lines.findIndex((l) => l.startsWith(head));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^第[零一二三四五六七八九十百千]+条 /.test(l) || l.startsWith('#'));
  return [lines[start], ...rest.slice(0, end < 0 ? rest.length : end)].join('\n');
}

// --- structure ----------------------------------------------------------------------------------------

describe('procedures as data: structure', () => {
  it('the six procedures are defined, each under its own code', () => {
    expect(Object.keys(PROCEDURES).sort()).toEqual([...PROCEDURE_CODES].sort());
    for (const code of PROCEDURE_CODES) expect(PROCEDURES[code].code).toBe(code);
  });

  for (const code of PROCEDURE_CODES) {
    it(`${code}: passes the structural check (stages exist and are reachable, exits, known codes, units)`, () => {
      expect(validateProcedure(PROCEDURES[code])).toEqual([]);
    });
  }

  it('the definitions are frozen: no consumer can change what the engine and the portal both read', () => {
    const first = PROCEDURES.general.stages[0]!;
    expect(() => {
      (first as { name: string }).name = '改';
    }).toThrow(TypeError);
    expect(() => {
      (PROCEDURES.general.transitions as TransitionDefinition[]).push(PROCEDURES.general.transitions[0]!);
    }).toThrow(TypeError);
    expect(PROCEDURES.general.stages[0]!.name).toBe('案源登记');
  });

  it('stageOf, allowedTransitions and findTransition read the definition', () => {
    expect(stageOf('general', 'decision')?.name).toBe('处罚决定');
    expect(stageOf('general', 'no-such-stage')).toBeUndefined();
    expect(allowedTransitions('general', 'statement').map((t) => t.action)).toEqual([
      'review-statement',
      'request-hearing',
    ]);
    expect(allowedTransitions(general, 'archived')).toEqual([]);
    expect(findTransition('general', 'statement', 'request-hearing')?.to).toBe('hearing-notice');
    expect(findTransition('general', 'statement', 'issue-decision')).toBeUndefined();
  });
});

describe('the structural check catches broken definitions', () => {
  it('a transition to a stage that does not exist', () => {
    const d = copy(general);
    d.transitions.push({ ...d.transitions[0]!, action: 'go-nowhere', to: 'nowhere' });
    expect(codesOf(d)).toContain('unknown-stage');
  });

  it('a stage that cannot be reached from the start', () => {
    const d = copy(inspectionWithout('assign-inspectors'));
    expect(
      validateProcedure(d)
        .filter((i) => i.code === 'unreachable-stage')
        .map((i) => i.at),
    ).toContain('on-site');
  });

  it('a stage that is not final and has no exit', () => {
    const d = copy(general);
    d.transitions = d.transitions.filter((t) => t.from !== 'service');
    expect(validateProcedure(d)).toContainEqual(expect.objectContaining({ code: 'no-exit', at: 'service' }));
  });

  it('a loop from which no final stage can be reached', () => {
    const d = copy(general);
    d.transitions = d.transitions.filter(
      (t) => !(t.from === 'evidence-preservation' || t.from === 'investigation'),
    );
    d.transitions.push(
      {
        from: 'investigation',
        to: 'evidence-preservation',
        action: 'a',
        name: '甲',
        nameEn: 'a',
        guards: [],
      },
      {
        from: 'evidence-preservation',
        to: 'investigation',
        action: 'b',
        name: '乙',
        nameEn: 'b',
        guards: [],
      },
    );
    expect(validateProcedure(d)).toContainEqual(
      expect.objectContaining({ code: 'cannot-finish', at: 'investigation' }),
    );
  });

  it('unknown guard, document, role, branch and linked procedure codes', () => {
    const d = copy(general);
    d.transitions[0] = { ...d.transitions[0]!, guards: ['no-such-guard' as GuardCode], branch: 'x' as never };
    d.stages[0] = {
      ...d.stages[0]!,
      requiredDocuments: ['no-such-document' as never],
      roles: ['janitor' as never],
      linkedProcedure: 'x' as never,
    };
    const codes = codesOf(d);
    for (const c of [
      'unknown-guard',
      'unknown-document',
      'unknown-role',
      'unknown-branch',
      'unknown-procedure',
    ]) {
      expect(codes).toContain(c);
    }
  });

  it('two edges out of one stage with the same action (the engine could not tell them apart)', () => {
    const d = copy(general);
    d.transitions.push({ ...edge(general, 'filing', 'approve-filing'), to: 'not-filed' });
    expect(codesOf(d)).toContain('duplicate-action');
  });

  it('R-05: leaving a fully recorded stage without the footage guard', () => {
    const d = copy(seizure);
    d.transitions = d.transitions.map((t) =>
      t.from === 'on-site' ? { ...t, guards: t.guards.filter((g) => g !== 'footage-linked') } : t,
    );
    expect(validateProcedure(d)).toContainEqual(expect.objectContaining({ code: 'footage-guard-missing' }));
  });

  it('行政处罚法 art. 85: a 7-day period of that law counted in calendar days is rejected', () => {
    const d = copy(general);
    const i = d.stages.findIndex((s) => s.code === 'service');
    d.stages[i] = { ...d.stages[i]!, timeLimit: { ...d.stages[i]!.timeLimit!, unit: 'calendar' } };
    expect(validateProcedure(d)).toContainEqual(
      expect.objectContaining({ code: 'wrong-unit', at: 'service' }),
    );
  });

  it('行政强制法 art. 69: a 30-day seizure counted in working days is rejected', () => {
    const d = copy(seizure);
    const i = d.stages.findIndex((s) => s.code === 'custody');
    d.stages[i] = { ...d.stages[i]!, timeLimit: { ...d.stages[i]!.timeLimit!, unit: 'working' } };
    expect(validateProcedure(d)).toContainEqual(
      expect.objectContaining({ code: 'wrong-unit', at: 'custody' }),
    );
  });

  it('a time limit whose rule text names another article than its reference', () => {
    const d = copy(general);
    const i = d.stages.findIndex((s) => s.code === 'decision');
    d.stages[i] = {
      ...d.stages[i]!,
      timeLimit: { ...d.stages[i]!.timeLimit!, rule: '行政处罚法第六十一条' },
    };
    expect(validateProcedure(d)).toContainEqual(
      expect.objectContaining({ code: 'bad-time-limit', at: 'decision' }),
    );
  });

  it('a local figure must name its configuration key, a statutory one its article', () => {
    const d = copy(legalReview);
    const i = d.stages.findIndex((s) => s.code === 'brigade-review');
    const { configKey: _dropped, ...rest } = d.stages[i]!.timeLimit!;
    d.stages[i] = { ...d.stages[i]!, timeLimit: rest };
    expect(validateProcedure(d)).toContainEqual(
      expect.objectContaining({ code: 'bad-time-limit', at: 'brigade-review' }),
    );
  });
});

function inspectionWithout(action: string): ProcedureDefinition {
  const d = copy(PROCEDURES.inspection);
  d.transitions = d.transitions.filter((t) => t.action !== action);
  return d;
}

// --- the rules, edge by edge -----------------------------------------------------------------------------

describe('行政处罚法: guards on the general procedure', () => {
  it('arts. 44, 45, 57, 58, 59, 62 and L-04: 作出处罚决定 checks reviews, prior notice, statement period, no heavier penalty, decision elements and collective discussion', () => {
    const t = edge(general, 'decision', 'issue-decision');
    expect(t.name).toBe('作出处罚决定');
    expect([...t.guards].sort()).toEqual(
      [
        'required-reviews-passed',
        'prior-notice-served',
        'statement-period-elapsed-or-waived',
        'no-heavier-after-defence',
        'decision-elements-complete',
        'collective-discussion-for-grave',
      ].sort(),
    );
    // Only the head of the authority issues the decision (art. 57).
    expect(t.roles).toEqual(['bureau_head']);
  });

  it('art. 36 and art. 42: 批准立案 checks the limitation period and assigns two certified officers', () => {
    const t = edge(general, 'filing', 'approve-filing');
    expect(t.guards).toEqual(
      expect.arrayContaining(['within-limitation', 'two-certified-officers', 'recusal-checked']),
    );
    expect(GUARDS['within-limitation'].description).toContain('二年');
    expect(GUARDS['within-limitation'].description).toContain('五年');
  });

  it('art. 64 (一): a hearing request is a branch out of 陈述申辩, within 5 working days of the notice', () => {
    const t = edge(general, 'statement', 'request-hearing');
    expect(t.branch).toBe('hearing');
    expect(t.to).toBe('hearing-notice');
    expect(t.guards).toContain('hearing-requested-in-time');
    expect(stage(general, 'statement').timeLimit).toMatchObject({
      kind: 'wait',
      days: 5,
      unit: 'working',
      from: 'prior-notice-served',
      ref: { law: 'administrative-penalty-law-2021', article: 64 },
    });
  });

  it('art. 64 (二): hearing notice at least 7 working days ahead is a guard on 听证通知 → 听证', () => {
    const t = edge(general, 'hearing-notice', 'hold-hearing');
    expect(t.to).toBe('hearing');
    expect(t.guards).toContain('hearing-notice-7-working-days');
    expect(t.guards).toContain('hearing-chair-independent');
    expect(stage(general, 'hearing-notice').timeLimit).toMatchObject({
      kind: 'wait',
      days: 7,
      unit: 'working',
    });
  });

  it('arts. 58 (二), 65: after a hearing the hearing record is reviewed before the decision', () => {
    expect(edge(general, 'hearing', 'review-after-hearing').to).toBe('post-hearing-review');
    expect(stage(general, 'post-hearing-review').linkedProcedure).toBe('legal-review');
    const pass = edge(general, 'post-hearing-review', 'pass-review');
    expect(pass.to).toBe('decision');
    expect(pass.guards).toContain('required-reviews-passed');
    // Only a waiver skips the second review: every other way from the hearing to the decision passes it.
    const fromHearing = allowedTransitions(general, 'hearing');
    expect(fromHearing.filter((t) => t.to === 'decision').map((t) => t.branch)).toEqual(['hearing-waived']);
  });

  it('art. 64 (六): a party who stays away is deemed to waive the hearing', () => {
    expect(edge(general, 'hearing', 'terminate-hearing')).toMatchObject({
      to: 'decision',
      branch: 'hearing-waived',
      guards: ['hearing-deemed-waived'],
    });
  });

  it('L-03: every path from 案源登记 to 处罚决定 passes 法制审核', () => {
    expect(reachableWithout(general, 'decision').has('decision')).toBe(false);
    expect(reachableWithout(general, 'legal-review').has('decision')).toBe(false);
    expect(stage(general, 'legal-review').linkedProcedure).toBe('legal-review');
  });

  it('arts. 44, 62: every path to 处罚决定 passes 事先告知', () => {
    expect(reachableWithout(general, 'prior-notice').has('decision')).toBe(false);
    expect(edge(general, 'prior-notice', 'serve-prior-notice').guards).toEqual(
      expect.arrayContaining(['prior-notice-served', 'hearing-rights-notified-when-required']),
    );
  });

  it('art. 56: evidence preserved is decided on within 7 working days', () => {
    expect(edge(general, 'investigation', 'preserve-evidence').guards).toContain('preservation-approved');
    expect(stage(general, 'evidence-preservation').timeLimit).toMatchObject({
      kind: 'deadline',
      days: 7,
      unit: 'working',
      from: 'evidence-preserved',
    });
  });

  it('art. 60: the decision is due within 90 calendar days of filing', () => {
    expect(stage(general, 'decision').timeLimit).toMatchObject({
      kind: 'deadline',
      days: 90,
      unit: 'calendar',
      from: 'filed',
      rule: '行政处罚法第六十条',
    });
  });

  it('art. 61: service within 7 working days, by a lawful mode', () => {
    expect(stage(general, 'service').timeLimit).toMatchObject({
      days: 7,
      unit: 'working',
      from: 'decision-made',
    });
    expect(edge(general, 'service', 'confirm-service').guards).toContain('service-mode-lawful');
  });

  it('art. 67, art. 72 and 行政强制法 arts. 35, 45, 53, 54: payment in 15 days, then a written demand, then the court; surcharge capped', () => {
    expect(stage(general, 'performance').timeLimit).toMatchObject({ days: 15, unit: 'calendar' });
    expect(edge(general, 'performance', 'issue-demand').guards).toEqual(
      expect.arrayContaining(['performance-period-elapsed', 'surcharge-capped']),
    );
    const court = edge(general, 'demand', 'apply-court-enforcement');
    expect(court.guards).toEqual(
      expect.arrayContaining(['demand-before-enforcement', 'remedy-periods-elapsed', 'surcharge-capped']),
    );
    expect(reachableWithout(general, 'demand').has('court-enforcement')).toBe(false);
    expect(stage(general, 'demand').timeLimit).toMatchObject({
      kind: 'wait',
      days: 10,
      unit: 'working',
      ref: { law: 'administrative-coercion-law-2011', article: 54 },
    });
  });

  it('art. 57 (四), art. 27: a suspected crime is transferred with a 案件移送函', () => {
    expect(edge(general, 'investigation-closed', 'transfer-to-judicial')).toMatchObject({
      to: 'transfer',
      branch: 'transfer',
    });
    expect(stage(general, 'transfer').requiredDocuments).toContain('transfer-letter');
  });

  it('R-07: 立卷归档 needs a complete case file', () => {
    expect(edge(general, 'closing', 'archive').guards).toContain('case-file-complete');
    expect(stage(general, 'closing').requiredDocuments).toEqual(['closing-approval', 'file-cover']);
  });
});

describe('行政处罚法 arts. 51–53, 67–71: the on-the-spot procedure', () => {
  it('art. 51: the on-the-spot procedure is open only for a warning or a fine ≤ 200 yuan (citizen) / ≤ 3,000 yuan (organisation)', () => {
    const t = edge(simple, 'on-site', 'apply-simple-procedure');
    expect(t.guards).toEqual(expect.arrayContaining(['simple-procedure-limits', 'two-certified-officers']));
    expect(GUARDS['simple-procedure-limits'].description).toMatch(/二百元.*三千元/);
    expect(GUARDS['simple-procedure-limits'].basis).toEqual([
      { law: 'administrative-penalty-law-2021', articles: [51] },
    ]);
    expect(edge(simple, 'on-site', 'convert-to-general')).toMatchObject({
      to: 'converted',
      branch: 'general-procedure',
    });
    expect(stage(simple, 'converted').linkedProcedure).toBe('general');
  });

  it('arts. 44, 45, 52: the decision handed over on the spot still follows notice and defence, and has its elements', () => {
    expect(edge(simple, 'decision', 'deliver-decision').guards).toEqual(
      expect.arrayContaining([
        'prior-notice-served',
        'no-heavier-after-defence',
        'decision-elements-complete',
      ]),
    );
    expect(stage(simple, 'decision').requiredDocuments).toEqual(['on-the-spot-decision']);
  });

  it('arts. 68, 71: a fine collected on the spot only within the limits, handed in within 2 working days', () => {
    expect(edge(simple, 'performance', 'collect-on-the-spot').guards).toEqual([
      'on-the-spot-collection-allowed',
    ]);
    expect(GUARDS['on-the-spot-collection-allowed'].description).toContain('一百元');
    expect(stage(simple, 'fine-collected').timeLimit).toMatchObject({
      days: 2,
      unit: 'working',
      from: 'fine-collected',
    });
  });

  it('L-03: the on-the-spot procedure has no legal review stage', () => {
    expect(simple.stages.some((s) => s.linkedProcedure === 'legal-review')).toBe(false);
    expect(guardsUsed(simple)).not.toContain('required-reviews-passed');
  });
});

describe('行政强制法: seizure (查封、扣押)', () => {
  it('arts. 18, 19: prior approval, or in an emergency approval within 24 hours, checked before the seizure completes', () => {
    expect(edge(seizure, 'proposal', 'approve-measure').roles).toEqual(['bureau_head']);
    expect(edge(seizure, 'proposal', 'act-in-emergency').branch).toBe('emergency');
    expect(edge(seizure, 'on-site', 'complete-seizure').guards).toContain('coercive-measure-approved');
    expect(GUARDS['coercive-measure-approved'].description).toContain('二十四小时');
  });

  it('R-05: the on-site seizure demands full audio/video and linked footage', () => {
    const s = stage(seizure, 'on-site');
    expect(s.fullAudioVideo).toBe(true);
    expect(s.requiredRecords).toEqual(expect.arrayContaining(['audio', 'video', 'text']));
    expect(edge(seizure, 'on-site', 'complete-seizure').guards).toContain('footage-linked');
  });

  it('art. 24: the decision and the inventory in two copies are handed over on the spot', () => {
    expect(stage(seizure, 'on-site').requiredDocuments).toEqual(
      expect.arrayContaining(['seizure-decision', 'seizure-inventory', 'on-site-record']),
    );
    expect(edge(seizure, 'on-site', 'complete-seizure').guards).toContain(
      'seizure-decision-and-inventory-delivered',
    );
    expect(GUARDS['seizure-decision-and-inventory-delivered'].description).toContain('一式二份');
  });

  it('art. 25: at most 30 days, extended once by at most 30 with approval', () => {
    expect(stage(seizure, 'custody').timeLimit).toMatchObject({
      kind: 'deadline',
      days: 30,
      unit: 'calendar',
      from: 'seized',
    });
    expect(stage(seizure, 'extended').timeLimit).toMatchObject({ days: 30, from: 'seizure-period-expired' });
    const extend = edge(seizure, 'custody', 'extend-seizure');
    expect(extend.guards).toEqual(
      expect.arrayContaining(['seizure-within-30-days', 'seizure-extension-once']),
    );
    expect(extend.roles).toEqual(['bureau_head']);
    // Once: the only way into 延长期限 is from the first period, and nothing leads from it back into it.
    expect(seizure.transitions.filter((t) => t.to === 'extended').map((t) => t.from)).toEqual(['custody']);
    expect(reachableWithout(seizure, 'custody').has('extended')).toBe(false);
    expect(seizure.transitions.some((t) => t.from === 'extended' && t.to === 'custody')).toBe(false);
  });

  it('arts. 27, 28: the period ends in release (goods returned) or confiscation under the general procedure', () => {
    expect(edge(seizure, 'disposal', 'release')).toMatchObject({ to: 'released', branch: 'release' });
    expect(edge(seizure, 'disposal', 'confiscate')).toMatchObject({
      to: 'confiscated',
      branch: 'confiscation',
    });
    expect(stage(seizure, 'released').requiredDocuments).toContain('seizure-release-decision');
    expect(stage(seizure, 'confiscated').linkedProcedure).toBe('general');
  });
});

describe('行政强制法: forced demolition (强制拆除)', () => {
  it('R-05: the forced demolition demands full audio/video and linked footage', () => {
    const s = stage(demolition, 'demolition');
    expect(s.fullAudioVideo).toBe(true);
    expect(s.requiredRecords).toEqual(expect.arrayContaining(['audio', 'video']));
    expect(edge(demolition, 'demolition', 'complete-demolition').guards).toContain('footage-linked');
  });

  it('art. 35: every path to the demolition passes a written demand', () => {
    expect(reachableWithout(demolition, 'demand').has('demolition')).toBe(false);
    expect(edge(demolition, 'demand', 'decide-enforcement').guards).toContain('demand-before-enforcement');
  });

  it('arts. 43, 44: only after public notice, the deadline and the remedy periods; never at night or on a holiday', () => {
    expect(reachableWithout(demolition, 'announcement').has('demolition')).toBe(false);
    expect(edge(demolition, 'announcement', 'start-demolition').guards).toEqual(
      expect.arrayContaining([
        'demolition-notice-and-deadline-passed',
        'remedy-periods-elapsed',
        'no-enforcement-at-night-or-holiday',
      ]),
    );
    expect(stage(demolition, 'announcement').requiredDocuments).toEqual(['demolition-announcement']);
  });

  it('R-05: full audio/video is required exactly on the on-site seizure and the forced demolition', () => {
    const full = PROCEDURE_CODES.flatMap((c) =>
      PROCEDURES[c].stages.filter((s) => s.fullAudioVideo).map((s) => `${c}/${s.code}`),
    );
    expect(full.sort()).toEqual(['demolition/demolition', 'seizure/on-site']);
  });
});

describe('行政检查 and 法制审核', () => {
  it('art. 42: an inspection is assigned to two certified inspectors and ends closed, corrected, opened as a case or transferred', () => {
    const inspection = PROCEDURES.inspection;
    expect(edge(inspection, 'plan', 'assign-inspectors').guards).toEqual(
      expect.arrayContaining(['two-certified-officers', 'recusal-checked']),
    );
    expect(stage(inspection, 'on-site').requiredDocuments).toEqual(['inspection-record']);
    expect(allowedTransitions(inspection, 'result').map((t) => t.to)).toEqual([
      'closed',
      'rectification',
      'case-opened',
      'transferred',
    ]);
    expect(stage(inspection, 'rectification').requiredDocuments).toContain('rectification-notice');
  });

  it('L-02, L-03, L-04: brigade review, bureau review for catalogue cases, and 同意 only along the catalogue route', () => {
    expect(edge(legalReview, 'submission', 'submit').guards).toEqual(['review-materials-complete']);
    expect(edge(legalReview, 'brigade-review', 'escalate')).toMatchObject({
      to: 'bureau-review',
      branch: 'major',
    });
    expect(edge(legalReview, 'opinion', 'agree').guards).toEqual(
      expect.arrayContaining(['reviewer-legally-qualified', 'major-catalogue-route']),
    );
    expect(stage(legalReview, 'brigade-review').roles).toEqual(['brigade_reviewer']);
    expect(stage(legalReview, 'bureau-review').roles).toEqual(['bureau_reviewer']);
  });

  it('L-04: 退回补正 loops back to submission', () => {
    expect(edge(legalReview, 'opinion', 'return-for-correction')).toMatchObject({
      to: 'submission',
      branch: 'return',
    });
  });

  it('art. 58: after 不同意, the collective discussion cannot approve; the case is resubmitted or dropped', () => {
    expect(edge(legalReview, 'opinion', 'disagree').to).toBe('collective-discussion');
    const out = allowedTransitions(legalReview, 'collective-discussion').map((t) => t.to);
    expect(out.sort()).toEqual(['not-approved', 'submission']);
    expect(out).not.toContain('approved');
  });

  it('the legal review time limit is a local figure held as configuration, not a statute', () => {
    const t = stage(legalReview, 'brigade-review').timeLimit!;
    expect(t.ref).toBeUndefined();
    expect(t.configKey).toBe('legal-review.brigade-days');
    expect(t.days).toBe(7);
  });
});

// --- the catalogues against the official texts -----------------------------------------------------------------

describe('catalogues', () => {
  it('every guard in the catalogue is used on some edge, and every used guard is in the catalogue', () => {
    const used = new Set(PROCEDURE_CODES.flatMap((c) => guardsUsed(PROCEDURES[c])));
    expect([...used].sort()).toEqual([...GUARD_CODES].sort());
  });

  it('the document catalogue holds the standard document set of DOMAIN.md', () => {
    const names = Object.values(DOCUMENTS).map((d) => d.name);
    for (const n of [
      '立案审批表',
      '现场检查(勘验)笔录',
      '询问笔录',
      '责令(限期)改正通知书',
      '先行登记保存通知书',
      '调查终结报告',
      '重大案件集体讨论笔录',
      '法制审核意见书',
      '行政处罚事先告知书',
      '听证告知书',
      '听证通知书',
      '听证笔录',
      '陈述申辩笔录',
      '行政处罚决定书',
      '当场行政处罚决定书',
      '送达回证',
      '延期(分期)缴纳罚款审批表',
      '催告书',
      '查封(扣押)决定书',
      '查封(扣押)清单',
      '限期拆除通知书',
      '强制拆除公告',
      '强制拆除决定书',
      '案件移送函',
      '结案审批表',
      '案卷封面、目录',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('chineseArticle writes a citation as the statutes do', () => {
    expect([10, 36, 64, 101, 110].map(chineseArticle)).toEqual([
      '第十条',
      '第三十六条',
      '第六十四条',
      '第一百零一条',
      '第一百一十条',
    ]);
  });

  it.skipIf(lawDir === undefined)(
    'every article cited by a guard or a procedure exists in the official text',
    () => {
      const cited: { law: LawSlug; article: number; by: string }[] = [];
      for (const [code, g] of Object.entries(GUARDS)) {
        for (const b of g.basis) for (const a of b.articles) cited.push({ law: b.law, article: a, by: code });
      }
      for (const c of PROCEDURE_CODES) {
        for (const b of PROCEDURES[c].basis)
          for (const a of b.articles) cited.push({ law: b.law, article: a, by: c });
      }
      const missing = cited.filter((c) => articleText(c.law, c.article) === undefined);
      expect(missing).toEqual([]);
      expect(cited.length).toBeGreaterThan(80);
    },
  );

  it.skipIf(lawDir === undefined)(
    'every statutory time limit is the figure its article states (e.g. 第六十条: 九十日)',
    () => {
      const checked: string[] = [];
      for (const c of PROCEDURE_CODES) {
        for (const s of PROCEDURES[c].stages) {
          const t = s.timeLimit;
          if (t?.ref === undefined) continue;
          const text = articleText(t.ref.law, t.ref.article);
          expect(text, `${c}/${s.code}`).toContain(`${chineseNumeral(t.days)}日`);
          expect(t.rule).toBe(`${LAWS[t.ref.law].short}${chineseArticle(t.ref.article)}`);
          checked.push(`${c}/${s.code}`);
        }
      }
      expect(checked.length).toBeGreaterThanOrEqual(12);
    },
  );

  it.skipIf(lawDir === undefined)(
    'key guard figures read as in the statute (arts. 51, 64, 72; 强制法 arts. 25, 43)',
    () => {
      expect(articleText('administrative-penalty-law-2021', 51)).toMatch(/二百元以下.*三千元以下/);
      expect(articleText('administrative-penalty-law-2021', 64)).toContain('七日前');
      expect(articleText('administrative-penalty-law-2021', 72)).toContain('不得超出罚款的数额');
      expect(articleText('administrative-coercion-law-2011', 25)).toContain('不得超过三十日');
      expect(articleText('administrative-coercion-law-2011', 43)).toContain('夜间或者法定节假日');
    },
  );
});
