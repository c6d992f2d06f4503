// 统一社会信用代码, GB 32100-2015 (DOMAIN "Identifiers"): 18 characters from a 31-symbol set that leaves
// out I, O, Z, S and V (easily misread), the last one a MOD 31 check character.

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export type CreditCodeFailure = 'length' | 'characters' | 'checksum';

/** Who accepted a code that fails the check, and why (some early pilot codes are legal yet fail it). */
export interface CreditCodeOverride {
  reason: string;
  approvedBy: string;
}

export type CreditCodeResult =
  | {
      ok: true;
      /** Trimmed and upper-cased. */
      value: string;
      /** Present only when the check failed and a recorded override let the code through. */
      overridden?: CreditCodeOverride & { expected: string };
    }
  | {
      ok: false;
      reason: CreditCodeFailure;
      message: string;
      messageEn: string;
      /** For 'checksum': the check character the first 17 characters call for. */
      expected?: string;
    };

/** The check character for the first 17 characters of a code. */
export function creditCodeCheckChar(first17: string): string {
  const s = String(first17).toUpperCase();
  if (s.length !== 17 || [...s].some((c) => !CREDIT_CODE_ALPHABET.includes(c))) {
    throw new RangeError(
      `creditCodeCheckChar needs 17 characters from ${CREDIT_CODE_ALPHABET}, got ${JSON.stringify(first17)}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(s[i]!) * WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Checks a 统一社会信用代码. A checksum failure passes only with an override naming a reason and an
 * approver, and the result carries that override so it is recorded, never a silent pass (DOMAIN
 * "Identifiers"). Wrong length or characters are not pilot quirks and cannot be overridden.
 */
export function validateCreditCode(input: string, override?: CreditCodeOverride): CreditCodeResult {
  const value = String(input ?? '')
    .trim()
    .toUpperCase();

  if (value.length !== 18) {
    return fail(
      'length',
      `统一社会信用代码应为18位，当前为${value.length}位`,
      `A unified social credit code has 18 characters; got ${value.length}`,
    );
  }

  const bad = [...value].findIndex((c) => !CREDIT_CODE_ALPHABET.includes(c));
  if (bad >= 0) {
    return fail(
      'characters',
      `第${bad + 1}位字符“${value[bad]}”无效：统一社会信用代码只用数字和除I、O、Z、S、V以外的大写字母`,
      `Character ${bad + 1} ("${value[bad]}") is not allowed: codes use digits and capital letters except I, O, Z, S and V`,
    );
  }

  const expected = creditCodeCheckChar(value.slice(0, 17));
  if (value[17] === expected) return { ok: true, value };

  const reason = String(override?.reason ?? '').trim();
  const approvedBy = String(override?.approvedBy ?? '').trim();
  if (reason !== '' && approvedBy !== '') {
    return { ok: true, value, overridden: { reason, approvedBy, expected } };
  }
  const incomplete = override !== undefined;
  return {
    ...fail(
      'checksum',
      `校验码应为${expected}，当前为${value[17]}。如为早期试点代码，须${incomplete ? '同时' : ''}填写原因和批准人后登记`,
      `The check character should be ${expected}, not ${value[17]}. An early pilot code can be accepted only with ${incomplete ? 'both ' : ''}a reason and an approver recorded`,
    ),
    expected,
  };
}

function fail(reason: CreditCodeFailure, message: string, messageEn: string) {
  return { ok: false as const, reason, message, messageEn };
}
