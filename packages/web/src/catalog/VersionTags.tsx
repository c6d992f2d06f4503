import { Tag } from 'antd';
import { useT } from '../i18n/language';
import { STATUS_COLOR, STATUS_LABEL } from './catalog-labels';
import type { CatalogVersion } from './catalog-model';

/** The version's status, and 现行 when it is the one in force. */
export function VersionTags({ version }: { version: Pick<CatalogVersion, 'status' | 'isCurrent'> }) {
  const t = useT();
  return (
    <>
      <Tag color={STATUS_COLOR[version.status]}>{t(STATUS_LABEL[version.status])}</Tag>
      {version.isCurrent ? (
        // The console's primary blue: white on it passes AA, antd's solid blue does not.
        <Tag color="#1756a9" variant="solid">
          {t('catalog.current')}
        </Tag>
      ) : null}
    </>
  );
}
