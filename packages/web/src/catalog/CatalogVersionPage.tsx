import {
  ArrowLeftOutlined,
  AuditOutlined,
  CheckOutlined,
  DiffOutlined,
  DownloadOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Skeleton, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCan, useCurrentUser } from '../auth/session';
import { useT } from '../i18n/language';
import { dateInChina } from '../shared/china-date';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { ReasonModal } from '../shared/ReasonModal';
import { useErrorText } from '../shared/use-error-text';
import { ApproveModal } from './ApproveModal';
import { approveVersion, exportUrl, fileVersion, returnVersion, submitVersion } from './catalog-api';
import { KIND_LABEL } from './catalog-labels';
import type { CatalogKind } from './catalog-model';
import { catalogPath, diffHref, useRefreshCatalog, useVersion } from './catalog-queries';
import { FilingModal } from './FilingModal';
import { ItemsCard } from './ItemsCard';
import { VersionSummary } from './VersionSummary';
import { type VersionAction, versionActions } from './workflow';

type Dialog = 'approve' | 'return' | 'file' | null;

/** One version of a list: where it stands, its items, and the workflow step the user may take next. */
export function CatalogVersionPage({ kind }: { kind: CatalogKind }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const can = useCan();
  const me = useCurrentUser();
  const { versionId } = useParams();
  const version = useVersion(kind, versionId);
  const refresh = useRefreshCatalog(kind);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (version.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (version.isError) return <ErrorResult error={version.error} onRetry={() => void version.refetch()} />;
  const v = version.data;
  const offered = versionActions(v, can, me.username);
  const editable = offered.some((a) => a.action === 'editItems');
  const label = `${t(KIND_LABEL[kind])} · ${t('catalog.versionNo', { no: v.versionNo })}`;

  const confirmSubmit = () =>
    modal.confirm({
      title: t('catalog.submitConfirmTitle'),
      content: t('catalog.submitConfirm', { count: v.itemCount }),
      okText: t('catalog.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await submitVersion(kind, v.id);
          message.success(t('catalog.submitted', { no: v.versionNo }));
          await refresh();
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  const buttons: Record<VersionAction, (disabled: boolean) => ReactNode> = {
    editItems: () => null,
    import: () => null,
    submit: (disabled) => (
      <Button type="primary" icon={<SendOutlined />} disabled={disabled} onClick={confirmSubmit}>
        {t('catalog.submit')}
      </Button>
    ),
    approve: (disabled) => (
      <Button
        type="primary"
        icon={<CheckOutlined />}
        disabled={disabled}
        onClick={() => setDialog('approve')}
      >
        {t('catalog.approve')}
      </Button>
    ),
    return: (disabled) => (
      <Button danger icon={<RollbackOutlined />} disabled={disabled} onClick={() => setDialog('return')}>
        {t('catalog.return')}
      </Button>
    ),
    file: (disabled) => (
      <Button type="primary" icon={<AuditOutlined />} disabled={disabled} onClick={() => setDialog('file')}>
        {t('catalog.file')}
      </Button>
    ),
  };

  return (
    <>
      <PageHeader
        title={`${label} · ${v.title}`}
        subTitle={t(`catalog.kindHint.${kind}`)}
        extra={
          <>
            {offered.map(({ action, disabledReason }) => {
              const button = buttons[action](Boolean(disabledReason));
              if (!button) return null;
              return disabledReason ? (
                <Tooltip key={action} title={t(disabledReason)}>
                  <span>{button}</span>
                </Tooltip>
              ) : (
                <span key={action}>{button}</span>
              );
            })}
            <Button icon={<DownloadOutlined />} href={exportUrl(kind, v.id)} download>
              {t('catalog.export')}
            </Button>
            <Button icon={<DiffOutlined />} onClick={() => navigate(diffHref(kind, undefined, v.id))}>
              {t('catalog.compare')}
            </Button>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(catalogPath(kind))}>
              {t('catalog.allVersions')}
            </Button>
          </>
        }
      />
      <VersionSummary version={v} />
      <ItemsCard kind={kind} version={v} editable={editable} />

      <ApproveModal
        open={dialog === 'approve'}
        description={t('catalog.approveConfirm', { no: v.versionNo, count: v.itemCount })}
        onClose={() => setDialog(null)}
        onSubmit={async (comment) => {
          await approveVersion(kind, v.id, comment || undefined);
          message.success(t('catalog.approved', { no: v.versionNo }));
          await refresh();
        }}
      />
      <ReasonModal
        open={dialog === 'return'}
        title={t('catalog.return')}
        description={t('catalog.returnHint')}
        label={t('catalog.returnReason')}
        placeholder={t('catalog.returnReasonPlaceholder')}
        okText={t('catalog.return')}
        danger
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          await returnVersion(kind, v.id, reason);
          message.success(t('catalog.returned', { no: v.versionNo }));
          await refresh();
        }}
      />
      <FilingModal
        open={dialog === 'file'}
        title={t('catalog.file')}
        description={t('catalog.fileHint')}
        withDocument
        numberMax={100}
        earliestDate={dateInChina(v.approvedAt)}
        onClose={() => setDialog(null)}
        onSubmit={async ({ filingNumber, filingDate, document }) => {
          await fileVersion(kind, v.id, { filingNumber, filingDate, document: document! });
          message.success(t('catalog.filed', { no: v.versionNo, number: filingNumber }));
          await refresh();
        }}
      />
    </>
  );
}
