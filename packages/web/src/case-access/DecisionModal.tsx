import { App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useT } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';

export interface Decision {
  approve: boolean;
  opinion: string;
  hours?: number;
}

/**
 * Approve or deny with a written opinion (it goes into the audit log): exemptions from footage,
 * amendments of a sealed file, cross-unit reads (R-08, where the leader may shorten the time).
 */
export function DecisionModal({
  open,
  title,
  description,
  maxHours,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  description?: ReactNode;
  /** Set for read requests: the hours asked, which the leader may shorten. */
  maxHours?: number;
  onSubmit: (d: Decision) => Promise<unknown>;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ approve: boolean; opinion: string; hours?: number }>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) form.setFieldsValue({ approve: true, opinion: '', hours: maxHours });
  }, [open, form, maxHours]);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await onSubmit({
        approve: v.approve,
        opinion: v.opinion.trim(),
        ...(v.approve && v.hours ? { hours: v.hours } : {}),
      });
      onClose();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      okText={t('access.decide')}
    >
      {description}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="approve" label={t('access.decision')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: true, label: t('access.approve') },
              { value: false, label: t('access.deny') },
            ]}
          />
        </Form.Item>
        {maxHours ? (
          <Form.Item noStyle shouldUpdate={(a, b) => a.approve !== b.approve}>
            {({ getFieldValue }) =>
              getFieldValue('approve') ? (
                <Form.Item name="hours" label={t('access.grantHours')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={maxHours} precision={0} style={{ width: 160 }} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        ) : null}
        <Form.Item
          name="opinion"
          label={t('access.opinion')}
          rules={[{ required: true, whitespace: true, message: t('access.opinionRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
