import {
  flowchartOutline,
  LAWS,
  PROCEDURES,
  type ProcedureCode,
  type ProcedureDefinition,
  renderFlowchartSvg,
  toChineseNumeral,
} from '@sanxiang/core';
import { Html, html } from './html.js';
import { articleAnchor } from './laws-page.js';

/** The procedure a matter names, or undefined for a code core does not define. */
export function procedureOf(code: string): ProcedureDefinition | undefined {
  return Object.hasOwn(PROCEDURES, code) ? PROCEDURES[code as ProcedureCode] : undefined;
}

/** A procedure's legal basis with each article linking to its text in the law library. */
export function procedureBasis(def: ProcedureDefinition): Html {
  return html`${def.basis.map(
    (b, i) =>
      html`${i > 0 ? '；' : ''}《${LAWS[b.law]?.short ?? b.law}》${b.articles.map(
        (a, k) =>
          html`${k > 0 ? '、' : ''}<a href="/laws/${b.law}#${articleAnchor(a, '')}">第${toChineseNumeral(a)}条</a>`,
      )}`,
  )}`;
}

/**
 * A procedure's flowchart (P-05) as inline SVG drawn by core from the definition the case engine enforces,
 * with the same chart as a text outline in a <details> for screen readers and anyone who cannot see it.
 * The SVG comes from core, which escapes every text it draws; it is the one piece of markup not built here.
 */
export function flowchartFigure(def: ProcedureDefinition, title: string, headingId: string): Html {
  const svg = renderFlowchartSvg(def, { lang: 'zh', title });
  const outline = flowchartOutline(def, { lang: 'zh' });
  return html`<figure class="flowchart" aria-labelledby="${headingId}">
  <div class="chart-scroll" role="region" aria-label="${title}（可横向滚动）" tabindex="0">
    ${trustedSvg(svg)}
  </div>
  <details class="outline">
    <summary>流程图文字说明（${def.name}的全部环节、时限、文书和流转条件）</summary>
    <pre>${outline}</pre>
  </details>
</figure>`;
}

function trustedSvg(svg: string): Html {
  // Only what core drew: it starts as an <svg> element and no tag is a script or carries an event handler.
  // (Core escapes the text it draws, so a '<' can only open one of its own tags.)
  if (!svg.startsWith('<svg') || /<(script|foreignObject)|<[^>]*\son[a-z]+\s*=/i.test(svg))
    throw new Error('unexpected flowchart markup');
  return new Html(svg);
}
