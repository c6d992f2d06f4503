import { randomUUID } from 'node:crypto';
import { publicUntil } from '@sanxiang/core';
import { type Kysely, sql } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { loadPublicityPolicy } from './policy.js';
import { redactedBody } from './present.js';
import { newPublicId, writeVersion } from './publication-store.js';

export const DEMO_PUBLICITY_SEEDED_KEY = 'demo_publicity_seeded_at';

/**
 * The demo's publicity desk in mid-year (P-09, P-10, P-02): the drafts the demo's decided cases and
 * inspections produced are published a few working days after their decision — except the recent ones,
 * still waiting, and one left too long (overdue). One published decision was later revoked on
 * reconsideration and withdrawn with its reason; one revoked lately still waits for its withdrawal; a
 * member of the public has asked for a correction that is not yet answered.
 */
export async function seedDemoPublicity(db: Kysely<DB>, ctx: RequestContext): Promise<boolean> {
  const already = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_PUBLICITY_SEEDED_KEY)
    .executeTakeFirst();
  if (already) return false;
  const today = todayInChina();
  const cal = await loadCalendar(db);
  await db.transaction().execute(async (trx) => {
    const { policy } = await loadPublicityPolicy(trx);
    const officer = await trx
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select('u.id')
      .where('r.role', '=', 'publicity_officer')
      .executeTakeFirst();
    const head = await trx
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select('u.id')
      .where('r.role', '=', 'bureau_head')
      .executeTakeFirst();
    const drafts = await trx
      .selectFrom('publications')
      .selectAll()
      .where('status', '=', 'draft')
      .orderBy('triggered_on')
      .orderBy('id')
      .execute();
    // The oldest draft whose deadline has passed is the one left behind (overdue); the others were done.
    const lateIndex = drafts.findIndex((d) => cal.addWorkingDays(String(d.triggered_on), 7) < today);
    const published: typeof drafts = [];
    for (const [i, d] of drafts.entries()) {
      const decided = String(d.triggered_on);
      const onDay = cal.addWorkingDays(decided, 3 + (i % 3));
      if (i === lateIndex || onDay >= today) continue;
      const publicId = newPublicId();
      const version = await writeVersion(trx, d, {
        title: d.title,
        body: redactedBody(d),
        redactions: d.redactions,
        reason: null,
        by: officer?.id ?? null,
        at: new Date(`${onDay}T10:00:00+08:00`),
      });
      await trx
        .updateTable('publications')
        .set({
          status: 'published',
          public_id: publicId,
          current_version: version,
          published_on: onDay,
          public_until: publicUntil(d.kind, onDay, d.party_type, policy),
          reviewed_by: officer?.id ?? null,
        })
        .where('id', '=', d.id)
        .execute();
      await appendAuditEvent(trx, ctx, {
        operation: 'publication.published',
        targetType: 'publication',
        targetId: d.id,
        changes: {
          status: { before: 'draft', after: 'published' },
          publicId: { before: null, after: publicId },
        },
      });
      published.push(d);
    }
    const penalties = published.filter((p) => p.kind === 'penalty-decision');
    // Revoked on reconsideration a while ago, and withdrawn within the 3 working days.
    const revoke = async (p: (typeof published)[number], decidedOn: string, reason: string) => {
      if (!head) return;
      await trx
        .insertInto('decision_revocations')
        .values({
          id: randomUUID(),
          case_id: p.case_id,
          kind: 'revoked',
          decided_on: decidedOn,
          reason,
          recorded_by: head.id,
        })
        .execute();
      await appendAuditEvent(trx, ctx, {
        operation: 'case.decision-revoked',
        targetType: 'case',
        targetId: p.case_id,
        changes: { decision: { before: 'in force', after: 'revoked' } },
        reason,
      });
      return `原处罚决定已于${decidedOn}被撤销：${reason}`;
    };
    const withdrawn = penalties[0];
    if (withdrawn) {
      const on = cal.addWorkingDays(String(withdrawn.triggered_on), 12);
      if (on < today) {
        const notice = await revoke(
          withdrawn,
          on,
          '经如皋市人民政府行政复议，原处罚决定认定事实不清，予以撤销',
        );
        if (notice) {
          await sql`update publications set status = 'withdrawn', withdrawal_due_from = ${on}, withdrawal_reason = ${notice},
            withdrawn_at = ${`${cal.addWorkingDays(on, 1)}T09:30:00+08:00`}::timestamptz, withdrawn_by = ${officer?.id ?? null},
            search_vector = null where id = ${withdrawn.id}`.execute(trx);
          await appendAuditEvent(trx, ctx, {
            operation: 'publication.withdrawn',
            targetType: 'publication',
            targetId: withdrawn.id,
            changes: { status: { before: 'published', after: 'withdrawn' } },
            reason: notice,
          });
        }
      }
    }
    // Revoked by the bureau itself yesterday: the withdrawal is due and waits in the queue.
    const pending = penalties[1];
    if (pending) {
      const on = today;
      const notice = await revoke(pending, on, '本局复查发现适用依据错误，自行撤销原处罚决定');
      if (notice)
        await trx
          .updateTable('publications')
          .set({ withdrawal_due_from: on, withdrawal_reason: notice })
          .where('id', '=', pending.id)
          .execute();
    }
    // A correction request from the public, filed two days ago, not yet answered.
    const corrected = penalties[2];
    if (corrected) {
      const corrId = randomUUID();
      await trx
        .insertInto('publication_corrections')
        .values({
          id: corrId,
          publication_id: corrected.id,
          ticket: 'DEMO2K7QXR',
          requester_name: corrected.party_name || '当事人',
          requester_contact: '138****2046',
          content: '公示的违法地点有误：我店门牌号为解放路38号，不是36号，请予更正。',
          filed_on: addDaysIso(today, -2),
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
        targetId: corrected.id,
        changes: { correction: { before: null, after: corrId } },
      });
    }
    await trx
      .insertInto('meta')
      .values({ key: DEMO_PUBLICITY_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
  });
  return true;
}

function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
