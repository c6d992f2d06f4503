import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { fetchDevices } from '../devices/devices-api';
import { useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import {
  EVIDENCE_KINDS,
  EVIDENCE_TYPES,
  type Evidence,
  type EvidenceKind,
  formatBytes,
  kindForFile,
} from './evidence-api';
import { KIND_LABEL } from './evidence-labels';
import { type UploadProgress, uploadResumable } from './resumable-upload';

const LIMIT_TEXT = '4 GB';

interface Values {
  kind: EvidenceKind;
  stage?: string;
  capturedAt: Dayjs;
  place: string;
  lat?: number;
  lng?: number;
  deviceId?: string;
  title?: string;
  note?: string;
}

/** Upload one file with its metadata; large footage goes in 8 MB chunks and resumes after a drop. */
export function UploadEvidenceModal({
  open,
  caseId,
  stages,
  defaultStage,
  defaultPlace,
  onClose,
  onUploaded,
}: {
  open: boolean;
  caseId?: string;
  stages?: { code: string; name: string }[];
  defaultStage?: string;
  defaultPlace?: string;
  onClose: () => void;
  onUploaded: (item: Evidence) => void;
}) {
  const { t, lang } = useLanguage();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const devices = useQuery({
    queryKey: ['devices', 'options'],
    queryFn: ({ signal }) => fetchDevices({ page: 1, pageSize: 200 }, signal),
    enabled: open,
  });

  const reset = () => {
    form.resetFields();
    setFile(null);
    setProgress(null);
    setError(null);
  };

  const submit = async () => {
    const values = await form.validateFields();
    if (!file) {
      setError(t('evidence.fileRequired'));
      return;
    }
    const lower = file.name.toLowerCase();
    if (!EVIDENCE_TYPES[values.kind].some((ext) => lower.endsWith(ext))) {
      setError(t('evidence.fileType', { types: EVIDENCE_TYPES[values.kind].join(' ') }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const item = await uploadResumable(
        file,
        {
          kind: values.kind,
          capturedAt: values.capturedAt.toISOString(),
          place: values.place,
          ...(values.lat !== undefined && values.lng !== undefined
            ? { gps: { lat: values.lat, lng: values.lng } }
            : {}),
          ...(values.deviceId ? { deviceId: values.deviceId } : {}),
          ...(caseId ? { caseId, stage: values.stage } : {}),
          ...(values.title ? { title: values.title } : {}),
          ...(values.note ? { note: values.note } : {}),
        },
        { onProgress: setProgress },
      );
      message.success(t('evidence.uploaded', { name: file.name }));
      if (item.late) message.warning(t('evidence.lateWarning', { window: item.lateWindowHours }));
      onUploaded(item);
      reset();
      onClose();
    } catch (err) {
      if (isApiError(err) && showOnForm(form, err, lang)) return;
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const percent = progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
  return (
    <Modal
      open={open}
      title={t('evidence.uploadTitle')}
      okText={t('evidence.start')}
      onOk={submit}
      confirmLoading={busy}
      onCancel={() => {
        if (!busy) {
          reset();
          onClose();
        }
      }}
      width={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'video', stage: defaultStage, capturedAt: dayjs(), place: defaultPlace }}
      >
        <Form.Item label={t('evidence.file')} required>
          <Upload.Dragger
            data-testid="evidence-file"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              const kind = kindForFile(f.name);
              if (kind) form.setFieldValue('kind', kind);
              if (!form.getFieldValue('title')) form.setFieldValue('title', f.name.replace(/\.[^.]+$/, ''));
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={
              file ? [{ uid: '1', name: `${file.name} (${formatBytes(file.size)})`, status: 'done' }] : []
            }
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <Typography.Text type="secondary">
              {t('evidence.fileHint', { limit: LIMIT_TEXT })}
            </Typography.Text>
          </Upload.Dragger>
        </Form.Item>
        <Space.Compact block>
          <Form.Item
            name="kind"
            label={t('evidence.kind')}
            rules={[{ required: true, message: t('evidence.kindRequired') }]}
            style={{ width: '40%' }}
          >
            <Select options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))} />
          </Form.Item>
          {caseId ? (
            <Form.Item
              name="stage"
              label={t('evidence.stage')}
              rules={[{ required: true, message: t('evidence.stageRequired') }]}
              style={{ width: '60%' }}
            >
              <Select options={(stages ?? []).map((s) => ({ value: s.code, label: s.name }))} />
            </Form.Item>
          ) : null}
        </Space.Compact>
        <Form.Item
          name="capturedAt"
          label={t('evidence.capturedAt')}
          rules={[
            { required: true, message: t('evidence.capturedRequired') },
            {
              validator: (_, v: Dayjs | undefined) =>
                v?.isAfter(dayjs().add(5, 'minute'))
                  ? Promise.reject(t('evidence.capturedFuture'))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('evidence.place')}
          rules={[{ required: true, whitespace: true, message: t('evidence.placeRequired') }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('evidence.gps')}>
          <Space>
            <Form.Item name="lat" noStyle>
              <InputNumber
                placeholder={t('evidence.lat')}
                min={-90}
                max={90}
                step={0.0001}
                style={{ width: 160 }}
              />
            </Form.Item>
            <Form.Item name="lng" noStyle>
              <InputNumber
                placeholder={t('evidence.lng')}
                min={-180}
                max={180}
                step={0.0001}
                style={{ width: 160 }}
              />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="deviceId" label={t('evidence.device')}>
          <Select
            allowClear
            placeholder={t('evidence.noDevice')}
            loading={devices.isLoading}
            options={(devices.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${d.serial} · ${d.model}${d.holder ? ` · ${d.holder.name}` : ''}`,
            }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="title" label={t('evidence.titleField')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('evidence.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      {progress ? (
        <div data-testid="upload-progress">
          <Progress
            percent={percent}
            status={progress.retrying ? 'exception' : busy ? 'active' : 'success'}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {progress.retrying
              ? t('evidence.retrying')
              : t('evidence.uploading', {
                  sent: formatBytes(progress.sent),
                  total: formatBytes(progress.total),
                })}
            {progress.resumedFrom > 0
              ? ` · ${t('evidence.resumed', { offset: formatBytes(progress.resumedFrom) })}`
              : ''}
          </Typography.Text>
        </div>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
