import { REVIEW_LEVELS, type ReviewLevel, type RoleCode } from '@sanxiang/core';
import type { Tx } from '../context.js';
import type { ReviewRequestRow } from '../db/schema-review.js';
import { AppError } from '../errors/app-error.js';

// Who may review a round (L-02): an account holding the level's reviewer role, with an active 法律职业资格
// recorded for that level in the unit it belongs to now; never one of the case's officers or the one who
// submitted; and the two levels of one round are two different people (by account and by person).

export const LEVEL_ROLE: Record<ReviewLevel, RoleCode> = {
  brigade: 'brigade_reviewer',
  bureau: 'bureau_reviewer',
};

export function levelOfRoles(roles: readonly RoleCode[]): ReviewLevel | null {
  return roles.includes('bureau_reviewer') ? 'bureau' : roles.includes('brigade_reviewer') ? 'brigade' : null;
}

export interface Reviewer {
  userId: string;
  personId: string | null;
  name: string;
  unitId: string;
  certificateNo: string;
  certificateDate: string;
}

/** The account's qualification for the level, or the reason it has none. */
export async function qualifiedReviewer(
  trx: Tx,
  userId: string,
  level: ReviewLevel,
): Promise<{ reviewer: Reviewer } | { problem: { zh: string; en: string } }> {
  const user = await trx
    .selectFrom('users')
    .select(['id', 'person_id', 'display_name', 'unit_id', 'disabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled_at)
    return { problem: { zh: '账号不存在或已停用', en: 'No such active account' } };
  const role = await trx
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', userId)
    .where('role', '=', LEVEL_ROLE[level])
    .executeTakeFirst();
  if (!role)
    return {
      problem: {
        zh: `该账号不是${REVIEW_LEVELS[level].zh}审核人员`,
        en: `The account is not a ${REVIEW_LEVELS[level].en} reviewer`,
      },
    };
  const q = await trx
    .selectFrom('reviewer_qualifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('level', '=', level)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!q)
    return {
      problem: {
        zh: '审核人员未登记法律职业资格（证书编号、取得日期）',
        en: 'No legal-profession qualification (certificate number, date) on record',
      },
    };
  if (q.unit_id !== user.unit_id)
    return {
      problem: {
        zh: '审核人员现所在单位与资格登记的审核单位不一致',
        en: 'The reviewer is no longer in the unit the qualification was recorded for',
      },
    };
  return {
    reviewer: {
      userId,
      personId: user.person_id,
      name: user.display_name,
      unitId: user.unit_id,
      certificateNo: q.certificate_no,
      certificateDate: q.certificate_date,
    },
  };
}

/** Throws unless `userId` may review `request` (qualification, then separation of people). */
export async function assertMayReview(trx: Tx, request: ReviewRequestRow, userId: string): Promise<Reviewer> {
  const found = await qualifiedReviewer(trx, userId, request.level);
  if ('problem' in found)
    throw new AppError(
      'REVIEWER_NOT_QUALIFIED',
      { reason: found.problem },
      {
        message: `${found.problem.zh}，不能担任${REVIEW_LEVELS[request.level].zh}审核人员（L-02）`,
        messageEn: `${found.problem.en}: cannot review for the ${REVIEW_LEVELS[request.level].en}`,
      },
    );
  const r = found.reviewer;
  const separate = await separationProblem(trx, request, r);
  if (separate)
    throw new AppError(
      'REVIEWER_NOT_SEPARATE',
      { reason: separate },
      { message: separate.zh, messageEn: separate.en },
    );
  return r;
}

async function separationProblem(
  trx: Tx,
  request: ReviewRequestRow,
  r: Reviewer,
): Promise<{ zh: string; en: string } | null> {
  if (r.personId) {
    const officer = await trx
      .selectFrom('case_officers')
      .select('person_id')
      .where('case_id', '=', request.case_id)
      .where('person_id', '=', r.personId)
      .executeTakeFirst();
    if (officer)
      return { zh: '审核人员是本案承办人员，不能审核本案', en: 'The reviewer is one of the case’s officers' };
  }
  const materials = (request.materials ?? {}) as { auto?: boolean };
  if (request.submitted_by === r.userId && !materials.auto)
    return { zh: '送审人不能审核自己报送的案件', en: 'The submitter cannot review the submission' };
  const other = await trx
    .selectFrom('review_requests as rq')
    .leftJoin('users as u', 'u.id', 'rq.reviewer_id')
    .select(['rq.reviewer_id', 'u.person_id'])
    .where('rq.case_id', '=', request.case_id)
    .where('rq.round', '=', request.round)
    .where('rq.level', '!=', request.level)
    .where('rq.reviewer_id', 'is not', null)
    .execute();
  if (other.some((o) => o.reviewer_id === r.userId || (r.personId && o.person_id === r.personId)))
    return {
      zh: '大队法制科和局法规科两级审核须由不同人员担任',
      en: 'The brigade and bureau reviews of one round need two different people',
    };
  return null;
}
