import { SafetyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useT } from '../i18n/language';
import { useErrorText } from '../shared/use-error-text';
import { verifyAuditChain } from './audit-api';

/** Re-walks the hash chain on the server and says whether any record was altered or removed. */
export function useAuditVerification() {
  return useMutation({ mutationFn: verifyAuditChain });
}

export function AuditVerifyButton({
  verification,
}: {
  verification: ReturnType<typeof useAuditVerification>;
}) {
  const t = useT();
  return (
    <Button icon={<SafetyOutlined />} loading={verification.isPending} onClick={() => verification.mutate()}>
      {t('audit.verify')}
    </Button>
  );
}

export function AuditVerifyResult({
  verification,
}: {
  verification: ReturnType<typeof useAuditVerification>;
}) {
  const t = useT();
  const errorText = useErrorText();
  if (verification.isError) {
    return (
      <Alert
        type="error"
        showIcon
        closable={{ onClose: () => verification.reset() }}
        title={t('audit.verifyFailed')}
        description={errorText(verification.error)}
        style={{ marginBottom: 16 }}
      />
    );
  }
  const r = verification.data;
  if (!r) return null;
  return r.ok ? (
    <Alert
      type="success"
      showIcon
      role="status"
      closable={{ onClose: () => verification.reset() }}
      title={t('audit.verifyOk', { count: r.checked })}
      style={{ marginBottom: 16 }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      role="alert"
      closable={{ onClose: () => verification.reset() }}
      title={t('audit.verifyBroken', { seq: r.firstBadSeq ?? '?' })}
      description={t('audit.verifyBrokenHint', { count: r.checked })}
      style={{ marginBottom: 16 }}
    />
  );
}
