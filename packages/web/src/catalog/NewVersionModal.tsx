import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { detailString, isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { createVersion } from './catalog-api';
import type { CatalogKind, CatalogVersion } from './catalog-model';

interface Values {
  title: string;
  note?: string;
}

/** Opens a new draft, which starts as a copy of the version in force. */
export function NewVersionModal({
  kind,
  open,
  current,
  suggestedTitle,
  onClose,
  onCreated,
  onOpenExisting,
}: {
  kind: CatalogKind;
  open: boolean;
  current: CatalogVersion | undefined;
  suggestedTitle: string;
  onClose: () => void;
  onCreated: (version: CatalogVersion) => void;
  /** A draft already exists (someone was quicker): go to it. */
  onOpenExisting: (versionId: string) => void;
}) {
  const { t, lang } = useLanguage();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    try {
      const created = await createVersion(kind, {
        title: v.title.trim(),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      onCreated(created);
    } catch (err) {
      if (isApiError(err) && err.code === 'CATALOG_DRAFT_EXISTS') {
        const existing = detailString(err, 'versionId');
        onClose();
        modal.info({
          title: err.text(lang),
          okText: existing ? t('catalog.openDraft') : t('common.ok'),
          onOk: () => (existing ? onOpenExisting(existing) : undefined),
        });
      } else if (!(isApiError(err) && showOnForm(form, err, lang))) {
        message.error(errorText(err));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('catalog.newVersion')}
      okText={t('catalog.createDraft')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {current
          ? t('catalog.newVersionFrom', { no: current.versionNo, count: current.itemCount })
          : t('catalog.newVersionEmpty')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ title: suggestedTitle }}>
        <Form.Item
          name="title"
          label={t('catalog.versionTitle')}
          rules={[
            { required: true, whitespace: true, message: t('catalog.versionTitleRequired') },
            { max: 100, message: t('catalog.fieldTooLong', { field: t('catalog.versionTitle'), max: 100 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('catalog.note')}
          rules={[{ max: 2000, message: t('catalog.fieldTooLong', { field: t('catalog.note'), max: 2000 }) }]}
        >
          <Input.TextArea rows={3} showCount maxLength={2000} placeholder={t('catalog.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
