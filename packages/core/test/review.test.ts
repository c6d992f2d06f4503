import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../src/calendar/working-calendar.js';
import {
  DEFAULT_REVIEW_CATALOGUE,
  DEFAULT_REVIEW_TIME_LIMITS,
  describeCatalogue,
  missingMaterials,
  opinionProblems,
  type PartyType,
  REVIEW_ITEM_CODES,
  REVIEW_ITEMS,
  reviewClock,
  routeReview,
} from '../src/review/index.js';

// DOMAIN.md "Legal review"; REQUIREMENTS L-01 … L-04; 行政处罚法 art. 58.

const C = DEFAULT_REVIEW_CATALOGUE;
const fine = (amount: number, party: PartyType = 'person', extra: object = {}) =>
  routeReview(
    { procedure: 'general', partyTypes: [party], penalty: { kinds: ['罚款'], fine: amount }, ...extra },
    C,
  );

describe('L-03 routing: brigade for every non-simple penalty, bureau for the catalogue', () => {
  it('the on-the-spot procedure is not reviewed', () => {
    const r = routeReview({ procedure: 'simple', partyTypes: ['person'], penalty: { kinds: ['警告'] } }, C);
    expect(r.levels).toEqual([]);
  });

  it('a small fine goes to the brigade legal section only, and says so', () => {
    const r = fine(200);
    expect(r.levels).toEqual(['brigade']);
    expect(r.explanation.en).toBe('brigade legal section review only: not in the major-decision catalogue');
  });

  it('explains the bureau route in words: fine 60,000 yuan ≥ 50,000 (organisation)', () => {
    const r = fine(60_000, 'organisation');
    expect(r.levels).toEqual(['brigade', 'bureau']);
    expect(r.explanation.en).toBe('局法规科 review required: fine 60,000 yuan ≥ 50,000 (organisation)');
    expect(r.explanation.zh).toBe('须经局法规科审核：罚款60,000元 ≥ 50,000元（单位）');
  });

  for (const party of ['person', 'organisation'] as const) {
    const line = C.fineThreshold[party];
    it(`fine line for a ${party}: ${line - 1} brigade only, ${line} and ${line + 1} also bureau (≥)`, () => {
      expect(fine(line - 1, party).levels).toEqual(['brigade']);
      expect(fine(line, party).levels).toEqual(['brigade', 'bureau']);
      expect(fine(line + 1, party).levels).toEqual(['brigade', 'bureau']);
    });
    const cline = C.confiscationThreshold[party];
    it(`confiscation line for a ${party} at ${cline}`, () => {
      const at = (v: number) =>
        routeReview(
          {
            procedure: 'general',
            partyTypes: [party],
            penalty: { kinds: ['没收违法所得'], confiscation: v },
          },
          C,
        ).levels;
      expect(at(cline - 1)).toEqual(['brigade']);
      expect(at(cline)).toEqual(['brigade', 'bureau']);
    });
  }

  it('with a person and an organisation, the lower line decides', () => {
    const r = routeReview(
      {
        procedure: 'general',
        partyTypes: ['organisation', 'person'],
        penalty: { kinds: ['罚款'], fine: 5_000 },
      },
      C,
    );
    expect(r.levels).toEqual(['brigade', 'bureau']);
    expect(r.reasons[1]!.en).toContain('(person)');
  });

  it('suspension, closure and licence revocation are major whatever the amount', () => {
    for (const kind of ['责令停产停业', '责令关闭', '吊销许可证件']) {
      const r = routeReview(
        { procedure: 'general', partyTypes: ['organisation'], penalty: { kinds: [kind] } },
        C,
      );
      expect(r.levels, kind).toEqual(['brigade', 'bureau']);
      expect(r.reasons.map((x) => x.code)).toContain('major-kind');
    }
  });

  it('a hearing, a penalty outside the standard, a complex case, major public interest each route to the bureau', () => {
    for (const extra of [
      { hearingHeld: true },
      { hearingRequested: true },
      { outsideDiscretion: true },
      { complex: true },
      { majorPublicInterest: true },
      { markedMajor: true },
    ])
      expect(fine(100, 'person', extra).levels, JSON.stringify(extra)).toEqual(['brigade', 'bureau']);
  });

  it('thresholds are configuration: a higher line moves the boundary', () => {
    const cat = { ...C, fineThreshold: { person: 10_000, organisation: 100_000 } };
    const at = (v: number, p: PartyType) =>
      routeReview({ procedure: 'general', partyTypes: [p], penalty: { kinds: ['罚款'], fine: v } }, cat)
        .levels;
    expect(at(60_000, 'organisation')).toEqual(['brigade']);
    expect(at(100_000, 'organisation')).toEqual(['brigade', 'bureau']);
    expect(at(9_999, 'person')).toEqual(['brigade']);
  });

  it('property: for any fine and party type, bureau review ⇔ fine ≥ the party type’s line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PartyType>('person', 'organisation'),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 500_000 }),
        (party, amount, line) => {
          const cat = { ...C, fineThreshold: { ...C.fineThreshold, [party]: line } };
          const r = routeReview(
            { procedure: 'general', partyTypes: [party], penalty: { kinds: ['罚款'], fine: amount } },
            cat,
          );
          expect(r.levels.includes('bureau')).toBe(amount >= line);
          expect(r.levels[0]).toBe('brigade');
        },
      ),
    );
  });

  it('property: around each default line (±3 yuan) the route flips exactly at the line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PartyType>('person', 'organisation'),
        fc.integer({ min: -3, max: 3 }),
        (party, delta) => {
          const amount = C.fineThreshold[party] + delta;
          expect(fine(amount, party).levels.length).toBe(delta >= 0 ? 2 : 1);
        },
      ),
    );
  });

  it('property: adding a reason never removes a level (monotone)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (amount, hearing, outside, complex) => {
          const base = fine(amount, 'organisation');
          const more = fine(amount, 'organisation', {
            hearingHeld: hearing,
            outsideDiscretion: outside,
            complex,
          });
          expect(more.levels.length).toBeGreaterThanOrEqual(base.levels.length);
        },
      ),
    );
  });

  it('the catalogue reads as sentences for the portal (L-01)', () => {
    const lines = describeCatalogue(C).map((l) => l.zh);
    expect(lines[0]).toContain('5,000元以上');
    expect(lines[0]).toContain('50,000元以上');
    expect(lines.join()).toContain('听证');
  });
});

describe('L-04 submission checklist', () => {
  const complete = {
    issuedDocuments: ['investigation-report'],
    recommendation: '建议罚款200元',
    hasDraftDecision: true,
    evidence: ['现场检查笔录'],
    hearingHeld: false,
  };
  it('nothing missing when all is there; the hearing record only after a hearing', () => {
    expect(missingMaterials(complete)).toEqual([]);
    expect(missingMaterials({ ...complete, hearingHeld: true }).map((m) => m.code)).toEqual([
      'hearing-record',
    ]);
  });
  it('names each missing material', () => {
    const m = missingMaterials({ issuedDocuments: [], hasDraftDecision: false, hearingHeld: false });
    expect(m.map((x) => x.zh)).toEqual([
      '调查终结报告',
      '处理建议',
      '行政处罚决定书（代拟稿）',
      '证据材料目录',
    ]);
  });
});

describe('L-04 the seven review items and the opinion', () => {
  const all = (finding: 'ok' | 'problem' = 'ok') =>
    REVIEW_ITEM_CODES.map((code) => ({ code, finding, comment: finding === 'problem' ? '证据不足' : '' }));
  it('there are seven items, ① body … ⑦ other', () => {
    expect(REVIEW_ITEMS).toHaveLength(7);
    expect(REVIEW_ITEM_CODES[5]).toBe('crime');
  });
  it('同意 needs every item in order; 退回 needs a problem; a problem needs a comment', () => {
    expect(opinionProblems('agree', all())).toEqual([]);
    expect(opinionProblems('return', all())).toHaveLength(1);
    expect(opinionProblems('agree', all('problem')).join()).toContain('不能出具');
    const noComment = all();
    noComment[2] = { code: 'facts', finding: 'problem', comment: ' ' };
    expect(opinionProblems('return', noComment).join()).toContain('facts');
    expect(opinionProblems('agree', all().slice(1)).join()).toContain('缺少审核事项：body');
  });
});

describe('L-04 time limits, counted on the working calendar', () => {
  // 2026 National Day: 1–7 Oct off, Sat 10 Oct a make-up working day (国办发明电〔2025〕7号 pattern).
  const cal = new WorkingCalendar(
    [
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
        date: `2026-10-${d}`,
        kind: 'holiday' as const,
        name: '国庆节',
      })),
      { date: '2026-10-10', kind: 'workday', name: '国庆节调休' },
    ],
    [2026],
  );
  it('default 7 working days, skipping the holiday and counting the make-up day', () => {
    const c = reviewClock(cal, '2026-09-29', DEFAULT_REVIEW_TIME_LIMITS, {
      complexApproved: false,
      today: '2026-09-29',
    });
    // 30 Sep (1), 8 Oct (2), 9 Oct (3), 10 Oct (4, 调休), 12, 13, 14 Oct (7).
    expect(c.dueOn).toBe('2026-10-14');
    expect(c.overdue).toBe(false);
  });
  it('+3 working days for a complex case with approval', () => {
    const c = reviewClock(cal, '2026-09-29', DEFAULT_REVIEW_TIME_LIMITS, {
      complexApproved: true,
      today: '2026-10-15',
    });
    expect(c.days).toBe(10);
    expect(c.dueOn).toBe('2026-10-19');
    expect(c.overdue).toBe(false);
  });
  it('overdue the day after the due date, not on it; an opinion stops the clock', () => {
    const at = (today: string, concludedOn?: string) =>
      reviewClock(cal, '2026-11-02', DEFAULT_REVIEW_TIME_LIMITS, {
        complexApproved: false,
        today,
        concludedOn,
      });
    expect(at('2026-11-11').overdue).toBe(false);
    expect(at('2026-11-11').daysLeft).toBe(0);
    expect(at('2026-11-12').overdue).toBe(true);
    expect(at('2026-11-12').daysLeft).toBe(-1);
    expect(at('2026-11-20', '2026-11-10').overdue).toBe(false);
  });
  it('property: the due date is a working day and exactly `days` working days after submission', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 360 }), fc.integer({ min: 1, max: 15 }), (offset, days) => {
        const d = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const c = reviewClock(cal, d, { days, complexExtraDays: 3 }, { complexApproved: false, today: d });
        expect(cal.isWorkingDay(c.dueOn)).toBe(true);
        expect(cal.workingDaysBetween(d, c.dueOn)).toBe(days);
      }),
    );
  });
});
