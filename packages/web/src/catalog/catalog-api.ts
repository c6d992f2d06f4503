import { api, downloadUrl } from '../api/client';
import type { Page } from '../api/pagination';
import type {
  CatalogDiff,
  CatalogItem,
  CatalogKind,
  CatalogVersion,
  ImportJob,
  ItemOf,
  MatterCategory,
} from './catalog-model';

const enc = encodeURIComponent;
const versionsPath = (kind: CatalogKind) => `/catalogs/${kind}/versions`;
const versionPath = (kind: CatalogKind, id: string) => `${versionsPath(kind)}/${enc(id)}`;

export interface ItemsQuery {
  page: number;
  pageSize: number;
  q?: string;
  category?: MatterCategory;
}

export const fetchVersions = (kind: CatalogKind, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<CatalogVersion>>(versionsPath(kind), { page, pageSize }, signal);

/** Every version of a list (there are a handful a year), for pickers such as the comparison's. */
export async function fetchAllVersions(kind: CatalogKind, signal?: AbortSignal): Promise<CatalogVersion[]> {
  const all: CatalogVersion[] = [];
  for (let page = 1; ; page++) {
    const chunk = await fetchVersions(kind, page, 200, signal);
    all.push(...chunk.items);
    if (chunk.items.length === 0 || all.length >= chunk.total) return all;
  }
}

export const fetchVersion = (kind: CatalogKind, id: string, signal?: AbortSignal) =>
  api.get<CatalogVersion>(versionPath(kind, id), undefined, signal);

export const createVersion = (kind: CatalogKind, body: { title: string; note?: string }) =>
  api.post<CatalogVersion>(versionsPath(kind), body);

export const fetchItems = <K extends CatalogKind>(
  kind: K,
  id: string,
  query: ItemsQuery,
  signal?: AbortSignal,
) => api.get<Page<ItemOf<K>>>(`${versionPath(kind, id)}/items`, { ...query }, signal);

export const addItem = <K extends CatalogKind>(kind: K, id: string, item: ItemOf<K>) =>
  api.post<ItemOf<K>>(`${versionPath(kind, id)}/items`, item);

export const updateItem = <K extends CatalogKind>(kind: K, id: string, code: string, item: ItemOf<K>) =>
  api.put<ItemOf<K>>(`${versionPath(kind, id)}/items/${enc(code)}`, item);

export const removeItem = (kind: CatalogKind, id: string, code: string) =>
  api.delete(`${versionPath(kind, id)}/items/${enc(code)}`);

export const submitVersion = (kind: CatalogKind, id: string) =>
  api.post<CatalogVersion>(`${versionPath(kind, id)}/submit`);

export const approveVersion = (kind: CatalogKind, id: string, comment?: string) =>
  api.post<CatalogVersion>(`${versionPath(kind, id)}/approve`, comment ? { comment } : {});

export const returnVersion = (kind: CatalogKind, id: string, reason: string) =>
  api.post<CatalogVersion>(`${versionPath(kind, id)}/return`, { reason });

export function fileVersion(
  kind: CatalogKind,
  id: string,
  filing: { filingNumber: string; filingDate: string; document: File },
) {
  const form = new FormData();
  form.append('filingNumber', filing.filingNumber);
  form.append('filingDate', filing.filingDate);
  form.append('document', filing.document, filing.document.name);
  return api.upload<CatalogVersion>(`${versionPath(kind, id)}/file`, form);
}

export const filingDocumentUrl = (kind: CatalogKind, id: string) =>
  downloadUrl(`${versionPath(kind, id)}/filing-document`);

export const exportUrl = (kind: CatalogKind, id: string) =>
  downloadUrl(`${versionPath(kind, id)}/export.xlsx`);

export const fetchDiff = (kind: CatalogKind, from: string, to: string, signal?: AbortSignal) =>
  api.get<CatalogDiff>(`/catalogs/${kind}/diff`, { from, to }, signal);

export function startImport(kind: CatalogKind, id: string, workbook: File) {
  const form = new FormData();
  form.append('workbook', workbook, workbook.name);
  return api.upload<{ jobId: string }>(`${versionPath(kind, id)}/import`, form);
}

export const fetchImportJob = (jobId: string, signal?: AbortSignal) =>
  api.get<ImportJob>(`/imports/${enc(jobId)}`, undefined, signal);

export type { CatalogItem };
