import { Segmented } from 'antd';
import type { Lang } from '../i18n/lang';
import { useLanguage } from '../i18n/language';

/** Each option is written in its own language, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useLanguage();
  return (
    <Segmented<Lang>
      aria-label={t('layout.language')}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
