import { Alert, Button, Modal, Typography } from 'antd';
import { useT } from '../i18n/language';

/**
 * The server returns an initial password exactly once and never stores it readable, so this dialog is the
 * only chance to pass it on; it says so, and closes only on an explicit click.
 */
export function InitialPasswordModal({
  value,
  onClose,
}: {
  value: { username: string; password: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={value !== null}
      title={t('admin.initialPasswordTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('admin.initialPasswordDone')}
        </Button>
      }
    >
      {value ? (
        <>
          <Typography.Paragraph>
            {t('admin.initialPasswordFor', { username: value.username })}
          </Typography.Paragraph>
          <Typography.Paragraph
            code
            copyable={{ text: value.password, tooltips: [t('common.copy'), t('common.copied')] }}
            style={{ fontSize: 20 }}
            aria-label={t('admin.initialPassword')}
          >
            {value.password}
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('admin.initialPasswordOnce')} />
        </>
      ) : null}
    </Modal>
  );
}
