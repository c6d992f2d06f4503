import { randomBytes, randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { todayInChina } from '../clock.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';

const TICKET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function ticket(): string {
  const bytes = randomBytes(10);
  return [...bytes].map((b) => TICKET_ALPHABET[b % TICKET_ALPHABET.length]).join('');
}

/**
 * Anyone may ask for a published item to be corrected (P-02), from the portal, without an account. The
 * request is tracked to an answer within the policy's deadline; the requester gets a ticket to follow it.
 */
export async function fileCorrection(
  deps: AppDeps,
  ctx: RequestContext,
  publicId: string,
  input: { name: string; contact: string; content: string },
) {
  const today = todayInChina();
  return deps.db.transaction().execute(async (trx) => {
    const pub = await trx
      .selectFrom('publications')
      .select(['id', 'status'])
      .where('public_id', '=', publicId)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (!pub) throw new AppError('PUBLICATION_NOT_FOUND');
    const id = randomUUID();
    const t = ticket();
    await trx
      .insertInto('publication_corrections')
      .values({
        id,
        publication_id: pub.id,
        ticket: t,
        requester_name: input.name,
        requester_contact: input.contact,
        content: input.content,
        filed_on: today,
        status: 'open',
        answer: null,
        answered_at: null,
        answered_by: null,
        version_published: null,
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'publication.correction-filed',
      targetType: 'publication',
      targetId: pub.id,
      changes: { correction: { before: null, after: id } },
      subject: { id: null, username: 'public', displayName: input.name },
    });
    return { ticket: t, filedOn: today };
  });
}

/** What the requester sees when following a ticket: the status and the answer, nothing else. */
export async function correctionStatus(deps: AppDeps, ticketCode: string) {
  const row = await deps.db
    .selectFrom('publication_corrections as c')
    .innerJoin('publications as p', 'p.id', 'c.publication_id')
    .select([
      'c.status',
      'c.answer',
      'c.filed_on',
      'c.answered_at',
      'p.title',
      'p.public_id',
      'p.status as pubStatus',
    ])
    .where('c.ticket', '=', ticketCode.trim().toUpperCase())
    .executeTakeFirst();
  return row ?? null;
}
