import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Typography, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { todayInChina } from '../shared/china-date';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { documentProblem, FILING_DOCUMENT_MAX_BYTES, FILING_DOCUMENT_TYPES } from './filing-rules';

export interface FilingValues {
  filingNumber: string;
  filingDate: Dayjs;
  document?: UploadFile[];
}

interface FilingModalProps {
  open: boolean;
  title: string;
  description?: string;
  /** Whether a document is part of this filing (versions: yes; the rules register keeps its own). */
  withDocument: boolean;
  numberMax: number;
  /** The earliest acceptable date (YYYY-MM-DD, China): a list cannot be filed before it was approved. */
  earliestDate?: string | null;
  documentTypes?: readonly string[];
  onSubmit: (values: { filingNumber: string; filingDate: string; document?: File }) => Promise<unknown>;
  onClose: () => void;
}

/**
 * 登记备案: the judicial bureau's filing number, the date, and (for lists) its receipt. Server answers are
 * placed on the field they concern (a filing number already used, a date in the future).
 */
export function FilingModal({
  open,
  title,
  description,
  withDocument,
  numberMax,
  earliestDate,
  documentTypes = FILING_DOCUMENT_TYPES,
  onSubmit,
  onClose,
}: FilingModalProps) {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<FilingValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const today = dayjs(todayInChina());

  const submit = async () => {
    let v: FilingValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    try {
      const file = v.document?.[0]?.originFileObj;
      await onSubmit({
        filingNumber: v.filingNumber.trim(),
        filingDate: v.filingDate.format('YYYY-MM-DD'),
        ...(withDocument && file ? { document: file } : {}),
      });
      onClose();
    } catch (err) {
      if (!isApiError(err)) {
        message.error(errorText(err));
      } else if (err.code === 'CATALOG_FILING_NUMBER_TAKEN') {
        form.setFields([{ name: 'filingNumber', errors: [err.text(lang)] }]);
      } else if (err.code === 'RULE_FILING_DATE_INVALID') {
        form.setFields([{ name: 'filingDate', errors: [err.text(lang)] }]);
      } else if (err.code === 'UPLOAD_TOO_LARGE' || err.code === 'UPLOAD_TYPE_NOT_ALLOWED') {
        form.setFields([{ name: 'document', errors: [err.text(lang)] }]);
      } else if (!showOnForm(form, err, lang)) {
        message.error(err.text(lang));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('filing.submit')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      destroyOnHidden
    >
      {description ? <Typography.Paragraph type="secondary">{description}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ filingDate: today }}>
        <Form.Item
          name="filingNumber"
          label={t('filing.number')}
          extra={t('filing.numberHint')}
          rules={[
            { required: true, whitespace: true, message: t('filing.numberRequired') },
            { max: numberMax, message: t('filing.numberTooLong', { max: numberMax }) },
          ]}
        >
          <Input autoComplete="off" placeholder="皋司备〔2026〕12号" />
        </Form.Item>
        <Form.Item
          name="filingDate"
          label={t('filing.date')}
          rules={[{ required: true, message: t('filing.dateRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) =>
              d.isAfter(today, 'day') || (earliestDate ? d.isBefore(dayjs(earliestDate), 'day') : false)
            }
          />
        </Form.Item>
        {withDocument ? (
          <Form.Item
            name="document"
            label={t('filing.document')}
            required
            extra={t('filing.documentHint', { types: documentTypes.join(' ') })}
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
            rules={[
              {
                validator: async (_, list: UploadFile[] | undefined) => {
                  const file = list?.[0];
                  const problem = documentProblem(
                    file ? { name: file.name, size: file.size } : undefined,
                    documentTypes,
                    FILING_DOCUMENT_MAX_BYTES,
                    t,
                  );
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            <Upload beforeUpload={() => false} maxCount={1} accept={documentTypes.join(',')}>
              <Button icon={<UploadOutlined />}>{t('filing.chooseDocument')}</Button>
            </Upload>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
