import { EditOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Calendar,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Select,
  Skeleton,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useCan } from '../auth/session';
import { useLanguage } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { type CalendarDay, fetchYear, fetchYears, putDay } from './calendar-api';
import { indexDays, selectableYears } from './calendar-days';
import { DayEditModal, type DayEditTarget } from './DayEditModal';
import { DeadlineCalculator } from './DeadlineCalculator';

const KIND_COLOR = { holiday: 'red', workday: 'blue' } as const;

export function CalendarPage() {
  const { t } = useLanguage();
  const can = useCan();
  const canWrite = can('calendar.write');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const today = dayjs();
  const [month, setMonth] = useState<Dayjs>(today);
  const [editing, setEditing] = useState<DayEditTarget | null>(null);
  const year = month.year();

  const years = useQuery({
    queryKey: ['calendar', 'years'],
    queryFn: ({ signal }) => fetchYears(signal).then((r) => r.items),
  });
  const days = useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: ({ signal }) => fetchYear(year, signal),
  });
  const index = useMemo(() => indexDays(days.data?.days ?? []), [days.data]);
  const yearInfo = years.data?.find((y) => y.year === year);

  const saveDay = async (
    date: string,
    body: { kind: CalendarDay['kind'] | 'normal'; name?: string; reason: string },
  ) => {
    await putDay(date, body);
    message.success(t('calendar.saved', { date }));
    // Deadlines depend on the schedule, so cached calculations go too.
    await queryClient.invalidateQueries({ queryKey: ['calendar'] });
  };

  const header = (
    <PageHeader
      title={t('menu.calendar')}
      subTitle={t('calendar.subtitle')}
      extra={
        <>
          <Select<number>
            aria-label={t('calendar.year')}
            value={year}
            loading={years.isPending}
            style={{ width: 140 }}
            onChange={(y) => setMonth(y === today.year() ? today : dayjs(`${y}-01-01`))}
            options={selectableYears(years.data ?? [], today.year()).map((y) => ({
              value: y,
              label: t('calendar.yearOption', { year: y }),
            }))}
          />
          {canWrite ? (
            <Button icon={<PlusOutlined />} onClick={() => setEditing({ date: null, current: undefined })}>
              {t('calendar.adjustDay')}
            </Button>
          ) : null}
        </>
      }
    />
  );

  const overrides = days.data?.days ?? [];

  return (
    <>
      {header}
      {years.isSuccess && !yearInfo?.covered ? (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.notCovered', { year })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16} xxl={17}>
          <Card>
            {days.isError ? (
              <ErrorResult error={days.error} onRetry={() => void days.refetch()} />
            ) : (
              <Spin spinning={days.isFetching} description={t('common.loading')}>
                <Calendar
                  value={month}
                  validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]}
                  onPanelChange={(d) => setMonth(d)}
                  onSelect={(d, { source }) => {
                    setMonth(d);
                    if (source === 'date' && canWrite) {
                      const date = d.format('YYYY-MM-DD');
                      setEditing({ date, current: index.get(date) });
                    }
                  }}
                  headerRender={({ value, onChange }) => (
                    <Flex
                      justify="space-between"
                      align="center"
                      wrap
                      gap="small"
                      style={{ padding: '0 0 12px' }}
                    >
                      <Flex align="center" gap="small">
                        <Button
                          icon={<LeftOutlined />}
                          aria-label={t('calendar.prevMonth')}
                          disabled={value.month() === 0}
                          onClick={() => onChange(value.subtract(1, 'month'))}
                        />
                        <Select<number>
                          aria-label={t('calendar.month')}
                          value={value.month()}
                          style={{ width: 120 }}
                          onChange={(m) => onChange(value.month(m))}
                          options={Array.from({ length: 12 }, (_, m) => ({
                            value: m,
                            label: value.month(m).format(t('calendar.monthFormat')),
                          }))}
                        />
                        <Button
                          icon={<RightOutlined />}
                          aria-label={t('calendar.nextMonth')}
                          disabled={value.month() === 11}
                          onClick={() => onChange(value.add(1, 'month'))}
                        />
                      </Flex>
                      <Flex gap="small" align="center">
                        <Tag color={KIND_COLOR.holiday}>{t('calendar.holidayShort')}</Tag>
                        <Typography.Text type="secondary">{t('calendar.holiday')}</Typography.Text>
                        <Tag color={KIND_COLOR.workday}>{t('calendar.workdayShort')}</Tag>
                        <Typography.Text type="secondary">{t('calendar.workday')}</Typography.Text>
                        {canWrite ? (
                          <Typography.Text type="secondary">· {t('calendar.clickToEdit')}</Typography.Text>
                        ) : null}
                      </Flex>
                    </Flex>
                  )}
                  cellRender={(d, info) => {
                    if (info.type !== 'date') return info.originNode;
                    const day = index.get(d.format('YYYY-MM-DD'));
                    if (!day) return null;
                    return (
                      <Tag
                        color={KIND_COLOR[day.kind]}
                        style={{
                          marginInlineEnd: 0,
                          maxWidth: '100%',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                        }}
                      >
                        {day.kind === 'holiday' ? t('calendar.holidayShort') : t('calendar.workdayShort')}{' '}
                        {day.name}
                      </Tag>
                    );
                  }}
                />
              </Spin>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8} xxl={7}>
          <DeadlineCalculator />
        </Col>
        <Col xs={24}>
          <Card title={t('calendar.overrides', { year })}>
            {days.isPending ? (
              <Skeleton active />
            ) : days.isError ? null : (
              <Table<CalendarDay>
                rowKey="date"
                size="small"
                dataSource={overrides}
                pagination={overrides.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
                locale={{
                  emptyText: (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noOverrides')} />
                  ),
                }}
                columns={[
                  {
                    title: t('calendar.date'),
                    dataIndex: 'date',
                    render: (d: string) => `${d} ${dayjs(d).format('ddd')}`,
                  },
                  {
                    title: t('calendar.dayKind'),
                    dataIndex: 'kind',
                    render: (k: CalendarDay['kind']) => (
                      <Tag color={KIND_COLOR[k]}>
                        {k === 'holiday' ? t('calendar.holiday') : t('calendar.workday')}
                      </Tag>
                    ),
                  },
                  { title: t('calendar.dayName'), dataIndex: 'name', render: (n: string) => n || '—' },
                  ...(canWrite
                    ? [
                        {
                          title: t('common.actions'),
                          key: 'actions',
                          render: (_: unknown, d: CalendarDay) => (
                            <Button
                              size="small"
                              icon={<EditOutlined />}
                              onClick={() => setEditing({ date: d.date, current: d })}
                            >
                              {t('common.edit')}
                            </Button>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      <DayEditModal
        target={editing}
        year={year}
        lookup={(date) => index.get(date)}
        onClose={() => setEditing(null)}
        onSubmit={saveDay}
      />
    </>
  );
}
