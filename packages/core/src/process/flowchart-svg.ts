import { type BasisLine, basisLines } from './flowchart-basis.js';
import { layoutGraph } from './flowchart-layout.js';
import { flowchartOutline } from './flowchart-outline.js';
import { PROCEDURES } from './procedures.js';
import { textWidth } from './text-measure.js';
import { type ChartLang, timeLimitLabel } from './time-limit-label.js';
import type { ProcedureDefinition, StageDefinition } from './types.js';
import { escapeXml } from './xml-escape.js';

// P-05: the published flowchart is drawn from the same definition the engine enforces, so the chart
// cannot drift from what the system does. Accessible (role="img", <title>, <desc> carrying the full text
// outline), readable (no text under 14px, dark on light), and deterministic (same definition, same bytes).

export interface FlowchartOptions {
  lang?: ChartLang;
  title?: string;
  /**
   * Prefix of the element ids (title, desc, arrow marker); defaults to `flow-<procedure code>`. A page that
   * shows the same chart twice passes a distinct one, so the ids stay unique.
   */
  idPrefix?: string;
}

const FONT = "'Noto Sans CJK SC', sans-serif";
const NAME_SIZE = 16;
const SMALL = 14;
const LINE_NAME = 22;
const LINE_SMALL = 20;
const BOX_PAD_X = 14;
const BOX_PAD_Y = 6;
const MIN_BOX = 150;
const LABEL_PAD_X = 6;
const LABEL_HEIGHT = 20;
const MARGIN = 24;

const INK = '#1a1a1a';
const LINE = '#455a64';
const LIMIT = '#b71c1c';

interface BoxLine {
  text: string;
  size: number;
  weight?: number;
  fill: string;
}

function boxLines(def: ProcedureDefinition, s: StageDefinition, lang: ChartLang): BoxLine[] {
  const zh = lang === 'zh';
  const lines: BoxLine[] = [{ text: zh ? s.name : s.nameEn, size: NAME_SIZE, weight: 700, fill: INK }];
  if (s.timeLimit) {
    lines.push({ text: timeLimitLabel(s.timeLimit, def.basis[0]?.law, lang), size: SMALL, fill: LIMIT });
  }
  if (s.fullAudioVideo)
    lines.push({ text: zh ? '全程音像记录' : 'Full audio/video', size: SMALL, fill: INK });
  if (s.linkedProcedure) {
    const linked = PROCEDURES[s.linkedProcedure];
    lines.push({ text: zh ? `见「${linked.name}」` : `See: ${linked.nameEn}`, size: SMALL, fill: INK });
  }
  return lines;
}

const lineHeight = (l: BoxLine) => (l.size === NAME_SIZE ? LINE_NAME : LINE_SMALL);
const n = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Lower-case letters, digits and hyphens only, so the id is safe in XML and in url(#…). */
function safeId(text: string): string {
  const safe = text.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return /^[a-z]/.test(safe) ? safe : `flow-${safe}`;
}

export function renderFlowchartSvg(def: ProcedureDefinition, options: FlowchartOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const zh = lang === 'zh';
  const id = safeId(options.idPrefix ?? `flow-${def.code}`);
  const title = options.title ?? (zh ? def.name : def.nameEn);

  // Boxes and labels, measured.
  const contents = def.stages.map((s) => boxLines(def, s, lang));
  const sizes = contents.map((lines) => ({
    width: Math.max(MIN_BOX, ...lines.map((l) => textWidth(l.text, l.size) + BOX_PAD_X * 2)),
    height: BOX_PAD_Y * 2 + lines.reduce((sum, l) => sum + lineHeight(l), 0),
  }));
  const indexOf = new Map(def.stages.map((s, i) => [s.code, i]));
  const edgeText = def.transitions.map((t) => (zh ? t.name : t.nameEn));
  const layout = layoutGraph(
    sizes,
    def.transitions.map((t, i) => ({
      from: indexOf.get(t.from) ?? -1,
      to: indexOf.get(t.to) ?? -1,
      labelWidth: textWidth(edgeText[i]!, SMALL) + LABEL_PAD_X * 2,
      labelHeight: LABEL_HEIGHT,
      weight: t.branch ? 1 : 4,
      branch: t.branch !== undefined,
    })),
    indexOf.get(def.start) ?? 0,
    { margin: MARGIN },
  );

  // Header: title and legal basis, wrapped to the chart's width.
  const basisWidth = Math.max(560, layout.width - MARGIN * 2);
  const basis: BasisLine[] = basisLines(def.basis, lang, basisWidth, SMALL);
  const headerHeight = MARGIN + 30 + basis.length * LINE_SMALL;

  // Legend.
  const legendItems = zh
    ? [
        '起始环节',
        '结束环节',
        '视情形环节',
        '流转',
        '条件分支',
        '红字为时限：“日”为自然日，“工作日”不含法定节假日',
      ]
    : [
        'Start',
        'End',
        'When needed',
        'Flow',
        'Conditional',
        'Red: time limits (calendar days unless working days)',
      ];
  const legendHeight = 44;

  const width = Math.max(
    layout.width,
    textWidth(title, 22) + MARGIN * 2,
    ...basis.map((b) => textWidth(b.text, SMALL) + MARGIN * 2),
    legendWidth(legendItems) + MARGIN * 2,
  );
  const height = headerHeight + layout.height + legendHeight;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `role="img" aria-labelledby="${id}-title ${id}-desc" lang="${zh ? 'zh-CN' : 'en'}" ` +
      `font-family="${escapeXml(FONT)}">`,
  );
  out.push(`<title id="${id}-title">${escapeXml(title)}</title>`);
  out.push(`<desc id="${id}-desc">${escapeXml(flowchartOutline(def, { lang }))}</desc>`);
  out.push(
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" ` +
      `markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="${LINE}"/></marker></defs>`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(
    `<text x="${MARGIN}" y="${MARGIN + 22}" font-size="22" font-weight="700" fill="${INK}">${escapeXml(title)}</text>`,
  );
  basis.forEach((b, i) => {
    out.push(
      `<text x="${MARGIN}" y="${MARGIN + 30 + (i + 1) * LINE_SMALL - 4}" font-size="${SMALL}" fill="${INK}">${escapeXml(b.text)}</text>`,
    );
  });

  out.push(`<g transform="translate(0,${headerHeight})">`);
  // Edges first, so boxes and labels sit on top of them.
  out.push('<g fill="none" stroke-width="1.6">');
  for (const e of layout.edges) {
    const t = def.transitions[e.index]!;
    const dash = t.branch ? ' stroke-dasharray="7 5"' : '';
    // data-* attributes let the portal (and the tests) find an edge by what it means.
    const data =
      `data-from="${escapeXml(t.from)}" data-to="${escapeXml(t.to)}" data-action="${escapeXml(t.action)}"` +
      (t.branch ? ` data-branch="${escapeXml(t.branch)}"` : '') +
      (e.back ? ' data-back="true"' : '');
    out.push(`<path ${data} d="${e.d}" stroke="${LINE}"${dash} marker-end="url(#${id}-arrow)"/>`);
  }
  out.push('</g>');
  out.push(`<g font-size="${SMALL}" fill="${INK}" text-anchor="middle">`);
  for (const e of layout.edges) {
    const { cx, cy, width: w, height: h } = e.label;
    const t = def.transitions[e.index]!;
    out.push(`<g data-label-of="${escapeXml(t.action)}" data-from="${escapeXml(t.from)}">`);
    out.push(
      `<rect x="${n(cx - w / 2)}" y="${n(cy - h / 2)}" width="${n(w)}" height="${n(h)}" rx="3" fill="#ffffff" fill-opacity="0.94"/>`,
    );
    out.push(`<text x="${n(cx)}" y="${n(cy + 5)}">${escapeXml(edgeText[e.index]!)}</text></g>`);
  }
  out.push('</g>');
  def.stages.forEach((s, i) => {
    const box = layout.nodes[i]!;
    const isStart = s.code === def.start;
    const isFinal = s.final === true;
    const fill = isStart ? '#e8f5e9' : isFinal ? '#eceff1' : '#ffffff';
    const stroke = isStart ? '#1b5e20' : isFinal ? '#263238' : '#37474f';
    const strokeWidth = isStart ? 3 : 1.6;
    const rx = isStart ? 18 : 6;
    const dash = s.optional ? ' stroke-dasharray="6 4"' : '';
    const role = isStart ? (zh ? '起始环节' : 'start') : isFinal ? (zh ? '结束环节' : 'end') : '';
    const tip = role ? `${zh ? s.name : s.nameEn}（${role}）` : zh ? s.name : s.nameEn;
    const kind = isStart ? 'start' : isFinal ? 'final' : 'stage';
    out.push(`<g data-stage="${escapeXml(s.code)}" data-kind="${kind}"><title>${escapeXml(tip)}</title>`);
    out.push(
      `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${rx}" ` +
        `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>`,
    );
    if (isFinal) {
      // A second, inner border: the end is told apart by shape, not by colour alone.
      out.push(
        `<rect x="${n(box.x + 4)}" y="${n(box.y + 4)}" width="${n(box.width - 8)}" height="${n(box.height - 8)}" rx="3" ` +
          `fill="none" stroke="${stroke}" stroke-width="1"/>`,
      );
    }
    let y = box.y + BOX_PAD_Y;
    for (const line of contents[i]!) {
      y += lineHeight(line);
      const weight = line.weight ? ` font-weight="${line.weight}"` : '';
      out.push(
        `<text x="${n(box.x + box.width / 2)}" y="${n(y - 6)}" font-size="${line.size}"${weight} fill="${line.fill}" ` +
          `text-anchor="middle">${escapeXml(line.text)}</text>`,
      );
    }
    out.push('</g>');
  });
  out.push('</g>');
  out.push(renderLegend(legendItems, headerHeight + layout.height, id));
  out.push('</svg>');
  return out.join('\n');
}

const SWATCH = 34;

function legendWidth(items: string[]): number {
  return items.reduce((sum, text) => sum + SWATCH + 8 + textWidth(text, SMALL) + 24, 0);
}

function renderLegend(items: string[], top: number, id: string): string {
  const parts: string[] = [`<g font-size="${SMALL}" fill="${INK}">`];
  let x = MARGIN;
  const y = top + 16;
  items.forEach((text, i) => {
    const mid = y;
    if (i === 0) {
      parts.push(
        `<rect x="${x}" y="${mid - 10}" width="${SWATCH}" height="20" rx="10" fill="#e8f5e9" stroke="#1b5e20" stroke-width="3"/>`,
      );
    } else if (i === 1) {
      parts.push(
        `<rect x="${x}" y="${mid - 10}" width="${SWATCH}" height="20" rx="4" fill="#eceff1" stroke="#263238" stroke-width="1.6"/>`,
      );
      parts.push(
        `<rect x="${x + 3}" y="${mid - 7}" width="${SWATCH - 6}" height="14" rx="2" fill="none" stroke="#263238"/>`,
      );
    } else if (i === 2) {
      parts.push(
        `<rect x="${x}" y="${mid - 10}" width="${SWATCH}" height="20" rx="4" fill="#ffffff" stroke="#37474f" stroke-width="1.6" stroke-dasharray="6 4"/>`,
      );
    } else if (i === 3 || i === 4) {
      const dash = i === 4 ? ' stroke-dasharray="7 5"' : '';
      parts.push(
        `<path d="M${x},${mid}L${x + SWATCH},${mid}" stroke="${LINE}" stroke-width="1.6" fill="none"${dash} marker-end="url(#${id}-arrow)"/>`,
      );
    } else {
      // The time-limit note is printed in the colour the boxes use for time limits; it has no swatch.
      parts.push(`<text x="${x}" y="${mid + 5}" fill="${LIMIT}">${escapeXml(text)}</text>`);
      x += textWidth(text, SMALL) + 24;
      return;
    }
    x += SWATCH + 8;
    parts.push(`<text x="${x}" y="${mid + 5}">${escapeXml(text)}</text>`);
    x += textWidth(text, SMALL) + 24;
  });
  parts.push('</g>');
  return parts.join('\n');
}
