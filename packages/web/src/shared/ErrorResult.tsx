import { Button, Result } from 'antd';
import { isApiError } from '../api/api-error';
import { useT } from '../i18n/language';
import { useErrorText } from './use-error-text';

/** What a page shows instead of its content when loading it failed, with a way to try again. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const status = isApiError(error) ? error.status : 0;
  const kind = status === 403 ? '403' : status === 404 ? '404' : 'error';
  const title =
    kind === '403' ? t('common.forbidden') : kind === '404' ? t('common.notFound') : t('common.loadFailed');
  return (
    <Result
      status={kind}
      title={title}
      subTitle={errorText(error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
