import { Tag } from 'antd';
import { useT } from '../i18n/language';
import type { AnnualReport } from './annual-report-api';

const COLOR = {
  none: 'default',
  draft: 'default',
  submitted: 'processing',
  approved: 'cyan',
  published: 'success',
} as const;

export function ReportStatusTag({ report }: { report: Pick<AnnualReport, 'status' | 'deadline'> }) {
  const t = useT();
  return (
    <>
      <Tag color={COLOR[report.status]}>{t(`annual.status.${report.status}`)}</Tag>
      {report.deadline.overdue ? (
        <Tag color="error" variant="solid">
          {t('annual.overdue')}
        </Tag>
      ) : null}
      {report.deadline.publishedLate ? <Tag color="warning">{t('annual.late')}</Tag> : null}
    </>
  );
}
