import type { ProcedureDefinition } from './types.js';

// 简易程序 (行政处罚法 arts. 51–53): the on-the-spot decision, and what follows it (arts. 67–71).

export type SimpleStageCode =
  | 'on-site'
  | 'converted'
  | 'decision'
  | 'performance'
  | 'fine-collected'
  | 'demand'
  | 'court-enforcement'
  | 'recorded'
  | 'archived';

const PENALTY = 'administrative-penalty-law-2021';
const COERCION = 'administrative-coercion-law-2011';

export const SIMPLE_PROCEDURE: ProcedureDefinition<SimpleStageCode> = {
  code: 'simple',
  name: '行政处罚简易程序',
  nameEn: 'On-the-spot penalty procedure',
  basis: [
    { law: PENALTY, articles: [42, 44, 45, 51, 52, 53, 67, 68, 70, 71] },
    { law: COERCION, articles: [35, 53, 54] },
  ],
  start: 'on-site',
  stages: [
    {
      code: 'on-site',
      name: '现场调查',
      nameEn: 'On-site check',
      roles: ['officer', 'township_officer'],
      requiredDocuments: [],
      optionalDocuments: ['inspection-record'],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
    },
    {
      code: 'converted',
      name: '转普通程序',
      nameEn: 'Continued as general procedure',
      roles: ['officer', 'township_officer'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      final: true,
      linkedProcedure: 'general',
    },
    {
      code: 'decision',
      name: '当场处罚决定',
      nameEn: 'On-the-spot decision',
      roles: ['officer', 'township_officer'],
      // art. 52: a numbered form of fixed layout, handed over on the spot; a refusal to sign is noted on it.
      requiredDocuments: ['on-the-spot-decision'],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
    },
    {
      code: 'performance',
      name: '履行',
      nameEn: 'Performance',
      roles: ['officer', 'township_officer'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      timeLimit: {
        kind: 'deadline',
        days: 15,
        unit: 'calendar',
        from: 'decision-served',
        rule: '行政处罚法第六十七条',
        ref: { law: PENALTY, article: 67 },
      },
    },
    {
      code: 'fine-collected',
      name: '当场收缴罚款',
      nameEn: 'Fine collected on the spot',
      roles: ['officer', 'township_officer'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      optional: true,
      timeLimit: {
        kind: 'deadline',
        days: 2,
        unit: 'working',
        from: 'fine-collected',
        rule: '行政处罚法第七十一条',
        ref: { law: PENALTY, article: 71 },
        note: '执法人员将罚款交至行政机关',
      },
    },
    {
      code: 'demand',
      name: '催告',
      nameEn: 'Demand to perform',
      roles: ['officer', 'township_officer', 'squad_leader', 'bureau_head'],
      requiredDocuments: ['demand-notice', 'service-receipt'],
      optionalDocuments: ['statement-record'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      optional: true,
      timeLimit: {
        kind: 'wait',
        days: 10,
        unit: 'working',
        from: 'demand-served',
        rule: '行政强制法第五十四条',
        ref: { law: COERCION, article: 54 },
      },
    },
    {
      code: 'court-enforcement',
      name: '申请法院强制执行',
      nameEn: 'Court enforcement',
      roles: ['squad_leader', 'bureau_head'],
      requiredDocuments: ['enforcement-application'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      optional: true,
    },
    {
      code: 'recorded',
      name: '备案结案',
      nameEn: 'Reported and closed',
      // art. 52: an on-the-spot decision is reported to the officer's authority for the record.
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: ['file-cover'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
    },
    {
      code: 'archived',
      name: '归档',
      nameEn: 'Archived',
      roles: ['squad_leader'],
      requiredDocuments: [],
      requiredRecords: [],
      fullAudioVideo: false,
      final: true,
    },
  ],
  transitions: [
    {
      from: 'on-site',
      to: 'decision',
      action: 'apply-simple-procedure',
      name: '适用简易程序',
      nameEn: 'On the spot',
      guards: ['simple-procedure-limits', 'within-limitation', 'two-certified-officers', 'certificate-shown'],
    },
    {
      from: 'on-site',
      to: 'converted',
      action: 'convert-to-general',
      name: '转普通程序',
      nameEn: 'To general procedure',
      guards: [],
      branch: 'general-procedure',
    },
    {
      from: 'decision',
      to: 'performance',
      action: 'deliver-decision',
      name: '当场交付决定书',
      nameEn: 'Hand over decision',
      // art. 44 applies here too: the rights are told on the spot and the statement heard before deciding.
      guards: [
        'simple-procedure-limits',
        'prior-notice-served',
        'no-heavier-after-defence',
        'decision-elements-complete',
      ],
    },
    {
      from: 'performance',
      to: 'recorded',
      action: 'confirm-payment',
      name: '缴纳完毕',
      nameEn: 'Paid',
      guards: [],
    },
    {
      from: 'performance',
      to: 'fine-collected',
      action: 'collect-on-the-spot',
      name: '当场收缴',
      nameEn: 'Collect on the spot',
      guards: ['on-the-spot-collection-allowed'],
      branch: 'on-the-spot-collection',
    },
    {
      from: 'performance',
      to: 'demand',
      action: 'issue-demand',
      name: '催告履行',
      nameEn: 'Demand performance',
      guards: ['performance-period-elapsed', 'surcharge-capped'],
      branch: 'non-performance',
    },
    {
      from: 'fine-collected',
      to: 'recorded',
      action: 'hand-in-fine',
      name: '罚款交至机关',
      nameEn: 'Hand in the fine',
      guards: [],
    },
    {
      from: 'demand',
      to: 'court-enforcement',
      action: 'apply-court-enforcement',
      name: '申请强制执行',
      nameEn: 'Apply to court',
      guards: [
        'demand-before-enforcement',
        'demand-statement-reviewed',
        'remedy-periods-elapsed',
        'surcharge-capped',
      ],
      roles: ['squad_leader', 'bureau_head'],
    },
    {
      from: 'demand',
      to: 'recorded',
      action: 'confirm-payment',
      name: '催告后履行',
      nameEn: 'Paid after demand',
      guards: [],
      branch: 'complied',
    },
    {
      from: 'court-enforcement',
      to: 'recorded',
      action: 'close-after-enforcement',
      name: '执行完毕',
      nameEn: 'Enforced',
      guards: [],
    },
    {
      from: 'recorded',
      to: 'archived',
      action: 'archive',
      name: '归档',
      nameEn: 'Archive',
      guards: ['case-file-complete'],
      roles: ['squad_leader'],
    },
  ],
};
