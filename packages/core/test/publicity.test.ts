import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  applyRedactions,
  citizenIdCheckChar,
  DEFAULT_PUBLICITY_POLICY,
  findRedactions,
  luhnValid,
  PUBLICATION_KINDS,
  publicationBar,
  publicationDue,
  publicityPolicy,
  publicUntil,
  redactText,
  WorkingCalendar,
} from '../src/index.js';

// 2025 国庆 and 中秋 as the State Council notice set them: 1–8 October off, Sunday 28 September and
// Saturday 11 October worked.
const holidays = [
  '2025-10-01',
  '2025-10-02',
  '2025-10-03',
  '2025-10-04',
  '2025-10-05',
  '2025-10-06',
  '2025-10-07',
  '2025-10-08',
];
const calendar = new WorkingCalendar(
  [
    ...holidays.map((date) => ({ date, kind: 'holiday' as const, name: '国庆节' })),
    { date: '2025-09-28', kind: 'workday', name: '国庆节调休' },
    { date: '2025-10-11', kind: 'workday', name: '国庆节调休' },
  ],
  [2025],
);

describe('the publicity policy as data (P-01)', () => {
  it('P-01 holds, per kind, fields, carriers, steps, a deadline rule, a public period and a responsible role', () => {
    for (const kind of PUBLICATION_KINDS) {
      const p = DEFAULT_PUBLICITY_POLICY[kind];
      expect(p.kind).toBe(kind);
      expect(p.fields.length).toBeGreaterThan(0);
      expect(p.carriers.length).toBeGreaterThan(0);
      expect(p.steps.length).toBeGreaterThan(0);
      expect(p.responsibleRole).toBe('publicity_officer');
      expect(p.basis).not.toBe('');
    }
  });

  it('P-09 a penalty decision is due 7 working days after the decision (国办发〔2018〕118号), across 国庆', () => {
    // Decided Tuesday 30 September: 1–8 October are holidays, 9, 10, 11 (调休 Saturday), 13, 14, 15, 16.
    const due = publicationDue(calendar, 'penalty-decision', '2025-09-30');
    expect(due.due).toBe('2025-10-16');
    expect(due.rule).toBe('作出处罚决定之日起7个工作日内');
    expect(calendar.workingDaysBetween('2025-09-30', due.due)).toBe(7);
  });

  it('P-09 a withdrawal is due 3 working days after the revocation; P-10 an inspection result 20', () => {
    expect(publicationDue(calendar, 'withdrawal', '2025-09-26').due).toBe('2025-09-30'); // Fri → Sun 28 worked, Mon 29, Tue 30
    expect(
      calendar.workingDaysBetween(
        '2025-09-15',
        publicationDue(calendar, 'inspection-result', '2025-09-15').due,
      ),
    ).toBe(20);
  });

  it('P-11 the annual report is due on 10 January of the following year', () => {
    expect(publicationDue(calendar, 'annual-report', '2025-06-30')).toMatchObject({
      due: '2026-01-10',
      deadline: null,
    });
  });

  it('P-01 public periods: 3 years, 2 for a natural person; configurable per kind; bad figures refused', () => {
    expect(publicUntil('penalty-decision', '2025-03-01', 'organisation')).toBe('2028-03-01');
    expect(publicUntil('penalty-decision', '2025-03-01', 'person')).toBe('2027-03-01');
    expect(publicUntil('withdrawal', '2025-03-01', 'person')).toBeNull();
    const local = publicityPolicy({ 'penalty-decision': { years: 5 } });
    expect(publicUntil('penalty-decision', '2025-03-01', 'organisation', local)).toBe('2030-03-01');
    expect(publicUntil('penalty-decision', '2025-03-01', 'person', local)).toBe('2027-03-01');
    expect(DEFAULT_PUBLICITY_POLICY['penalty-decision'].publicPeriod.years).toBe(3); // the default is not touched
    expect(() => publicityPolicy({ 'penalty-decision': { years: 0 } })).toThrow(RangeError);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('P-01 property: every working-day publication deadline is a working day exactly N working days on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }),
        fc.constantFrom('penalty-decision', 'inspection-result', 'withdrawal', 'correction-answer'),
        (offset, kind) => {
          const from = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
          const due = publicationDue(calendar, kind as 'withdrawal', from);
          const rule = DEFAULT_PUBLICITY_POLICY[kind as 'withdrawal'].deadline;
          expect(calendar.isWorkingDay(due.due)).toBe(true);
          expect(calendar.workingDaysBetween(from, due.due)).toBe(
            rule.kind === 'working-days' ? rule.days : -1,
          );
        },
      ),
    );
  });
});

const id = (birth: string, seq = '123', region = '320682') => {
  const first17 = `${region}${birth}${seq}`;
  return first17 + citizenIdCheckChar(first17);
};
function luhnComplete(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(prefix + d)) return prefix + d;
  throw new Error('unreachable');
}

describe('redaction (P-09)', () => {
  const text = [
    `当事人王某强，身份证号码${id('19850412')}，住址：如皋市如城街道海阳路12号，联系电话13800001111。`,
    '证人李小红称当事人在解放路36号门前摆摊。当事人称其患有高血压，需照顾家人。',
    `当事人以银行卡${luhnComplete('622202100112233445')}缴纳，座机（0513）87654321。`,
    '案号皋城管立〔2026〕第0012号，罚款人民币200元。',
  ].join('');

  it('P-09 hides the ID number, address, phone, card, other person and health data; keeps the party, numbers and amounts', () => {
    const { redacted, findings } = redactText(text, { partyName: '王某强', partyType: 'person' });
    expect(findings.map((f) => f.kind)).toEqual([
      'id-number',
      'address',
      'phone',
      'person-name',
      'health',
      'bank-card',
      'phone',
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(redacted).not.toContain(id('19850412'));
    expect(redacted).not.toContain('海阳路12号');
    expect(redacted).not.toContain('13800001111');
    expect(redacted).not.toContain('李小红');
    expect(redacted).toContain('证人李某某称');
    expect(redacted).not.toContain('高血压');
    expect(redacted).not.toContain('87654321');
    expect(redacted).toContain('当事人王某强');
    expect(redacted).toContain('皋城管立〔2026〕第0012号');
    expect(redacted).toContain('罚款人民币200元');
  });

  it('P-09 an 18-digit number failing the GB 11643 check, and a 16-digit number failing Luhn, are not hidden', () => {
    const good = id('19900307', '001');
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    expect(findRedactions(`编号${bad}。`)).toEqual([]);
    const card = luhnComplete('622202100112233');
    const notCard = card.slice(0, 15) + ((Number(card[15]) + 1) % 10);
    expect(findRedactions(`卡${card}。`).map((f) => f.kind)).toEqual(['bank-card']);
    expect(findRedactions(`单号${notCard}。`)).toEqual([]);
  });

  it('P-09 an organisation is named, with its registered address and legal representative; its bank account is hidden', () => {
    const t =
      '当事人如皋市嘉禾百货商行，住所：如皋市如城街道解放路8号，法定代表人孙立。开户账号：3206 8201 0401 2345 678。';
    const { redacted } = redactText(t, { partyName: '如皋市嘉禾百货商行', partyType: 'organisation' });
    expect(redacted).toContain('如皋市嘉禾百货商行');
    expect(redacted).toContain('解放路8号');
    expect(redacted).toContain('法定代表人孙立');
    expect(redacted).not.toContain('3206 8201');
  });

  it('P-09 a natural person party: 住所 is hidden too; the name is cut to the surname where the rule says so', () => {
    const t = '当事人张国华，住所：如皋市白蒲镇朝阳村5组。';
    const full = redactText(t, { partyName: '张国华', partyType: 'person' });
    expect(full.redacted).toBe('当事人张国华，住所：［住址已隐去］。');
    const cut = redactText(t, { partyName: '张国华', partyType: 'person', punishedPersonName: 'surname' });
    expect(cut.redacted).toBe('当事人张某某，住所：［住址已隐去］。');
  });

  it('P-09 names and addresses the case knows are hidden wherever they appear', () => {
    const t = '当事人与赵德明共同经营，赵德明住如皋市东陈镇。';
    const r = redactText(t, {
      partyName: '钱多多',
      partyType: 'person',
      otherPersonNames: ['赵德明'],
      personAddresses: ['如皋市东陈镇'],
    });
    expect(r.redacted).toBe('当事人与赵某某共同经营，赵某某住［住址已隐去］。');
  });

  it('P-09 minors: a case whose party is a minor is not published', () => {
    expect(publicationBar([{ kind: 'person', minor: true }])?.code).toBe('minor-party');
    expect(publicationBar([{ kind: 'person', minor: false }, { kind: 'organisation' }])).toBeNull();
  });

  it('applyRedactions refuses overlapping, unsorted or out-of-range findings', () => {
    expect(() =>
      applyRedactions('abcdef', [
        { kind: 'other', start: 2, end: 4 },
        { kind: 'other', start: 3, end: 5 },
      ]),
    ).toThrow(RangeError);
    expect(() => applyRedactions('abc', [{ kind: 'other', start: 1, end: 9 }])).toThrow(RangeError);
  });

  // Chinese text with punctuation and short numbers, never a digit run long enough to be an identifier.
  const filler = fc
    .array(
      fc.constantFrom(
        ...'当事人在解放路门前占道经营罚款元责令改正，。；（）第号年月日',
        '36',
        '200',
        '2026-05-01',
        '〔2026〕',
      ),
      { maxLength: 30 },
    )
    // Joined with a mark, so that numbers never run together into something that is a phone or ID number
    // (fast-check once glued 2026-05-01 twice into “2026-05-012026-05-01”).
    .map((a) => a.join('、'));
  const birth = fc
    .date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
  const validId = fc
    .tuple(birth, fc.integer({ min: 0, max: 999 }))
    .map(([b, s]) => id(b, String(s).padStart(3, '0')));
  const validCard = fc
    .tuple(
      fc.constantFrom('62', '4', '51'),
      fc.integer({ min: 16, max: 19 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
    )
    .map(([p, len, ds]) => luhnComplete(p + ds.join('').slice(0, len - 1 - p.length)));
  const mobile = fc
    .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
    .map(([a, b]) => `1${a}${String(b).padStart(9, '0')}`);

  it('P-09 property: a valid ID number, Luhn card or mobile number anywhere in a text never survives redaction', () => {
    fc.assert(
      fc.property(filler, fc.oneof(validId, validCard, mobile), filler, (a, secret, b) => {
        const t = `${a}，${secret}，${b}`;
        const { redacted, findings } = redactText(t);
        expect(redacted).not.toContain(secret);
        expect(findings.some((f) => f.text === secret)).toBe(true);
      }),
    );
  });

  it('P-09 property: findings are sorted, disjoint, inside the text and quote it; redacting twice finds nothing new', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            filler,
            validId,
            validCard,
            mobile,
            fc.constant('住址：如城街道海阳路12号，'),
            fc.constant('证人陈立新称'),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const t = parts.join('，');
          const { redacted, findings } = redactText(t);
          let at = 0;
          for (const f of findings) {
            expect(f.start).toBeGreaterThanOrEqual(at);
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.end).toBeLessThanOrEqual(t.length);
            expect(t.slice(f.start, f.end)).toBe(f.text);
            at = f.end;
          }
          const again = findRedactions(redacted).filter((f) =>
            ['id-number', 'bank-card', 'phone'].includes(f.kind),
          );
          expect(again).toEqual([]);
        },
      ),
    );
  });

  it('P-09 property: a text with nothing personal in it comes back unchanged', () => {
    fc.assert(
      fc.property(filler, (t) => {
        expect(redactText(t, { partyName: '某公司', partyType: 'organisation' }).redacted).toBe(t);
      }),
    );
  });
});
