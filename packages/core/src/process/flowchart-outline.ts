import { ROLES } from '../access/roles.js';
import { toChineseNumeral } from '../law/chinese-numerals.js';
import { BRANCHES } from './branches.js';
import { DOCUMENTS } from './documents.js';
import { rankGraph } from './flowchart-rank.js';
import { GUARDS } from './guards.js';
import { LAWS } from './laws.js';
import { PROCEDURES } from './procedures.js';
import { type ChartLang, timeLimitSentence } from './time-limit-label.js';
import type { LegalBasis, ProcedureDefinition, RecordKind } from './types.js';

// The chart as text, in the chart's reading order (layer by layer, top to bottom): for screen readers,
// for the SVG's <desc>, and for any place that cannot show the image (P-05).

const RECORD_NAMES: Record<RecordKind, { zh: string; en: string }> = {
  text: { zh: '文字', en: 'text' },
  photo: { zh: '照片', en: 'photos' },
  audio: { zh: '录音', en: 'audio' },
  video: { zh: '录像', en: 'video' },
};

/** Stage indices in reading order: by layer, then by when the search from the start first met them. */
export function readingOrder(def: ProcedureDefinition): number[] {
  const indexOf = new Map(def.stages.map((s, i) => [s.code, i]));
  const edges = def.transitions.map((t) => ({
    from: indexOf.get(t.from) ?? -1,
    to: indexOf.get(t.to) ?? -1,
    branch: t.branch !== undefined,
  }));
  const { layer, discovery } = rankGraph(def.stages.length, edges, indexOf.get(def.start) ?? 0);
  return def.stages
    .map((_, i) => i)
    .sort((a, b) => layer[a]! - layer[b]! || discovery[a]! - discovery[b]! || a - b);
}

export function basisText(basis: readonly LegalBasis[], lang: ChartLang): string {
  if (lang === 'en') {
    return basis.map((b) => `${LAWS[b.law].shortEn} arts. ${b.articles.join(', ')}`).join('; ');
  }
  return basis
    .map((b) => `${LAWS[b.law].short}第${b.articles.map(toChineseNumeral).join('、')}条`)
    .join('；');
}

export function flowchartOutline(def: ProcedureDefinition, options: { lang?: ChartLang } = {}): string {
  const lang = options.lang ?? 'zh';
  const zh = lang === 'zh';
  const order = readingOrder(def);
  const number = new Map(order.map((stageIndex, k) => [def.stages[stageIndex]!.code, k + 1]));
  const name = (code: string) => {
    const s = def.stages.find((st) => st.code === code);
    return s ? (zh ? s.name : s.nameEn) : code;
  };
  const list = (items: string[]) => items.join(zh ? '、' : ', ');
  const lines: string[] = [];
  lines.push(
    zh
      ? `${def.name}（共${def.stages.length}个环节，${def.transitions.length}条流转）`
      : `${def.nameEn} (${def.stages.length} stages, ${def.transitions.length} transitions)`,
  );
  lines.push(`${zh ? '依据：' : 'Basis: '}${basisText(def.basis, lang)}`);
  for (const stageIndex of order) {
    const s = def.stages[stageIndex]!;
    const marks: string[] = [];
    if (s.code === def.start) marks.push(zh ? '起始' : 'start');
    if (s.final) marks.push(zh ? '结束' : 'end');
    if (s.optional) marks.push(zh ? '视情形' : 'when needed');
    if (s.fullAudioVideo) marks.push(zh ? '全程音像记录' : 'full audio/video');
    const head = `${number.get(s.code)}. ${zh ? s.name : s.nameEn}${
      marks.length > 0 ? (zh ? `〔${marks.join('，')}〕` : ` [${marks.join(', ')}]`) : ''
    }`;
    lines.push(head);
    const detail = (label: string, value: string) => lines.push(`   ${label}${value}`);
    if (s.roles.length > 0) {
      detail(zh ? '办理：' : 'Acts: ', list(s.roles.map((r) => (zh ? ROLES[r].name : ROLES[r].nameEn))));
    }
    if (s.timeLimit) detail(zh ? '时限：' : 'Time limit: ', timeLimitSentence(s.timeLimit, lang));
    if (s.requiredDocuments.length > 0) {
      const docs = s.requiredDocuments.map((d) => (zh ? DOCUMENTS[d].name : DOCUMENTS[d].nameEn));
      detail(zh ? '必备文书：' : 'Required documents: ', list(docs));
    }
    if (s.requiredRecords.length > 0) {
      detail(
        zh ? '必备记录：' : 'Required records: ',
        list(s.requiredRecords.map((r) => RECORD_NAMES[r][lang])),
      );
    }
    if (s.linkedProcedure) {
      const linked = PROCEDURES[s.linkedProcedure];
      detail(zh ? '关联程序：' : 'Linked procedure: ', zh ? linked.name : linked.nameEn);
    }
    for (const t of def.transitions.filter((tr) => tr.from === s.code)) {
      const condition = t.branch
        ? zh
          ? `〔条件：${BRANCHES[t.branch].name}〕`
          : ` [if ${BRANCHES[t.branch].nameEn}]`
        : '';
      const guards = t.guards.map((g) => (zh ? GUARDS[g].name : GUARDS[g].nameEn));
      const must =
        guards.length > 0 ? (zh ? `；须满足：${list(guards)}` : `; requires: ${list(guards)}`) : '';
      const label = zh ? t.name : t.nameEn;
      lines.push(`   → ${label}${condition} → ${number.get(t.to) ?? '?'}. ${name(t.to)}${must}`);
    }
  }
  return lines.join('\n');
}
