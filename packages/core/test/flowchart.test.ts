// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  type ChartLang,
  flowchartOutline,
  layoutGraph,
  PROCEDURE_CODES,
  PROCEDURES,
  type ProcedureDefinition,
  rankGraph,
  readingOrder,
  renderFlowchartSvg,
  timeLimitLabel,
} from '../src/process/index.js';

// Core compiles without the DOM library (it is pure), so the few DOM shapes the tests read are declared here;
// the parser itself is jsdom's, through the environment comment above.
interface XmlElement {
  localName: string;
  namespaceURI: string | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<XmlElement>;
}
interface XmlDocument {
  documentElement: XmlElement;
  getElementById(id: string): XmlElement | null;
  getElementsByTagName(name: string): { length: number };
  querySelectorAll(selector: string): Iterable<XmlElement>;
}
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const LANGS: ChartLang[] = ['zh', 'en'];

function parse(svg: string): XmlDocument {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('not well-formed XML');
  return doc;
}

const all = (root: XmlDocument | XmlElement, selector: string) => Array.from(root.querySelectorAll(selector));
const texts = (doc: XmlDocument) => all(doc, 'text').map((t) => t.textContent ?? '');
const num = (el: XmlElement, name: string) => Number(el.getAttribute(name));

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  what: string;
}

function rectOf(el: XmlElement, what: string): Box {
  return { x: num(el, 'x'), y: num(el, 'y'), w: num(el, 'width'), h: num(el, 'height'), what };
}

const stageBoxes = (doc: XmlDocument) =>
  all(doc, 'g[data-stage]').map((g) => rectOf(all(g, 'rect')[0]!, `stage ${g.getAttribute('data-stage')}`));
const labelBoxes = (doc: XmlDocument) =>
  all(doc, 'g[data-label-of]').map((g) =>
    rectOf(all(g, 'rect')[0]!, `label ${g.getAttribute('data-label-of')}`),
  );

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The points of a path of absolute M/L/Q commands (control points included: a conservative outline). */
function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Does the segment p–q enter the inside of box b (Liang–Barsky clipping)? */
function segmentEntersBox(p: [number, number], q: [number, number], b: Box): boolean {
  const [x0, y0] = p;
  const dx = q[0] - x0;
  const dy = q[1] - y0;
  let t0 = 0;
  let t1 = 1;
  const clip = (pp: number, qq: number) => {
    if (pp === 0) return qq > 0;
    const r = qq / pp;
    if (pp < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, x0 - b.x) &&
    clip(dx, b.x + b.w - x0) &&
    clip(-dy, y0 - b.y) &&
    clip(dy, b.y + b.h - y0) &&
    t0 < t1
  );
}

const shrink = (b: Box, by: number): Box => ({
  ...b,
  x: b.x + by,
  y: b.y + by,
  w: b.w - 2 * by,
  h: b.h - 2 * by,
});

function hostile(): ProcedureDefinition {
  const def = JSON.parse(JSON.stringify(PROCEDURES.inspection)) as ProcedureDefinition;
  const stages = def.stages.map((s, i) =>
    i === 1 ? { ...s, name: '<script>alert("x")</script> & 〈检查〉\u0007' } : s,
  );
  const transitions = def.transitions.map((t, i) =>
    i === 0 ? { ...t, name: `"引号" 'apos' <b> &amp;` } : t,
  );
  return { ...def, stages, transitions };
}

describe('P-05: flowcharts drawn from the procedure definitions', () => {
  for (const code of PROCEDURE_CODES) {
    for (const lang of LANGS) {
      it(`${code} (${lang}): well-formed SVG, accessible (role="img", <title>, <desc>), fonts at least 14px`, () => {
        const def = PROCEDURES[code];
        const doc = parse(renderFlowchartSvg(def, { lang }));
        const root = doc.documentElement;
        expect(root.localName).toBe('svg');
        expect(root.namespaceURI).toBe(SVG_NS);
        expect(root.getAttribute('role')).toBe('img');
        expect(root.getAttribute('font-family')).toContain("'Noto Sans CJK SC', sans-serif");
        const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
        expect(doc.getElementById(titleId!)?.localName).toBe('title');
        expect(doc.getElementById(titleId!)?.textContent).toBe(lang === 'zh' ? def.name : def.nameEn);
        expect(doc.getElementById(descId!)?.textContent).toBe(flowchartOutline(def, { lang }));
        const sizes = all(doc, '[font-size]').map((el) => num(el, 'font-size'));
        expect(sizes.length).toBeGreaterThan(def.stages.length);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
      });

      it(`${code} (${lang}): every stage name and every time limit is printed; one edge per transition, branches dashed`, () => {
        const def = PROCEDURES[code];
        const doc = parse(renderFlowchartSvg(def, { lang }));
        const printed = texts(doc);
        for (const s of def.stages) {
          expect(printed).toContain(lang === 'zh' ? s.name : s.nameEn);
          if (s.timeLimit) expect(printed).toContain(timeLimitLabel(s.timeLimit, def.basis[0]?.law, lang));
        }
        const edges = all(doc, 'path[data-action]');
        expect(
          edges.map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-action')}`).sort(),
        ).toEqual(def.transitions.map((t) => `${t.from}>${t.action}`).sort());
        for (const p of edges) {
          const t = def.transitions.find(
            (tr) => tr.from === p.getAttribute('data-from') && tr.action === p.getAttribute('data-action'),
          )!;
          expect(p.getAttribute('stroke-dasharray') !== null).toBe(t.branch !== undefined);
          expect(p.getAttribute('marker-end')).toMatch(/^url\(#flow-[a-z0-9-]+-arrow\)$/);
        }
        for (const t of def.transitions) expect(printed).toContain(lang === 'zh' ? t.name : t.nameEn);
      });

      it(`${code} (${lang}): no box overlaps a box, no label overlaps a box or a label, no edge runs through a box`, () => {
        const doc = parse(renderFlowchartSvg(PROCEDURES[code], { lang }));
        const boxes = stageBoxes(doc);
        const labels = labelBoxes(doc);
        const clashes: string[] = [];
        const items = [...boxes, ...labels];
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            if (overlaps(items[i]!, items[j]!)) clashes.push(`${items[i]!.what} × ${items[j]!.what}`);
          }
        }
        for (const p of all(doc, 'path[data-action]')) {
          const pts = pathPoints(p.getAttribute('d') ?? '');
          for (let k = 0; k + 1 < pts.length; k++) {
            for (const b of boxes) {
              if (segmentEntersBox(pts[k]!, pts[k + 1]!, shrink(b, 1.5))) {
                clashes.push(`edge ${p.getAttribute('data-action')} through ${b.what}`);
              }
            }
          }
        }
        expect(clashes).toEqual([]);
      });

      it(`${code} (${lang}): no edge line runs under another edge's label`, () => {
        const doc = parse(renderFlowchartSvg(PROCEDURES[code], { lang }));
        const clashes: string[] = [];
        for (const g of all(doc, 'g[data-label-of]')) {
          const owner = g.getAttribute('data-label-of');
          const from = g.getAttribute('data-from');
          const label = shrink(rectOf(all(g, 'rect')[0]!, `label ${from}>${owner}`), 1);
          for (const p of all(doc, 'path[data-action]')) {
            // Actions repeat across stages, so a label's own edge is told by its stage and action together.
            if (p.getAttribute('data-action') === owner && p.getAttribute('data-from') === from) continue;
            const pts = pathPoints(p.getAttribute('d') ?? '');
            for (let k = 0; k + 1 < pts.length; k++) {
              if (segmentEntersBox(pts[k]!, pts[k + 1]!, label))
                clashes.push(`${p.getAttribute('data-action')} under ${label.what}`);
            }
          }
        }
        expect(clashes).toEqual([]);
      });
    }
  }

  it('the general procedure: 90日 · 第六十条 in 处罚决定, 满5个工作日后 · 第六十四条 in 陈述申辩, the foreign law named in full', () => {
    const doc = parse(renderFlowchartSvg(PROCEDURES.general));
    const inBox = (code: string) =>
      all(all(doc, `g[data-stage="${code}"]`)[0]!, 'text').map((t) => t.textContent);
    expect(inBox('decision')).toEqual(['处罚决定', '90日 · 第六十条']);
    expect(inBox('statement')).toEqual(['陈述申辩', '满5个工作日后 · 第六十四条']);
    expect(inBox('demand')).toEqual(['催告', '满10个工作日后 · 行政强制法第五十四条']);
    expect(inBox('legal-review')).toContain('7个工作日 · 本局规定');
    const en = parse(renderFlowchartSvg(PROCEDURES.general, { lang: 'en' }));
    expect(all(all(en, 'g[data-stage="decision"]')[0]!, 'text').map((t) => t.textContent)).toEqual([
      'Penalty decision',
      '90 days · art. 60',
    ]);
  });

  it('R-05: the fully recorded stages say so in their boxes', () => {
    for (const [code, stageCode] of [
      ['seizure', 'on-site'],
      ['demolition', 'demolition'],
    ] as const) {
      const doc = parse(renderFlowchartSvg(PROCEDURES[code]));
      expect(all(all(doc, `g[data-stage="${stageCode}"]`)[0]!, 'text').map((t) => t.textContent)).toContain(
        '全程音像记录',
      );
    }
  });

  it('start and final stages are drawn differently from the others (shape, not colour alone)', () => {
    const doc = parse(renderFlowchartSvg(PROCEDURES.general));
    const groups = all(doc, 'g[data-stage]');
    const kind = (code: string) => groups.find((g) => g.getAttribute('data-stage') === code)!;
    const start = kind('case-source');
    expect(start.getAttribute('data-kind')).toBe('start');
    expect(all(start, 'rect')[0]!.getAttribute('rx')).toBe('18');
    expect(all(start, 'rect')[0]!.getAttribute('stroke-width')).toBe('3');
    for (const final of ['archived', 'not-filed']) {
      expect(kind(final).getAttribute('data-kind')).toBe('final');
      expect(all(kind(final), 'rect')).toHaveLength(2);
    }
    expect(kind('investigation').getAttribute('data-kind')).toBe('stage');
    expect(all(kind('investigation'), 'rect')).toHaveLength(1);
    expect(all(kind('investigation'), 'rect')[0]!.getAttribute('rx')).toBe('6');
  });

  it('L-04: 退回补正 is drawn back along the side, clear of every box, and dashed as a branch', () => {
    const doc = parse(renderFlowchartSvg(PROCEDURES['legal-review']));
    const loop = all(doc, 'path[data-action="return-for-correction"]')[0]!;
    expect(loop.getAttribute('data-back')).toBe('true');
    expect(loop.getAttribute('stroke-dasharray')).not.toBeNull();
    const pts = pathPoints(loop.getAttribute('d') ?? '');
    const boxes = stageBoxes(doc);
    const laneX = Math.min(...pts.map((p) => p[0]));
    // The lane lies wholly left of every box, and the loop ends at the top of 承办机构送审.
    expect(laneX).toBeLessThan(Math.min(...boxes.map((b) => b.x)));
    const submission = rectOf(all(all(doc, 'g[data-stage="submission"]')[0]!, 'rect')[0]!, 'submission');
    expect(pts[pts.length - 1]![1]).toBeCloseTo(submission.y, 1);
    expect(pts[0]![1]).toBeGreaterThan(submission.y + submission.h);
  });

  it('deterministic: the same definition gives the same bytes, also from a copy', () => {
    for (const code of PROCEDURE_CODES) {
      const once = renderFlowchartSvg(PROCEDURES[code]);
      expect(renderFlowchartSvg(PROCEDURES[code])).toBe(once);
      expect(renderFlowchartSvg(JSON.parse(JSON.stringify(PROCEDURES[code])) as ProcedureDefinition)).toBe(
        once,
      );
    }
    expect(renderFlowchartSvg(PROCEDURES.general, { lang: 'en' })).not.toBe(
      renderFlowchartSvg(PROCEDURES.general),
    );
  });

  it('escapes a hostile stage name, edge label and title, and drops characters XML cannot carry', () => {
    const def = hostile();
    const svg = renderFlowchartSvg(def, { title: '</title><script>alert(1)</script>' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('\u0007');
    const doc = parse(svg);
    expect(all(doc, 'script')).toHaveLength(0);
    expect(doc.getElementById('flow-inspection-title')?.textContent).toBe(
      '</title><script>alert(1)</script>',
    );
    const printed = texts(doc);
    expect(printed).toContain('<script>alert("x")</script> & 〈检查〉');
    expect(printed).toContain(`"引号" 'apos' <b> &amp;`);
  });

  it('element ids stay safe whatever the code or prefix, and a prefix keeps two copies of a chart apart', () => {
    const def = { ...PROCEDURES.simple, code: 'Evil"><x' as never };
    const doc = parse(renderFlowchartSvg(def));
    expect(doc.documentElement.getAttribute('aria-labelledby')).toBe(
      'flow-evil---x-title flow-evil---x-desc',
    );
    const second = parse(renderFlowchartSvg(PROCEDURES.simple, { idPrefix: '2nd copy' }));
    expect(second.getElementById('flow-2nd-copy-title')?.textContent).toBe(PROCEDURES.simple.name);
    expect(all(second, 'path[data-action]')[0]!.getAttribute('marker-end')).toBe('url(#flow-2nd-copy-arrow)');
  });
});

describe('the text outline (screen readers, no-SVG fallback)', () => {
  it('lists the general procedure in reading order with time limits, conditions and guards', () => {
    const outline = flowchartOutline(PROCEDURES.general);
    const lines = outline.split('\n');
    expect(lines[0]).toBe('行政处罚普通程序（共21个环节，32条流转）');
    expect(lines[1]).toMatch(/^依据：行政处罚法第三十六、四十二、/);
    expect(lines[2]).toBe('1. 案源登记〔起始〕');
    expect(outline).toContain('时限：自立案之日起90日内（行政处罚法第六十条）');
    expect(outline).toContain('→ 要求听证〔条件：当事人在期限内要求听证〕 → ');
    expect(outline).toMatch(
      /→ 作出处罚决定 → \d+\. 送达；须满足：法制审核已通过、重大案件集体讨论、已事先告知/,
    );
    expect(outline).toContain('关联程序：重大执法决定法制审核');
    const order = readingOrder(PROCEDURES.general).map((i) => PROCEDURES.general.stages[i]!.code);
    expect(order.indexOf('legal-review')).toBeLessThan(order.indexOf('prior-notice'));
    expect(order.indexOf('prior-notice')).toBeLessThan(order.indexOf('decision'));
    expect(order[order.length - 1]).toBe('archived');
  });

  it('has an English form', () => {
    const outline = flowchartOutline(PROCEDURES.seizure, { lang: 'en' });
    expect(outline.split('\n')[0]).toBe('Sealing up and seizure (10 stages, 14 transitions)');
    expect(outline).toContain('On-site seizure [full audio/video]');
    expect(outline).toContain(
      'within 30 days of the day of the seizure (Administrative Coercion Law art. 25)',
    );
  });
});

describe('the layered layout', () => {
  it('ranks by longest path from the start and marks the loop edge as back', () => {
    // 0 → 1 → 2 → 3, 0 → 3, 2 → 1 (a loop back)
    const r = rankGraph(
      4,
      [
        { from: 0, to: 1 },
        { from: 1, to: 2 },
        { from: 2, to: 3 },
        { from: 0, to: 3 },
        { from: 2, to: 1, branch: true },
      ],
      0,
    );
    expect(r.layer).toEqual([0, 1, 2, 3]);
    expect(r.back).toEqual([false, false, false, false, true]);
  });

  it('leaves out self-loops and edges to unknown nodes instead of failing', () => {
    const box = { width: 100, height: 40 };
    const edge = (from: number, to: number) => ({ from, to, labelWidth: 40, labelHeight: 20, weight: 1 });
    const layout = layoutGraph([box, box], [edge(0, 1), edge(1, 1), edge(0, 7)], 0);
    expect(layout.edges.map((e) => e.index)).toEqual([0]);
    expect(layout.nodes[1]!.y).toBeGreaterThan(layout.nodes[0]!.y + 40);
  });
});
