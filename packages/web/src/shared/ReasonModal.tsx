import { App, Form, type FormRule, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import type { MessageKey, MessageVars } from '../i18n/dictionary';
import { useLanguage } from '../i18n/language';
import { useErrorText } from './use-error-text';
import { useRevalidateOnLanguage } from './use-revalidate-on-language';

export const REASON_MIN = 2;
export const REASON_MAX = 500;

/** The rules for any "reason" field: the server refuses fewer than two characters. */
export function reasonRules(t: (key: MessageKey, vars?: MessageVars) => string): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('common.reasonRequired') },
    { min: REASON_MIN, message: t('common.reasonTooShort', { min: REASON_MIN }) },
    { max: REASON_MAX, message: t('common.reasonTooLong', { max: REASON_MAX }) },
  ];
}

interface ReasonModalProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  okText: string;
  danger?: boolean;
  /** The field's label and placeholder when "reason" is not the right word (退回理由). */
  label?: string;
  placeholder?: string;
  /** Resolves when done; a rejection keeps the dialog open and shows the error. */
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Every administrative change must say why (it goes into the audit log), so all of them go through this
 * one dialog with the same rule: a reason of at least two characters.
 */
export function ReasonModal({
  open,
  title,
  description,
  okText,
  danger,
  label,
  placeholder,
  onSubmit,
  onClose,
}: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  useRevalidateOnLanguage(form);
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    let reason: string;
    try {
      reason = (await form.validateFields()).reason.trim();
    } catch {
      return; // the form already shows what is missing
    }
    setSubmitting(true);
    try {
      await onSubmit(reason);
      onClose();
    } catch (err) {
      if (isApiError(err) && showOnForm(form, err, lang)) return;
      message.error(errorText(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      confirmLoading={submitting}
    >
      {description ? <div style={{ marginBottom: 16 }}>{description}</div> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={label ?? t('common.reason')} rules={reasonRules(t)}>
          <Input.TextArea
            rows={3}
            showCount
            maxLength={REASON_MAX}
            placeholder={placeholder ?? t('common.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
