import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export type UnitKind = 'bureau' | 'leadership' | 'section' | 'centre' | 'brigade' | 'squad' | 'township';

export interface Unit {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string;
  kind: UnitKind;
  address: string;
  phone: string;
  duties: string;
  officerCount: number;
}

export const fetchUnits = (signal?: AbortSignal) => api.get<{ items: Unit[] }>('/units', undefined, signal);

/** The unit list is small and shared by several pages (filters, forms), so it is fetched once and kept. */
export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: ({ signal }) => fetchUnits(signal).then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}
