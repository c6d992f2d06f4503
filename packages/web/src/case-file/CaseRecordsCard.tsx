import { FileProtectOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../auth/session';
import { DecisionModal } from '../case-access/DecisionModal';
import type { MessageKey } from '../i18n/dictionary';
import { useBilingual, useT } from '../i18n/language';
import { ReasonModal } from '../shared/ReasonModal';
import {
  askExemption,
  decideExemption,
  type Exemption,
  fetchRecording,
  type RecordKind,
} from './case-file-api';

const KIND: Record<RecordKind, MessageKey> = {
  text: 'recording.kind.text',
  photo: 'recording.kind.photo',
  audio: 'recording.kind.audio',
  video: 'recording.kind.video',
};
const EXEMPTION_COLOR = { pending: 'warning', approved: 'success', denied: 'error' } as const;

/**
 * In the case workspace (R-02, R-05, R-07): what the current stage must record and what it lacks; for a
 * stage that must be filmed, whether footage is linked, the exemption request and a head's decision; and the
 * way to the case file.
 */
export function CaseRecordsCard({ caseId, onChanged }: { caseId: string; onChanged?: () => void }) {
  const t = useT();
  const pick = useBilingual();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<Exemption | null>(null);
  const q = useQuery({
    queryKey: ['recording', caseId],
    queryFn: ({ signal }) => fetchRecording(caseId, signal),
  });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['recording', caseId] });
    onChanged?.();
  };
  const current = q.data?.stages.find((s) => s.current);
  return (
    <Card
      title={t('recording.title')}
      data-testid="case-records"
      extra={
        <Link to={`/cases/${encodeURIComponent(caseId)}/file`}>
          <FileProtectOutlined /> {t('recording.openFile')}
        </Link>
      }
      loading={q.isLoading}
    >
      {current ? (
        <Flex vertical gap={8}>
          <div>
            <Typography.Text type="secondary">
              {t('recording.stageRule')}（{pick(current.name, current.nameEn)}）：
            </Typography.Text>
            <Space size={4} wrap>
              {current.requiredRecords.map((k) => (
                <Tag key={k} color={current.missingRecords.includes(k) ? 'default' : 'blue'}>
                  {t(KIND[k])}
                </Tag>
              ))}
            </Space>
            <div>
              {current.missingRecords.length ? (
                <Typography.Text type="warning">
                  {t('recording.missing', {
                    kinds: current.missingRecords.map((k) => t(KIND[k])).join('、'),
                  })}
                </Typography.Text>
              ) : (
                <Typography.Text type="success">{t('recording.complete')}</Typography.Text>
              )}
            </div>
          </div>
          {current.footageRequired ? (
            <Alert
              type={current.footageSatisfied ? 'success' : 'warning'}
              showIcon
              message={
                current.footageSatisfied
                  ? current.evidence.some((e) => e.kind === 'video')
                    ? t('recording.footageOk')
                    : t('recording.footageExempt')
                  : t('recording.footageMissing')
              }
              description={t('recording.footageRequired')}
              action={
                !current.footageSatisfied &&
                can('cases.act') &&
                !current.exemptions.some((x) => x.status !== 'denied') ? (
                  <Button size="small" onClick={() => setAsking(current.stage)}>
                    {t('recording.askExemption')}
                  </Button>
                ) : null
              }
            />
          ) : null}
          {current.exemptions.length ? (
            <List
              size="small"
              dataSource={current.exemptions}
              renderItem={(x) => (
                <List.Item
                  actions={
                    x.status === 'pending' && can('cases.approve')
                      ? [
                          <Button key="d" size="small" type="link" onClick={() => setDeciding(x)}>
                            {t('access.decide')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space>
                        <Tag color={EXEMPTION_COLOR[x.status]}>
                          {t(`recording.exemption.${x.status}` as MessageKey)}
                        </Tag>
                        {x.reason}
                      </Space>
                    }
                    description={`${x.requestedBy}${x.decidedBy ? ` → ${x.decidedBy}：${x.opinion ?? ''}` : ''}`}
                  />
                </List.Item>
              )}
            />
          ) : null}
        </Flex>
      ) : null}
      <ReasonModal
        open={asking !== null}
        title={t('recording.askExemption')}
        label={t('recording.exemptionReason')}
        okText={t('recording.askExemption')}
        onSubmit={async (reason) => {
          await askExemption(caseId, { stage: asking!, reason });
          message.success(t('recording.exemptionAsked'));
          await refresh();
        }}
        onClose={() => setAsking(null)}
      />
      <DecisionModal
        open={deciding !== null}
        title={t('recording.askExemption')}
        description={<Typography.Paragraph>{deciding?.reason}</Typography.Paragraph>}
        onSubmit={async (d) => {
          await decideExemption(caseId, deciding!.id, { approve: d.approve, opinion: d.opinion });
          await refresh();
        }}
        onClose={() => setDeciding(null)}
      />
    </Card>
  );
}
