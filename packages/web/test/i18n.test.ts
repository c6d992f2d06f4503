// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DICTIONARY, type MessageKey, placeholdersOf, translate } from '../src/i18n/dictionary';
import { DEFAULT_LANG, LANG_STORAGE_KEY, loadLang, saveLang } from '../src/i18n/lang';

const entries = Object.entries(DICTIONARY) as [MessageKey, readonly [string, string]][];
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

describe('dictionary', () => {
  it('has a non-empty Chinese and English text for every key', () => {
    const missing = entries.filter(([, pair]) => pair.length !== 2 || !pair[0].trim() || !pair[1].trim());
    expect(missing.map(([k]) => k)).toEqual([]);
  });

  it('has Chinese in every Chinese text and none in the English ones', () => {
    // Short Chinese labels such as the calendar month format "M月" still contain a CJK character.
    expect(entries.filter(([, [zh]]) => !CJK.test(zh)).map(([k]) => k)).toEqual([]);
    expect(entries.filter(([, [, en]]) => CJK.test(en)).map(([k]) => k)).toEqual([]);
  });

  it('asks for the same placeholders in both languages', () => {
    const mismatched = entries.filter(
      ([, [zh, en]]) => placeholdersOf(zh).join() !== placeholdersOf(en).join(),
    );
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'common.total', { total: 42 })).toBe('共 42 条');
    expect(translate('en', 'common.total', { total: 42 })).toBe('42 in total');
    expect(translate('en', 'common.total')).toBe('{total} in total');
  });

  it('carries the session time-out message the bureau asked for', () => {
    expect(translate('zh-CN', 'auth.sessionExpired')).toBe('会话已超时，请重新登录');
  });
});

describe('language choice', () => {
  const memory = () => {
    const store = new Map<string, string>();
    return {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      store,
    };
  };

  it('defaults to Chinese when nothing or something unknown is saved', () => {
    const s = memory();
    expect(DEFAULT_LANG).toBe('zh-CN');
    expect(loadLang(s)).toBe('zh-CN');
    s.setItem(LANG_STORAGE_KEY, 'fr');
    expect(loadLang(s)).toBe('zh-CN');
  });

  it('remembers English once chosen', () => {
    const s = memory();
    saveLang(s, 'en');
    expect(s.store.get(LANG_STORAGE_KEY)).toBe('en');
    expect(loadLang(s)).toBe('en');
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadLang(broken)).toBe('zh-CN');
    expect(() => saveLang(broken, 'en')).not.toThrow();
  });

  it('works against the real jsdom localStorage', () => {
    saveLang(window.localStorage, 'en');
    expect(loadLang(window.localStorage)).toBe('en');
    window.localStorage.removeItem(LANG_STORAGE_KEY);
    expect(loadLang(window.localStorage)).toBe('zh-CN');
  });
});
