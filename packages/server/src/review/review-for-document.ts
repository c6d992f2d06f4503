import {
  FINDINGS,
  type Finding,
  OPINIONS,
  REVIEW_ITEMS,
  REVIEW_LEVELS,
  SUBMISSION_MATERIALS,
} from '@sanxiang/core';
import type { Tx } from '../context.js';
import type { ReviewDocumentData } from '../documents/document-context.js';

const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/**
 * What the 法制审核意见书 and the 集体讨论笔录 print (L-04): the latest concluded round of the case (its
 * level, materials, route, the seven items, the opinion, the reviewer and their certificate), and the
 * latest collective discussion. Null before any opinion, so a draft shows blanks to fill by hand.
 */
export async function reviewForDocument(db: Tx, caseId: string): Promise<ReviewDocumentData | null> {
  const r = await db
    .selectFrom('review_requests as r')
    .leftJoin('users as rv', 'rv.id', 'r.reviewer_id')
    .leftJoin('users as sb', 'sb.id', 'r.submitted_by')
    .leftJoin('reviewer_qualifications as q', (j) =>
      j
        .onRef('q.user_id', '=', 'r.reviewer_id')
        .onRef('q.level', '=', 'r.level')
        .on('q.revoked_at', 'is', null),
    )
    .selectAll('r')
    .select(['rv.display_name as reviewer_name', 'sb.display_name as submitter_name', 'q.certificate_no'])
    .where('r.case_id', '=', caseId)
    .where('r.status', 'in', ['agreed', 'returned', 'disagreed'])
    .orderBy('r.concluded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  const d = await db
    .selectFrom('review_discussions')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const materials = parse<{ recommendation?: string | null; evidence?: string[]; documents?: string[] }>(
    r.materials,
  );
  const items = parse<{ code: string; finding: Finding; comment: string }[] | null>(r.items) ?? [];
  const route = parse<{ explanation: { zh: string } }>(r.route);
  return {
    round: r.round,
    levelName: REVIEW_LEVELS[r.level].zh,
    submittedOn: r.submitted_on,
    submitter: r.submitter_name,
    materials: SUBMISSION_MATERIALS.filter(
      (m) => m.code !== 'hearing-record' || materials.documents?.includes('hearing-record'),
    ).map((m) => m.zh),
    recommendation: materials.recommendation ?? null,
    evidence: materials.evidence ?? [],
    route: route.explanation.zh,
    items: REVIEW_ITEMS.map((item, i) => {
      const found = items.find((x) => x.code === item.code);
      return {
        no: i + 1,
        name: item.zh,
        finding: found ? FINDINGS[found.finding].zh : '',
        comment: found?.comment ?? '',
      };
    }),
    opinion: r.opinion ? OPINIONS[r.opinion].zh : null,
    opinionText: r.opinion_text,
    reviewer: r.reviewer_name,
    certificateNo: r.certificate_no ?? null,
    concludedOn: r.concluded_on,
    discussion: d
      ? {
          heldOn: d.held_on,
          chair: d.chair,
          participants: parse<string[]>(d.participants),
          summary: d.summary,
          conclusion:
            d.conclusion === 'uphold'
              ? '维持法制审核意见，不作出拟定的处罚决定'
              : '修改拟处罚决定后重新报送法制审核',
        }
      : null,
  };
}
