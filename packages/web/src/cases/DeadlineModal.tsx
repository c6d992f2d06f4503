import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { type ApiError, isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useBilingual, useLanguage } from '../i18n/language';
import type { Deadline } from './cases-api';

export type DeadlineChange = 'suspend' | 'resume' | 'extend';

export type DeadlineChangeBody =
  | { kind: 'suspend'; from: string; to?: string; reason: string }
  | { kind: 'resume'; on: string; reason?: string }
  | { kind: 'extend'; days: number; reason: string };

interface Values {
  from?: Dayjs;
  to?: Dayjs;
  on?: Dayjs;
  days?: number;
  reason?: string;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * 中止 / 恢复 / 延期 of a running deadline, approved by a head: the same checks as the server
 * (deadline-writes.ts): a suspension starts after the event the period runs from and ends after it starts;
 * counting resumes after the suspension began and no later than tomorrow; a seizure is extended once, ≤ 30 days.
 */
export function DeadlineModal({
  deadline,
  change,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  deadline: Deadline | null;
  change: DeadlineChange;
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (body: DeadlineChangeBody) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const pick = useBilingual();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!deadline) return;
    form.resetFields();
    form.setFieldsValue({
      from: dayjs(),
      on: dayjs(),
      days: deadline.kind === 'seizure-30' ? 30 : undefined,
    });
  }, [deadline, form]);
  useEffect(() => {
    if (!error || !isApiError(error)) return;
    if (showOnForm(form, error, lang)) return;
    form.setFields([
      {
        name: change === 'extend' ? 'days' : change === 'suspend' ? 'from' : 'on',
        errors: [error.text(lang)],
      },
    ]);
  }, [error, form, lang, change]);
  const openSuspension = deadline?.suspensions?.find((s) => !s.to);
  const seizure = deadline?.kind === 'seizure-30';
  const maxDays = seizure ? 30 : 365;
  const title =
    change === 'suspend'
      ? t('caseForm.suspendTitle')
      : change === 'resume'
        ? t('caseForm.resumeTitle')
        : t('caseForm.extendTitle');
  return (
    <Modal
      open={deadline !== null}
      title={`${title}：${deadline ? pick(deadline.name, deadline.nameEn) : ''}`}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {deadline ? (
        <Typography.Paragraph type="secondary">
          {pick(deadline.explanation, deadline.explanationEn)}
        </Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          const reason = v.reason?.trim() ?? '';
          if (change === 'suspend')
            onSubmit({ kind: 'suspend', from: day(v.from!), ...(v.to ? { to: day(v.to) } : {}), reason });
          else if (change === 'resume')
            onSubmit({ kind: 'resume', on: day(v.on!), ...(reason ? { reason } : {}) });
          else onSubmit({ kind: 'extend', days: v.days!, reason });
        }}
      >
        {change === 'suspend' ? (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="from"
                label={t('caseForm.suspendFrom')}
                rules={[
                  { required: true, message: t('cases.required') },
                  {
                    validator: async (_, v: Dayjs | undefined) => {
                      if (v && deadline && !v.isAfter(dayjs(deadline.from), 'day'))
                        throw new Error(t('caseForm.suspendAfterStart', { from: deadline.from }));
                    },
                  },
                ]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="to"
                label={t('caseForm.suspendTo')}
                dependencies={['from']}
                rules={[
                  {
                    validator: async (_, v: Dayjs | undefined) => {
                      const f = form.getFieldValue('from') as Dayjs | undefined;
                      if (v && f && v.isBefore(f, 'day'))
                        throw new Error(t('caseForm.suspendEndsBeforeStart'));
                    },
                  },
                ]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {change === 'resume' ? (
          <Form.Item
            name="on"
            label={t('caseForm.resumeOn')}
            extra={openSuspension ? t('caseForm.suspendedSince', { from: openSuspension.from }) : undefined}
            rules={[
              { required: true, message: t('cases.required') },
              {
                validator: async (_, v: Dayjs | undefined) => {
                  if (!v) return;
                  if (openSuspension && !v.isAfter(dayjs(openSuspension.from), 'day'))
                    throw new Error(t('caseForm.resumeAfter', { from: openSuspension.from }));
                  if (v.isAfter(dayjs().add(1, 'day'), 'day')) throw new Error(t('caseForm.resumeNotLater'));
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {change === 'extend' ? (
          <Form.Item
            name="days"
            label={t('caseForm.extendDays')}
            extra={seizure ? t('caseForm.extensionHint') : t('caseForm.extendHint')}
            rules={[
              { required: true, message: t('cases.required') },
              { type: 'integer', min: 1, max: maxDays, message: t('caseForm.extendRange', { max: maxDays }) },
            ]}
          >
            <InputNumber min={1} max={maxDays} precision={0} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('caseForm.changeReason')}
          rules={[
            ...(change === 'resume'
              ? []
              : [{ required: true, whitespace: true, message: t('cases.required') }]),
            { max: 1000 },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
