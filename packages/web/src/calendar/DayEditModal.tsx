import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { REASON_MAX, reasonRules } from '../shared/ReasonModal';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import type { CalendarDay, DayKind } from './calendar-api';

interface Values {
  date?: Dayjs;
  kind: DayKind | 'normal';
  name?: string;
  reason: string;
}

/** A day clicked on the calendar, or (date null) "pick a day" for keyboard users and long-range edits. */
export interface DayEditTarget {
  date: string | null;
  current: CalendarDay | undefined;
}

export function DayEditModal({
  target,
  year,
  lookup,
  onClose,
  onSubmit,
}: {
  target: DayEditTarget | null;
  year: number;
  lookup: (date: string) => CalendarDay | undefined;
  onClose: () => void;
  onSubmit: (
    date: string,
    values: { kind: DayKind | 'normal'; name?: string; reason: string },
  ) => Promise<void>;
}) {
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguage(form);
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [submitting, setSubmitting] = useState(false);
  const kind = Form.useWatch('kind', form);

  const submit = async () => {
    if (!target) return;
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const date = target.date ?? v.date?.format('YYYY-MM-DD');
    if (!date) return;
    setSubmitting(true);
    try {
      await onSubmit(date, {
        kind: v.kind,
        ...(v.kind !== 'normal' && v.name?.trim() ? { name: v.name.trim() } : {}),
        reason: v.reason.trim(),
      });
      onClose();
    } catch (err) {
      if (!(isApiError(err) && showOnForm(form, err, lang))) message.error(errorText(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={target !== null}
      title={target?.date ? t('calendar.editDay', { date: target.date }) : t('calendar.adjustDay')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      destroyOnHidden
    >
      {target ? (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            kind: target.current?.kind ?? 'normal',
            name: target.current?.name ?? '',
            reason: '',
          }}
          onValuesChange={(changed: Partial<Values>) => {
            // Picking a day that already has an override starts from what is recorded for it.
            if (changed.date) {
              const existing = lookup(changed.date.format('YYYY-MM-DD'));
              form.setFieldsValue({ kind: existing?.kind ?? 'normal', name: existing?.name ?? '' });
            }
          }}
        >
          {target.date === null ? (
            <Form.Item
              name="date"
              label={t('calendar.date')}
              rules={[{ required: true, message: t('calendar.dateRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.year() !== year} />
            </Form.Item>
          ) : null}
          <Form.Item name="kind" label={t('calendar.dayKind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'holiday', label: t('calendar.holiday') },
                { value: 'workday', label: t('calendar.workday') },
                { value: 'normal', label: t('calendar.normal') },
              ]}
            />
          </Form.Item>
          {kind !== 'normal' ? (
            <Form.Item
              name="name"
              label={t('calendar.dayName')}
              extra={t('calendar.dayNameHint')}
              rules={[
                { required: kind === 'holiday', whitespace: true, message: t('calendar.dayNameRequired') },
                { max: 30, message: t('calendar.dayNameTooLong', { max: 30 }) },
              ]}
            >
              <Input
                placeholder={
                  kind === 'holiday' ? t('calendar.holidayPlaceholder') : t('calendar.workdayPlaceholder')
                }
              />
            </Form.Item>
          ) : null}
          <Form.Item name="reason" label={t('common.reason')} rules={reasonRules(t)}>
            <Input.TextArea
              rows={3}
              showCount
              maxLength={REASON_MAX}
              placeholder={t('calendar.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
