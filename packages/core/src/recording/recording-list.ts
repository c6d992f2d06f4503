import type { LawSlug } from '../process/laws.js';
import type { ProcedureCode, RecordKind } from '../process/types.js';

// R-05 音像记录事项清单: the on-site acts that are recorded on audio and video from start to end. Two levels:
// 'mandatory' — acts that directly touch personal liberty, life and health or major property (查封/扣押,
// 强制拆除); the engine refuses to complete the stage without linked footage or an approved exemption;
// 'recommended' — acts the bureau's recording list asks to record (on-site inspection, evidence gathering,
// hearings, 留置送达 and 公告送达, questioning in the case-handling room). The portal publishes this list.

export type RecordingLevel = 'mandatory' | 'recommended';

export interface RecordingListItem {
  code: string;
  name: string;
  nameEn: string;
  level: RecordingLevel;
  /** The stages of the procedures where the act happens (procedure → stage codes). */
  stages: readonly { procedure: ProcedureCode; stage: string }[];
  /** The carriers the act leaves: text is always the base record. */
  records: readonly RecordKind[];
  basis: readonly { law: LawSlug; articles: readonly number[] }[];
  /** Requirement IDs of the platform's requirement list. */
  requirements: readonly string[];
  note: string;
  noteEn: string;
}

const PENALTY = 'administrative-penalty-law-2021';
const COERCION = 'administrative-coercion-law-2011';

export const RECORDING_LIST: readonly RecordingListItem[] = [
  {
    code: 'seizure-on-site',
    name: '现场查封、扣押',
    nameEn: 'Sealing up or seizing on site',
    level: 'mandatory',
    stages: [{ procedure: 'seizure', stage: 'on-site' }],
    records: ['text', 'photo', 'audio', 'video'],
    basis: [
      { law: COERCION, articles: [18, 24] },
      { law: PENALTY, articles: [47] },
    ],
    requirements: ['R-05'],
    note: '自到达现场起至交付查封（扣押）决定书和清单止，全程不间断录音录像',
    noteEn: 'Recorded without a break from arrival until the decision and the inventory are handed over',
  },
  {
    code: 'forced-demolition',
    name: '实施强制拆除',
    nameEn: 'Forced demolition',
    level: 'mandatory',
    stages: [{ procedure: 'demolition', stage: 'demolition' }],
    records: ['text', 'photo', 'audio', 'video'],
    basis: [
      { law: COERCION, articles: [43, 44] },
      { law: PENALTY, articles: [47] },
    ],
    requirements: ['R-05'],
    note: '拆除前清点、拆除过程和拆除完毕的现场，全程不间断录音录像',
    noteEn: 'The inventory before, the demolition itself and the site afterwards, without a break',
  },
  {
    code: 'on-site-inspection',
    name: '现场检查、勘验',
    nameEn: 'On-site inspection',
    level: 'recommended',
    stages: [
      { procedure: 'general', stage: 'investigation' },
      { procedure: 'inspection', stage: 'on-site' },
      { procedure: 'simple', stage: 'on-site' },
    ],
    records: ['text', 'photo', 'video'],
    basis: [{ law: PENALTY, articles: [47, 55] }],
    requirements: ['R-02', 'R-05'],
    note: '出示执法证件、告知权利和检查过程宜录音录像',
    noteEn: 'Showing certificates, telling rights and the inspection should be recorded',
  },
  {
    code: 'evidence-gathering',
    name: '调查取证、先行登记保存',
    nameEn: 'Gathering and preserving evidence',
    level: 'recommended',
    stages: [{ procedure: 'general', stage: 'investigation' }],
    records: ['text', 'photo', 'video'],
    basis: [{ law: PENALTY, articles: [47, 56] }],
    requirements: ['R-02', 'R-05'],
    note: '抽样取证、先行登记保存的清点过程宜录音录像',
    noteEn: 'Sampling and the count of preserved evidence should be recorded',
  },
  {
    code: 'hearing',
    name: '听证',
    nameEn: 'Hearing',
    level: 'recommended',
    stages: [{ procedure: 'general', stage: 'hearing' }],
    records: ['text', 'audio', 'video'],
    basis: [{ law: PENALTY, articles: [47, 64] }],
    requirements: ['R-05'],
    note: '听证会全程录音录像，与听证笔录一并归档',
    noteEn: 'The whole hearing, filed with the hearing record',
  },
  {
    code: 'service-left-or-public',
    name: '留置送达、公告送达',
    nameEn: 'Service by leaving or by public notice',
    level: 'recommended',
    stages: [
      { procedure: 'general', stage: 'service' },
      { procedure: 'demolition', stage: 'announcement' },
    ],
    records: ['text', 'photo', 'video'],
    basis: [{ law: PENALTY, articles: [47, 61] }],
    requirements: ['R-05'],
    note: '留置送达时留置文书的过程、公告张贴的现场宜录像',
    noteEn: 'Leaving the document and posting the notice should be filmed',
  },
  {
    code: 'case-room-questioning',
    name: '执法办案场所询问',
    nameEn: 'Questioning in the case-handling room',
    level: 'recommended',
    stages: [{ procedure: 'general', stage: 'investigation' }],
    records: ['text', 'audio', 'video'],
    basis: [{ law: PENALTY, articles: [47] }],
    requirements: ['R-05'],
    note: '在执法办案场所进行询问的，全程录音录像',
    noteEn: 'Questioning in the case-handling room is recorded throughout',
  },
];

/** The rules every recording follows, published with the list (DOMAIN "Whole-process recording"). */
export const RECORDING_PRACTICE: readonly { text: string; textEn: string }[] = [
  {
    text: '文字记录是基本记录形式，音像记录不能代替应当制作的文字记录',
    textEn: 'Text is the base record; audio and video replace nothing that must be written',
  },
  {
    text: '录制开始时口述时间、地点、执法人员和执法事项',
    textEn: 'A recording starts with a spoken statement of time, place, officers and matter',
  },
  {
    text: '录制中断的，恢复录制时说明中断的原因',
    textEn: 'After an interruption, the reason is stated when recording resumes',
  },
  {
    text: '音像资料于执法活动结束后24小时内上传归档，逾期上传的予以标记',
    textEn: 'Footage is uploaded within 24 hours of the act; later uploads are flagged',
  },
  {
    text: '应当全程录音录像而确无记录的，须书面说明理由，经负责人批准',
    textEn: 'Where mandatory footage is missing, a written reason is approved by a head',
  },
];
