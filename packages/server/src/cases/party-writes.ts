import { appendAuditEvent } from '../audit/append-audit-event.js';
import { diff } from '../audit/diff.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { presentFresh } from './get-case.js';
import { insertParty, partyColumns, presentParty } from './parties.js';
import type { PartyInput } from './schemas.js';
import { appendCaseEvent, lockOpenCase, touchCase } from './write-helpers.js';

/** POST /cases/:id/parties: a party identified later in the investigation. */
export async function addParty(deps: AppDeps, ctx: RequestContext, caseId: string, input: PartyInput) {
  const actor = ctx.actor!;
  const today = todayInChina();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    const count = await trx
      .selectFrom('case_parties')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    const party = await insertParty(trx, caseId, input, 'party', row.occurred_on, today, Number(count.n));
    await appendCaseEvent(trx, caseId, actor, {
      action: 'party-added',
      payload: { partyId: party.id, name: party.name },
    });
    await touchCase(trx, row);
    await appendAuditEvent(trx, ctx, {
      operation: 'case.party-added',
      targetType: 'case',
      targetId: caseId,
      changes: { party: { before: null, after: { id: party.id, kind: party.kind, name: party.name } } },
    });
  });
  return presentFresh(deps, ctx, caseId);
}

/** PUT /cases/:id/parties/:partyId: corrects a party; identifiers are checked again. */
export async function updateParty(
  deps: AppDeps,
  ctx: RequestContext,
  caseId: string,
  partyId: string,
  input: PartyInput,
) {
  const actor = ctx.actor!;
  const today = todayInChina();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenCase(trx, caseId, actor);
    const before = await trx
      .selectFrom('case_parties')
      .selectAll()
      .where('id', '=', partyId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND');
    const after = await trx
      .updateTable('case_parties')
      .set({ ...partyColumns(input, 'party', row.occurred_on, today), updated_at: new Date() })
      .where('id', '=', partyId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendCaseEvent(trx, caseId, actor, {
      action: 'party-updated',
      payload: { partyId, name: after.name },
    });
    await touchCase(trx, row);
    await appendAuditEvent(trx, ctx, {
      operation: 'case.party-updated',
      targetType: 'case',
      targetId: caseId,
      changes: diff(presentParty(before), presentParty(after)),
    });
  });
  return presentFresh(deps, ctx, caseId);
}
