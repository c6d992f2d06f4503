import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useBilingual, useT } from '../i18n/language';
import type { CaseAction } from './cases-api';

export interface ActionSubmit {
  reason?: string;
  payload: Record<string, unknown>;
}

interface Values {
  reason?: string;
  payload?: string;
}

function parsePayload(text: string | undefined): Record<string, unknown> | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return {};
  try {
    const v: unknown = JSON.parse(trimmed);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Confirms one act of the case's current stage, with a reason and the facts the act records (its payload;
 * cases/README.md on the server lists which act reads which field).
 */
export function ActionModal({
  action,
  submitting,
  onSubmit,
  onCancel,
}: {
  action: CaseAction | null;
  submitting: boolean;
  onSubmit: (values: ActionSubmit) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const pick = useBilingual();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);
  const name = action ? pick(action.name, action.nameEn) : '';
  return (
    <Modal
      open={action !== null}
      title={t('cases.actionConfirm', { name })}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {action ? (
        <Typography.Paragraph type="secondary">
          {t('cases.actionTo', { stage: action.toName })}
        </Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          const payload = parsePayload(v.payload);
          if (payload === null) return;
          onSubmit({ reason: v.reason?.trim() || undefined, payload });
        }}
      >
        <Form.Item name="reason" label={t('cases.reason')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="payload"
          label={t('cases.payload')}
          extra={t('cases.payloadHint')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (parsePayload(value) === null) throw new Error(t('cases.payloadInvalid'));
              },
            },
          ]}
        >
          <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} placeholder="{}" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
