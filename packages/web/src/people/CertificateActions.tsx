import { DownloadOutlined, PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { useErrorText } from '../shared/use-error-text';
import type { Certificate } from './people-api';

// P-07: the QR code printed on a 执法证 (it opens the portal's verification page), and revocation.

interface CertificateLink {
  number: string;
  name: string;
  url: string;
  svg: string;
}

const certPath = (number: string) => `/certificates/${encodeURIComponent(number)}`;

export function CertificateActions({
  certificate,
  onRevoked,
}: {
  certificate: Certificate;
  onRevoked?: () => void;
}) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const link = useQuery({
    queryKey: ['certificates', 'qr', certificate.number],
    queryFn: ({ signal }) =>
      api.get<CertificateLink>(`${certPath(certificate.number)}/qr`, undefined, signal),
  });

  const svgUrl = link.data
    ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.data.svg)}`
    : undefined;
  const print = () => {
    if (!link.data) return;
    const w = window.open('', '_blank', 'width=480,height=600');
    if (!w) return;
    const doc = w.document;
    doc.title = `${t('cert.qr')} ${link.data.number}`;
    const box = doc.createElement('div');
    box.style.cssText = 'text-align:center;font-family:sans-serif;padding:24px';
    const img = doc.createElement('img');
    img.src = svgUrl!;
    img.alt = t('cert.qr');
    img.style.cssText = 'width:50mm;height:50mm';
    const caption = doc.createElement('p');
    caption.textContent = `${link.data.name} · ${link.data.number}`;
    box.append(img, caption);
    doc.body.append(box);
    img.onload = () => w.print();
  };

  const revoke = async () => {
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      await api.post(`${certPath(certificate.number)}/revoke`, { reason });
      message.success(t('cert.revoked'));
      setRevoking(false);
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      onRevoked?.();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={t('cert.qr')} style={{ marginTop: 16 }}>
      {link.isPending ? (
        <Skeleton.Image active />
      ) : link.isError ? (
        <ErrorResult error={link.error} onRetry={() => void link.refetch()} />
      ) : (
        <Flex gap="middle" align="center" wrap>
          <img
            src={svgUrl}
            alt={`${t('cert.qr')} ${certificate.number}`}
            width={128}
            height={128}
            data-testid="cert-qr"
          />
          <Flex vertical gap="small">
            <Typography.Text type="secondary">{t('cert.qrHint')}</Typography.Text>
            <Flex gap="small" wrap>
              <Button icon={<PrinterOutlined />} onClick={print}>
                {t('cert.print')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                href={svgUrl}
                download={`执法证二维码-${certificate.number}.svg`}
              >
                {t('cert.download')}
              </Button>
              <Typography.Link href={link.data.url} target="_blank" rel="noreferrer">
                {t('cert.openPublic')}
              </Typography.Link>
            </Flex>
            {can('certificates.revoke') && certificate.status !== 'revoked' ? (
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() => setRevoking(true)}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('cert.revoke')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      )}
      <Modal
        open={revoking}
        title={t('cert.revokeTitle', { number: certificate.number })}
        okText={t('cert.revoke')}
        okButtonProps={{ danger: true, loading: saving }}
        onOk={() => void revoke().catch(() => undefined)}
        onCancel={() => setRevoking(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('cert.revokeWarning')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('cert.revokeReason')}
            rules={[{ required: true, min: 2, whitespace: true, message: t('cert.revokeReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
