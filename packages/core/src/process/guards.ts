import type { LegalBasis } from './types.js';

// The conditions the case engine must check before it lets an act through. Each guard is a hard gate
// (L-04: "a hard gate in the engine, not a warning"); a missed time limit, by contrast, is a deadline
// that supervision flags (see TimeLimit.kind). Figures that the law leaves to local rules (the "较大数额"
// of a hearing, the major-decision catalogue) are read by the engine from configuration, not from here.

export interface GuardDefinition {
  name: string;
  nameEn: string;
  /** What the engine checks, in the words of the rule. */
  description: string;
  basis: readonly LegalBasis[];
  /** Requirement ids of REQUIREMENTS.md that ask for the same check. */
  requirements?: readonly string[];
}

const PENALTY = 'administrative-penalty-law-2021';
const COERCION = 'administrative-coercion-law-2011';

const guard = (g: GuardDefinition): GuardDefinition => g;

export const GUARDS = {
  'two-certified-officers': guard({
    name: '两名以上持证执法人员',
    nameEn: 'Two or more certified officers',
    description: '由不少于两名持有效行政执法证件的执法人员实施',
    basis: [
      { law: PENALTY, articles: [42] },
      { law: COERCION, articles: [17, 18] },
    ],
    requirements: ['P-07'],
  }),
  'certificate-shown': guard({
    name: '出示执法证件',
    nameEn: 'Certificates shown',
    description: '调查、检查或当场处罚时已向当事人或有关人员出示执法证件，并记入笔录',
    basis: [
      { law: PENALTY, articles: [52, 55] },
      { law: COERCION, articles: [18] },
    ],
  }),
  'recusal-checked': guard({
    name: '回避审查',
    nameEn: 'Recusal checked',
    description: '办案人员与案件无直接利害关系；当事人申请回避的，已由负责人决定',
    basis: [{ law: PENALTY, articles: [43] }],
  }),
  'within-limitation': guard({
    name: '未超过追责时效',
    nameEn: 'Within the limitation period',
    description:
      '违法行为发现时未超过二年（涉及公民生命健康安全、金融安全且有危害后果的为五年），连续或继续状态自行为终了之日起算',
    basis: [{ law: PENALTY, articles: [36] }],
  }),
  'simple-procedure-limits': guard({
    name: '符合简易程序条件',
    nameEn: 'Within the on-the-spot limits',
    description: '违法事实确凿、有法定依据，且拟处警告或罚款：公民二百元以下、法人或者其他组织三千元以下',
    basis: [{ law: PENALTY, articles: [51] }],
  }),
  'head-review-of-investigation': guard({
    name: '负责人审查调查结果',
    nameEn: 'Head has reviewed the investigation',
    description: '调查终结后，行政机关负责人已对调查结果进行审查并作出处理意见',
    basis: [{ law: PENALTY, articles: [57] }],
  }),
  'preservation-approved': guard({
    name: '先行登记保存经批准',
    nameEn: 'Evidence preservation approved',
    description: '证据可能灭失或者以后难以取得，先行登记保存已经行政机关负责人批准',
    basis: [{ law: PENALTY, articles: [56] }],
  }),
  'review-materials-complete': guard({
    name: '送审材料齐全',
    nameEn: 'Submission materials complete',
    description: '按送审清单报送调查终结报告、处理建议、拟作出的决定、证据材料，举行听证的附听证笔录',
    basis: [{ law: PENALTY, articles: [58] }],
    requirements: ['L-04'],
  }),
  'reviewer-legally-qualified': guard({
    name: '审核人员具备资格',
    nameEn: 'Reviewer legally qualified',
    description: '出具审核意见的人员登记有法律职业资格，且不是本案调查人员',
    basis: [{ law: PENALTY, articles: [58] }],
    requirements: ['L-02'],
  }),
  'major-catalogue-route': guard({
    name: '按目录确定审核层级',
    nameEn: 'Review route follows the catalogue',
    description: '属于重大执法决定法制审核目录清单的案件，须经大队法制科和局法规科两级审核',
    basis: [{ law: PENALTY, articles: [58] }],
    requirements: ['L-03'],
  }),
  'required-reviews-passed': guard({
    name: '法制审核已通过',
    nameEn: 'Every required review passed',
    description:
      '按目录清单应当进行的各级法制审核均已通过；举行听证的，听证后的审核亦已通过。未经审核或审核未通过的，不得作出决定',
    basis: [{ law: PENALTY, articles: [58] }],
    requirements: ['L-03', 'L-04'],
  }),
  'collective-discussion-for-grave': guard({
    name: '重大案件集体讨论',
    nameEn: 'Collective discussion for grave cases',
    description: '情节复杂或者重大违法行为给予行政处罚的，已由行政机关负责人集体讨论决定',
    basis: [{ law: PENALTY, articles: [57] }],
  }),
  'prior-notice-served': guard({
    name: '已事先告知',
    nameEn: 'Prior notice served',
    description:
      '已告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、要求听证的权利，并有送达凭证（当场处罚的，当场告知并记录）',
    basis: [{ law: PENALTY, articles: [44, 62] }],
  }),
  'hearing-rights-notified-when-required': guard({
    name: '依法告知听证权利',
    nameEn: 'Hearing rights notified where due',
    description:
      '拟作出较大数额罚款、没收较大数额违法所得或较大价值非法财物、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等处罚的，已送达听证告知书（“较大数额”按本地标准配置）',
    basis: [{ law: PENALTY, articles: [44, 63] }],
  }),
  'statement-period-elapsed-or-waived': guard({
    name: '陈述申辩期已满或明确放弃',
    nameEn: 'Statement period over or expressly waived',
    description:
      '告知书载明的陈述、申辩期限已届满（有听证权利的，不少于告知后五个工作日），或当事人明确放弃；提出的陈述、申辩已复核',
    basis: [{ law: PENALTY, articles: [44, 45, 62, 64] }],
  }),
  'hearing-requested-in-time': guard({
    name: '听证申请在期限内',
    nameEn: 'Hearing requested in time',
    description: '当事人在告知后五个工作日内提出听证要求',
    basis: [{ law: PENALTY, articles: [64] }],
  }),
  'hearing-notice-7-working-days': guard({
    name: '提前七个工作日通知听证',
    nameEn: 'Hearing notified 7 working days ahead',
    description: '举行听证的七个工作日前已通知当事人及有关人员听证的时间、地点',
    basis: [{ law: PENALTY, articles: [64, 85] }],
  }),
  'hearing-chair-independent': guard({
    name: '听证主持人非本案调查人员',
    nameEn: 'Hearing chaired by a non-investigator',
    description: '听证由行政机关指定的非本案调查人员主持；当事人申请主持人回避的，已作出决定',
    basis: [{ law: PENALTY, articles: [64] }],
  }),
  'hearing-deemed-waived': guard({
    name: '视为放弃听证',
    nameEn: 'Hearing deemed waived',
    description: '当事人及其代理人无正当理由拒不出席或者未经许可中途退出，听证终止，并已记录',
    basis: [{ law: PENALTY, articles: [64] }],
  }),
  'no-heavier-after-defence': guard({
    name: '不因申辩加重处罚',
    nameEn: 'No heavier penalty for defending',
    description: '决定的处罚不重于事先告知的处罚；当事人提出的事实、理由和证据成立的，已予采纳',
    basis: [{ law: PENALTY, articles: [45] }],
  }),
  'decision-elements-complete': guard({
    name: '决定书要素齐全',
    nameEn: 'Decision document complete',
    description:
      '决定书载明当事人、事实和证据、种类和依据、履行方式和期限、复议诉讼途径和期限、机关名称和日期，并加盖印章（当场处罚、查封扣押、强制执行决定书按各自条文）',
    basis: [
      { law: PENALTY, articles: [52, 59] },
      { law: COERCION, articles: [24, 37] },
    ],
  }),
  'service-mode-lawful': guard({
    name: '依法送达',
    nameEn: 'Served lawfully',
    description:
      '宣告后当场交付，或依民事诉讼法规定的方式送达并有送达回证；电子送达须有当事人签订的确认书；催告书、强制执行决定书直接送达',
    basis: [
      { law: PENALTY, articles: [61] },
      { law: COERCION, articles: [38] },
    ],
  }),
  'on-the-spot-collection-allowed': guard({
    name: '可以当场收缴',
    nameEn: 'On-the-spot collection allowed',
    description: '当场处罚且罚款一百元以下，或不当场收缴事后难以执行；已出具财政部门统一制发的专用票据',
    basis: [{ law: PENALTY, articles: [68, 70] }],
  }),
  'performance-period-elapsed': guard({
    name: '履行期限已届满',
    nameEn: 'Time to perform has run out',
    description:
      '决定载明的履行期限（罚款自收到决定书之日起十五日；批准延期或分期的按批准期限）已届满而未履行',
    basis: [
      { law: PENALTY, articles: [66, 67] },
      { law: COERCION, articles: [34] },
    ],
  }),
  'surcharge-capped': guard({
    name: '加处罚款不超过本金',
    nameEn: 'Surcharge capped at the fine',
    description: '加处罚款按日百分之三计算，总额不超过罚款数额；复议、诉讼期间不计算',
    basis: [
      { law: PENALTY, articles: [72, 73] },
      { law: COERCION, articles: [45] },
    ],
  }),
  'demand-before-enforcement': guard({
    name: '已书面催告',
    nameEn: 'Written demand served first',
    description:
      '强制执行前已书面催告，载明履行期限、方式、金额和陈述申辩权利；申请法院强制执行的，催告书送达满十个工作日仍未履行',
    basis: [{ law: COERCION, articles: [35, 37, 54, 69] }],
  }),
  'demand-statement-reviewed': guard({
    name: '已听取催告后的陈述申辩',
    nameEn: 'Statement after the demand heard',
    description: '当事人收到催告书后提出的陈述、申辩已记录、复核，成立的已采纳',
    basis: [{ law: COERCION, articles: [36] }],
  }),
  'remedy-periods-elapsed': guard({
    name: '复议诉讼期限已过',
    nameEn: 'Reconsideration and suit periods over',
    description: '当事人在法定期限内未申请行政复议或者提起行政诉讼，又不履行',
    basis: [{ law: COERCION, articles: [44, 53] }],
  }),
  'coercive-measure-approved': guard({
    name: '强制措施经批准',
    nameEn: 'Coercive measure approved',
    description: '实施前已向负责人报告并经批准；情况紧急当场实施的，已在二十四小时内报告并补办批准手续',
    basis: [{ law: COERCION, articles: [18, 19] }],
  }),
  'seizure-scope-lawful': guard({
    name: '查封扣押范围合法',
    nameEn: 'Seizure within lawful scope',
    description: '限于涉案场所、设施或者财物；不涉及生活必需品；未被其他国家机关查封',
    basis: [{ law: COERCION, articles: [23] }],
  }),
  'on-site-rights-and-record': guard({
    name: '现场告知并制作笔录',
    nameEn: 'Rights told and on-site record made',
    description:
      '通知当事人到场，当场告知理由、依据、权利和救济途径，听取陈述申辩；现场笔录由当事人和执法人员签名，拒绝的注明，不到场的由见证人签名',
    basis: [{ law: COERCION, articles: [18] }],
  }),
  'seizure-decision-and-inventory-delivered': guard({
    name: '当场交付决定书和清单',
    nameEn: 'Decision and inventory handed over',
    description: '查封（扣押）决定书和清单已当场交付；清单一式二份，当事人和行政机关各执一份',
    basis: [{ law: COERCION, articles: [24] }],
  }),
  'seizure-within-30-days': guard({
    name: '在查封扣押期限内',
    nameEn: 'Within the seizure period',
    description:
      '在三十日内（经批准延长的，在延长期限内）作出处理决定或延长决定；检测、检验、检疫、技术鉴定期间不计入',
    basis: [{ law: COERCION, articles: [25, 27] }],
  }),
  'seizure-extension-once': guard({
    name: '只延长一次',
    nameEn: 'Extended once at most',
    description: '情况复杂，经行政机关负责人批准延长一次，不超过三十日，并书面告知当事人和理由',
    basis: [{ law: COERCION, articles: [25] }],
  }),
  'seized-property-transferred': guard({
    name: '财物随案移送',
    nameEn: 'Seized property goes with the case',
    description: '涉嫌犯罪移送司法机关的，查封、扣押的财物一并移送，并书面告知当事人',
    basis: [{ law: COERCION, articles: [21] }],
  }),
  'demolition-notice-and-deadline-passed': guard({
    name: '已公告且自行拆除期限届满',
    nameEn: 'Public notice given and deadline passed',
    description: '已公告限期当事人自行拆除，期限届满仍未拆除',
    basis: [{ law: COERCION, articles: [44] }],
  }),
  'no-enforcement-at-night-or-holiday': guard({
    name: '不在夜间或法定节假日执行',
    nameEn: 'Not at night or on a public holiday',
    description: '实施时间不在夜间或者法定节假日（情况紧急的除外，须记录理由）',
    basis: [{ law: COERCION, articles: [43] }],
  }),
  'footage-linked': guard({
    name: '已关联全程音像记录',
    nameEn: 'Full footage linked',
    description: '现场活动的全程音像记录已上传并关联；确无记录的，有经审核的书面说明',
    basis: [{ law: PENALTY, articles: [47] }],
    requirements: ['R-05'],
  }),
  'case-file-complete': guard({
    name: '案卷完整',
    nameEn: 'Case file complete',
    description: '一案一卷，文书按规定顺序排列并有目录，各环节必备文书和记录齐全',
    basis: [{ law: PENALTY, articles: [47] }],
    requirements: ['R-02', 'R-07'],
  }),
} as const satisfies Record<string, GuardDefinition>;

export type GuardCode = keyof typeof GUARDS;

export const GUARD_CODES = Object.keys(GUARDS) as GuardCode[];

export function isGuardCode(value: string): value is GuardCode {
  return Object.hasOwn(GUARDS, value);
}
