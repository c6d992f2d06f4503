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
      <span data-testid="deadline-tag" style={{ display: 'inline-flex', flexDirection: 'column', gap: 2 }}>
        {withName ? <span style={{ fontSize: 12 }}>{pick(deadline.name, deadline.nameEn)}</span> : null}
        <Tag color={color} style={{ whiteSpace: 'nowrap', marginInlineEnd: 0 }}>
          {formatDate(deadline.due)} · {left}
        </Tag>
      </span>
    </Tooltip>
  );
}
