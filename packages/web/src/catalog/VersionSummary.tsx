import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Steps, Typography } from 'antd';
import { useT } from '../i18n/language';
import { formatDate, formatDateTime } from '../shared/format';
import { filingDocumentUrl } from './catalog-api';
import type { CatalogVersion } from './catalog-model';
import { VersionTags } from './VersionTags';
import { workflowStep } from './workflow';

const person = (p: { displayName: string; username: string } | null) =>
  p ? `${p.displayName}（${p.username}）` : '—';

/** Where a version stands: the four workflow steps, who did what when, and its filing. */
export function VersionSummary({ version }: { version: CatalogVersion }) {
  const t = useT();
  const step = workflowStep(version.status);
  const done = version.status === 'filed';
  return (
    <Card style={{ marginBottom: 16 }}>
      {version.status === 'draft' && version.returnReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('catalog.returnedTitle')}
          description={version.returnReason}
        />
      ) : null}
      <Steps
        current={step}
        status={done ? 'finish' : 'process'}
        size="small"
        style={{ marginBottom: 24 }}
        items={[
          { title: t('catalog.step.draft'), content: formatDate(version.createdAt) },
          { title: t('catalog.step.submitted'), content: formatDate(version.submittedAt, '') },
          { title: t('catalog.step.approved'), content: formatDate(version.approvedAt, '') },
          { title: t('catalog.step.filed'), content: version.filing ? formatDate(version.filing.date) : '' },
        ]}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'status', label: t('catalog.status'), children: <VersionTags version={version} /> },
          { key: 'count', label: t('catalog.itemCount'), children: version.itemCount },
          {
            key: 'created',
            label: t('catalog.createdBy'),
            children: `${person(version.createdBy)} ${formatDateTime(version.createdAt)}`,
          },
          // Later steps appear once they have happened.
          ...(version.submittedAt
            ? [
                {
                  key: 'submitted',
                  label: t('catalog.submittedAt'),
                  children: formatDateTime(version.submittedAt),
                },
              ]
            : []),
          ...(version.approvedBy
            ? [
                {
                  key: 'approved',
                  label: t('catalog.approvedBy'),
                  children: `${person(version.approvedBy)} ${formatDateTime(version.approvedAt)}`,
                },
              ]
            : []),
          ...(version.filing
            ? [
                { key: 'filingNumber', label: t('catalog.filingNumber'), children: version.filing.number },
                {
                  key: 'filingDate',
                  label: t('catalog.filingDate'),
                  children: formatDate(version.filing.date),
                },
                {
                  key: 'document',
                  label: t('catalog.filingDocument'),
                  children: (
                    <Typography.Link href={filingDocumentUrl(version.kind, version.id)} download>
                      <PaperClipOutlined /> {version.filing.documentName}
                    </Typography.Link>
                  ),
                },
              ]
            : []),
          ...(version.note
            ? [{ key: 'note', label: t('catalog.note'), span: 'filled' as const, children: version.note }]
            : []),
        ]}
      />
    </Card>
  );
}
