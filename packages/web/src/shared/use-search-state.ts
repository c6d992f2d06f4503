import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/pagination';
import { mergeSearchParams, readPositiveInt, type SearchPatch } from './search-state';

export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: SearchPatch) => setParams((prev) => mergeSearchParams(prev, patch), { replace: true }),
    [setParams],
  );
  return {
    params,
    page: readPositiveInt(params, 'page', 1),
    pageSize: readPositiveInt(params, 'pageSize', DEFAULT_PAGE_SIZE),
    update,
  };
}
