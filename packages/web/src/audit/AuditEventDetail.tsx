import { ArrowRightOutlined } from '@ant-design/icons';
import { Descriptions, Table, Typography } from 'antd';
import { useT } from '../i18n/language';
import { formatValue } from '../shared/format';
import type { AuditEvent } from './audit-api';
import { changeRows } from './audit-range';

/** The expanded row: what changed (before → after), why, from where, and the hash-chain links. */
export function AuditEventDetail({ event }: { event: AuditEvent }) {
  const t = useT();
  const rows = changeRows(event.changes);
  return (
    <div style={{ padding: '8px 0' }}>
      {rows.length > 0 ? (
        <Table
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          style={{ marginBottom: 16 }}
          columns={[
            {
              title: t('audit.field'),
              dataIndex: 'field',
              width: 200,
              render: (f: string) => <Typography.Text code>{f}</Typography.Text>,
            },
            {
              title: t('audit.before'),
              dataIndex: 'before',
              render: (v: unknown) => (
                <Typography.Text
                  type="danger"
                  delete={v !== null && v !== undefined}
                  style={{ wordBreak: 'break-all' }}
                >
                  {formatValue(v)}
                </Typography.Text>
              ),
            },
            { key: 'arrow', width: 32, render: () => <ArrowRightOutlined aria-label={t('audit.becomes')} /> },
            {
              title: t('audit.after'),
              dataIndex: 'after',
              render: (v: unknown) => (
                <Typography.Text type="success" style={{ wordBreak: 'break-all' }}>
                  {formatValue(v)}
                </Typography.Text>
              ),
            },
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('audit.noChanges')}</Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'reason', label: t('audit.reason'), children: event.reason || '—', span: 'filled' },
          {
            key: 'target',
            label: t('audit.target'),
            children: `${event.targetType} / ${event.targetId || '—'}`,
          },
          { key: 'ip', label: t('audit.ip'), children: event.ip || '—' },
          { key: 'ua', label: t('audit.userAgent'), children: event.userAgent || '—', span: 'filled' },
          {
            key: 'hash',
            label: t('audit.hash'),
            children: (
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {event.hash}
              </Typography.Text>
            ),
            span: 'filled',
          },
          {
            key: 'prevHash',
            label: t('audit.prevHash'),
            children: (
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {event.prevHash}
              </Typography.Text>
            ),
            span: 'filled',
          },
        ]}
      />
    </div>
  );
}
