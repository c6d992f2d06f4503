import { ROLES, type RoleCode } from '@sanxiang/core';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { rolesNeedingQualification } from './account-rules';
import { PersonSelect } from './PersonSelect';
import { RoleSelect, roleRules } from './RoleSelect';
import { createUser, type NewUser, type UserAccount } from './users-api';

/** Login names: letters, digits and . _ - , starting with a letter — safe in logs and URLs. */
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{2,31}$/;

interface CreateUserModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (user: UserAccount, initialPassword: string) => void;
}

export function CreateUserModal({ open, onClose, onCreated }: CreateUserModalProps) {
  const [form] = Form.useForm<NewUser>();
  useRevalidateOnLanguage(form);
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [submitting, setSubmitting] = useState(false);
  const roles = Form.useWatch('roles', form) ?? [];
  const needsQualification = rolesNeedingQualification(roles);

  const submit = async () => {
    let values: NewUser;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(true);
    try {
      const body: NewUser = {
        ...values,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
      };
      if (!body.personId) delete body.personId;
      const { user, initialPassword } = await createUser(body);
      onCreated(user, initialPassword);
    } catch (err) {
      if (!isApiError(err)) {
        message.error(errorText(err));
      } else if (err.code === 'USERNAME_TAKEN') {
        form.setFields([{ name: 'username', errors: [err.text(lang)] }]);
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
      open={open}
      title={t('admin.createUser')}
      okText={t('admin.create')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="personId" label={t('admin.person')} extra={t('admin.personHint')}>
          <PersonSelect
            onPick={(p) => {
              // Fill what the register already knows, without overwriting what was typed.
              if (!p) return;
              if (!form.getFieldValue('displayName')) form.setFieldValue('displayName', p.name);
              if (!form.getFieldValue('unitId')) form.setFieldValue('unitId', p.unit.id);
            }}
          />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('admin.username')}
          extra={t('admin.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('admin.usernameRequired') },
            { pattern: USERNAME_PATTERN, message: t('admin.usernameFormat') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('admin.displayName')}
          rules={[
            { required: true, whitespace: true, message: t('admin.displayNameRequired') },
            { max: 50, message: t('admin.displayNameTooLong', { max: 50 }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('admin.unit')}
          rules={[{ required: true, message: t('admin.unitRequired') }]}
        >
          <UnitTreeSelect allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} rules={roleRules(t)}>
          <RoleSelect />
        </Form.Item>
        {needsQualification.length > 0 ? (
          <Alert
            type="info"
            showIcon
            title={t('admin.qualificationHint', {
              roles: needsQualification
                .map((r: RoleCode) => (lang === 'en' ? ROLES[r].nameEn : ROLES[r].name))
                .join(', '),
            })}
          />
        ) : null}
      </Form>
    </Modal>
  );
}
