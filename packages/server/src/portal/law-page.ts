import { splitChapter } from '@sanxiang/core';
import type { FlatTocEntry, LawDetail } from '../laws/get-law.js';
import { type Html, html } from './html.js';
import { articleAnchor } from './laws-page.js';

/** The outline as nested lists, each heading linking to its first article. */
function tocList(entries: readonly FlatTocEntry[], level = 0): Html {
  const items: Html[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.level !== level) continue;
    // This entry's children run until the next entry at this level or above.
    let end = i + 1;
    while (end < entries.length && entries[end]!.level > level) end++;
    const children = entries.slice(i + 1, end);
    items.push(html`<li><a href="#${articleAnchor(entry.first.number, entry.first.suffix)}">${entry.title}</a>
      <span class="muted">（${entry.first.label}起，${entry.articleCount}条）</span>${children.length ? tocList(children, level + 1) : ''}</li>`);
  }
  return html`<ul>${items}</ul>`;
}

/** Headings for the levels where an article's chapter path departs from the one before it. */
function headingsBetween(previous: string[], current: string[]): Html[] {
  let same = 0;
  while (same < previous.length && same < current.length && previous[same] === current[same]) same++;
  return current.slice(same).map((title, i) => {
    const level = same + i;
    return level === 0
      ? html`<h2>${title}</h2>`
      : level === 1
        ? html`<h3>${title}</h3>`
        : html`<h4>${title}</h4>`;
  });
}

/**
 * One statute in full (Catalogues item 1): title, version history, the 编/章/节 outline linking into
 * the text, and every article with an anchor (#a64) that citations elsewhere can link to.
 */
export function lawBody(law: LawDetail): Html {
  let path: string[] = [];
  const body: Html[] = [];
  for (const a of law.articles) {
    const next = splitChapter(a.chapter);
    body.push(...headingsBetween(path, next));
    path = next;
    const [first = '', ...rest] = a.text.split('\n');
    body.push(html`<div class="article" id="${articleAnchor(a.number, a.suffix)}">
  <p><strong>${a.label}</strong>　${first}</p>
  ${rest.map((p) => html`<p>${p}</p>`)}
</div>`);
  }

  return html`
<p><a href="/laws">← 法律法规</a></p>
<h1>${law.title}</h1>
<section class="card" aria-labelledby="h-version">
  <h2 id="h-version">版本沿革</h2>
  <ul>${law.versionNotes.map((n) => html`<li>${n}</li>`)}</ul>
  <p class="muted">版本日期：${law.effectiveDate ?? '—'} · 共 ${law.articleCount} 条</p>
  <form class="inline" method="get" action="/laws" role="search">
    <input type="hidden" name="lawId" value="${law.id}">
    <label for="q">在本法中检索<input id="q" name="q" type="search" maxlength="100" required></label>
    <button type="submit">检索</button>
  </form>
</section>
${
  law.toc.length
    ? html`<section class="card" aria-labelledby="h-toc">
  <h2 id="h-toc">目录</h2>
  <nav aria-labelledby="h-toc">${tocList(law.toc)}</nav>
</section>`
    : ''
}
<section class="card law-text" aria-label="条文">
${body}
</section>`;
}
