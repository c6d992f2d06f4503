import type { DashboardSummary } from './dashboard-api';

export type BreakdownKey = keyof DashboardSummary['certificates'];

export interface BreakdownRow {
  key: BreakdownKey;
  count: number;
  /** Whole percent of all officers in scope; 0 when there are none. */
  percent: number;
}

const ORDER: readonly BreakdownKey[] = ['valid', 'expiring', 'expired', 'none'];

export function certificateBreakdown(c: DashboardSummary['certificates']): {
  total: number;
  rows: BreakdownRow[];
} {
  const total = ORDER.reduce((sum, k) => sum + (c[k] ?? 0), 0);
  return {
    total,
    rows: ORDER.map((key) => ({
      key,
      count: c[key] ?? 0,
      percent: total === 0 ? 0 : Math.round(((c[key] ?? 0) / total) * 1000) / 10,
    })),
  };
}
