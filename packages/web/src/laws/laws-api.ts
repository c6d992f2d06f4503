import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Page } from '../api/pagination';

// The law library (GET /laws…). Statutes are public; the console reads them to cite and check legal bases.

export interface LawSummary {
  id: string;
  title: string;
  versionNotes: string[];
  /** The latest date the version notes name (best effort), YYYY-MM-DD. */
  effectiveDate: string | null;
  articleCount: number;
  loadedAt: string;
}

export interface LawArticle {
  number: number;
  /** '' or 之一, 之二… for an article an amendment inserted. */
  suffix: string;
  label: string;
  chapter: string | null;
  text: string;
}

/** One heading of the outline, flattened in document order; level 0 is the outermost (编 or 章). */
export interface TocEntry {
  level: number;
  title: string;
  first: { number: number; suffix: string; label: string };
  articleCount: number;
}

export interface LawDetail extends LawSummary {
  toc: TocEntry[];
  articles: LawArticle[];
}

export interface LawSearchHit extends LawArticle {
  lawId: string;
  lawTitle: string;
  /** Plain text around the match. */
  snippet: string;
  /** [start, end) offsets of the matches within `snippet`. */
  highlights: [number, number][];
  rank: number;
}

export interface LawSearchQuery {
  q: string;
  lawId?: string;
  page: number;
  pageSize: number;
}

export const fetchLaws = (signal?: AbortSignal) =>
  api.get<{ items: LawSummary[] }>('/laws', undefined, signal).then((r) => r.items);

export const fetchLaw = (id: string, signal?: AbortSignal) =>
  api.get<LawDetail>(`/laws/${encodeURIComponent(id)}`, undefined, signal);

export const searchLaws = (query: LawSearchQuery, signal?: AbortSignal) =>
  api.get<Page<LawSearchHit>>('/laws/search', { ...query }, signal);

/** The library changes only when the server is redeployed, so its list is fetched once and shared. */
export function useLaws() {
  return useQuery({
    queryKey: ['laws', 'list'],
    queryFn: ({ signal }) => fetchLaws(signal),
    staleTime: 60 * 60_000,
  });
}

export function useLaw(id: string | undefined) {
  return useQuery({
    queryKey: ['laws', 'detail', id],
    queryFn: ({ signal }) => fetchLaw(id!, signal),
    enabled: Boolean(id),
    staleTime: 60 * 60_000,
  });
}

/** The element id of an article in the reader, so a link can point at it. */
export function articleAnchor(number: number, suffix = ''): string {
  return `article-${number}${suffix}`;
}

/**
 * The console address of one article in the reader: /laws/:id?article=27 (&suffix=之一), and the searched
 * words (q) when coming from a search, so the reader can mark them.
 */
export function articleHref(lawId: string, number: number, suffix = '', q = ''): string {
  const params = new URLSearchParams({ article: String(number) });
  if (suffix) params.set('suffix', suffix);
  if (q) params.set('q', q);
  return `/laws/${encodeURIComponent(lawId)}?${params.toString()}`;
}
