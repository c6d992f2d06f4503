import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findNumberingIssues,
  type LawDocument,
  makeSnippet,
  parseChineseNumeral,
  parseLawMarkdown,
  segmentChinese,
  segmentQuery,
  splitChapter,
  tableOfContents,
  toChineseNumeral,
} from '../src/index.js';

// Core is compiled without Node's types (it does no I/O), so the statute texts the server ships are
// brought in by Vite's glob import rather than read with node:fs.
declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}
const texts = import.meta.glob('../../server/assets/laws/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.md$/, '');
const lawFiles = Object.keys(texts)
  .filter((f) => !f.endsWith('/README.md'))
  .map(slugOf);
const parsed = new Map<string, LawDocument>(
  Object.entries(texts)
    .filter(([f]) => !f.endsWith('/README.md'))
    .map(([f, text]) => [slugOf(f), parseLawMarkdown(text, slugOf(f))]),
);
const law = (slug: string) => parsed.get(slug)!;
const article = (slug: string, n: number) => law(slug).articles.find((a) => a.number === n && !a.suffix);

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['六十四', 64],
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百二十九', 129],
    ['二百', 200],
    ['三百零六', 306],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['九千九百九十九', 9999],
  ])('%s = %i, both ways', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
    expect(toChineseNumeral(n)).toBe(text);
  });

  it('reads 〇 as 零 (一百〇一 = 101)', () => {
    expect(parseChineseNumeral('一百〇一')).toBe(101);
  });

  it.each(['', '二二', '一十五', '百', '零', '十百', '一百零零一', '六十四条', '64'])(
    'refuses %j',
    (text) => {
      expect(() => parseChineseNumeral(text)).toThrow(RangeError);
    },
  );

  it('refuses numbers it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(10_000)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });

  it('every number 1–9999 survives writing and reading back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => parseChineseNumeral(toChineseNumeral(n)) === n),
    );
  });
});

describe('parseLawMarkdown on a small text', () => {
  const text = [
    '# 示例条例',
    '',
    '2001年2月3日 国务院令第1号公布　',
    '',
    '2010年12月1日 施行）',
    '',
    '<!-- INFO END -->',
    '',
    '## 第一章　总　　则',
    '',
    '第一条 为了示例，制定本条例。',
    '',
    '第二条 本条例所称示例，是指：',
    '',
    '（一）甲；',
    '',
    '（二）乙。',
    '',
    '### 第一节 细则',
    '',
    '第十条之一 插入的条文。',
    '',
    '第三条 第二条规定的示例，不含丙。',
  ].join('\n');
  const doc = parseLawMarkdown(text, 'demo');

  it('takes the title, the notes (trimmed, stray ） dropped) and the latest date as the version date', () => {
    expect(doc.title).toBe('示例条例');
    expect(doc.versionNotes).toEqual(['2001年2月3日 国务院令第1号公布', '2010年12月1日 施行']);
    expect(doc.effectiveDate).toBe('2010-12-01');
  });

  it('keeps an article’s later paragraphs with it, and a line opening with a citation is not a new article', () => {
    expect(doc.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第十条之一', '第三条']);
    expect(doc.articles[1]!.text).toBe('本条例所称示例，是指：\n（一）甲；\n（二）乙。');
    expect(doc.articles[3]!.text).toBe('第二条规定的示例，不含丙。');
  });

  it('numbers an inserted article with its base number and a suffix', () => {
    expect(doc.articles[2]).toMatchObject({ number: 10, suffix: '之一', label: '第十条之一' });
    expect(doc.articles[0]).toMatchObject({ number: 1, suffix: '' });
  });

  it('normalises headings and nests 节 under 章', () => {
    expect(doc.articles[0]!.chapter).toBe('第一章 总则');
    expect(doc.articles[2]!.chapterPath).toEqual(['第一章 总则', '第一节 细则']);
    expect(doc.articles[2]!.chapter).toBe('第一章 总则 · 第一节 细则');
  });

  it('reports the inserted article out of place, and gaps by their missing numbers', () => {
    expect(findNumberingIssues(doc.articles)).toEqual([
      { kind: 'gap', after: 2, missing: [3, 4, 5, 6, 7, 8, 9] },
      { kind: 'out-of-order', label: '第三条', after: '第十条之一' },
    ]);
  });

  it('has no version date when the notes name none, and refuses a file without a title', () => {
    expect(
      parseLawMarkdown('# 无日期\n\n<!-- INFO END -->\n\n第一条 正文。', 'x').effectiveDate,
    ).toBeUndefined();
    expect(() => parseLawMarkdown('第一条 正文。', 'untitled')).toThrow(/untitled/);
  });
});

describe('the shipped statute texts', () => {
  it('there are 20 of them, each with a title and articles', () => {
    expect(lawFiles).toHaveLength(20);
    for (const [slug, doc] of parsed) {
      expect(doc.title, slug).toMatch(/^\S+$/);
      expect(doc.articles.length, slug).toBeGreaterThan(10);
    }
  });

  it.each(lawFiles)(
    '%s numbers its articles 1…N without gaps, and no text falls outside an article',
    (slug) => {
      const doc = law(slug);
      expect(findNumberingIssues(doc.articles)).toEqual([]);
      expect(doc.articles.map((a) => a.number)).toEqual(doc.articles.map((_, i) => i + 1));
      expect(doc.unattached).toEqual([]);
      expect(doc.articles.every((a) => a.text.length > 0)).toBe(true);
    },
  );

  it('行政处罚法 art. 64 is the hearing procedure: 听证, asked for within 五日', () => {
    const a = article('administrative-penalty-law-2021', 64)!;
    expect(a.label).toBe('第六十四条');
    expect(a.text).toContain('听证');
    expect(a.text).toContain('五日');
    expect(a.chapterPath).toEqual(['第五章 行政处罚的决定', '第四节 听证程序']);
    expect(law('administrative-penalty-law-2021').articles).toHaveLength(86);
    expect(law('administrative-penalty-law-2021').effectiveDate).toBe('2021-01-22');
  });

  it('城乡规划法 art. 64 (building without a permit) and 城市道路管理条例 art. 42 exist', () => {
    expect(article('urban-rural-planning-law-2019', 64)!.text).toContain('建设工程规划许可证');
    expect(article('urban-road-regulation-2019', 42)!.label).toBe('第四十二条');
    expect(law('urban-road-regulation-2019').title).toBe('城市道路管理条例');
  });

  it('民事诉讼法 has 306 articles under three levels of heading, and its zero-width lines are dropped', () => {
    const doc = law('civil-procedure-law-2023');
    expect(doc.articles.at(-1)!.label).toBe('第三百零六条');
    expect(article('civil-procedure-law-2023', 85)!.chapter).toBe(
      '第一编 总则 · 第七章 期间、送达 · 第一节 期间',
    );
    expect(doc.articles.some((a) => /\u200B/.test(a.text))).toBe(false);
    expect(doc.versionNotes.at(-1)).toMatch(/第五次修正$/);
  });

  it('a 施行 date after the last amendment is the version date (政府信息公开条例 2019)', () => {
    expect(law('government-information-disclosure-regulation-2019').effectiveDate).toBe('2019-05-15');
  });
});

describe('Chinese word segmentation for search', () => {
  it('cuts a sentence into words without punctuation', () => {
    const words = segmentChinese('违反本条例规定，擅自占用城市道路的').split(' ');
    expect(words).toContain('城市');
    expect(words).toContain('道路');
    expect(words.join('')).toBe('违反本条例规定擅自占用城市道路的');
  });

  it('a query is the AND of its space-separated terms; one term’s words must be adjacent', () => {
    expect(segmentQuery('城市道路')).toBe("('城市' <-> '道路')");
    expect(segmentQuery('城市道路  罚款')).toBe("('城市' <-> '道路') & '罚款'");
  });

  it('quotes every word, so quotes and backslashes cannot break the query syntax', () => {
    expect(segmentQuery("it's")).toBe("'it''s'");
    expect(segmentQuery('，。！')).toBeNull();
    expect(segmentQuery('   ')).toBeNull();
  });
});

describe('search snippets', () => {
  const text = `${'甲'.repeat(100)}当事人要求听证的，应当在行政机关告知后五日内提出；\n（二）听证公开举行。${'乙'.repeat(100)}`;

  it('cuts around the first match and marks every match inside the excerpt', () => {
    const s = makeSnippet(text, '听证', 20);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text).not.toContain('\n');
    expect(s.highlights.length).toBe(2);
    for (const [from, to] of s.highlights) expect(s.text.slice(from, to)).toBe('听证');
  });

  it('falls back to single words when the term as typed does not occur', () => {
    const s = makeSnippet(text, '听证公开举行会议', 20);
    const marked = s.highlights.map(([from, to]) => s.text.slice(from, to));
    expect(marked).toContain('公开');
  });
});

describe('table of contents', () => {
  it('nests 节 under 章 under 编, each entry pointing at its first article and counting its articles', () => {
    const toc = tableOfContents(law('civil-procedure-law-2023').articles);
    expect(toc.map((e) => e.title)).toEqual([
      '第一编 总则',
      '第二编 审判程序',
      '第三编 执行程序',
      '第四编 涉外民事诉讼程序的特别规定',
    ]);
    expect(toc.reduce((n, e) => n + e.articleCount, 0)).toBe(306);
    const periods = toc[0]!.children.find((c) => c.title === '第七章 期间、送达')!;
    expect(periods.children.map((c) => [c.title, c.first.label])).toEqual([
      ['第一节 期间', '第八十五条'],
      ['第二节 送达', '第八十七条'],
    ]);
  });

  it('a law without headings has an empty outline; splitChapter undoes the join', () => {
    expect(tableOfContents(law('samr-penalty-publicity-rule-2021').articles)).toEqual([]);
    expect(splitChapter('第五章 行政处罚的决定 · 第四节 听证程序')).toEqual([
      '第五章 行政处罚的决定',
      '第四节 听证程序',
    ]);
    expect(splitChapter(null)).toEqual([]);
  });
});
