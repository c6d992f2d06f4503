import { api } from '../api/client';

export interface DashboardSummary {
  units: number;
  officers: number;
  certificates: { valid: number; expiring: number; expired: number; none: number };
  qualifiedReviewers: number;
  accounts: number;
  lockedAccounts: number;
  upcomingHolidays: { date: string; name: string }[];
  auditEventsToday: number;
}

export const fetchDashboard = (signal?: AbortSignal) =>
  api.get<DashboardSummary>('/dashboard/summary', undefined, signal);
