import type { RoleCode } from '@sanxiang/core';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { REASON_MAX, reasonRules } from '../shared/ReasonModal';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { RoleSelect, roleRules } from './RoleSelect';
import { setUserRoles, type UserAccount } from './users-api';

interface Values {
  roles: RoleCode[];
  reason: string;
}

export function RolesModal({
  user,
  onClose,
  onSaved,
}: {
  user: UserAccount | null;
  onClose: () => void;
  onSaved: (user: UserAccount) => void;
}) {
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguage(form);
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    if (!user) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    try {
      const { user: saved } = await setUserRoles(user.id, values.roles, values.reason.trim());
      onSaved(saved);
    } catch (err) {
      if (!isApiError(err)) {
        message.error(errorText(err));
      } else if (err.code === 'ADMIN_ROLES_EXCLUSIVE' || err.code === 'ROLE_NEEDS_QUALIFICATION') {
        form.setFields([{ name: 'roles', errors: [err.text(lang)] }]);
      } else if (!showOnForm(form, err, lang)) {
        message.error(err.text(lang));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('admin.editRoles')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      destroyOnHidden
      width={560}
    >
      {user ? (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ roles: user.roles, reason: '' }}
        >
          <Typography.Paragraph>
            {t('admin.editRolesFor', { name: user.displayName, username: user.username })}
          </Typography.Paragraph>
          <Form.Item name="roles" label={t('admin.roles')} rules={roleRules(t)}>
            <RoleSelect />
          </Form.Item>
          <Form.Item name="reason" label={t('common.reason')} rules={reasonRules(t)}>
            <Input.TextArea
              rows={3}
              showCount
              maxLength={REASON_MAX}
              placeholder={t('common.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
