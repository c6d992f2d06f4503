import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Divider, Flex, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { createWindow, type ServiceWindow, type ServiceWindowInput, updateWindow } from './windows-api';

interface Values extends Omit<ServiceWindowInput, 'duties' | 'matters'> {
  duties: string;
  matters: string;
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Adds a window, or edits one (window !== null). */
export function WindowFormModal({
  open,
  window: w,
  onClose,
  onSaved,
}: {
  open: boolean;
  window: ServiceWindow | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('windows.required', { field }) },
  ];

  const save = async () => {
    const v = await form.validateFields();
    const input: ServiceWindowInput = {
      ...v,
      consultationNote: v.consultationNote ?? '',
      duties: lines(v.duties),
      matters: lines(v.matters),
      materials: (v.materials ?? []).map((m) => ({
        ...m,
        required: Boolean(m.required),
        sample: m.sample ?? '',
      })),
      complaints: v.complaints ?? [],
    };
    setSaving(true);
    try {
      if (w) await updateWindow(w.id, { ...input, version: w.version });
      else await createWindow(input);
      message.success(t('windows.saved'));
      onSaved();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={w ? t('windows.edit') : t('windows.add')}
      width={760}
      onOk={() => void save().catch(() => undefined)}
      okButtonProps={{ loading: saving }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          w
            ? { ...w, duties: w.duties.join('\n'), matters: w.matters.join('\n') }
            : { active: true, sort: 0, materials: [], complaints: [], consultationNote: '' }
        }
      >
        <Flex gap="middle" wrap>
          <Form.Item
            name="code"
            label={t('windows.code')}
            rules={[
              ...required(t('windows.code')),
              { pattern: /^[A-Za-z0-9-]{1,20}$/, message: t('windows.codePattern') },
            ]}
            style={{ width: 140 }}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('windows.name')}
            rules={required(t('windows.name'))}
            style={{ flex: 1, minWidth: 220 }}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="post"
            label={t('windows.post')}
            rules={required(t('windows.post'))}
            style={{ width: 180 }}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Flex>
        <Flex gap="middle" wrap>
          <Form.Item
            name="location"
            label={t('windows.location')}
            rules={required(t('windows.location'))}
            style={{ flex: 1, minWidth: 240 }}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="hours"
            label={t('windows.hours')}
            rules={required(t('windows.hours'))}
            style={{ flex: 1, minWidth: 240 }}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="duties"
          label={t('windows.duties')}
          extra={t('windows.dutiesHint')}
          rules={required(t('windows.duties'))}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="matters" label={t('windows.matters')} extra={t('windows.dutiesHint')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Divider titlePlacement="start">{t('windows.materials')}</Divider>
        <Form.List name="materials">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap="small" align="flex-start">
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={required(t('windows.materialName'))}
                    style={{ width: 200 }}
                  >
                    <Input placeholder={t('windows.materialName')} aria-label={t('windows.materialName')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'required']} valuePropName="checked">
                    <Checkbox>{t('windows.materialRequired')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[f.name, 'sample']} style={{ flex: 1 }}>
                    <Input.TextArea
                      rows={2}
                      placeholder={t('windows.materialSample')}
                      aria-label={t('windows.materialSample')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label="remove"
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', required: true, sample: '' })}>
                {t('windows.addMaterial')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider />
        <Flex gap="middle" wrap>
          <Form.Item
            name="consultationPhone"
            label={t('windows.consultationPhone')}
            rules={required(t('windows.consultationPhone'))}
            style={{ width: 220 }}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item
            name="consultationNote"
            label={t('windows.consultationNote')}
            style={{ flex: 1, minWidth: 240 }}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Flex>
        <Form.List name="complaints">
          {(fields, { add, remove }) => (
            <Form.Item label={t('windows.complaints')}>
              {fields.map((f) => (
                <Flex key={f.key} gap="small">
                  <Form.Item
                    name={[f.name, 'channel']}
                    rules={required(t('windows.channel'))}
                    style={{ width: 180 }}
                  >
                    <Input placeholder={t('windows.channel')} aria-label={t('windows.channel')} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'contact']}
                    rules={required(t('windows.contact'))}
                    style={{ flex: 1 }}
                  >
                    <Input placeholder={t('windows.contact')} aria-label={t('windows.contact')} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label="remove"
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ channel: '', contact: '' })}>
                {t('windows.addChannel')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Flex gap="large">
          <Form.Item name="active" label={t('windows.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="sort" label={t('windows.sort')}>
            <InputNumber min={0} max={9999} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
