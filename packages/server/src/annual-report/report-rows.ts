import { REMEDY_OUTCOME_LABELS } from './act-categories.js';
import type { AnnualFigures, RemedyFigures } from './figures.js';

// The report's tables as rows of text, shared by the portal page, the workbook and the PDF so that the
// three always say the same thing.

export const NO_POWER = '无此职权';

export function actRows(f: AnnualFigures): [string, string, string][] {
  return f.acts.map((a) => [a.name, a.hasPower || a.count > 0 ? String(a.count) : NO_POWER, a.rule]);
}

export const yuan = (n: number) =>
  `${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function otherRows(f: AnnualFigures): [string, string][] {
  return [
    ['作出罚款决定的行政处罚决定（件）', String(f.fines.decisions)],
    ['罚款决定金额（元）', yuan(f.fines.amount)],
    ['没收违法所得、非法财物金额（元）', yuan(f.fines.confiscation)],
    ['本年度实际收缴罚款（元）', yuan(f.fines.collected)],
    ['不予行政处罚决定（件）', String(f.noPenaltyDecisions)],
    ['当事人申请听证（件）', String(f.hearings.requested)],
    ['举行听证（场）', String(f.hearings.held)],
    ['法制审核（件次）', String(f.reviews.total)],
    ['其中：审核通过', String(f.reviews.approved)],
    ['其中：退回补正或不同意', String(f.reviews.returned + f.reviews.disagreed)],
  ];
}

export function remedyRows(f: AnnualFigures): [string, string, string][] {
  const r = (label: keyof RemedyFigures, name: string): [string, string, string] => [
    name,
    String(f.reconsiderations[label]),
    String(f.suits[label]),
  ];
  return [
    r('filed', '本年度收到（件）'),
    r('decided', '本年度审结（件）'),
    r('upheld', `其中：${REMEDY_OUTCOME_LABELS.upheld!.zh}`),
    r('corrected', '其中：被撤销、变更、确认违法或责令履行（纠错）'),
    r('dismissed', `其中：${REMEDY_OUTCOME_LABELS.dismissed!.zh}`),
    r('withdrawn', `其中：${REMEDY_OUTCOME_LABELS.withdrawn!.zh}`),
    r('settled', `其中：${REMEDY_OUTCOME_LABELS.settled!.zh}`),
    r('pending', '本年度收到、年末尚未审结（件）'),
  ];
}

export function matterRows(f: AnnualFigures): [string, string, string, string][] {
  return f.matters.map((m) => [m.code, m.name, m.category, String(m.count)]);
}
