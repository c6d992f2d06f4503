import type { ProcedureDefinition } from './types.js';

// 法制审核 as its own chart (L-01, L-04): submission with the checklist, the brigade legal section, and for
// cases in the major-decision catalogue the bureau regulation section as well (L-02, L-03); a written
// opinion that approves, returns for correction, or disagrees. 行政处罚法 art. 58 forbids a decision that
// has not passed review, so a collective discussion after a disagreement cannot approve the case itself:
// it either sends the case back to be corrected and resubmitted, or the intended decision is dropped.

export type LegalReviewStageCode =
  | 'submission'
  | 'brigade-review'
  | 'bureau-review'
  | 'opinion'
  | 'collective-discussion'
  | 'approved'
  | 'not-approved'
  | 'referred';

const PENALTY = 'administrative-penalty-law-2021';

export const LEGAL_REVIEW_PROCEDURE: ProcedureDefinition<LegalReviewStageCode> = {
  code: 'legal-review',
  name: '重大执法决定法制审核',
  nameEn: 'Legal review of enforcement decisions',
  basis: [{ law: PENALTY, articles: [57, 58] }],
  start: 'submission',
  stages: [
    {
      code: 'submission',
      name: '承办机构送审',
      nameEn: 'Submission',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: ['review-submission', 'investigation-report'],
      optionalDocuments: ['hearing-record'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
    },
    {
      code: 'brigade-review',
      name: '大队法制科审核',
      nameEn: 'Brigade legal section review',
      roles: ['brigade_reviewer'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      timeLimit: {
        kind: 'deadline',
        days: 7,
        unit: 'working',
        from: 'review-submitted',
        rule: '法制审核时限（本局规定）',
        configKey: 'legal-review.brigade-days',
      },
    },
    {
      code: 'bureau-review',
      name: '局法规科审核',
      nameEn: 'Bureau regulation section review',
      roles: ['bureau_reviewer'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      optional: true,
      timeLimit: {
        kind: 'deadline',
        days: 7,
        unit: 'working',
        from: 'review-escalated',
        rule: '法制审核时限（本局规定）',
        configKey: 'legal-review.bureau-days',
      },
    },
    {
      code: 'opinion',
      name: '出具审核意见',
      nameEn: 'Written opinion',
      roles: ['brigade_reviewer', 'bureau_reviewer'],
      requiredDocuments: ['legal-review-opinion'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
    },
    {
      code: 'collective-discussion',
      name: '集体讨论',
      nameEn: 'Collective discussion',
      roles: ['bureau_head'],
      requiredDocuments: ['collective-discussion'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      optional: true,
    },
    {
      code: 'approved',
      name: '审核通过',
      nameEn: 'Approved',
      roles: ['brigade_reviewer', 'bureau_reviewer'],
      requiredDocuments: [],
      requiredRecords: [],
      fullAudioVideo: false,
      final: true,
    },
    {
      code: 'not-approved',
      name: '审核未通过，不得作出决定',
      nameEn: 'Not approved: no decision',
      roles: ['bureau_head'],
      requiredDocuments: [],
      requiredRecords: [],
      fullAudioVideo: false,
      final: true,
    },
    {
      code: 'referred',
      name: '建议移送有权机关',
      nameEn: 'Referred elsewhere',
      roles: ['brigade_reviewer', 'bureau_reviewer'],
      requiredDocuments: [],
      requiredRecords: [],
      fullAudioVideo: false,
      final: true,
    },
  ],
  transitions: [
    {
      from: 'submission',
      to: 'brigade-review',
      action: 'submit',
      name: '按清单报送',
      nameEn: 'Submit with checklist',
      guards: ['review-materials-complete'],
    },
    {
      from: 'brigade-review',
      to: 'opinion',
      action: 'conclude-brigade-review',
      name: '法制科审核完毕',
      nameEn: 'Brigade review done',
      guards: ['reviewer-legally-qualified'],
    },
    {
      from: 'brigade-review',
      to: 'bureau-review',
      action: 'escalate',
      name: '报局法规科',
      nameEn: 'To bureau section',
      guards: ['reviewer-legally-qualified'],
      branch: 'major',
    },
    {
      from: 'bureau-review',
      to: 'opinion',
      action: 'conclude-bureau-review',
      name: '法规科审核完毕',
      nameEn: 'Bureau review done',
      guards: ['reviewer-legally-qualified'],
    },
    {
      from: 'opinion',
      to: 'approved',
      action: 'agree',
      name: '同意',
      nameEn: 'Agree',
      // L-03: a case in the catalogue is approved only once the bureau section has reviewed it too.
      guards: ['reviewer-legally-qualified', 'major-catalogue-route'],
    },
    {
      from: 'opinion',
      to: 'submission',
      action: 'return-for-correction',
      name: '退回补正',
      nameEn: 'Return for correction',
      guards: [],
      branch: 'return',
    },
    {
      from: 'opinion',
      to: 'collective-discussion',
      action: 'disagree',
      name: '不同意',
      nameEn: 'Disagree',
      guards: ['reviewer-legally-qualified'],
      branch: 'disagree',
    },
    {
      from: 'opinion',
      to: 'referred',
      action: 'refer-elsewhere',
      name: '超出职权',
      nameEn: 'Beyond powers',
      guards: ['reviewer-legally-qualified'],
      branch: 'refer',
    },
    {
      from: 'collective-discussion',
      to: 'not-approved',
      action: 'uphold-opinion',
      name: '维持审核意见',
      nameEn: 'Opinion upheld',
      guards: [],
    },
    {
      from: 'collective-discussion',
      to: 'submission',
      action: 'revise-and-resubmit',
      name: '修改后重新送审',
      nameEn: 'Revise and resubmit',
      guards: [],
      branch: 'return',
    },
  ],
};
