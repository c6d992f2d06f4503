import { Tag } from 'antd';
import { useT } from '../i18n/language';
import { CERTIFICATE_COLOR, CERTIFICATE_LABEL, type CertificateState } from './certificate-status';

export function CertificateTag({ state }: { state: CertificateState }) {
  const t = useT();
  return <Tag color={CERTIFICATE_COLOR[state]}>{t(CERTIFICATE_LABEL[state])}</Tag>;
}
