import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useT } from '../i18n/language';
import { formatDateTime } from '../shared/format';
import { contentUrl, type Evidence, formatBytes } from './evidence-api';

/**
 * Plays footage and audio in the browser (the server answers HTTP Range requests with 206, so seeking works)
 * and shows photos; the playback is logged by the server as a custody event.
 */
export function MediaViewer({ item, onClose }: { item: Evidence | null; onClose: () => void }) {
  const t = useT();
  if (!item) return null;
  const src = contentUrl(item.id);
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
      title={t('evidence.playerTitle', { title: item.title })}
    >
      {item.kind === 'video' ? (
        // biome-ignore lint/a11y/useMediaCaption: body-camera footage has no caption track
        <video
          data-testid="evidence-video"
          src={src}
          controls
          autoPlay
          preload="metadata"
          style={{ width: '100%', maxHeight: 420, background: '#000' }}
        />
      ) : item.kind === 'audio' ? (
        // biome-ignore lint/a11y/useMediaCaption: field recordings have no caption track
        <audio data-testid="evidence-audio" src={src} controls autoPlay style={{ width: '100%' }} />
      ) : item.contentType.startsWith('image/') ? (
        <img src={src} alt={item.title} style={{ maxWidth: '100%', imageRendering: 'pixelated' }} />
      ) : (
        <Typography.Link href={src} target="_blank">
          {item.fileName}
        </Typography.Link>
      )}
      <Alert type="info" showIcon style={{ margin: '12px 0' }} title={t('evidence.playLogged')} />
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('evidence.capturedAt')}>
          {formatDateTime(item.capturedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evidence.uploadedAt')}>
          {formatDateTime(item.uploadedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evidence.place')}>{item.place}</Descriptions.Item>
        <Descriptions.Item label={t('evidence.officer')}>{item.officer.name}</Descriptions.Item>
        <Descriptions.Item label={t('evidence.device')}>{item.device?.serial ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('evidence.size')}>{formatBytes(item.size)}</Descriptions.Item>
        <Descriptions.Item label="SHA-256" span={2}>
          <Typography.Text code style={{ fontSize: 11, wordBreak: 'break-all' }}>
            {item.sha256}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="SM3" span={2}>
          <Typography.Text code style={{ fontSize: 11, wordBreak: 'break-all' }}>
            {item.sm3}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
