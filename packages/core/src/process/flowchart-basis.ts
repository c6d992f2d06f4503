import { toChineseNumeral } from '../law/chinese-numerals.js';
import { LAWS } from './laws.js';
import { textWidth } from './text-measure.js';
import type { ChartLang } from './time-limit-label.js';
import type { LegalBasis } from './types.js';

// The legal basis under a chart's title, wrapped between articles so no line runs off the chart.

export interface BasisLine {
  text: string;
}

export function basisLines(
  basis: readonly LegalBasis[],
  lang: ChartLang,
  maxWidth: number,
  size: number,
): BasisLine[] {
  const pieces: string[] = [];
  basis.forEach((b, bi) => {
    const law = lang === 'zh' ? LAWS[b.law].short : `${LAWS[b.law].shortEn} arts.`;
    b.articles.forEach((a, ai) => {
      const first = ai === 0;
      const last = ai === b.articles.length - 1;
      const lead = bi === 0 && first ? (lang === 'zh' ? '依据：' : 'Basis: ') : '';
      if (lang === 'zh') {
        const sep = last ? (bi === basis.length - 1 ? '条' : '条；') : '、';
        pieces.push(`${lead}${first ? `${law}第` : ''}${toChineseNumeral(a)}${sep}`);
      } else {
        const sep = last ? (bi === basis.length - 1 ? '' : '; ') : ', ';
        pieces.push(`${lead}${first ? `${law} ` : ''}${a}${sep}`);
      }
    });
  });
  const lines: BasisLine[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && textWidth(current + piece, size) > maxWidth) {
      lines.push({ text: current.trimEnd() });
      current = '';
    }
    current += piece;
  }
  if (current !== '') lines.push({ text: current.trimEnd() });
  return lines;
}
