import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchAllVersions, fetchVersion } from './catalog-api';
import type { CatalogKind } from './catalog-model';

// Query keys of one kind all start with ['catalog', kind], so a write can refresh everything it may have
// changed (the version, its items, the version list, comparisons) with one invalidation.

export const catalogKey = (kind: CatalogKind) => ['catalog', kind] as const;

export function useVersion(kind: CatalogKind, id: string | undefined) {
  return useQuery({
    queryKey: [...catalogKey(kind), 'version', id],
    queryFn: ({ signal }) => fetchVersion(kind, id!, signal),
    enabled: Boolean(id),
  });
}

export function useAllVersions(kind: CatalogKind) {
  return useQuery({
    queryKey: [...catalogKey(kind), 'versions', 'all'],
    queryFn: ({ signal }) => fetchAllVersions(kind, signal),
  });
}

export function useRefreshCatalog(kind: CatalogKind) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: catalogKey(kind) });
}

export const catalogPath = (kind: CatalogKind) => `/catalogs/${kind}`;
export const versionHref = (kind: CatalogKind, id: string) =>
  `${catalogPath(kind)}/versions/${encodeURIComponent(id)}`;
export const diffHref = (kind: CatalogKind, from?: string, to?: string) => {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const qs = params.toString();
  return `${catalogPath(kind)}/diff${qs ? `?${qs}` : ''}`;
};
