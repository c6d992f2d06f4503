import type { ProcedureDefinition } from './types.js';

// 行政检查: two certified inspectors, certificates shown, a written record (行政处罚法 arts. 42, 55), and a
// result that either closes the check, orders a correction (art. 28), opens a case or transfers it.

export type InspectionStageCode =
  | 'plan'
  | 'on-site'
  | 'result'
  | 'rectification'
  | 'transferred'
  | 'case-opened'
  | 'closed';

const PENALTY = 'administrative-penalty-law-2021';

export const INSPECTION_PROCEDURE: ProcedureDefinition<InspectionStageCode> = {
  code: 'inspection',
  name: '行政检查',
  nameEn: 'Administrative inspection',
  basis: [{ law: PENALTY, articles: [28, 42, 43, 54, 55] }],
  start: 'plan',
  stages: [
    {
      code: 'plan',
      name: '检查计划与人员指派',
      nameEn: 'Plan and assign inspectors',
      roles: ['squad_leader'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
    },
    {
      code: 'on-site',
      name: '现场检查',
      nameEn: 'On-site inspection',
      roles: ['officer', 'township_officer'],
      requiredDocuments: ['inspection-record'],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
    },
    {
      code: 'result',
      name: '检查结果处理',
      nameEn: 'Result',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
    },
    {
      code: 'rectification',
      name: '责令改正',
      nameEn: 'Order to correct',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: ['rectification-notice', 'service-receipt'],
      // The follow-up visit is written down like the first.
      optionalDocuments: ['inspection-record'],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
      optional: true,
    },
    {
      code: 'transferred',
      name: '移送有关机关',
      nameEn: 'Transferred',
      roles: ['squad_leader'],
      requiredDocuments: ['transfer-letter'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      optional: true,
    },
    {
      code: 'case-opened',
      name: '转入立案查处',
      nameEn: 'Case opened',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: [],
      requiredRecords: ['text'],
      fullAudioVideo: false,
      final: true,
      linkedProcedure: 'general',
    },
    {
      code: 'closed',
      name: '检查结束',
      nameEn: 'Inspection closed',
      roles: ['squad_leader'],
      requiredDocuments: [],
      requiredRecords: [],
      fullAudioVideo: false,
      final: true,
    },
  ],
  transitions: [
    {
      from: 'plan',
      to: 'on-site',
      action: 'assign-inspectors',
      name: '指派两名持证人员',
      nameEn: 'Assign 2 inspectors',
      guards: ['two-certified-officers', 'recusal-checked'],
    },
    {
      from: 'on-site',
      to: 'result',
      action: 'record-inspection',
      name: '制作检查笔录',
      nameEn: 'Record the inspection',
      guards: ['two-certified-officers', 'certificate-shown'],
    },
    {
      from: 'result',
      to: 'closed',
      action: 'close-compliant',
      name: '未发现问题',
      nameEn: 'No problem found',
      guards: [],
    },
    {
      from: 'result',
      to: 'rectification',
      action: 'order-rectification',
      name: '责令改正',
      nameEn: 'Order correction',
      guards: [],
      branch: 'rectify',
    },
    {
      from: 'result',
      to: 'case-opened',
      action: 'open-case',
      name: '移交立案',
      nameEn: 'Open a case',
      guards: [],
      branch: 'violation',
    },
    {
      from: 'result',
      to: 'transferred',
      action: 'transfer-elsewhere',
      name: '移送',
      nameEn: 'Transfer',
      guards: [],
      branch: 'other-authority',
    },
    {
      from: 'rectification',
      to: 'closed',
      action: 'confirm-rectified',
      name: '复查已改正',
      nameEn: 'Corrected',
      guards: [],
    },
    {
      from: 'rectification',
      to: 'case-opened',
      action: 'open-case',
      name: '逾期未改正，立案',
      nameEn: 'Not corrected',
      guards: [],
      branch: 'not-rectified',
    },
    {
      from: 'transferred',
      to: 'closed',
      action: 'close-after-transfer',
      name: '移送完毕',
      nameEn: 'Transferred',
      guards: [],
    },
  ],
};
