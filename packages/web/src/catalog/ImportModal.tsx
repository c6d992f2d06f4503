import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Progress, Result, Table, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useLanguage } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { fetchImportJob } from './catalog-api';
import type { CatalogKind, ImportJob, ImportProblem } from './catalog-model';
import { importPercent, MAIN_SHEET, pollInterval, problemLocation, progressStatus } from './import-progress';

/**
 * Follows an Excel import: a progress bar while the server reads the workbook, then either the count of
 * imported items or every problem it found (row, column, reason) — in which case nothing was changed.
 */
export function ImportModal({
  kind,
  jobId,
  onClose,
  onFinished,
}: {
  kind: CatalogKind;
  jobId: string | null;
  onClose: () => void;
  onFinished: (job: ImportJob) => void;
}) {
  const { t, lang } = useLanguage();
  const job = useQuery({
    queryKey: ['imports', jobId],
    queryFn: ({ signal }) => fetchImportJob(jobId!, signal),
    enabled: jobId !== null,
    refetchInterval: (q) => pollInterval(q.state.data),
    staleTime: 0,
  });
  const data = job.data;

  // Reported once per job, when it settles.
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!data || data.status === 'running' || reported.current === data.id) return;
    reported.current = data.id;
    onFinished(data);
  }, [data, onFinished]);

  const running = !data || data.status === 'running';
  const mainSheet = MAIN_SHEET[kind];

  return (
    <Modal
      open={jobId !== null}
      title={t('catalog.import.title')}
      onCancel={onClose}
      width={data?.status === 'failed' ? 900 : 560}
      footer={
        <Button type={running ? 'default' : 'primary'} onClick={onClose}>
          {running ? t('catalog.import.hide') : t('common.ok')}
        </Button>
      }
      destroyOnHidden
    >
      {job.isError ? (
        <ErrorResult error={job.error} onRetry={() => void job.refetch()} />
      ) : (
        <>
          {data ? (
            <Typography.Paragraph type="secondary">
              {t('catalog.import.file', { name: data.fileName })}
            </Typography.Paragraph>
          ) : null}
          <Progress
            percent={data ? importPercent(data) : 0}
            status={data ? progressStatus(data) : 'active'}
            aria-label={t('catalog.import.progress')}
          />
          {data && running ? (
            <Typography.Paragraph role="status">
              {t('catalog.import.processing', { processed: data.processed, total: data.total })}
            </Typography.Paragraph>
          ) : null}
          {data?.status === 'succeeded' ? (
            <Result
              status="success"
              title={t('catalog.import.succeeded', { count: data.imported })}
              subTitle={t('catalog.import.replaced')}
            />
          ) : null}
          {data?.status === 'failed' ? (
            <>
              <Alert
                type="error"
                showIcon
                role="alert"
                style={{ margin: '12px 0' }}
                title={t('catalog.import.failed', { count: data.problems.length })}
                description={t('catalog.import.nothingChanged')}
              />
              <Table<ImportProblem & { key: number }>
                size="small"
                dataSource={data.problems.map((p, key) => ({ ...p, key }))}
                pagination={{
                  pageSize: 10,
                  hideOnSinglePage: true,
                  showTotal: (total) => t('common.total', { total }),
                }}
                columns={[
                  {
                    title: t('catalog.import.sheet'),
                    key: 'sheet',
                    width: 130,
                    render: (_, p) => problemLocation(p, mainSheet).sheet,
                  },
                  { title: t('catalog.import.row'), dataIndex: 'row', width: 70, align: 'right' },
                  {
                    title: t('catalog.import.column'),
                    key: 'column',
                    width: 160,
                    render: (_, p) => problemLocation(p, mainSheet).column,
                  },
                  {
                    title: t('catalog.import.reason'),
                    key: 'reason',
                    render: (_, p) => (lang === 'en' ? p.reasonEn || p.reason : p.reason || p.reasonEn),
                  },
                ]}
              />
            </>
          ) : null}
        </>
      )}
    </Modal>
  );
}
