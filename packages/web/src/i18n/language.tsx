import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type MessageKey, type MessageVars, translate } from './dictionary';
import { type Lang, loadLang, saveLang } from './lang';

interface LanguageContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: MessageVars) => string;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

function storage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

function applyLang(lang: Lang): void {
  // Keeps screen readers, date names and the browser's hyphenation in step with the chosen language.
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = loadLang(storage());
    applyLang(initial);
    return initial;
  });

  useEffect(() => applyLang(lang), [lang]);

  const setLang = useCallback((next: Lang) => {
    saveLang(storage(), next);
    setLangState(next);
  }, []);

  const value = useMemo<LanguageContextValue>(
    () => ({ lang, setLang, t: (key, vars) => translate(lang, key, vars) }),
    [lang, setLang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const ctx = useContext(LanguageContext);
  if (!ctx) throw new Error('useLanguage must be used inside <LanguageProvider>');
  return ctx;
}

/** Shorthand for the common case of only needing the translate function. */
export function useT(): LanguageContextValue['t'] {
  return useLanguage().t;
}

/** Picks the Chinese or English variant of a bilingual server value (names, messages). */
export function useBilingual(): (zh: string | null | undefined, en: string | null | undefined) => string {
  const { lang } = useLanguage();
  return (zh, en) => (lang === 'en' ? en || zh || '' : zh || en || '');
}
