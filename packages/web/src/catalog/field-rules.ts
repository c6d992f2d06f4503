import type { FormRule } from 'antd';
import type { MessageKey, MessageVars } from '../i18n/dictionary';

type T = (key: MessageKey, vars?: MessageVars) => string;

/** Item codes as the server accepts them: letters, digits and hyphens, at most 40 (CG-CF-001). */
export const ITEM_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

export function codeRules(t: T): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('catalog.codeRequired') },
    { pattern: ITEM_CODE_PATTERN, message: t('catalog.codeFormat') },
  ];
}

/** A text field: required or not, with the server's length limit; messages name the field. */
export function textRules(t: T, label: MessageKey, max: number, required: boolean): FormRule[] {
  const field = t(label);
  return [
    ...(required
      ? [{ required: true, whitespace: true, message: t('catalog.fieldRequired', { field }) }]
      : []),
    { max, message: t('catalog.fieldTooLong', { field, max }) },
  ];
}
