import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublicMatter } from '../src/catalog/get-public-matter.js';
import { listPublicHistory } from '../src/catalog/list-public-history.js';
import { listPublicItems } from '../src/catalog/list-public-items.js';
import type { MatterItem } from '../src/catalog/schemas.js';
import { fineRange } from '../src/portal/catalog-format.js';
import { escapeHtml } from '../src/portal/html.js';
import { MATTERS_PAGE_SIZE } from '../src/portal/matters-page.js';
import { listPublicRules } from '../src/rules/list-public-rules.js';
import { pdf, postMultipart, sampleMatter, V1 } from './catalog-helpers.js';
import { type TestApp, testApp } from './support/test-app.js';

// 事前公开 on the portal (Catalogues item 8; P-03, P-04, P-05, I-01). The expectations come from the public
// read operations on the same seeded database, never from hard-coded demo values, so the tests follow the
// data the catalogue engineer seeds.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const get = async (url: string, cookie?: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return { status: res.statusCode, html: res.body };
};

const allMatters = async () =>
  (await listPublicItems(t.deps, 'matters', { page: 1, pageSize: 200 })) as {
    items: MatterItem[];
    total: number;
    version: { versionNo: number; filingNumber: string; filingDate: string } | null;
  };

/** The matter codes in the list's table, in order. */
const codesIn = (html: string) => [...html.matchAll(/<td class="code">([^<]*)<\/td>/g)].map((m) => m[1]!);

/** The category cells of the list's table. */
const categoriesIn = (html: string) =>
  [
    ...html.matchAll(
      /<tr>\s*<td class="code">[^<]*<\/td>\s*<th[^>]*>.*?<\/th>\s*<td class="nowrap">([^<]*)<\/td>/gs,
    ),
  ].map((m) => m[1]!);

// jsdom (a dev dependency of the repository) parses a page as a browser would; it ships no types, so the
// little used here is typed by hand.
interface ParsedElement {
  tagName: string;
  attributes: ArrayLike<{ name: string }>;
}
interface ParsedDocument {
  querySelectorAll(selector: string): ArrayLike<ParsedElement>;
}
const { JSDOM } = (await import('jsdom' as string)) as {
  JSDOM: new (html: string) => { window: { document: ParsedDocument } };
};

/** What a browser would build from the page: the elements' names, and any event-handler attribute. */
function parsed(html: string) {
  const document = new JSDOM(html).window.document;
  const elements = Array.from(document.querySelectorAll('*'));
  return {
    document,
    tags: new Set(elements.map((e) => e.tagName.toLowerCase())),
    handlers: elements.flatMap((e) =>
      Array.from(e.attributes)
        .filter((a) => a.name.startsWith('on'))
        .map((a) => a.name),
    ),
  };
}

/** Each page must be whole, readable without script, and say where the reader is. */
function expectWellFormed(html: string) {
  expect(html).toContain('<html lang="zh-CN">');
  expect(html).not.toMatch(/<script/i);
  const { tags, handlers, document } = parsed(html);
  expect(tags.has('script')).toBe(false);
  expect(handlers).toEqual([]);
  expect(document.querySelectorAll('h1').length).toBe(1);
}

describe('行政执法事项清单 /matters', () => {
  it('shows the current filed version and the first page of its matters', async () => {
    const all = await allMatters();
    expect(all.total).toBeGreaterThan(MATTERS_PAGE_SIZE);
    const { status, html } = await get('/matters');
    expect(status).toBe(200);
    expectWellFormed(html);
    expect(html).toContain('<h1>行政执法事项清单</h1>');
    expect(html).toContain(`第 ${all.version!.versionNo} 版`);
    expect(html).toContain(escapeHtml(all.version!.filingNumber));
    expect(html).toContain(`datetime="${all.version!.filingDate}"`);
    expect(html).toContain('href="/matters/history"');
    expect(codesIn(html)).toEqual(all.items.slice(0, MATTERS_PAGE_SIZE).map((m) => m.code));
    const first = all.items[0]!;
    expect(html).toContain(
      `<a href="/matters/${encodeURIComponent(first.code)}">${escapeHtml(first.name)}</a>`,
    );
    expect(html).toContain(escapeHtml(first.actingBody));
    // The table is labelled and its headers are scoped.
    expect(html).toMatch(/<caption>[^<]+/);
    for (const h of ['事项编码', '事项名称', '事项类别', '实施主体', '是否适用听证'])
      expect(html).toContain(`<th scope="col">${h}</th>`);
    // The search form is a plain GET form with labelled controls.
    expect(html).toMatch(/<form class="inline" method="get" action="\/matters" role="search"/);
    expect(html).toContain('<label for="q">');
    expect(html).toContain('<label for="category">');
    // The portal's navigation names the new sections.
    for (const label of ['执法事项', '随机抽查', '流程图', '制度文件'])
      expect(html).toMatch(new RegExp(`<a href="/[a-z]+"[^>]*>${label}</a>`));
    expect(html).toContain('<a href="/matters" aria-current="page">执法事项</a>');
  });

  it('searches by keyword: a code finds its matter, a word from a name finds every matter that has it', async () => {
    const all = await allMatters();
    const target = all.items[Math.min(5, all.items.length - 1)]!;
    const byCode = await get(`/matters?q=${encodeURIComponent(target.code)}`);
    expect(codesIn(byCode.html)).toContain(target.code);
    expect(byCode.html).toContain(`value="${escapeHtml(target.code)}"`);

    const word = '垃圾';
    const expected = await listPublicItems(t.deps, 'matters', { q: word, page: 1, pageSize: 200 });
    expect(expected.total).toBeGreaterThan(0);
    const byWord = await get(`/matters?q=${encodeURIComponent(word)}`);
    expect(byWord.html).toContain(`符合条件的事项 <strong>${expected.total}</strong> 项`);
    expect(codesIn(byWord.html)).toEqual(expected.items.slice(0, MATTERS_PAGE_SIZE).map((m) => m.code));
  });

  it('says so when nothing matches, and offers the way back', async () => {
    const { status, html } = await get(`/matters?q=${encodeURIComponent('不存在的事项名称甲乙丙')}`);
    expect(status).toBe(200);
    expect(codesIn(html)).toEqual([]);
    expect(html).toContain('没有找到符合条件的执法事项');
    expect(html).toContain('<a href="/matters">查看全部事项</a>');
    expect(html).not.toContain('<table');
  });

  it('filters by category, and every row shown is of that category', async () => {
    const all = await allMatters();
    const categories = [...new Set(all.items.map((m) => m.category))];
    expect(categories.length).toBeGreaterThan(1);
    for (const category of categories) {
      const expected = all.items.filter((m) => m.category === category);
      const { html } = await get(`/matters?category=${encodeURIComponent(category)}`);
      expect(html).toContain(`<option value="${category}" selected>`);
      const shown = categoriesIn(html);
      expect(shown.length).toBe(Math.min(expected.length, MATTERS_PAGE_SIZE));
      expect(new Set(shown)).toEqual(new Set([category]));
      expect(html).toContain(`符合条件的事项 <strong>${expected.length}</strong> 项`);
    }
    // An unknown category is not an error: the list falls back to every category and says so.
    const unknown = await get(`/matters?category=${encodeURIComponent('不存在的类别')}`);
    expect(unknown.status).toBe(200);
    expect(unknown.html).toContain('没有“不存在的类别”这一事项类别');
    expect(codesIn(unknown.html).length).toBe(MATTERS_PAGE_SIZE);
  });

  it('pages with links that keep the search, and an out-of-range page leads back', async () => {
    const all = await allMatters();
    const pages = Math.ceil(all.total / MATTERS_PAGE_SIZE);
    const first = await get('/matters');
    expect(first.html).toContain('<nav class="pager" aria-label="事项清单分页">');
    expect(first.html).toContain('<a href="/matters?page=2" rel="next">下一页</a>');
    expect(first.html).toContain('<a href="/matters" aria-current="page">第 1 页</a>');

    const second = await get('/matters?page=2');
    expect(codesIn(second.html)).toEqual(
      all.items.slice(MATTERS_PAGE_SIZE, 2 * MATTERS_PAGE_SIZE).map((m) => m.code),
    );
    expect(second.html).toContain('<a href="/matters" rel="prev">上一页</a>');
    expect(second.html).toContain(`（第 2 页，共 ${pages} 页）`);

    // A filtered list keeps its query in every page link.
    const bigCategory = [...new Set(all.items.map((m) => m.category))]
      .map((c) => ({ c, n: all.items.filter((m) => m.category === c).length }))
      .sort((a, b) => b.n - a.n)[0]!;
    if (bigCategory.n > MATTERS_PAGE_SIZE) {
      const q = new URLSearchParams({ category: bigCategory.c }).toString();
      const filtered = await get(`/matters?${q}`);
      expect(filtered.html).toContain(`<a href="/matters?${q}&amp;page=2" rel="next">`);
      const page2 = await get(`/matters?${q}&page=2`);
      expect(new Set(categoriesIn(page2.html))).toEqual(new Set([bigCategory.c]));
    }

    const beyond = await get(`/matters?page=${pages + 5}`);
    expect(beyond.status).toBe(200);
    expect(beyond.html).toContain('<a href="/matters">回到第 1 页</a>');
    // Nonsense page numbers are page 1.
    expect(codesIn((await get('/matters?page=abc')).html)).toEqual(codesIn(first.html));
  });
});

describe('one matter /matters/:code', () => {
  it('shows bases with their full article text, the discretion table, guide, remedies and the flowchart', async () => {
    const all = await allMatters();
    // The first matter that has both a basis with text and a discretion tier with a fine range.
    let matter: Awaited<ReturnType<typeof getPublicMatter>> | undefined;
    for (const m of all.items) {
      const full = await getPublicMatter(t.deps, m.code);
      if (full.bases.some((b) => b.text) && full.discretion.some((d) => d.fineMin && d.fineMax)) {
        matter = full;
        break;
      }
    }
    expect(matter).toBeDefined();
    const m = matter!;
    const { status, html } = await get(`/matters/${encodeURIComponent(m.code)}`);
    expect(status).toBe(200);
    expectWellFormed(html);
    expect(html).toContain(`<h1>${escapeHtml(m.name)}</h1>`);
    for (const text of [m.actingBody, m.duties, m.authority, m.category])
      expect(html).toContain(escapeHtml(text));

    // Headings run in order: h1, then h2 sections, h3 only inside them.
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((x) => Number(x[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    });

    // Each basis links to its article and quotes it in full.
    for (const b of m.bases) {
      expect(html).toContain(`href="/laws/${b.lawId}#a${b.article}"`);
      if (b.text)
        for (const line of b.text.split('\n').filter((l) => l.trim()))
          expect(html).toContain(escapeHtml(line.trim()));
    }

    // The discretion standard as a table, fines formatted like '5,000–10,000元'.
    expect(html).toMatch(/<table class="list discretion">\s*<caption id="cap-discretion">/);
    for (const h of ['裁量等次', '适用对象', '适用情形', '罚款幅度', '处理措施'])
      expect(html).toContain(`<th scope="col">${h}</th>`);
    for (const tier of m.discretion) {
      expect(html).toContain(escapeHtml(tier.conditions));
      expect(html).toContain(
        `<td class="nowrap fine">${fineRange(tier.fineMin, tier.fineMax, tier.measures)}</td>`,
      );
    }
    const ranged = m.discretion.find((d) => d.fineMin && d.fineMax && d.fineMin < d.fineMax)!;
    expect(fineRange(ranged.fineMin, ranged.fineMax)).toMatch(/^[\d,]+–[\d,]+元$/);
    expect(fineRange(5000, 10000)).toBe('5,000–10,000元');
    expect(fineRange(0, 500)).toBe('不超过500元');
    expect(fineRange(200, 200)).toBe('200元');
    // No amount: either the fine is set another way (a share of the cost, in the measures) or there is none.
    expect(fineRange(null, null, '处建设工程造价5%以上10%以下的罚款')).toBe('见处理措施');
    expect(fineRange(null, null, '批评教育，责令改正')).toBe('不罚款');

    // Hearing, remedies, the service guide (P-05).
    expect(html).toContain(
      m.hearingApplicable ? '本事项<strong>适用听证</strong>' : '本事项<strong>不适用听证</strong>',
    );
    expect(html).toContain(escapeHtml(m.remedies.split('\n')[0]!.trim()));
    for (const label of ['所需材料', '办理流程', '办理时限', '收费标准', '咨询方式', '投诉渠道'])
      expect(html).toContain(`<dt>${label}</dt>`);
    expect(html).toContain(escapeHtml(m.guide.consultation));

    // The flowchart: inline SVG with role and title, and the text outline in a <details>.
    expect(html).toContain('<svg');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<title id="flow-[a-z-]+-title">[^<]+<\/title>/);
    expect(html).toMatch(/<details class="outline">\s*<summary>流程图文字说明/);
  });

  it('answers 404 with a page of its own for an unknown code', async () => {
    const res = await get('/matters/NO-SUCH-999');
    expect(res.status).toBe(404);
    expectWellFormed(res.html);
    expect(res.html).toContain('<h1>未找到该执法事项</h1>');
    expect(res.html).toContain('href="/matters"');
    const long = await get(`/matters/${'X'.repeat(60)}`);
    expect(long.status).toBe(404);
  });
});

describe('history, inspections, flowcharts and rules', () => {
  it('lists the filed versions of each list with filing numbers and dates', async () => {
    for (const kind of ['matters', 'inspections'] as const) {
      const history = await listPublicHistory(t.deps, kind, { page: 1, pageSize: 50 });
      expect(history.total).toBeGreaterThan(0);
      const { status, html } = await get(`/${kind}/history`);
      expect(status).toBe(200);
      expectWellFormed(html);
      for (const v of history.items) {
        expect(html).toContain(`第 ${v.versionNo} 版`);
        expect(html).toContain(escapeHtml(v.filingNumber));
        expect(html).toContain(`datetime="${v.filingDate}"`);
        expect(html).toContain(escapeHtml(v.title));
      }
      expect(html).toContain('现行版本');
    }
  });

  it('shows the random-inspection list with exactly the plan’s fields', async () => {
    const found = await listPublicItems(t.deps, 'inspections', { page: 1, pageSize: 200 });
    expect(found.total).toBeGreaterThan(0);
    const { status, html } = await get('/inspections');
    expect(status).toBe(200);
    expectWellFormed(html);
    const headers = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual([
      '抽查主体',
      '抽查依据',
      '抽查对象',
      '抽查内容',
      '抽查比例',
      '抽查方式',
      '抽查频次',
    ]);
    for (const item of found.items) {
      for (const text of [item.subject, item.basis, item.object, item.content, item.method, item.frequency])
        expect(html).toContain(escapeHtml(text));
      expect(html).toContain(`${Number(item.ratio.toFixed(2))}%`);
      for (const b of item.bases) expect(html).toContain(`href="/laws/${b.lawId}#a${b.article}"`);
    }
    expect(html).toContain(escapeHtml(found.version!.filingNumber));
    expect(html).toContain('href="/inspections/history"');
  });

  it('draws every procedure’s flowchart with its legal basis', async () => {
    const { status, html } = await get('/flowcharts');
    expect(status).toBe(200);
    expectWellFormed(html);
    for (const name of ['简易程序', '普通程序', '查封', '扣押', '强制拆除', '行政检查', '法制审核'])
      expect(html, name).toMatch(new RegExp(`<h2 id="h-proc-[a-z-]+">[^<]*${name}`));
    // 普通程序 carries its hearing branch.
    expect(html).toMatch(/id="proc-general"[\s\S]*?<svg[\s\S]*?听证[\s\S]*?id="proc-seizure"/);
    const svgs = html.match(/<svg[^>]*role="img"/g) ?? [];
    expect(svgs.length).toBe(6);
    expect((html.match(/<details class="outline">/g) ?? []).length).toBe(6);
    expect(html).toMatch(
      /依据：《行政处罚法》<a href="\/laws\/administrative-penalty-law-2021#a\d+">第[一二三四五六七八九十百]+条<\/a>/,
    );
    // Element ids are unique across the six charts.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows the bureau's rules register with filing numbers and dates", async () => {
    const rules = await listPublicRules(t.deps, { page: 1, pageSize: 50 });
    expect(rules.total).toBeGreaterThan(0);
    const { status, html } = await get('/rules');
    expect(status).toBe(200);
    expectWellFormed(html);
    for (const r of rules.items) {
      expect(html).toContain(escapeHtml(r.title));
      expect(html).toContain(escapeHtml(r.filingNumber!));
      expect(html).toContain(`datetime="${r.filedAt}"`);
    }
    expect(html).toContain('已备案，现行有效');
  });
});

describe('only what is filed reaches the portal, and everything is escaped', () => {
  const M = `${V1}/catalogs/matters/versions`;
  const hostile = '<img src=x onerror="alert(1)">草稿事项&"\'';

  it('never shows a draft: neither an item added to the open draft nor the draft’s own new items', async () => {
    const fagui = await t.as('fagui');
    const versions = (await fagui.get(M)).json().items as { id: string; status: string }[];
    let draft = versions.find((v) => v.status === 'draft');
    if (!draft)
      draft = (await fagui.post(M, { title: '门户测试草稿' })).json() as { id: string; status: string };
    const added = await fagui.post(
      `${M}/${draft.id}/items`,
      sampleMatter({ code: 'CG-DRAFT-901', name: `${hostile}（未备案）` }),
    );
    expect(added.statusCode, added.body).toBe(201);

    const draftItems = (await fagui.get(`${M}/${draft.id}/items?pageSize=200`)).json().items as MatterItem[];
    const current = new Set((await allMatters()).items.map((m) => m.code));
    const onlyInDraft = draftItems.filter((m) => !current.has(m.code));
    expect(onlyInDraft.map((m) => m.code)).toContain('CG-DRAFT-901');
    for (const m of onlyInDraft) {
      expect((await get(`/matters/${encodeURIComponent(m.code)}`)).status, m.code).toBe(404);
      const search = await get(`/matters?q=${encodeURIComponent(m.code)}`);
      expect(codesIn(search.html)).not.toContain(m.code);
    }
    const list = await get('/matters?q=CG-DRAFT');
    expect(list.html).not.toContain('草稿事项');
  });

  it('escapes what readers type', async () => {
    const attack = '<script>alert(1)</script>"><b>';
    const search = await get(
      `/matters?q=${encodeURIComponent(attack)}&category=${encodeURIComponent(attack)}`,
    );
    expect(search.status).toBe(200);
    expect(search.html).not.toMatch(/<script/i);
    expect(search.html).not.toContain('"><b>');
    expect(search.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;b&gt;');
    const missing = await get(`/matters/${encodeURIComponent('<b>x</b>')}`);
    expect(missing.status).toBe(404);
    expect(missing.html).not.toContain('<b>x</b>');
    expect(missing.html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('escapes hostile text in a filed list, in the list, on the matter page and in the history', async () => {
    const fagui = await t.as('fagui');
    const juzhang = await t.as('juzhang');
    const draft = ((await fagui.get(M)).json().items as { id: string; status: string }[]).find(
      (v) => v.status === 'draft',
    )!;
    const tier = {
      ...sampleMatter().discretion[0]!,
      conditions: `情形${hostile}`,
      measures: `措施${hostile}`,
    };
    const put = await fagui.put(
      `${M}/${draft.id}/items/CG-DRAFT-901`,
      sampleMatter({
        code: 'CG-DRAFT-901',
        name: `${hostile}（已备案）`,
        duties: `职责${hostile}`,
        discretion: [tier],
        guide: { ...sampleMatter().guide, materials: `材料${hostile}` },
      }),
    );
    expect(put.statusCode, put.body).toBe(200);
    expect((await fagui.post(`${M}/${draft.id}/submit`)).statusCode).toBe(200);
    expect((await juzhang.post(`${M}/${draft.id}/approve`, {})).statusCode).toBe(200);
    const filingNumber = `皋司备〔2026〕<i>99</i>号`;
    const filed = await postMultipart(
      t,
      'gongshi',
      `${M}/${draft.id}/file`,
      { filingNumber, filingDate: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10) },
      pdf(),
    );
    expect(filed.statusCode, filed.body).toBe(200);

    const escaped = escapeHtml(hostile);
    for (const url of ['/matters?q=CG-DRAFT-901', '/matters/CG-DRAFT-901', '/matters/history']) {
      const { status, html } = await get(url);
      expect(status, `${url} ${html.slice(0, 300)}`).toBe(200);
      expect(html, url).not.toContain('<img');
      expect(html, url).not.toContain('<i>99</i>');
      // Parsed as a browser would: the hostile text made no element and no handler.
      const { tags, handlers } = parsed(html);
      expect(tags.has('img'), url).toBe(false);
      expect(tags.has('i'), url).toBe(false);
      expect(handlers, url).toEqual([]);
      expect(html, url).toContain(escapeHtml(filingNumber));
      if (url !== '/matters/history') expect(html, url).toContain(escaped);
    }
    const page = (await get('/matters/CG-DRAFT-901')).html;
    for (const text of [`职责${hostile}`, `情形${hostile}`, `措施${hostile}`, `材料${hostile}`])
      expect(page).toContain(escapeHtml(text));
  });
});

describe('display modes on the new pages', () => {
  it('keeps the search when the reader switches mode', async () => {
    const { html } = await get(
      `/matters?q=${encodeURIComponent('垃圾')}&category=${encodeURIComponent('行政处罚')}`,
      'sx_display=large',
    );
    expect(html).toContain('<body class="large">');
    const back = encodeURIComponent(
      `/matters?q=${encodeURIComponent('垃圾')}&category=${encodeURIComponent('行政处罚')}`,
    );
    expect(html).toContain(`/display?mode=contrast&amp;back=${back}`);
    const all = await allMatters();
    const code = all.items[0]!.code;
    const contrast = await get(`/matters/${code}`, 'sx_display=contrast');
    expect(contrast.html).toContain('<body class="contrast">');
  });
});
