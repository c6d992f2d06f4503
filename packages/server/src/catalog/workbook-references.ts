import type { Tx } from '../context.js';

/**
 * What a workbook's cells refer to, loaded once per import or export so that no row costs a query:
 * the law library's titles and article numbers (a basis is written with the law's title, and must name an
 * article that exists: the same test as laws/assert-legal-bases.ts, done as one batch), and the bureau's
 * units (a matter's responsible unit is written by name).
 */
export interface WorkbookReferences {
  /** lawId → title */
  lawTitles: ReadonlyMap<string, string>;
  /** title (and title without 中华人民共和国) → lawIds carrying it */
  lawsByTitle: ReadonlyMap<string, readonly string[]>;
  /** `${lawId}|${number}|${suffix}` for every article in the library */
  articles: ReadonlySet<string>;
  /** unit id → name, for the bureau's own units (not external bodies) */
  unitNames: ReadonlyMap<string, string>;
  /** name, short name or id → unit id */
  unitsByName: ReadonlyMap<string, string>;
}

export const articleKey = (lawId: string, article: number, suffix = '') => `${lawId}|${article}|${suffix}`;

const CHINA_PREFIX = '中华人民共和国';

export function buildWorkbookReferences(input: {
  laws: readonly { id: string; title: string }[];
  articles: readonly { law_id: string; number: number; suffix: string }[];
  units: readonly { id: string; name: string; short_name: string }[];
}): WorkbookReferences {
  const byTitle = new Map<string, string[]>();
  const addTitle = (title: string, id: string) => {
    const list = byTitle.get(title) ?? [];
    if (!list.includes(id)) list.push(id);
    byTitle.set(title, list);
  };
  for (const law of input.laws) {
    addTitle(law.title, law.id);
    // Staff write 《行政处罚法》 for 《中华人民共和国行政处罚法》; both are accepted.
    if (law.title.startsWith(CHINA_PREFIX)) addTitle(law.title.slice(CHINA_PREFIX.length), law.id);
  }
  const unitsByName = new Map<string, string>();
  for (const u of input.units) unitsByName.set(u.id, u.id);
  for (const u of input.units) unitsByName.set(u.short_name, u.id);
  for (const u of input.units) unitsByName.set(u.name, u.id);
  return {
    lawTitles: new Map(input.laws.map((l) => [l.id, l.title])),
    lawsByTitle: byTitle,
    articles: new Set(input.articles.map((a) => articleKey(a.law_id, a.number, a.suffix))),
    unitNames: new Map(input.units.map((u) => [u.id, u.name])),
    unitsByName,
  };
}

export async function loadWorkbookReferences(db: Tx): Promise<WorkbookReferences> {
  const [laws, articles, units] = await Promise.all([
    db.selectFrom('laws').select(['id', 'title']).orderBy('id').execute(),
    db.selectFrom('law_articles').select(['law_id', 'number', 'suffix']).execute(),
    db
      .selectFrom('units')
      .select(['id', 'name', 'short_name'])
      .where('kind', '<>', 'external')
      .orderBy('sort')
      .execute(),
  ]);
  return buildWorkbookReferences({ laws, articles, units });
}
