import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  List,
  Row,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { FullPageSpin } from '../shared/FullPageSpin';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { ReasonModal } from '../shared/ReasonModal';
import { useErrorText } from '../shared/use-error-text';
import {
  addRedaction,
  approvePublication,
  fetchPublication,
  REDACTION_KINDS,
  type Redaction,
  type RedactionKind,
  saveRedactions,
  segments,
  withdrawPublication,
} from './publicity-api';
import { RevocationModal } from './RevocationModal';

const KIND_LABEL: Record<RedactionKind, string> = {
  'id-number': '身份证号码',
  phone: '联系电话',
  'bank-card': '银行卡号',
  'bank-account': '银行账号',
  address: '自然人住址',
  'person-name': '其他自然人姓名',
  health: '健康信息',
  other: '其他不宜公开的信息',
};

/** The offset in the source text of a point in the highlighted text (each piece carries its start). */
function offsetOf(node: Node | null, offset: number): number | null {
  const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const holder = el?.closest('[data-start]');
  if (!holder) return null;
  return Number(holder.getAttribute('data-start')) + (node?.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * A publication draft (P-09): every redaction highlighted on the original text; the publicity officer
 * removes one by clicking it, adds one by selecting words, saves, and approves (P-02). Published items
 * show their versions, and can be withdrawn with the reason the portal will show.
 */
export function PublicationEditorPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const can = useCan();
  const canManage = can('publicity.manage');
  const queryClient = useQueryClient();
  const q = useQuery({
    queryKey: ['publicity', 'item', id],
    queryFn: ({ signal }) => fetchPublication(id, signal),
  });
  const p = q.data?.publication;
  const [redactions, setRedactions] = useState<Redaction[]>([]);
  const [dirty, setDirty] = useState(false);
  const [kind, setKind] = useState<RedactionKind>('person-name');
  const [withdrawing, setWithdrawing] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [busy, setBusy] = useState(false);
  const selection = useRef<{ start: number; end: number } | null>(null);

  // The officer's selection in the text, read whenever it changes (mouse or keyboard).
  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const a = offsetOf(sel.anchorNode, sel.anchorOffset);
      const b = offsetOf(sel.focusNode, sel.focusOffset);
      if (a === null || b === null || a === b) return;
      selection.current = { start: Math.min(a, b), end: Math.max(a, b) };
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  useEffect(() => {
    if (p) {
      setRedactions(p.redactions);
      setDirty(false);
    }
  }, [p]);

  if (q.isLoading) return <FullPageSpin />;
  if (q.isError || !p) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;

  const editable = canManage && p.status === 'draft';
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['publicity'] });

  const addSelected = () => {
    const s = selection.current;
    if (!s) {
      message.warning(t('publicity.editor.selectFirst'));
      return;
    }
    const next = addRedaction(redactions, {
      kind,
      start: s.start,
      end: s.end,
      text: p.sourceText.slice(s.start, s.end),
      origin: 'manual',
    });
    if (!next) {
      message.warning(t('publicity.editor.overlap'));
      return;
    }
    selection.current = null;
    window.getSelection()?.removeAllRanges();
    setRedactions(next);
    setDirty(true);
  };
  const remove = (r: Redaction) => {
    setRedactions(redactions.filter((x) => x !== r));
    setDirty(true);
  };
  const save = async () => {
    setBusy(true);
    try {
      const res = await saveRedactions(
        id,
        redactions.map(({ kind, start, end, origin }) => ({ kind, start, end, origin })),
      );
      queryClient.setQueryData(['publicity', 'item', id], res);
      message.success(t('publicity.editor.saved'));
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const approve = () =>
    modal.confirm({
      title: t('publicity.approve'),
      content: t('publicity.approveConfirm'),
      okText: t('publicity.approve'),
      onOk: async () => {
        try {
          const res = await approvePublication(id);
          queryClient.setQueryData(['publicity', 'item', id], res);
          message.success(t('publicity.approved'));
          void refresh();
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  const due = p.withdrawal ?? p.publication;
  return (
    <>
      <PageHeader
        title={p.title}
        subTitle={
          <Space wrap>
            <Tag>{t(`publicity.kind.${p.kind}`)}</Tag>
            <Tag
              color={p.status === 'published' ? 'success' : p.status === 'draft' ? 'processing' : 'default'}
            >
              {t(`publicity.status.${p.status}`)}
            </Tag>
            {due ? (
              <Typography.Text strong={due.overdue} style={{ color: due.overdue ? '#c41d1d' : undefined }}>
                {t(p.withdrawal ? 'publicity.withdrawBy' : 'publicity.publishBy', {
                  due: formatDate(due.due),
                })}
                （{due.rule}）{due.overdue ? ` · ${t('publicity.overdue')}` : ''}
              </Typography.Text>
            ) : null}
          </Space>
        }
        extra={
          <Space wrap>
            {p.publicId && p.status !== 'taken-down' ? (
              <Button href={`/publications/${p.publicId}`} target="_blank">
                {t('publicity.viewOnPortal')}
              </Button>
            ) : null}
            {can('cases.revoke-decision') &&
            (p.status === 'draft' || (p.status === 'published' && !p.withdrawal)) ? (
              <Button onClick={() => setRevoking(true)}>{t('publicity.revocation.open')}</Button>
            ) : null}
            {canManage && p.status === 'published' ? (
              <Button danger onClick={() => setWithdrawing(true)}>
                {t('publicity.withdraw')}
              </Button>
            ) : null}
            {editable ? (
              <Button type="primary" disabled={dirty || busy} onClick={approve}>
                {t('publicity.approve')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {p.barredReason ? (
        <Alert
          type="warning"
          showIcon
          title={t('publicity.barred')}
          description={p.barredReason}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {p.withdrawal ? (
        <Alert
          type="error"
          showIcon
          title={t('publicity.withdrawalPending')}
          description={p.withdrawal.reason}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {p.status === 'withdrawn' ? (
        <Alert
          type="info"
          showIcon
          title={t('publicity.withdrawn')}
          description={p.withdrawalReason}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={t('publicity.editor.source')}
            extra={
              <Space>
                <Link to={`/cases/${p.caseId}`}>
                  {t('publicity.case')} {p.caseNo}
                </Link>
              </Space>
            }
          >
            {editable ? (
              <Typography.Paragraph type="secondary">{t('publicity.editor.help')}</Typography.Paragraph>
            ) : null}
            <div
              className="publication-source"
              data-testid="publication-source"
              style={{
                whiteSpace: 'pre-wrap',
                lineHeight: 2,
                fontSize: 15,
                border: '1px solid #d9d9d9',
                borderRadius: 6,
                padding: 12,
              }}
            >
              {segments(p.sourceText, redactions).map((s) =>
                s.redaction ? (
                  editable ? (
                    <mark
                      key={s.start}
                      data-start={s.start}
                      data-kind={s.redaction.kind}
                      title={t('publicity.editor.removeHint', { text: KIND_LABEL[s.redaction.kind] })}
                      style={{ background: '#ffe58f', cursor: 'pointer', padding: '0 2px' }}
                    >
                      <button
                        type="button"
                        aria-label={t('publicity.editor.removeHint', {
                          text: `${KIND_LABEL[s.redaction.kind]} ${s.text}`,
                        })}
                        onClick={() => remove(s.redaction!)}
                        style={{ all: 'unset', cursor: 'pointer' }}
                      >
                        {s.text}
                      </button>
                    </mark>
                  ) : (
                    <mark
                      key={s.start}
                      data-start={s.start}
                      data-kind={s.redaction.kind}
                      style={{ background: '#ffe58f' }}
                    >
                      {s.text}
                    </mark>
                  )
                ) : (
                  <span key={s.start} data-start={s.start}>
                    {s.text}
                  </span>
                ),
              )}
            </div>
            {editable ? (
              <Flex gap="small" wrap style={{ marginTop: 12 }} align="center">
                <Select<RedactionKind>
                  aria-label={t('publicity.editor.addKind')}
                  value={kind}
                  onChange={setKind}
                  style={{ width: 180 }}
                  options={REDACTION_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
                />
                <Button onMouseDown={(e) => e.preventDefault()} onClick={addSelected}>
                  {t('publicity.editor.add')}
                </Button>
                <Button type="primary" ghost disabled={!dirty} loading={busy} onClick={save}>
                  {t('publicity.editor.save')}
                </Button>
                {dirty ? (
                  <Typography.Text type="warning">{t('publicity.editor.unsaved')}</Typography.Text>
                ) : null}
              </Flex>
            ) : null}
          </Card>
          <Card title={t('publicity.editor.findings')} style={{ marginTop: 16 }}>
            {redactions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <List
                size="small"
                dataSource={redactions}
                renderItem={(r) => (
                  <List.Item
                    actions={
                      editable
                        ? [
                            <Button key="x" size="small" type="link" onClick={() => remove(r)}>
                              {t('publicity.editor.keep')}
                            </Button>,
                          ]
                        : undefined
                    }
                  >
                    <Space wrap>
                      <Tag color="gold">{KIND_LABEL[r.kind]}</Tag>
                      <Typography.Text code>{r.text}</Typography.Text>
                      <Typography.Text type="secondary">
                        {t(`publicity.editor.origin.${r.origin}`)}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('publicity.editor.preview')}>
            <div data-testid="publication-preview" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }}>
              {p.preview}
            </div>
          </Card>
          <Card title={t('publicity.versions')} style={{ marginTop: 16 }}>
            <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('publicity.party')}>{p.partyName || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('publicity.status.published')}>
                {formatDate(p.publishedOn)}
              </Descriptions.Item>
              <Descriptions.Item label="公示期至">{formatDate(p.publicUntil)}</Descriptions.Item>
            </Descriptions>
            {p.versions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Timeline
                items={p.versions.map((v) => ({
                  content: (
                    <>
                      <Typography.Text strong>
                        {t('publicity.versionLine', {
                          version: v.version,
                          at: formatDate(v.publishedAt.slice(0, 10)),
                          by: v.publishedBy ?? '—',
                        })}
                      </Typography.Text>
                      <div>{v.reason ?? t('publicity.firstVersion')}</div>
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      <RevocationModal
        caseId={p.caseId}
        open={revoking}
        onClose={() => setRevoking(false)}
        onDone={() => {
          setRevoking(false);
          void refresh();
        }}
      />
      <ReasonModal
        open={withdrawing}
        title={t('publicity.withdrawTitle')}
        label={t('publicity.withdrawReason')}
        okText={t('publicity.withdraw')}
        danger
        onClose={() => setWithdrawing(false)}
        onSubmit={async (reason) => {
          const res = await withdrawPublication(id, reason);
          queryClient.setQueryData(['publicity', 'item', id], res);
          setWithdrawing(false);
          message.success(t('publicity.withdrawn'));
          void refresh();
        }}
      />
    </>
  );
}
