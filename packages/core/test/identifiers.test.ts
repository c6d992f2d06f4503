import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../src/calendar/iso-date.js';
import {
  CREDIT_CODE_ALPHABET,
  citizenIdCheckChar,
  creditCodeCheckChar,
  validateCitizenId,
  validateCreditCode,
} from '../src/index.js';

const TODAY = '2026-06-30';

describe('公民身份号码 (GB 11643-1999)', () => {
  it('GB 11643: accepts the standard example 11010519491231002X and reads birth date, gender, region', () => {
    expect(validateCitizenId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
      regionCode: '110105',
    });
  });

  it('GB 11643: accepts a lowercase x and stores it as X; trims surrounding blanks', () => {
    const r = validateCitizenId(' 11010519491231002x ', TODAY);
    expect(r).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('GB 11643: an odd sequence digit is male', () => {
    const first17 = '32010219900307001';
    const r = validateCitizenId(first17 + citizenIdCheckChar(first17), TODAY);
    expect(r).toMatchObject({ ok: true, gender: 'male', birthDate: '1990-03-07', regionCode: '320102' });
  });

  it("GB 11643 check character of the standard's other example 440524188001010014 is 4", () => {
    expect(citizenIdCheckChar('44052418800101001')).toBe('4');
  });

  it('reason length: 15-digit first-generation numbers and stray lengths are refused', () => {
    const r = validateCitizenId('110105491231002', TODAY);
    expect(r).toMatchObject({ ok: false, reason: 'length' });
    if (!r.ok) expect(r.message).toContain('15位');
    expect(validateCitizenId('', TODAY)).toMatchObject({ ok: false, reason: 'length' });
    expect(validateCitizenId('11010519491231002X1', TODAY)).toMatchObject({ ok: false, reason: 'length' });
  });

  it('reason characters: letters before the last place, or a last place other than a digit or X', () => {
    const r = validateCitizenId('1101051949123100AX', TODAY);
    expect(r).toMatchObject({ ok: false, reason: 'characters' });
    if (!r.ok) expect(r.messageEn).toContain('Character 17');
    expect(validateCitizenId('11010519491231002Y', TODAY)).toMatchObject({ ok: false, reason: 'characters' });
    expect(validateCitizenId('X10105194912310020', TODAY)).toMatchObject({ ok: false, reason: 'characters' });
  });

  it('reason date: the birth date must be real, not before 1900 and not after today', () => {
    const withCheck = (first17: string) => first17 + citizenIdCheckChar(first17);
    expect(validateCitizenId(withCheck('11010519490230002'), TODAY)).toMatchObject({
      ok: false,
      reason: 'date',
    });
    expect(validateCitizenId(withCheck('11010519491301002'), TODAY)).toMatchObject({
      ok: false,
      reason: 'date',
    });
    expect(validateCitizenId(withCheck('11010520230229002'), TODAY)).toMatchObject({
      ok: false,
      reason: 'date',
    });
    expect(validateCitizenId(withCheck('11010520240229002'), TODAY)).toMatchObject({ ok: true });
    // The standard's own 1880 example is a valid checksum but an impossible living party.
    expect(validateCitizenId('440524188001010014', TODAY)).toMatchObject({ ok: false, reason: 'date' });
    expect(validateCitizenId(withCheck('11010519000101002'), TODAY)).toMatchObject({ ok: true });
    expect(validateCitizenId(withCheck('11010520260701002'), TODAY)).toMatchObject({
      ok: false,
      reason: 'date',
    });
    expect(validateCitizenId(withCheck('11010520260630002'), TODAY)).toMatchObject({ ok: true });
  });

  it('reason checksum: a wrong check character is refused and the expected one given', () => {
    const r = validateCitizenId('110105194912310021', TODAY);
    expect(r).toMatchObject({ ok: false, reason: 'checksum', expected: 'X' });
    if (!r.ok) expect(r.message).toContain('X');
  });

  it('without today, a birth date far in the future is still refused', () => {
    const first17 = '11010529991231002';
    expect(validateCitizenId(first17 + citizenIdCheckChar(first17))).toMatchObject({
      ok: false,
      reason: 'date',
    });
  });

  it('rejects malformed helper input with RangeError', () => {
    expect(() => citizenIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => citizenIdCheckChar('1101051949123100A')).toThrow(RangeError);
    expect(() => validateCitizenId('11010519491231002X', '2026-02-30')).toThrow(RangeError);
  });

  const first17 = fc
    .tuple(
      fc.integer({ min: 110000, max: 829999 }),
      fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber(TODAY) }),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(
      ([region, day, seq]) =>
        `${region}${fromDayNumber(day).replaceAll('-', '')}${String(seq).padStart(3, '0')}`,
    );

  it('GB 11643 property: appending the computed check character always validates', () => {
    fc.assert(
      fc.property(first17, (f) => {
        const r = validateCitizenId(f + citizenIdCheckChar(f), TODAY);
        expect(r.ok).toBe(true);
      }),
    );
  });

  it('GB 11643 property: any other check character fails the checksum with the right expectation', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), (f, c) => {
        const expected = citizenIdCheckChar(f);
        fc.pre(c !== expected);
        expect(validateCitizenId(f + c, TODAY)).toMatchObject({ ok: false, reason: 'checksum', expected });
      }),
    );
  });
});

describe('统一社会信用代码 (GB 32100-2015)', () => {
  const pilot = { reason: '早期试点代码，经登记机关核实', approvedBy: '法制科 王某' };

  it('GB 32100: accepts published codes and upper-cases input', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(validateCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('GB 32100: weights are 3^i mod 31 and the check is (31 − Σ mod 31) mod 31', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    // Σ ≡ 0 (mod 31) gives check index 0 rather than 31.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('reason length: 15-digit 营业执照注册号 and other lengths are refused', () => {
    expect(validateCreditCode('110108000000016')).toMatchObject({ ok: false, reason: 'length' });
    expect(validateCreditCode('')).toMatchObject({ ok: false, reason: 'length' });
  });

  it('reason characters: I, O, Z, S, V and punctuation are not in the code set', () => {
    for (const c of ['I', 'O', 'Z', 'S', 'V', '-']) {
      const r = validateCreditCode(`91350100M000100${c}43`);
      expect(r).toMatchObject({ ok: false, reason: 'characters' });
      if (!r.ok) expect(r.message).toContain('第16位');
    }
  });

  it('reason checksum: a wrong check character is refused with the expected one', () => {
    expect(validateCreditCode('91350100M000100Y44')).toMatchObject({
      ok: false,
      reason: 'checksum',
      expected: '3',
    });
  });

  it('DOMAIN Identifiers: a pilot code failing the check passes only with a recorded override', () => {
    expect(validateCreditCode('91350100M000100Y44', pilot)).toEqual({
      ok: true,
      value: '91350100M000100Y44',
      overridden: { ...pilot, expected: '3' },
    });
  });

  it('DOMAIN Identifiers: an override without reason or approver is no override', () => {
    for (const o of [
      { reason: '', approvedBy: '王某' },
      { reason: '试点', approvedBy: '  ' },
    ]) {
      const r = validateCreditCode('91350100M000100Y44', o);
      expect(r).toMatchObject({ ok: false, reason: 'checksum', expected: '3' });
    }
  });

  it('DOMAIN Identifiers: an override is not recorded when the code is valid anyway', () => {
    expect(validateCreditCode('91350100M000100Y43', pilot)).toEqual({
      ok: true,
      value: '91350100M000100Y43',
    });
  });

  it('DOMAIN Identifiers: length and character faults cannot be overridden', () => {
    expect(validateCreditCode('91350100M000100Y4', pilot)).toMatchObject({ ok: false, reason: 'length' });
    expect(validateCreditCode('91350100M000100I43', pilot)).toMatchObject({
      ok: false,
      reason: 'characters',
    });
  });

  it('rejects malformed helper input with RangeError', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100I4')).toThrow(RangeError);
  });

  const first17 = fc
    .array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 17, maxLength: 17 })
    .map((cs) => cs.join(''));

  it('GB 32100 property: appending the computed check character always validates, with no override', () => {
    fc.assert(
      fc.property(first17, (f) => {
        expect(validateCreditCode(f + creditCodeCheckChar(f))).toEqual({
          ok: true,
          value: f + creditCodeCheckChar(f),
        });
      }),
    );
  });

  it('GB 32100 property: any other check character fails, and an override records the expected one', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...CREDIT_CODE_ALPHABET), (f, c) => {
        const expected = creditCodeCheckChar(f);
        fc.pre(c !== expected);
        expect(validateCreditCode(f + c)).toMatchObject({ ok: false, reason: 'checksum', expected });
        expect(validateCreditCode(f + c, pilot)).toMatchObject({ ok: true, overridden: { expected } });
      }),
    );
  });
});
