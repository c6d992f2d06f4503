import { randomUUID } from 'node:crypto';
import type { ReviewLevel } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { LEVEL_ROLE } from './reviewers.js';

// 审核人员资格 (L-02): the head designates a reviewer by recording the account's 法律职业资格 — certificate
// number and date — for a level, in the unit the account belongs to. A revoked qualification stays on
// record; the account can no longer be assigned.

export async function listQualifications(deps: AppDeps, ctx: RequestContext) {
  await deps.db
    .transaction()
    .execute((trx) =>
      appendAuditEvent(trx, ctx, { operation: 'review.viewed', targetType: 'reviewer_qualifications' }),
    );
  const rows = await deps.db
    .selectFrom('reviewer_qualifications as q')
    .innerJoin('users as u', 'u.id', 'q.user_id')
    .innerJoin('units as un', 'un.id', 'q.unit_id')
    .select([
      'q.id',
      'q.user_id',
      'u.username',
      'u.display_name',
      'q.unit_id',
      'un.name as unit_name',
      'q.level',
      'q.certificate_no',
      'q.certificate_date',
      'q.recorded_at',
      'q.revoked_at',
      'q.revoked_reason',
    ])
    .orderBy('q.level')
    .orderBy('u.username')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    username: r.username,
    name: r.display_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    level: r.level,
    certificateNo: r.certificate_no,
    certificateDate: r.certificate_date,
    recordedAt: r.recorded_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    revokedReason: r.revoked_reason,
    active: r.revoked_at === null,
  }));
}

export async function recordQualification(
  deps: AppDeps,
  ctx: RequestContext,
  input: { userId: string; level: ReviewLevel; certificateNo: string; certificateDate: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'unit_id', 'disabled_at'])
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!user || user.disabled_at) throw new AppError('NOT_FOUND');
    const role = await trx
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', input.userId)
      .where('role', '=', LEVEL_ROLE[input.level])
      .executeTakeFirst();
    if (!role) throw new AppError('REVIEW_QUALIFICATION_INVALID');
    const active = await trx
      .selectFrom('reviewer_qualifications')
      .select('id')
      .where('user_id', '=', input.userId)
      .where('level', '=', input.level)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (active)
      throw new AppError('REVIEW_QUALIFICATION_EXISTS', undefined, {
        message: '该账号已登记本级审核资格，如需变更请先撤销',
        messageEn: 'The account already holds this level; revoke it first to change it',
      });
    const id = randomUUID();
    await trx
      .insertInto('reviewer_qualifications')
      .values({
        id,
        user_id: input.userId,
        unit_id: user.unit_id,
        level: input.level,
        certificate_no: input.certificateNo,
        certificate_date: input.certificateDate,
        recorded_by: ctx.actor?.userId ?? null,
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'review.qualification-recorded',
      targetType: 'user',
      targetId: input.userId,
      changes: {
        qualification: {
          before: null,
          after: { level: input.level, unit: user.unit_id, certificateNo: input.certificateNo },
        },
      },
    });
    return { id };
  });
}

export async function revokeQualification(deps: AppDeps, ctx: RequestContext, id: string, reason: string) {
  return deps.db.transaction().execute(async (trx) => {
    const q = await trx
      .selectFrom('reviewer_qualifications')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!q) throw new AppError('NOT_FOUND');
    if (q.revoked_at)
      throw new AppError('REVIEW_QUALIFICATION_EXISTS', undefined, {
        message: '该资格已撤销',
        messageEn: 'Already revoked',
      });
    await trx
      .updateTable('reviewer_qualifications')
      .set({ revoked_at: new Date(), revoked_reason: reason })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'review.qualification-revoked',
      targetType: 'user',
      targetId: q.user_id,
      changes: { qualification: { before: { active: true }, after: { active: false } } },
      reason,
    });
    return { id };
  });
}
