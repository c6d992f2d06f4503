import { isApiError } from '../api/api-error';
import { useLanguage } from '../i18n/language';

/** Turns any thrown value into one sentence in the user's language. */
export function useErrorText(): (err: unknown) => string {
  const { lang, t } = useLanguage();
  return (err) => {
    if (isApiError(err)) return err.text(lang);
    return t('common.unexpectedError');
  };
}
