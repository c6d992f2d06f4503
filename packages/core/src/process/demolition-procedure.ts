import type { ProcedureDefinition } from './types.js';

// 强制拆除 of an illegal building (行政强制法 arts. 34–44; 城乡规划法 arts. 64, 68): the order to demolish
// by a deadline is itself made under the general procedure; enforcement needs a written demand first
// (35), an enforcement decision (37), a public notice with a deadline to demolish oneself, and the
// reconsideration and suit periods passed (44); never at night or on a public holiday (43); recorded on
// audio and video throughout.

export type DemolitionStageCode =
  | 'deadline-order'
  | 'demand'
  | 'enforcement-decision'
  | 'announcement'
  | 'demolition'
  | 'demolished'
  | 'complied';

const COERCION = 'administrative-coercion-law-2011';
const PLANNING = 'urban-rural-planning-law-2019';

export const DEMOLITION_PROCEDURE: ProcedureDefinition<DemolitionStageCode> = {
  code: 'demolition',
  name: '违法建设强制拆除',
  nameEn: 'Forced demolition of illegal buildings',
  basis: [
    { law: COERCION, articles: [34, 35, 36, 37, 38, 43, 44] },
    { law: PLANNING, articles: [64, 68] },
  ],
  start: 'deadline-order',
  stages: [
    {
      code: 'deadline-order',
      name: '责令限期拆除',
      nameEn: 'Order to demolish by a deadline',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: ['demolition-deadline-notice', 'service-receipt'],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
      linkedProcedure: 'general',
    },
    {
      code: 'demand',
      name: '催告',
      nameEn: 'Demand to perform',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: ['demand-notice', 'service-receipt'],
      optionalDocuments: ['statement-record'],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
    },
    {
      code: 'enforcement-decision',
      name: '强制拆除决定',
      nameEn: 'Enforcement decision',
      roles: ['squad_leader', 'bureau_head'],
      requiredDocuments: ['demolition-decision', 'service-receipt'],
      requiredRecords: ['text'],
      fullAudioVideo: false,
    },
    {
      code: 'announcement',
      name: '公告限期自行拆除',
      nameEn: 'Public notice and deadline',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: ['demolition-announcement'],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
    },
    {
      code: 'demolition',
      name: '实施强制拆除',
      nameEn: 'Forced demolition',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: ['on-site-record'],
      // demolition touches major property rights and is recorded on audio and video throughout.
      requiredRecords: ['text', 'photo', 'audio', 'video'],
      fullAudioVideo: true,
    },
    {
      code: 'demolished',
      name: '拆除完毕',
      nameEn: 'Demolished',
      roles: ['squad_leader'],
      requiredDocuments: [],
      requiredRecords: [],
      fullAudioVideo: false,
      final: true,
    },
    {
      code: 'complied',
      name: '当事人自行拆除',
      nameEn: 'Demolished by the party',
      roles: ['officer', 'township_officer', 'squad_leader'],
      requiredDocuments: [],
      requiredRecords: ['text', 'photo'],
      fullAudioVideo: false,
      final: true,
    },
  ],
  transitions: [
    {
      from: 'deadline-order',
      to: 'demand',
      action: 'issue-demand',
      name: '逾期未拆除，催告',
      nameEn: 'Demand',
      guards: ['performance-period-elapsed'],
    },
    {
      from: 'deadline-order',
      to: 'complied',
      action: 'confirm-self-demolition',
      name: '自行拆除',
      nameEn: 'Party demolished',
      guards: [],
      branch: 'complied',
    },
    {
      from: 'demand',
      to: 'enforcement-decision',
      action: 'decide-enforcement',
      name: '逾期仍不履行',
      nameEn: 'Still not performed',
      guards: ['demand-before-enforcement', 'demand-statement-reviewed'],
    },
    {
      from: 'demand',
      to: 'complied',
      action: 'confirm-self-demolition',
      name: '自行拆除',
      nameEn: 'Party demolished',
      guards: [],
      branch: 'complied',
    },
    {
      from: 'enforcement-decision',
      to: 'announcement',
      action: 'announce',
      name: '送达决定并公告',
      nameEn: 'Serve and announce',
      guards: ['decision-elements-complete', 'service-mode-lawful'],
      roles: ['squad_leader', 'bureau_head'],
    },
    {
      from: 'announcement',
      to: 'demolition',
      action: 'start-demolition',
      name: '实施强制拆除',
      nameEn: 'Demolish',
      guards: [
        'demolition-notice-and-deadline-passed',
        'remedy-periods-elapsed',
        'no-enforcement-at-night-or-holiday',
        'two-certified-officers',
      ],
      roles: ['squad_leader'],
    },
    {
      from: 'announcement',
      to: 'complied',
      action: 'confirm-self-demolition',
      name: '自行拆除',
      nameEn: 'Party demolished',
      guards: [],
      branch: 'complied',
    },
    {
      from: 'demolition',
      to: 'demolished',
      action: 'complete-demolition',
      name: '拆除完毕',
      nameEn: 'Done',
      guards: ['footage-linked'],
    },
  ],
};
