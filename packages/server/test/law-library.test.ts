import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseLawMarkdown } from '@sanxiang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors/app-error.js';
import { assertLegalBasesExist, getArticles } from '../src/laws/assert-legal-bases.js';
import { LAWS_DIR, loadLawLibrary } from '../src/laws/load-law-library.js';
import { type TestApp, testApp } from './support/test-app.js';

// The template database every test file clones was bootstrapped, so the library is already loaded here.
const lawFiles = fs.readdirSync(LAWS_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
const articleTotal = lawFiles
  .map((f) => parseLawMarkdown(fs.readFileSync(path.join(LAWS_DIR, f), 'utf8'), f).articles.length)
  .reduce((a, b) => a + b, 0);
const PENALTY = 'administrative-penalty-law-2021';
const ROAD = 'urban-road-regulation-2019';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const snapshot = async () =>
  (
    await t.deps.db
      .selectFrom('laws')
      .select(['id', 'source_hash', 'loaded_at', 'article_count'])
      .orderBy('id')
      .execute()
  ).map((r) => ({ ...r, loaded_at: r.loaded_at.toISOString() }));
const articleCount = async (lawId?: string) => {
  let q = t.deps.db.selectFrom('law_articles').select((eb) => eb.fn.countAll<string>().as('n'));
  if (lawId) q = q.where('law_id', '=', lawId);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

describe('loading the library at start', () => {
  it('loaded every statute file in assets/laws, with all its articles', async () => {
    expect(lawFiles.length).toBe(20);
    const laws = await snapshot();
    expect(laws.map((l) => `${l.id}.md`).sort()).toEqual([...lawFiles].sort());
    expect(await articleCount()).toBe(articleTotal);
    for (const law of laws) expect(await articleCount(law.id), law.id).toBe(law.article_count);
  });

  it('a second load changes nothing: no rows written, the same hashes and loaded_at', async () => {
    const before = await snapshot();
    const report = await loadLawLibrary(t.deps.db);
    expect(report).toMatchObject({ files: 20, loaded: [], unchanged: 20, retained: [], warnings: [] });
    expect(await snapshot()).toEqual(before);
    expect(await articleCount()).toBe(articleTotal);
  });
});

describe('a changed or missing statute file', () => {
  let own: TestApp;
  let dir: string;
  beforeAll(async () => {
    own = await testApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-laws-'));
    for (const f of lawFiles) fs.copyFileSync(path.join(LAWS_DIR, f), path.join(dir, f));
  });
  afterAll(async () => {
    await own.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rewrites only the changed law: new text in place, articles the new text lacks removed', async () => {
    const file = path.join(dir, `${ROAD}.md`);
    const original = fs.readFileSync(file, 'utf8');
    // An "amendment": art. 42 reworded, the last article (art. 45) repealed.
    const amended = original
      .replace(/^第四十二条 .*$/m, '第四十二条 测试修改后的条文，违法占用城市道路的，责令限期改正。')
      .replace(/^第四十五条 .*$/m, '');
    fs.writeFileSync(file, amended);
    const before = await own.deps.db.selectFrom('laws').select(['id', 'loaded_at']).orderBy('id').execute();

    const report = await loadLawLibrary(own.deps.db, dir);
    expect(report.loaded).toEqual([ROAD]);
    expect(report.unchanged).toBe(19);

    const art42 = await own.deps.db
      .selectFrom('law_articles')
      .select('text')
      .where('law_id', '=', ROAD)
      .where('number', '=', 42)
      .executeTakeFirstOrThrow();
    // The first paragraph is new; the items under it (（一）…) stay with the article.
    expect(art42.text.split('\n')[0]).toBe('测试修改后的条文，违法占用城市道路的，责令限期改正。');
    expect(art42.text).toContain('(六)未按照批准的位置');
    const numbers = (
      await own.deps.db.selectFrom('law_articles').select('number').where('law_id', '=', ROAD).execute()
    ).map((r) => r.number);
    expect(numbers).toHaveLength(44);
    expect(numbers).not.toContain(45);
    const road = await own.deps.db
      .selectFrom('laws')
      .select(['article_count'])
      .where('id', '=', ROAD)
      .executeTakeFirstOrThrow();
    expect(road.article_count).toBe(44);
    // The new words are searchable at once (the tsvector was rebuilt with the text).
    const hits = (await own.client().get('/api/v1/laws/search?q=测试修改后')).json();
    expect(hits.items.map((h: { lawId: string; number: number }) => [h.lawId, h.number])).toEqual([
      [ROAD, 42],
    ]);
    // Every other law kept its loaded_at.
    const after = await own.deps.db.selectFrom('laws').select(['id', 'loaded_at']).orderBy('id').execute();
    for (const [i, law] of after.entries()) {
      if (law.id !== ROAD) expect(law.loaded_at.getTime(), law.id).toBe(before[i]!.loaded_at.getTime());
    }
  });

  it('keeps a law whose file is gone, and says so, because legal bases may cite it', async () => {
    fs.rmSync(path.join(dir, 'samr-penalty-publicity-rule-2021.md'));
    const report = await loadLawLibrary(own.deps.db, dir);
    expect(report.retained).toEqual(['samr-penalty-publicity-rule-2021']);
    expect(report.files).toBe(19);
    expect(
      await own.deps.db
        .selectFrom('laws')
        .select('id')
        .where('id', '=', 'samr-penalty-publicity-rule-2021')
        .executeTakeFirst(),
    ).toBeDefined();
  });
});

describe('GET /api/v1/laws/search', () => {
  type Hit = {
    lawId: string;
    number: number;
    label: string;
    snippet: string;
    highlights: [number, number][];
    rank: number;
  };
  const search = async (query: string) => {
    const res = await t.client().get(`/api/v1/laws/search?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Hit[]; total: number; page: number; pageSize: number };
  };

  it('word search 听证 finds 行政处罚法 arts. 63 and 64 (the hearing), ranked and marked', async () => {
    const found = await search(`q=${encodeURIComponent('听证')}&pageSize=100`);
    const penalty = found.items.filter((h) => h.lawId === PENALTY).map((h) => h.number);
    expect(penalty).toEqual(expect.arrayContaining([63, 64]));
    expect(found.total).toBe(found.items.length);
    const ranks = found.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks[0]).toBeGreaterThan(0);
    const art64 = found.items.find((h) => h.lawId === PENALTY && h.number === 64)!;
    expect(art64.label).toBe('第六十四条');
    expect(art64.highlights.length).toBeGreaterThan(0);
    for (const [from, to] of art64.highlights) expect(art64.snippet.slice(from, to)).toBe('听证');
  });

  it('substring search finds 渣土 and 建筑垃圾 in the city-appearance, air and solid-waste laws', async () => {
    const dregs = await search(`q=${encodeURIComponent('渣土')}&pageSize=100`);
    const dregsLaws = new Set(dregs.items.map((h) => h.lawId));
    expect(dregsLaws).toEqual(
      new Set(['city-appearance-sanitation-regulation-2017', 'air-pollution-law-2018']),
    );
    expect(dregs.items.map((h) => `${h.lawId}:${h.number}`)).toContain('air-pollution-law-2018:70');
    for (const h of dregs.items) expect(h.snippet).toContain('渣土');

    const waste = await search(`q=${encodeURIComponent('建筑垃圾')}&pageSize=100`);
    expect(waste.items.map((h) => `${h.lawId}:${h.number}`)).toEqual(
      expect.arrayContaining(['solid-waste-law-2020:60', 'solid-waste-law-2020:63']),
    );
  });

  it('several terms must all occur; lawId narrows to one law; pages split the results', async () => {
    const both = await search(`q=${encodeURIComponent('听证 五日')}&pageSize=100`);
    expect(both.items.map((h) => `${h.lawId}:${h.number}`)).toContain(`${PENALTY}:64`);
    expect(both.total).toBeLessThan((await search(`q=${encodeURIComponent('听证')}`)).total);

    const inPenalty = await search(`q=${encodeURIComponent('听证')}&lawId=${PENALTY}&pageSize=100`);
    expect(inPenalty.items.length).toBeGreaterThanOrEqual(3);
    expect(inPenalty.items.every((h) => h.lawId === PENALTY)).toBe(true);

    const page1 = await search(`q=${encodeURIComponent('罚款')}&pageSize=5`);
    const page2 = await search(`q=${encodeURIComponent('罚款')}&pageSize=5&page=2`);
    expect(page1.total).toBeGreaterThan(10);
    expect(page2.total).toBe(page1.total);
    expect(page1.items).toHaveLength(5);
    const keys = (r: typeof page1) => r.items.map((h) => `${h.lawId}:${h.number}`);
    expect(keys(page2).some((k) => keys(page1).includes(k))).toBe(false);
  });

  it('LIKE wildcards in the query are taken literally', async () => {
    expect((await search('q=_')).total).toBe(0);
    const percent = await search(`q=${encodeURIComponent('%')}`);
    expect(percent.items.map((h) => `${h.lawId}:${h.number}`)).toEqual([`${ROAD}:40`]);
  });

  it('an empty query is refused with the field named', async () => {
    const res = await t.client().get('/api/v1/laws/search?q=%20');
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('q');
  });
});

describe('legal bases must name an existing article', () => {
  it('accepts 城市道路管理条例 art. 42 and 行政处罚法 art. 64', async () => {
    await expect(
      assertLegalBasesExist(t.deps.db, [
        { lawId: ROAD, article: 42 },
        { lawId: PENALTY, article: 64, suffix: '' },
      ]),
    ).resolves.toBeUndefined();
  });

  it('rejects art. 999 with LEGAL_BASIS_UNKNOWN naming it, and an unknown law, all at once', async () => {
    const error = await assertLegalBasesExist(t.deps.db, [
      { lawId: ROAD, article: 42 },
      { lawId: ROAD, article: 999 },
      { lawId: PENALTY, article: 10, suffix: '之一' },
      { lawId: 'no-such-law', article: 1 },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('LEGAL_BASIS_UNKNOWN');
    expect(appError.status).toBe(422);
    expect(appError.details).toEqual([
      expect.objectContaining({
        lawId: ROAD,
        article: 999,
        message: '《城市道路管理条例》没有第九百九十九条',
      }),
      expect.objectContaining({
        lawId: PENALTY,
        article: 10,
        suffix: '之一',
        message: '《中华人民共和国行政处罚法》没有第十条之一',
      }),
      expect.objectContaining({
        lawId: 'no-such-law',
        article: 1,
        message: expect.stringContaining('no-such-law'),
      }),
    ]);
    expect(appError.message).toContain('《城市道路管理条例》没有第九百九十九条');
  });

  it('a number no statute can have is missing, not a database error', async () => {
    const error = await assertLegalBasesExist(t.deps.db, [{ lawId: ROAD, article: 10_000_000_000 }]).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('LEGAL_BASIS_UNKNOWN');
  });

  it('getArticles returns the cited texts in the order asked, each once', async () => {
    const articles = await getArticles(t.deps.db, [
      { lawId: PENALTY, article: 64 },
      { lawId: ROAD, article: 42 },
      { lawId: PENALTY, article: 64 },
      { lawId: ROAD, article: 999 },
    ]);
    expect(articles.map((a) => [a.lawId, a.label])).toEqual([
      [PENALTY, '第六十四条'],
      [ROAD, '第四十二条'],
    ]);
    expect(articles[0]!.lawTitle).toBe('中华人民共和国行政处罚法');
    expect(articles[0]!.text).toContain('五日内提出');
  });
});

describe('law routes (public, no sign-in)', () => {
  it('every /api/v1/laws route is declared public', () => {
    const routes = t.app.apiRoutes.filter((r) => r.url.startsWith('/api/v1/laws'));
    expect(routes.map((r) => r.url).sort()).toEqual([
      '/api/v1/laws',
      '/api/v1/laws/:id',
      '/api/v1/laws/:id/articles/:number',
      '/api/v1/laws/search',
    ]);
    expect(routes.every((r) => r.access === 'public')).toBe(true);
  });

  it('GET /laws lists the statutes with article counts, version notes and version date', async () => {
    const res = await t.client().get('/api/v1/laws');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      id: string;
      articleCount: number;
      versionNotes: string[];
      effectiveDate: string | null;
    }[];
    expect(items).toHaveLength(20);
    const penalty = items.find((l) => l.id === PENALTY)!;
    expect(penalty).toMatchObject({
      title: '中华人民共和国行政处罚法',
      articleCount: 86,
      effectiveDate: '2021-01-22',
    });
    expect(penalty.versionNotes[0]).toBe('1996年3月17日 第八届全国人民代表大会第四次会议通过');
    expect(penalty.versionNotes).toHaveLength(4);
  });

  it('GET /laws/:id gives every article in order and the chapter outline', async () => {
    const law = (await t.client().get(`/api/v1/laws/${PENALTY}`)).json();
    expect(law.articles.map((a: { number: number }) => a.number)).toEqual(
      Array.from({ length: 86 }, (_, i) => i + 1),
    );
    expect(law.toc).toContainEqual({
      level: 1,
      title: '第四节 听证程序',
      first: { number: 63, suffix: '', label: '第六十三条' },
      articleCount: 3,
    });
    expect(law.toc.filter((e: { level: number }) => e.level === 0)).toHaveLength(8);
  });

  it('GET /laws/:id/articles/:number answers the article, and 404 names what is missing', async () => {
    const art = await t.client().get(`/api/v1/laws/${ROAD}/articles/42`);
    expect(art.statusCode).toBe(200);
    expect(art.json()).toMatchObject({
      lawId: ROAD,
      lawTitle: '城市道路管理条例',
      number: 42,
      label: '第四十二条',
    });
    expect(art.json().text.length).toBeGreaterThan(10);

    const missing = await t.client().get(`/api/v1/laws/${ROAD}/articles/99`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: '《城市道路管理条例》没有第九十九条',
    });
    expect((await t.client().get('/api/v1/laws/no-such-law')).statusCode).toBe(404);
    expect((await t.client().get('/api/v1/laws/no-such-law/articles/1')).statusCode).toBe(404);
  });
});

describe('portal pages', () => {
  it('/laws/:id shows the title, version notes, an outline linking to #a63 and the articles', async () => {
    const res = await t.client().get(`/laws/${PENALTY}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<h1>中华人民共和国行政处罚法</h1>');
    expect(res.body).toContain('2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订');
    expect(res.body).toContain('<a href="#a63">第四节 听证程序</a>');
    expect(res.body).toContain('id="a64"');
    expect(res.body).toContain('（一）当事人要求听证的，应当在行政机关告知后五日内提出；');
    expect(res.body).toContain('<a href="/laws">法律法规</a>');
  });

  it('/laws searches and marks the matches with <mark>, linking to the article', async () => {
    const res = await t.client().get(`/laws?q=${encodeURIComponent('听证')}&lawId=${PENALTY}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<mark>听证</mark>');
    expect(res.body).toContain(`href="/laws/${PENALTY}#a64">《中华人民共和国行政处罚法》第六十四条</a>`);
    expect(res.body).toContain(`<option value="${PENALTY}" selected>`);
  });

  it('/laws lists every law, and what a reader types is escaped, not run', async () => {
    const list = await t.client().get('/laws');
    expect(list.body).toContain(`<a href="/laws/${ROAD}">城市道路管理条例</a>`);
    expect(list.body).toContain('<a href="/laws" aria-current="page">法律法规</a>');
    const hostile = await t.client().get(`/laws?q=${encodeURIComponent('<script>x</script>')}`);
    expect(hostile.statusCode).toBe(200);
    expect(hostile.body).not.toContain('<script>x');
    expect(hostile.body).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('an unknown law is a 404 page', async () => {
    const res = await t.client().get('/laws/no-such-law');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('未找到该法律法规');
  });
});
