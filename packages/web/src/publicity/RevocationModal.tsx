import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../i18n/language';
import { todayInChina } from '../shared/china-date';
import { useErrorText } from '../shared/use-error-text';
import { recordRevocation } from './publicity-api';

/**
 * 登记决定撤销或变更 (P-09): the head or the regulation section records that a case's decision fell; its
 * publication then has 3 working days to be withdrawn (a draft can no longer be published).
 */
export function RevocationModal({
  caseId,
  open,
  onClose,
  onDone,
}: {
  caseId: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ kind: 'revoked' | 'changed'; decidedOn: Dayjs; reason: string }>();
  const [saving, setSaving] = useState(false);
  const today = todayInChina();
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await recordRevocation(caseId, {
        kind: v.kind,
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
      });
      message.success(t('publicity.revocation.done'));
      onDone();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('publicity.revocation.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'revoked', decidedOn: dayjs(today) }}>
        <Form.Item name="kind" label={t('publicity.revocation.kind')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'revoked', label: t('publicity.revocation.revoked') },
              { value: 'changed', label: t('publicity.revocation.changed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('publicity.revocation.decidedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('publicity.revocation.reason')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 500, message: t('common.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
