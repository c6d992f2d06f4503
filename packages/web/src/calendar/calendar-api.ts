import { api } from '../api/client';

export type DayKind = 'holiday' | 'workday';

export interface CalendarYear {
  year: number;
  holidays: number;
  workdays: number;
  /** Whether the State Council's schedule for that year has been entered. */
  covered: boolean;
}

export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string;
}

export interface Deadline {
  due: string;
  explanation: string;
  explanationEn: string;
  start: string;
  warnings: { code: string; message: string; messageEn: string }[];
}

export interface DeadlineQuery {
  from: string;
  days: number;
  unit: 'working' | 'calendar';
}

export const fetchYears = (signal?: AbortSignal) =>
  api.get<{ items: CalendarYear[] }>('/calendar/years', undefined, signal);

export const fetchYear = (year: number, signal?: AbortSignal) =>
  api.get<{ year: number; days: CalendarDay[] }>(`/calendar/years/${year}`, undefined, signal);

/** 'normal' removes the override and lets the weekday rule apply again. */
export const putDay = (date: string, body: { kind: DayKind | 'normal'; name?: string; reason: string }) =>
  api.put<{ day: CalendarDay | null }>(`/calendar/days/${encodeURIComponent(date)}`, body);

export const fetchDeadline = (query: DeadlineQuery) => api.get<Deadline>('/calendar/deadline', { ...query });
