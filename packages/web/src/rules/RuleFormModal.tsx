import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { RULE_KIND_LABEL, RULE_STATUS_LABEL } from './rule-labels';
import {
  createRule,
  editableStatuses,
  REQUIREMENT_ID_PATTERN,
  RULE_KINDS,
  type Rule,
  type RuleInput,
  type RuleKind,
  updateRule,
} from './rules-api';

interface Values {
  title: string;
  kind: RuleKind;
  requirementIds: string[];
  dueDate: Dayjs;
  status?: RuleInput['status'];
}

/** Registers a rule, or changes one (rule === an existing rule). */
export function RuleFormModal({
  open,
  rule,
  onClose,
  onSaved,
}: {
  open: boolean;
  rule: Rule | null;
  onClose: () => void;
  onSaved: (rule: Rule, created: boolean) => void;
}) {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
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
    const body: RuleInput = {
      title: v.title.trim(),
      kind: v.kind,
      requirementIds: (v.requirementIds ?? []).map((id) => id.trim().toUpperCase()),
      dueDate: v.dueDate.format('YYYY-MM-DD'),
      ...(v.status ? { status: v.status } : {}),
    };
    setSubmitting(true);
    try {
      const saved = rule ? await updateRule(rule.id, body) : await createRule(body);
      onSaved(saved.rule, !rule);
    } catch (err) {
      if (isApiError(err) && err.code === 'RULE_STATUS_INVALID') {
        form.setFields([{ name: 'status', errors: [err.text(lang)] }]);
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
      title={rule ? t('rules.edit') : t('rules.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      destroyOnHidden
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          rule
            ? {
                title: rule.title,
                kind: rule.kind,
                requirementIds: rule.requirementIds,
                dueDate: dayjs(rule.dueDate),
                status: rule.status === 'filed' ? undefined : rule.status,
              }
            : { kind: 'measure', requirementIds: [], status: 'pending' }
        }
      >
        <Form.Item
          name="title"
          label={t('rules.title')}
          rules={[
            { required: true, whitespace: true, message: t('rules.titleRequired') },
            { max: 200, message: t('rules.titleTooLong', { max: 200 }) },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('rules.kind')}
          rules={[{ required: true, message: t('rules.kindRequired') }]}
        >
          <Select options={RULE_KINDS.map((k) => ({ value: k, label: t(RULE_KIND_LABEL[k]) }))} />
        </Form.Item>
        <Form.Item
          name="requirementIds"
          label={t('rules.requirements')}
          extra={t('rules.requirementsHint')}
          rules={[
            {
              validator: async (_, ids: string[] | undefined) => {
                const list = (ids ?? []).map((id) => id.trim().toUpperCase());
                const bad = list.filter((id) => !REQUIREMENT_ID_PATTERN.test(id));
                if (bad.length > 0) throw new Error(t('rules.requirementFormat', { ids: bad.join(', ') }));
                if (new Set(list).size !== list.length) throw new Error(t('rules.requirementTwice'));
                if (list.length > 20) throw new Error(t('rules.requirementTooMany', { max: 20 }));
              },
            },
          ]}
        >
          <Select mode="tags" tokenSeparators={[',', '，', ' ', '、']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t('rules.dueDate')}
          rules={[{ required: true, message: t('rules.dueDateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="status"
          label={t('rules.status')}
          extra={rule?.status === 'filed' ? t('rules.reviseHint') : t('rules.statusHint')}
        >
          <Select
            allowClear={rule?.status === 'filed'}
            placeholder={rule?.status === 'filed' ? t(RULE_STATUS_LABEL.filed) : undefined}
            options={editableStatuses(rule?.status).map((s) => ({
              value: s,
              label: t(RULE_STATUS_LABEL[s]),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
