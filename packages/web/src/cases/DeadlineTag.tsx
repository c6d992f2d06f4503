import { Tag, Tooltip } from 'antd';
import { useBilingual, useT } from '../i18n/language';
import { formatDate } from '../shared/format';
import type { Deadline } from './cases-api';

/** A deadline's due date with the days left: red when overdue, orange when due soon; the rule on hover. */
export function DeadlineTag({ deadline, withName = false }: { deadline: Deadline; withName?: boolean }) {
  const t = useT();
  const pick = useBilingual();
  const color = deadline.overdue ? 'red' : deadline.dueSoon ? 'orange' : 'default';
  const left = deadline.overdue
    ? t('cases.overdueBy', { days: Math.abs(deadline.daysLeft) })
    : deadline.daysLeft === 0
      ? t('cases.dueToday')
      : t('cases.daysLeft', { days: deadline.daysLeft });
  return (
    <Tooltip title={pick(deadline.explanation, deadline.explanationEn)}>
      <Tag color={color} data-testid="deadline-tag">
        {withName ? `${pick(deadline.name, deadline.nameEn)} · ` : ''}
        {formatDate(deadline.due)} · {left}
      </Tag>
    </Tooltip>
  );
}
