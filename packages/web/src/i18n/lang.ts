// The two languages of the console. Chinese is the default: the bureau's staff read Chinese; English is
// there for visiting reviewers and the vendor's engineers.

export type Lang = 'zh-CN' | 'en';

export const DEFAULT_LANG: Lang = 'zh-CN';
export const LANG_STORAGE_KEY = 'sanxiang.console.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/** The saved choice, or Chinese when nothing (or something unreadable) is saved. */
export function loadLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  try {
    const saved = storage?.getItem(LANG_STORAGE_KEY);
    return isLang(saved) ? saved : DEFAULT_LANG;
  } catch {
    // Storage can throw in private modes; the default language is a fine answer there.
    return DEFAULT_LANG;
  }
}

export function saveLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not being able to remember the choice is no reason to fail the switch itself.
  }
}
