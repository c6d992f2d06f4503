import { escapeHtml } from '../portal/html.js';

// Server-rendered SVG charts for the portal's annual report page (P-11): they need no script, print, and
// carry a title and description for screen readers; the same figures are in the tables beside them.

const FONT = 'font-family="Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif"';
const COLORS = ['#a8071a', '#0b57d0', '#237804'];

export interface Bar {
  label: string;
  value: number;
  /** Shown instead of the value (e.g. 无此职权). */
  note?: string;
}

/** Horizontal bars, one per row, value printed at the end of each bar. */
export function horizontalBarChart(id: string, title: string, bars: Bar[]): string {
  const rowH = 34;
  const left = 110;
  const width = 640;
  const plot = width - left - 90;
  const height = bars.length * rowH + 20;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((b, i) => {
      const y = 10 + i * rowH;
      const w = b.note ? 0 : Math.max(b.value > 0 ? 2 : 0, (b.value / max) * plot);
      return `<g class="bar-row">
  <text x="${left - 10}" y="${y + 21}" text-anchor="end" font-size="14" fill="#1f1f1f">${escapeHtml(b.label)}</text>
  <rect x="${left}" y="${y + 6}" width="${w.toFixed(1)}" height="20" fill="${COLORS[0]}"><title>${escapeHtml(`${b.label}：${b.note ?? b.value}`)}</title></rect>
  <text x="${left + w + 8}" y="${y + 21}" font-size="14" fill="#1f1f1f">${escapeHtml(b.note ?? String(b.value))}</text>
</g>`;
    })
    .join('\n');
  const desc = bars.map((b) => `${b.label}${b.note ?? b.value}`).join('，');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" ${FONT}>
<title id="${id}-t">${escapeHtml(title)}</title>
<desc id="${id}-d">${escapeHtml(desc)}</desc>
<line x1="${left}" y1="4" x2="${left}" y2="${height - 6}" stroke="#8c8c8c"/>
${rows}
</svg>`;
}

export interface Series {
  name: string;
  values: number[];
}

/** Grouped vertical bars for the twelve months, with a legend. */
export function monthlyChart(id: string, title: string, series: Series[]): string {
  const width = 720;
  const height = 300;
  const left = 44;
  const top = 36;
  const bottom = 40;
  const plotW = width - left - 16;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const slot = plotW / 12;
  const barW = Math.min(16, (slot - 8) / series.length);
  const parts: string[] = [];
  for (let v = 0; v <= ceiling; v += step) {
    const y = top + plotH - (v / ceiling) * plotH;
    parts.push(
      `<line x1="${left}" y1="${y.toFixed(1)}" x2="${width - 16}" y2="${y.toFixed(1)}" stroke="#e8e8e8"/><text x="${left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" font-size="12" fill="#595959">${v}</text>`,
    );
  }
  for (let m = 0; m < 12; m++) {
    const x0 = left + m * slot + (slot - barW * series.length) / 2;
    series.forEach((s, i) => {
      const v = s.values[m] ?? 0;
      const h = (v / ceiling) * plotH;
      parts.push(
        `<rect x="${(x0 + i * barW).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[i % COLORS.length]}"><title>${m + 1}月 ${escapeHtml(s.name)}：${v}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${(left + m * slot + slot / 2).toFixed(1)}" y="${height - bottom + 18}" text-anchor="middle" font-size="12" fill="#1f1f1f">${m + 1}月</text>`,
    );
  }
  series.forEach((s, i) => {
    const x = left + i * 120;
    parts.push(
      `<rect x="${x}" y="8" width="14" height="14" fill="${COLORS[i % COLORS.length]}"/><text x="${x + 20}" y="20" font-size="13" fill="#1f1f1f">${escapeHtml(s.name)}</text>`,
    );
  });
  const desc = series
    .map((s) => `${s.name}：${s.values.map((v, m) => `${m + 1}月${v}`).join('，')}`)
    .join('；');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" ${FONT}>
<title id="${id}-t">${escapeHtml(title)}</title>
<desc id="${id}-d">${escapeHtml(desc)}</desc>
<line x1="${left}" y1="${top + plotH}" x2="${width - 16}" y2="${top + plotH}" stroke="#8c8c8c"/>
${parts.join('\n')}
</svg>`;
}

function niceStep(max: number): number {
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 5, 10]) if (raw <= m * pow) return Math.max(1, m * pow);
  return 10 * pow;
}
