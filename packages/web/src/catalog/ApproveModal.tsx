import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';

/** The head's approval, with an optional comment that goes into the audit log. */
export function ApproveModal({
  open,
  description,
  onSubmit,
  onClose,
}: {
  open: boolean;
  description: string;
  onSubmit: (comment: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ comment?: string }>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    let v: { comment?: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(v.comment?.trim() ?? '');
      onClose();
    } catch (err) {
      if (!(isApiError(err) && showOnForm(form, err, lang))) message.error(errorText(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('catalog.approve')}
      okText={t('catalog.approve')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      destroyOnHidden
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="comment"
          label={t('catalog.approveComment')}
          rules={[{ max: 500, message: t('catalog.approveCommentTooLong', { max: 500 }) }]}
        >
          <Input.TextArea
            rows={3}
            showCount
            maxLength={500}
            placeholder={t('catalog.approveCommentPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
