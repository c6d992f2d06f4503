import type { FormInstance } from 'antd';
import type { Lang } from '../i18n/lang';
import { type ApiError, fieldProblems } from './api-error';

export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

/**
 * Some server messages start with the field's own path ("bases.0.article：条号须为正整数") so that they read on
 * their own; shown beside that very field the path is noise, so it is dropped there.
 */
export function withoutFieldPrefix(text: string, field: string): string {
  for (const sep of ['：', ': ', ':']) {
    if (text.startsWith(`${field}${sep}`)) return text.slice(field.length + sep.length).trimStart();
  }
  return text;
}

/**
 * Groups a VALIDATION_FAILED's details by field, in the user's language. Server field names may be dotted
 * paths ("roles.1"), which antd wants as name arrays with numeric indexes.
 */
export function formFieldErrors(err: ApiError, lang: Lang): FormFieldError[] {
  const byField = new Map<string, string[]>();
  for (const p of fieldProblems(err)) {
    const text = withoutFieldPrefix(
      lang === 'en' ? p.messageEn || p.message : p.message || p.messageEn,
      p.field,
    );
    const list = byField.get(p.field) ?? [];
    list.push(text);
    byField.set(p.field, list);
  }
  return [...byField.entries()].map(([field, errors]) => ({
    name: field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors,
  }));
}

/**
 * Puts a validation error onto the form's own fields. Returns false when the error is not a validation error
 * or names a field this form does not render, so the caller also shows the server's general message.
 */
export function showOnForm(form: FormInstance, err: ApiError, lang: Lang): boolean {
  if (err.code !== 'VALIDATION_FAILED') return false;
  const fields = formFieldErrors(err, lang);
  // Called without arguments, getFieldsValue returns only the fields that are mounted.
  const mounted = new Set(Object.keys(form.getFieldsValue() ?? {}));
  const placed = fields.filter((f) => mounted.has(String(f.name[0])));
  if (placed.length > 0) form.setFields(placed);
  return placed.length > 0 && placed.length === fields.length;
}
