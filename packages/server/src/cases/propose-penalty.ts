import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentFresh } from './get-case.js';
import { matterOfCase } from './matter.js';
import { asPenalty } from './penalty.js';
import type { penaltyBody } from './schemas.js';
import type { CaseFlags, Penalty, PenaltyRange } from './types.js';
import { appendCaseEvent, lockOpenCase, touchCase } from './write-helpers.js';

/**
 * 裁量 (issue item 6, 行政处罚法 art. 34): the matter's discretion standard gives the range for the party type and
 * the circumstances chosen. A penalty inside it is simply recorded; one outside it (a fine beyond the range, or
 * a kind the matter does not provide) needs a written reason and marks the case for bureau-level review.
 * Before the prior notice this is the proposed penalty; after it, the penalty after the defence (which the
 * decision guard holds to "never heavier", art. 45).
 */
export async function proposePenalty(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  input: z.infer<typeof penaltyBody>,
) {
  const actor = ctx.actor!;
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor, input.version);
    if ((row.milestones as Record<string, string>)['decision-made']) throw new AppError('PENALTY_LOCKED');
    const matter = await matterOfCase(trx, row.matter_version_id, row.matter_code);
    if (!matter) throw new AppError('NO_MATTER_ON_CASE');
    const parties = await trx
      .selectFrom('case_parties')
      .select('kind')
      .where('case_id', '=', caseId)
      .orderBy('sort')
      .execute();
    const partyType = parties[0]?.kind ?? null;
    const tiers = matter.discretion.filter(
      (t) =>
        t.tier === input.circumstances &&
        (partyType === null || t.partyType === 'any' || t.partyType === partyType),
    );
    if (tiers.length === 0) {
      const offered = [...new Set(matter.discretion.map((t) => t.tier))];
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'circumstances',
          message: `该事项的裁量基准${partyType ? `对${partyType === 'person' ? '自然人' : '单位'}` : ''}没有“${input.circumstances}”情节，可选：${offered.join('、')}`,
          messageEn: `The matter's standard has no tier "${input.circumstances}" for this party; choose one of: ${offered.join(', ')}`,
        },
      ]);
    }
    const tier = tiers.find((t) => t.partyType === partyType) ?? tiers[0]!;
    const range: PenaltyRange = {
      tier: tier.tier,
      partyType: tier.partyType,
      conditions: tier.conditions,
      fineMin: tier.fineMin,
      fineMax: tier.fineMax,
      measures: tier.measures,
    };
    const outside: string[] = [];
    const foreign = input.kinds.filter((k) => !matter.penaltyKinds.includes(k as never));
    if (foreign.length) outside.push(`该事项不设${foreign.join('、')}`);
    const fine = input.fine ?? 0;
    if (fine > 0 && !input.kinds.includes('罚款')) outside.push('有罚款金额但处罚种类中没有罚款');
    if (range.fineMin !== null && fine < range.fineMin && input.kinds.includes('罚款'))
      outside.push(`罚款${fine}元低于基准下限${range.fineMin}元`);
    if (range.fineMax !== null && fine > range.fineMax)
      outside.push(`罚款${fine}元高于基准上限${range.fineMax}元`);
    if (range.tier === '不予处罚' && (fine > 0 || input.kinds.length > 0))
      outside.push('“不予处罚”情节不应给予处罚');
    const outsideStandard = outside.length > 0;
    if (outsideStandard && !input.reason)
      throw new AppError(
        'PENALTY_REASON_REQUIRED',
        { range, outside },
        {
          message: `拟处罚超出裁量基准（${outside.join('；')}），须书面说明理由，并报局法规科审核`,
          messageEn:
            'The penalty lies outside the discretion standard: give a written reason (bureau-level review follows)',
        },
      );
    const penalty: Penalty = {
      kinds: input.kinds,
      fine: input.fine,
      confiscation: input.confiscation,
      measures: input.measures,
      outsideStandard,
      reason: input.reason ?? null,
      circumstances: input.circumstances,
      range,
    };
    const afterNotice = asPenalty(row.notified_penalty) !== null;
    const column = afterNotice ? 'penalty_after_defence' : 'proposed_penalty';
    const flags: CaseFlags = { ...(row.flags as CaseFlags), bureauReview: outsideStandard };
    await touchCase(trx, row, {
      [column]: JSON.stringify(penalty),
      circumstances: input.circumstances,
      flags: JSON.stringify(flags),
    });
    await appendCaseEvent(trx, caseId, actor, {
      action: 'penalty-proposed',
      payload: { penalty, afterNotice, outside },
      reason: input.reason ?? null,
    });
    await appendAuditEvent(trx, ctx, {
      operation: 'case.penalty-proposed',
      targetType: 'case',
      targetId: caseId,
      changes: diff({ [column]: row[column] }, { [column]: penalty }),
      reason: input.reason ?? null,
    });
  });
  return presentFresh(deps, ctx, caseId);
}
