import {
  AuditOutlined,
  EditOutlined,
  PaperClipOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { PAGE_SIZE_OPTIONS } from '../api/pagination';
import { useCan } from '../auth/session';
import { FilingModal } from '../catalog/FilingModal';
import { useT } from '../i18n/language';
import { todayInChina } from '../shared/china-date';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { readEnum } from '../shared/search-state';
import { useErrorText } from '../shared/use-error-text';
import { useSearchState } from '../shared/use-search-state';
import { RuleFormModal } from './RuleFormModal';
import { RULE_KIND_LABEL, RULE_STATUS_COLOR, RULE_STATUS_LABEL } from './rule-labels';
import {
  dueState,
  fetchRules,
  fileRule,
  formatSize,
  RULE_ATTACHMENT_MAX_BYTES,
  RULE_ATTACHMENT_TYPES,
  RULE_STATUSES,
  type Rule,
  type RulesQuery,
  ruleAttachmentUrl,
  uploadRuleAttachment,
} from './rules-api';

const DUE_COLOR = { overdue: '#c41d1d', soon: '#ad5700', ok: undefined } as const;

/** 制度文件 (I-01): the bureau's own rules, when each is due, and whether it has been filed. */
export function RulesPage() {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const can = useCan();
  const canEdit = can('rules.edit');
  const queryClient = useQueryClient();
  const { params, page, pageSize, update } = useSearchState();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [filing, setFiling] = useState<Rule | null>(null);

  const query: RulesQuery = {
    page,
    pageSize,
    q: params.get('q') ?? undefined,
    status: readEnum(params, 'status', RULE_STATUSES),
    overdue: params.get('overdue') === 'true' ? true : params.get('overdue') === 'false' ? false : undefined,
  };
  const [searchText, setSearchText] = useState(query.q ?? '');
  useEffect(() => setSearchText(query.q ?? ''), [query.q]);

  const rules = useQuery({
    queryKey: ['rules', 'list', query],
    queryFn: ({ signal }) => fetchRules(query, signal),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['rules'] });
  const today = todayInChina();

  const upload = async (rule: Rule, file: File) => {
    const lower = file.name.toLowerCase();
    if (!RULE_ATTACHMENT_TYPES.some((ext) => lower.endsWith(ext))) {
      message.error(t('rules.attachmentType', { types: RULE_ATTACHMENT_TYPES.join(' ') }));
      return;
    }
    if (file.size > RULE_ATTACHMENT_MAX_BYTES) {
      message.error(t('filing.documentTooLarge', { mb: 20 }));
      return;
    }
    try {
      await uploadRuleAttachment(rule.id, file);
      message.success(t('rules.attachmentUploaded', { name: file.name }));
      await refresh();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const columns: TableColumnsType<Rule> = [
    {
      title: t('rules.title'),
      dataIndex: 'title',
      fixed: 'left',
      render: (title: string, r) => (
        <>
          <Typography.Text>{title}</Typography.Text>
          <Flex wrap gap={4} style={{ marginTop: 4 }}>
            <Tag variant="outlined">{t(RULE_KIND_LABEL[r.kind])}</Tag>
            {r.requirementIds.map((id) => (
              <Tag key={id} color="blue" variant="outlined">
                {id}
              </Tag>
            ))}
          </Flex>
        </>
      ),
    },
    {
      title: t('rules.dueDate'),
      dataIndex: 'dueDate',
      width: 110,
      render: (d: string, r) => {
        const state = dueState(r, today);
        return (
          <Typography.Text
            strong={state === 'overdue'}
            style={{ color: DUE_COLOR[state], whiteSpace: 'nowrap' }}
          >
            {formatDate(d)}
          </Typography.Text>
        );
      },
    },
    {
      title: t('rules.status'),
      key: 'status',
      width: 100,
      filters: RULE_STATUSES.map((s) => ({ text: t(RULE_STATUS_LABEL[s]), value: s })),
      filterMultiple: false,
      filteredValue: query.status ? [query.status] : null,
      render: (_, r) => <Tag color={RULE_STATUS_COLOR[r.status]}>{t(RULE_STATUS_LABEL[r.status])}</Tag>,
    },
    {
      title: t('rules.overdueColumn'),
      key: 'overdue',
      width: 120,
      filters: [
        { text: t('rules.overdueOnly'), value: 'true' },
        { text: t('rules.notOverdue'), value: 'false' },
      ],
      filterMultiple: false,
      filteredValue: query.overdue === undefined ? null : [String(query.overdue)],
      render: (_, r) =>
        r.overdue ? (
          <Tag color="error" variant="solid">
            {t('rules.overdueDays', { days: Math.max(1, dayjs(today).diff(dayjs(r.dueDate), 'day')) })}
          </Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('rules.filing'),
      key: 'filing',
      width: 170,
      render: (_, r) =>
        r.filingNumber ? (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>{r.filingNumber}</span>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDate(r.filedAt)}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('rules.attachment'),
      key: 'attachment',
      width: 200,
      render: (_, r) =>
        r.attachment ? (
          <Typography.Link href={ruleAttachmentUrl(r.id)} download title={`SHA-256 ${r.attachment.sha256}`}>
            <PaperClipOutlined /> {r.attachment.name}{' '}
            <Typography.Text type="secondary">({formatSize(r.attachment.size)})</Typography.Text>
          </Typography.Link>
        ) : (
          <Typography.Text type="secondary">{t('rules.noAttachment')}</Typography.Text>
        ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            width: 130,
            render: (_: unknown, r: Rule) => (
              <Flex wrap gap={4}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                  {t('common.edit')}
                </Button>
                <Upload
                  showUploadList={false}
                  accept={RULE_ATTACHMENT_TYPES.join(',')}
                  customRequest={async ({ file, onSuccess }) => {
                    await upload(r, file as File);
                    onSuccess?.({});
                  }}
                >
                  <Button size="small" type="link" icon={<UploadOutlined />}>
                    {t('rules.upload')}
                  </Button>
                </Upload>
                {r.status !== 'filed' ? (
                  <Tooltip title={r.attachment ? undefined : t('rules.fileNeedsAttachment')}>
                    <Button
                      size="small"
                      type="link"
                      icon={<AuditOutlined />}
                      disabled={!r.attachment}
                      onClick={() => setFiling(r)}
                    >
                      {t('rules.file')}
                    </Button>
                  </Tooltip>
                ) : null}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  const hasFilters = Boolean(query.q || query.status || query.overdue !== undefined);

  return (
    <>
      <PageHeader
        title={t('menu.rules')}
        subTitle={t('rules.subtitle')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('rules.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap="middle" wrap style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('rules.search')}
            placeholder={t('rules.search')}
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(q) => update({ q: q.trim() || null })}
            enterButton={t('common.search')}
            maxLength={50}
            style={{ width: 340 }}
          />
          {hasFilters ? (
            <Button onClick={() => update({ q: null, status: null, overdue: null })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Flex>
        {rules.isError && !rules.data ? (
          <ErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
        ) : (
          <Table<Rule>
            rowKey="id"
            columns={columns}
            dataSource={rules.data?.items ?? []}
            loading={rules.isFetching}
            scroll={{ x: canEdit ? 1150 : 1000 }}
            rowClassName={(r) => (r.overdue ? 'rule-overdue' : '')}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={hasFilters ? t('common.noMatch') : t('rules.empty')}
                />
              ),
            }}
            pagination={{
              current: page,
              pageSize,
              total: rules.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZE_OPTIONS,
              showTotal: (total) => t('common.total', { total }),
            }}
            onChange={(pagination, filters) => {
              const status = filters.status?.[0];
              const overdue = filters.overdue?.[0];
              update({
                page: pagination.current,
                pageSize: pagination.pageSize,
                status: status === undefined ? null : String(status),
                overdue: overdue === undefined ? null : String(overdue),
              });
            }}
          />
        )}
      </Card>
      <RuleFormModal
        open={editing !== null}
        rule={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(rule, created) => {
          setEditing(null);
          message.success(t(created ? 'rules.created' : 'rules.saved', { title: rule.title }));
          void refresh();
        }}
      />
      <FilingModal
        open={filing !== null}
        title={filing ? `${t('rules.file')} · ${filing.title}` : t('rules.file')}
        description={t('rules.fileHint')}
        withDocument={false}
        numberMax={60}
        onClose={() => setFiling(null)}
        onSubmit={async ({ filingNumber, filingDate }) => {
          if (!filing) return;
          await fileRule(filing.id, { filingNumber, filedAt: filingDate });
          message.success(t('rules.filed', { title: filing.title, number: filingNumber }));
          await refresh();
        }}
      />
    </>
  );
}
