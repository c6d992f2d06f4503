import { fromDayNumber, isIsoDate } from '../calendar/iso-date.js';

// 公民身份号码, GB 11643-1999 (DOMAIN "Identifiers"): six digits of region, eight of birth date, three
// of sequence (odd for men, even for women), one ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH = '1900-01-01';
const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;

export type CitizenIdFailure = 'length' | 'characters' | 'date' | 'checksum';

export type CitizenIdResult =
  | {
      ok: true;
      /** Trimmed, with a lowercase x raised to X: the form to store and compare. */
      value: string;
      birthDate: string;
      gender: 'male' | 'female';
      /** 行政区划代码 where the number was first issued. */
      regionCode: string;
    }
  | {
      ok: false;
      reason: CitizenIdFailure;
      message: string;
      messageEn: string;
      /** For 'checksum': the check character the first 17 digits call for. */
      expected?: string;
    };

/** The check character ('0'–'9' or 'X') for 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`citizenIdCheckChar needs exactly 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Checks a 公民身份号码 in the order a clerk would fix it: length, characters, birth date, check
 * character. `today` ('YYYY-MM-DD') bounds the birth date; without it the current date in China (UTC+8)
 * is used, the one place this module reads the clock.
 */
export function validateCitizenId(input: string, today?: string): CitizenIdResult {
  if (today !== undefined && !isIsoDate(today)) {
    throw new RangeError(`today must be a real date written YYYY-MM-DD, got ${JSON.stringify(today)}`);
  }
  const value = String(input ?? '')
    .trim()
    .toUpperCase();

  if (value.length !== 18) {
    const old = value.length === 15;
    return fail(
      'length',
      `公民身份号码应为18位，当前为${value.length}位${old ? '（15位旧号码请换用18位号码）' : ''}`,
      `A citizen ID number has 18 characters; got ${value.length}${old ? ' (an old 15-digit number must be replaced by the 18-digit one)' : ''}`,
    );
  }

  const bad = [...value].findIndex((c, i) => !(/\d/.test(c) || (i === 17 && c === 'X')));
  if (bad >= 0) {
    return fail(
      'characters',
      `第${bad + 1}位字符“${value[bad]}”无效：前17位须为数字，第18位须为数字或X`,
      `Character ${bad + 1} ("${value[bad]}") is not allowed: the first 17 must be digits, the 18th a digit or X`,
    );
  }

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const latest = today ?? chinaToday();
  if (!isIsoDate(birthDate)) {
    return fail(
      'date',
      `出生日期${value.slice(6, 14)}不是真实日期`,
      `The birth date ${value.slice(6, 14)} is not a real date`,
    );
  }
  if (birthDate < EARLIEST_BIRTH) {
    return fail('date', `出生日期${birthDate}早于1900年`, `The birth date ${birthDate} is before 1900`);
  }
  if (birthDate > latest) {
    return fail(
      'date',
      `出生日期${birthDate}晚于当前日期${latest}`,
      `The birth date ${birthDate} is after today (${latest})`,
    );
  }

  const expected = citizenIdCheckChar(value.slice(0, 17));
  const actual = value[17]!;
  if (actual !== expected) {
    return {
      ...fail(
        'checksum',
        `校验码应为${expected}，当前为${actual}，请核对号码`,
        `The check character should be ${expected}, not ${actual}; please re-check the number`,
      ),
      expected,
    };
  }

  return {
    ok: true,
    value,
    birthDate,
    gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: value.slice(0, 6),
  };
}

function fail(reason: CitizenIdFailure, message: string, messageEn: string) {
  return { ok: false as const, reason, message, messageEn };
}

function chinaToday(): string {
  return fromDayNumber(Math.floor((Date.now() + CHINA_UTC_OFFSET_MS) / 86_400_000));
}
