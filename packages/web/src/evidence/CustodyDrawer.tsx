import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDateTime } from '../shared/format';
import { type Evidence, fetchCustody } from './evidence-api';
import { CUSTODY_COLOR, CUSTODY_LABEL } from './evidence-labels';

/** an item's chain of custody, oldest first — who handled it, when, from where. */
export function CustodyDrawer({
  item,
  onClose,
  stageName = (code) => code,
}: {
  item: Evidence | null;
  onClose: () => void;
  /** The stage's name for its code (the panel knows the case's procedure). */
  stageName?: (code: string) => string;
}) {
  const t = useT();
  const custody = useQuery({
    queryKey: ['evidence', 'custody', item?.id],
    queryFn: ({ signal }) => fetchCustody(item!.id, signal),
    enabled: item !== null,
  });
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      size={480}
      title={item ? t('evidence.custodyTitle', { title: item.title }) : ''}
      data-testid="custody-drawer"
    >
      {item ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
          SHA-256 {item.sha256}
          <br />
          SM3 {item.sm3}
        </Typography.Paragraph>
      ) : null}
      {custody.isLoading ? (
        <Spin />
      ) : custody.isError ? (
        <ErrorResult error={custody.error} onRetry={() => custody.refetch()} />
      ) : (custody.data?.events.length ?? 0) === 0 ? (
        <Empty description={t('evidence.custodyEmpty')} />
      ) : (
        <Timeline
          items={custody.data!.events.map((e) => ({
            key: e.seq,
            color: CUSTODY_COLOR[e.action],
            content: (
              <>
                <Tag color={CUSTODY_COLOR[e.action]}>{t(CUSTODY_LABEL[e.action])}</Tag>
                <Typography.Text>{e.actorName ?? '—'}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(e.at)} · {e.ip}
                    {e.stage ? ` · ${stageName(e.stage)}` : ''}
                  </Typography.Text>
                </div>
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
