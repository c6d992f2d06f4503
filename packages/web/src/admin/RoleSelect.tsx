import { ROLE_CODES, ROLES, type RoleCode } from '@sanxiang/core';
import { type FormRule, Select } from 'antd';
import type { MessageKey } from '../i18n/dictionary';
import { useLanguage } from '../i18n/language';
import { adminRolesIn } from './account-rules';

interface RoleSelectProps {
  id?: string;
  value?: RoleCode[];
  onChange?: (roles: RoleCode[]) => void;
}

/** Business roles and the three administrators are listed apart, because they do not mix freely. */
export function RoleSelect({ id, value, onChange }: RoleSelectProps) {
  const { t, lang } = useLanguage();
  const option = (code: RoleCode) => ({
    value: code,
    label: lang === 'en' ? ROLES[code].nameEn : ROLES[code].name,
    title: ROLES[code].description,
  });
  return (
    <Select<RoleCode[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('admin.pickRoles')}
      options={[
        { label: t('admin.businessRoles'), options: ROLE_CODES.filter((c) => !ROLES[c].admin).map(option) },
        { label: t('admin.adminRoles'), options: ROLE_CODES.filter((c) => ROLES[c].admin).map(option) },
      ]}
    />
  );
}

/** Form rules for a roles field, mirroring the server's checks so mistakes show before submitting. */
export function roleRules(t: (key: MessageKey) => string): FormRule[] {
  return [
    { required: true, type: 'array', min: 1, message: t('admin.rolesRequired') },
    {
      validator: (_, roles: RoleCode[] | undefined) =>
        adminRolesIn(roles ?? []).length > 1
          ? Promise.reject(new Error(t('admin.adminRolesExclusive')))
          : Promise.resolve(),
    },
  ];
}
