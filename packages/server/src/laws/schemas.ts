import { z } from 'zod';

const lawId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9-]+$/, 'a law id is the slug of its file, e.g. administrative-penalty-law-2021');

/** '' or 之一, 之二…: an article inserted by an amendment (第十条之一). */
export const articleSuffix = z
  .string()
  .regex(/^(之[一二三四五六七八九十]+)?$/)
  .default('');

/**
 * A legal basis as other domains record it: law, article, and the suffix of an inserted article. Use it
 * in their request schemas, then assertLegalBasesExist before saving.
 */
export const legalBasisRef = z.object({
  lawId,
  article: z.number().int().min(1).max(9999),
  suffix: articleSuffix.optional(),
});

export const lawParams = z.object({ id: lawId });

export const articleParams = z.object({ id: lawId, number: z.coerce.number().int().min(1).max(9999) });

export const articleQuery = z.object({ suffix: articleSuffix });

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  lawId: lawId.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const lawSummary = z.object({
  id: z.string(),
  title: z.string(),
  versionNotes: z.array(z.string()),
  /** Best effort from the notes (the latest date they name); see core parseLawMarkdown. */
  effectiveDate: z.string().nullable(),
  articleCount: z.number(),
  loadedAt: z.string(),
});

export const lawArticle = z.object({
  number: z.number(),
  suffix: z.string(),
  label: z.string(),
  chapter: z.string().nullable(),
  text: z.string(),
});

/** One heading of the outline, in document order; `level` 0 is the outermost (编 or 章). */
export const tocEntry = z.object({
  level: z.number(),
  title: z.string(),
  first: z.object({ number: z.number(), suffix: z.string(), label: z.string() }),
  articleCount: z.number(),
});

export const lawDetail = lawSummary.extend({
  /** The 编/章/节 outline, flattened; empty for a law without headings. */
  toc: z.array(tocEntry),
  articles: z.array(lawArticle),
});

export const articleDetail = lawArticle.extend({ lawId: z.string(), lawTitle: z.string() });

export const searchHit = articleDetail.extend({
  /** The matching part with text around it; plain text. */
  snippet: z.string(),
  /** [start, end) offsets of the matches within `snippet`, for marking them. */
  highlights: z.array(z.tuple([z.number(), z.number()])),
  rank: z.number(),
});

export const searchResult = z.object({
  items: z.array(searchHit),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
