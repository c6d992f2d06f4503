// The situations in which a conditional edge is taken. The chart draws these edges dashed; the outline
// prints the condition.

export interface BranchDefinition {
  name: string;
  nameEn: string;
}

const branch = (name: string, nameEn: string): BranchDefinition => ({ name, nameEn });

export const BRANCHES = {
  'general-procedure': branch('不符合当场处罚条件', 'the on-the-spot conditions are not met'),
  'not-filed': branch('不符合立案标准', 'the filing criteria are not met'),
  preservation: branch('证据可能灭失或以后难以取得', 'evidence may be lost or hard to obtain later'),
  'no-penalty': branch('依法不予处罚或违法事实不成立', 'no penalty is due, or the facts are not established'),
  transfer: branch('涉嫌犯罪或属其他机关管辖', 'a suspected crime, or another authority is competent'),
  return: branch('材料不全或事实不清，退回补正', 'returned for correction or further investigation'),
  collective: branch('情节复杂、重大违法或审核意见分歧', 'complex or grave case, or the review disagrees'),
  hearing: branch('当事人在期限内要求听证', 'the party asks for a hearing in time'),
  'hearing-waived': branch('当事人无正当理由缺席或中途退出', 'the party stays away or walks out'),
  'non-performance': branch('逾期不履行', 'the party does not perform in time'),
  'on-the-spot-collection': branch('依法当场收缴罚款', 'the fine is lawfully collected on the spot'),
  complied: branch('当事人自行履行', 'the party performs'),
  emergency: branch('情况紧急，需当场实施', 'urgent: the measure is taken on the spot'),
  refused: branch('负责人不予批准', 'the head does not approve'),
  extension: branch('情况复杂，需延长期限', 'complex case: the period is extended'),
  release: branch('应当解除查封扣押', 'the seizure must be lifted'),
  confiscation: branch('依法应当没收或销毁', 'the goods are to be confiscated or destroyed'),
  major: branch('属重大执法决定法制审核目录', 'the case is in the major-decision catalogue'),
  disagree: branch('审核不同意', 'the reviewer disagrees'),
  refer: branch('超出本机关职权', "beyond the bureau's powers"),
  rectify: branch('发现问题，责令改正', 'a problem is found and must be corrected'),
  violation: branch('发现违法行为，需立案查处', 'a violation is found and a case must be opened'),
  'other-authority': branch('属其他机关管辖', 'another authority is competent'),
  'not-rectified': branch('逾期未改正', 'not corrected by the deadline'),
} as const satisfies Record<string, BranchDefinition>;

export type BranchCode = keyof typeof BRANCHES;

export function isBranchCode(value: string): value is BranchCode {
  return Object.hasOwn(BRANCHES, value);
}
