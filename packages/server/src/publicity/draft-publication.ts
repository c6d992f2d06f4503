import { randomUUID } from 'node:crypto';
import { findRedactions, publicationBar, type RedactionOptions } from '@sanxiang/core';
import type { GuardContext } from '../cases/guards/context.js';
import type { DecisionRecord } from '../cases/types.js';
import type { Tx } from '../context.js';
import type { StoredRedaction } from '../db/schema-publicity.js';
import {
  composeDecision,
  composeInspection,
  decisionNumber,
  INSPECTION_RESULTS,
  matterBasisText,
} from './compose-text.js';
import { loadPublicityPolicy } from './policy.js';

// P-09, P-10: the engine calls this inside the act's transaction (cases/effects.ts). An issued penalty
// decision, or an inspection's recorded result, becomes a publication draft with the redactions proposed;
// its deadline runs from the act's day (computed on read from the policy). A case with a minor party is
// recorded as barred, so the officer sees why nothing will be published.

const DECISION_ACTIONS = new Set(['issue-decision', 'deliver-decision']);

export function redactionOptionsFor(
  parties: readonly { kind: string; name: string; address: string }[],
  punishedPersonName: 'full' | 'surname',
): RedactionOptions {
  const first = parties[0];
  return {
    partyName: first?.name,
    partyType: first?.kind === 'organisation' ? 'organisation' : first ? 'person' : undefined,
    personAddresses: parties
      .filter((p) => p.kind === 'person' && p.address.length >= 4)
      .map((p) => p.address),
    punishedPersonName,
  };
}

export async function draftPublication(
  trx: Tx,
  ctx: GuardContext,
  set: Record<string, unknown>,
): Promise<void> {
  const action = ctx.transition.action;
  const c = ctx.caseRow;
  let kind: 'penalty-decision' | 'inspection-result';
  let composed: { ref: string; title: string; text: string };
  if (DECISION_ACTIONS.has(action) && (c.procedure === 'general' || c.procedure === 'simple')) {
    const decision = JSON.parse(String(set.decision)) as DecisionRecord;
    if (!decision.penalty) return;
    kind = 'penalty-decision';
    const basis = decision.basis || (await matterBasisText(trx, c));
    composed = composeDecision(c, ctx.parties, { ...decision, basis }, await decisionNumber(trx, c));
  } else if (c.procedure === 'inspection' && ctx.transition.from === 'result' && INSPECTION_RESULTS[action]) {
    kind = 'inspection-result';
    composed = composeInspection(c, ctx.parties, action, ctx.today);
  } else return;

  const { punishedPersonName } = await loadPublicityPolicy(trx);
  const options = redactionOptionsFor(ctx.parties, punishedPersonName);
  const bar = publicationBar(ctx.parties);
  const suggested: StoredRedaction[] = findRedactions(composed.text, options).map((f) => ({
    ...f,
    origin: 'auto',
  }));
  const partyName =
    options.partyType === 'person' && punishedPersonName === 'surname' && options.partyName
      ? `${options.partyName.slice(0, 1)}某某`
      : (options.partyName ?? '');
  await trx
    .insertInto('publications')
    .values({
      id: randomUUID(),
      kind,
      case_id: c.id,
      public_id: null,
      status: bar ? 'barred' : 'draft',
      title: composed.title,
      source_ref: composed.ref,
      party_name: bar ? '' : partyName,
      party_type: options.partyType ?? null,
      source_text: composed.text,
      redactions: JSON.stringify(suggested),
      suggested: JSON.stringify(suggested),
      barred_reason: bar?.reason ?? null,
      triggered_on: ctx.today,
      published_on: null,
      public_until: null,
      withdrawal_due_from: null,
      withdrawal_reason: null,
      withdrawn_at: null,
      withdrawn_by: null,
      taken_down_at: null,
      reviewed_by: null,
    })
    .onConflict((oc) => oc.columns(['case_id', 'kind']).doNothing())
    .execute();
}
