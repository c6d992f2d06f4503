import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Divider,
  Flex,
  Form,
  InputNumber,
  Radio,
  Statistic,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useBilingual, useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { type Deadline, type DeadlineQuery, fetchDeadline } from './calendar-api';

interface Values {
  from: Dayjs;
  days: number;
  unit: DeadlineQuery['unit'];
}

/** Legal time limits are counted in working or calendar days; 期限 rules live on the server, this asks it. */
export function DeadlineCalculator() {
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguage(form);
  const { t, lang } = useLanguage();
  const pick = useBilingual();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [result, setResult] = useState<Deadline | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      setResult(await fetchDeadline({ from: v.from.format('YYYY-MM-DD'), days: v.days, unit: v.unit }));
    } catch (err) {
      setResult(null);
      if (!(isApiError(err) && showOnForm(form, err, lang))) message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('calendar.deadline')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setResult(null)}
        initialValues={{ from: dayjs(), days: 7, unit: 'working' }}
      >
        <Form.Item
          name="from"
          label={t('calendar.deadlineFrom')}
          rules={[{ required: true, message: t('calendar.deadlineFromRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="days"
          label={t('calendar.deadlineDays')}
          rules={[
            {
              required: true,
              type: 'integer',
              min: 1,
              max: 3650,
              message: t('calendar.deadlineDaysRange', { min: 1, max: 3650 }),
            },
          ]}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="unit" label={t('calendar.deadlineUnit')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'working', label: t('calendar.workingDays') },
              { value: 'calendar', label: t('calendar.calendarDays') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('calendar.calculate')}
        </Button>
      </Form>
      {result ? (
        <div aria-live="polite">
          <Divider />
          <Flex vertical gap="middle">
            <Statistic
              title={t('calendar.due')}
              value={`${result.due} ${dayjs(result.due).format('dddd')}`}
              styles={{ content: { color: '#cf1322' } }}
            />
            <Typography.Text type="secondary">
              {t('calendar.countFrom', { date: result.start })}
            </Typography.Text>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {pick(result.explanation, result.explanationEn)}
            </Typography.Paragraph>
            {result.warnings.map((w) => (
              <Alert key={w.code} type="warning" showIcon title={pick(w.message, w.messageEn)} />
            ))}
          </Flex>
        </div>
      ) : null}
    </Card>
  );
}
