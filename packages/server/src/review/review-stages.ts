// The stages of the case procedures at which a legal review is given (core: general-procedure.ts,
// 'legal-review' before the prior notice and 'post-hearing-review' after a hearing, both linked to the
// 'legal-review' procedure).
export const REVIEW_STAGES = ['legal-review', 'post-hearing-review'] as const;

export function isReviewStage(stage: string): boolean {
  return (REVIEW_STAGES as readonly string[]).includes(stage);
}
