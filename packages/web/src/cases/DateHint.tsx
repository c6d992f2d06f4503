import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { fetchDeadline } from '../calendar/calendar-api';
import { useBilingual } from '../i18n/language';

/**
 * The date a period ends, counted by the server's working calendar (holidays and adjusted working days), under a
 * date field: e.g. the 5 working days a party has to ask for a hearing after the notice is served.
 */
export function DateHint({
  from,
  days,
  unit,
  label,
}: {
  from: Dayjs | undefined | null;
  days: number;
  unit: 'working' | 'calendar';
  label: (due: string) => string;
}) {
  const pick = useBilingual();
  const start = from ? from.format('YYYY-MM-DD') : null;
  const q = useQuery({
    queryKey: ['calendar', 'deadline', start, days, unit],
    queryFn: () => fetchDeadline({ from: start!, days, unit }),
    enabled: start !== null,
    staleTime: 60_000,
  });
  if (!start || !q.data) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="date-hint">
      {label(q.data.due)}（{pick(q.data.explanation, q.data.explanationEn)}）
    </Typography.Text>
  );
}

/** The due date of a period, for validators that must compare against it (cached with the hint's query). */
export async function dueOf(from: Dayjs, days: number, unit: 'working' | 'calendar'): Promise<string> {
  return (await fetchDeadline({ from: from.format('YYYY-MM-DD'), days, unit })).due;
}
