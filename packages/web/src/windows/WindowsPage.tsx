import { EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { WindowFormModal } from './WindowFormModal';
import { boardUrl, fetchWindows, type ServiceWindow } from './windows-api';

/** 窗口公示 (P-08): the service windows and their printable boards. */
export function WindowsPage() {
  const t = useT();
  const can = useCan();
  const canEdit = can('windows.edit');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ServiceWindow | 'new' | null>(null);
  const windows = useQuery({ queryKey: ['windows'], queryFn: ({ signal }) => fetchWindows(signal) });

  const columns: TableColumnsType<ServiceWindow> = [
    {
      title: t('windows.code'),
      dataIndex: 'code',
      width: 100,
      sorter: (a, b) => a.code.localeCompare(b.code),
    },
    {
      title: t('windows.name'),
      dataIndex: 'name',
      render: (name: string, w) => (
        <>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {w.post} · {w.location}
          </Typography.Text>
        </>
      ),
    },
    { title: t('windows.duties'), key: 'duties', width: 90, render: (_, w) => w.duties.length },
    { title: t('windows.materials'), key: 'materials', width: 150, render: (_, w) => w.materials.length },
    {
      title: t('windows.active'),
      key: 'active',
      width: 100,
      filters: [
        { text: t('windows.active'), value: true },
        { text: t('windows.inactive'), value: false },
      ],
      onFilter: (value, w) => w.active === value,
      render: (_, w) =>
        w.active ? <Tag color="green">{t('windows.active')}</Tag> : <Tag>{t('windows.inactive')}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      render: (_, w) => (
        <>
          <Button
            type="link"
            icon={<PrinterOutlined />}
            href={boardUrl(w.code)}
            target="_blank"
            disabled={!w.active}
          >
            {t('windows.board')}
          </Button>
          {canEdit ? (
            <Button type="link" icon={<EditOutlined />} onClick={() => setEditing(w)}>
              {t('common.edit')}
            </Button>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('windows.title')}
        subTitle={t('windows.subtitle')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('windows.add')}
            </Button>
          ) : null
        }
      />
      <Card>
        {windows.isError ? (
          <ErrorResult error={windows.error} onRetry={() => void windows.refetch()} />
        ) : (
          <Table
            rowKey="id"
            loading={windows.isPending}
            columns={columns}
            dataSource={windows.data?.items ?? []}
            pagination={{ pageSize: 20, showSizeChanger: true, hideOnSinglePage: false }}
            locale={{ emptyText: <Empty description={t('windows.empty')} /> }}
          />
        )}
      </Card>
      <WindowFormModal
        open={editing !== null}
        window={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void queryClient.invalidateQueries({ queryKey: ['windows'] });
        }}
      />
    </>
  );
}
