import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { useLanguage } from '../i18n/language';

/**
 * antd keeps a field's error text until the field is validated again, so switching language would leave
 * errors in the old one. Re-checks just the fields that show an error when the language changes.
 */
export function useRevalidateOnLanguage(form: FormInstance): void {
  const { lang } = useLanguage();
  const previous = useRef(lang);
  useEffect(() => {
    if (previous.current === lang) return;
    previous.current = lang;
    const failing = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => f.name);
    // A rejected validation here only means the errors stay, now in the new language.
    if (failing.length > 0) form.validateFields(failing).catch(() => undefined);
  }, [lang, form]);
}
