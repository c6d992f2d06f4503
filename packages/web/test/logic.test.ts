// @vitest-environment jsdom
import type { Permission } from '@sanxiang/core';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  accountActions,
  adminRolesIn,
  isLocked,
  rolesNeedingQualification,
} from '../src/admin/account-rules';
import { ApiError } from '../src/api/api-error';
import { changeRows, instantsToRange, rangeToInstants } from '../src/audit/audit-range';
import { loginProblem } from '../src/auth/login-problem';
import { groupSecret, normaliseTotp, TOTP_PATTERN } from '../src/auth/totp-code';
import { selectableYears } from '../src/calendar/calendar-days';
import { certificateBreakdown } from '../src/dashboard/certificate-breakdown';
import { certificateState } from '../src/people/certificate-status';
import { countCharacterClasses, passwordShortfalls } from '../src/profile/password-rules';
import { formatValue } from '../src/shared/format';
import { mergeSearchParams, readEnum, readPositiveInt } from '../src/shared/search-state';
import { buildUnitTree, filterUnitTree, unitPath } from '../src/units/unit-tree';
import type { Unit } from '../src/units/units-api';

const apiError = (status: number, code: string, details?: unknown) =>
  new ApiError(status, { code, message: '中文', messageEn: 'English', details });

describe('loginProblem', () => {
  it('reads remaining attempts and lock expiry from the details', () => {
    expect(loginProblem(apiError(401, 'AUTH_INVALID_CREDENTIALS', { remainingAttempts: 3 }))).toEqual({
      kind: 'invalid-credentials',
      remainingAttempts: 3,
    });
    expect(loginProblem(apiError(401, 'AUTH_INVALID_CREDENTIALS'))).toEqual({
      kind: 'invalid-credentials',
      remainingAttempts: null,
    });
    expect(loginProblem(apiError(403, 'AUTH_LOCKED', { lockedUntil: '2025-05-01T08:00:00Z' }))).toEqual({
      kind: 'locked',
      lockedUntil: '2025-05-01T08:00:00Z',
    });
  });

  it('recognises the TOTP step and the other refusals', () => {
    expect(loginProblem(apiError(401, 'AUTH_TOTP_REQUIRED')).kind).toBe('totp-required');
    expect(loginProblem(apiError(401, 'AUTH_TOTP_INVALID')).kind).toBe('totp-invalid');
    expect(loginProblem(apiError(403, 'AUTH_ACCOUNT_DISABLED')).kind).toBe('disabled');
    expect(loginProblem(apiError(500, 'INTERNAL')).kind).toBe('other');
    expect(loginProblem(new Error('x')).kind).toBe('other');
  });
});

describe('TOTP code handling', () => {
  it('accepts a pasted code with a space and rejects anything but six digits', () => {
    expect(normaliseTotp('123 456')).toBe('123456');
    expect(TOTP_PATTERN.test(normaliseTotp('123 456'))).toBe(true);
    expect(TOTP_PATTERN.test('12345')).toBe(false);
    expect(TOTP_PATTERN.test('12345a')).toBe(false);
  });

  it('groups a secret in fours for typing by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
  });
});

describe('password rules', () => {
  const policy = { minLength: 10, minClasses: 3 };
  it('counts the four character classes', () => {
    expect(countCharacterClasses('abc')).toBe(1);
    expect(countCharacterClasses('abcDEF123')).toBe(3);
    expect(countCharacterClasses('aB3#')).toBe(4);
    expect(countCharacterClasses('口令abc')).toBe(2); // Chinese characters count as symbols
  });

  it('reports what a candidate lacks', () => {
    expect(passwordShortfalls('short1A', policy)).toEqual(['too-short']);
    expect(passwordShortfalls('alllowercaseletters', policy)).toEqual(['too-few-classes']);
    expect(passwordShortfalls('abc', policy)).toEqual(['too-short', 'too-few-classes']);
    expect(passwordShortfalls('Rugao-City-2025', policy)).toEqual([]);
  });

  it('refuses a password that contains the username, in any case', () => {
    expect(passwordShortfalls('Xx-ZHIFA-2025', policy, 'zhifa')).toEqual(['contains-username']);
    expect(passwordShortfalls('Rugao-City-2025', policy, 'zhifa')).toEqual([]);
  });
});

describe('account rules', () => {
  const now = new Date('2025-03-01T10:00:00Z');
  const all = (_: Permission) => true;
  const only =
    (...ps: Permission[]) =>
    (p: Permission) =>
      ps.includes(p);

  it('finds conflicting administrator roles and roles that need a qualification', () => {
    expect(adminRolesIn(['officer', 'sysadmin', 'auditadmin'])).toEqual(['sysadmin', 'auditadmin']);
    expect(adminRolesIn(['officer', 'squad_leader'])).toEqual([]);
    expect(rolesNeedingQualification(['officer', 'brigade_reviewer', 'bureau_reviewer'])).toEqual([
      'brigade_reviewer',
      'bureau_reviewer',
    ]);
  });

  it('treats an account as locked only until the lock expires', () => {
    expect(isLocked({ lockedUntil: '2025-03-01T10:30:00Z' }, now)).toBe(true);
    expect(isLocked({ lockedUntil: '2025-03-01T09:30:00Z' }, now)).toBe(false);
    expect(isLocked({ lockedUntil: null }, now)).toBe(false);
  });

  it('offers each action only with its permission and in a state where it applies', () => {
    const lockedActive = { status: 'active' as const, lockedUntil: '2025-03-02T00:00:00Z' };
    const disabled = { status: 'disabled' as const, lockedUntil: null };
    expect(accountActions(lockedActive, all, now)).toEqual(['disable', 'roles', 'unlock', 'reset-password']);
    expect(accountActions(disabled, all, now)).toEqual(['enable', 'roles', 'reset-password']);
    // The system administrator enables accounts; the security administrator does the rest.
    expect(accountActions(lockedActive, only('users.read', 'users.enable'), now)).toEqual(['disable']);
    expect(
      accountActions(lockedActive, only('users.roles', 'users.unlock', 'users.reset-password'), now),
    ).toEqual(['roles', 'unlock', 'reset-password']);
  });
});

describe('unit tree', () => {
  const unit = (id: string, parentId: string | null, name: string): Unit => ({
    id,
    parentId,
    name,
    shortName: '',
    kind: 'squad',
    address: '',
    phone: '',
    duties: '',
    officerCount: 0,
  });
  const units = [
    unit('b', null, '如皋市城市管理局'),
    unit('d1', 'b', '城市管理行政执法大队'),
    unit('s1', 'd1', '如城中队'),
    unit('s2', 'd1', '城南中队'),
    unit('t1', 'b', '长江镇城管办'),
  ];

  it('nests units under their parents in server order', () => {
    const tree = buildUnitTree(units);
    expect(tree.map((n) => n.unit.id)).toEqual(['b']);
    expect(tree[0]?.children.map((n) => n.unit.id)).toEqual(['d1', 't1']);
    expect(tree[0]?.children[0]?.children.map((n) => n.unit.id)).toEqual(['s1', 's2']);
  });

  it('makes a unit whose parent is outside the data scope a root', () => {
    const tree = buildUnitTree(units.filter((u) => u.id !== 'b'));
    expect(tree.map((n) => n.unit.id)).toEqual(['d1', 't1']);
  });

  it('filters by name keeping ancestors and expanding to the matches', () => {
    const { roots, expand } = filterUnitTree(buildUnitTree(units), '城南');
    expect(roots.map((n) => n.unit.id)).toEqual(['b']);
    expect(roots[0]?.children.map((n) => n.unit.id)).toEqual(['d1']);
    expect(roots[0]?.children[0]?.children.map((n) => n.unit.id)).toEqual(['s2']);
    expect(expand.sort()).toEqual(['b', 'd1']);
    expect(filterUnitTree(buildUnitTree(units), '不存在').roots).toEqual([]);
  });

  it('gives the path of names from the root', () => {
    expect(unitPath(units, 's2')).toEqual(['如皋市城市管理局', '城市管理行政执法大队', '城南中队']);
    expect(unitPath(units, 'missing')).toEqual([]);
  });
});

describe('list URL state', () => {
  it('goes back to page 1 when a filter changes, but not when paging', () => {
    const prev = new URLSearchParams('page=3&pageSize=50&q=张');
    expect(mergeSearchParams(prev, { q: '李' }).toString()).toBe('pageSize=50&q=%E6%9D%8E');
    expect(mergeSearchParams(prev, { page: 4 }).get('page')).toBe('4');
    expect(mergeSearchParams(prev, { q: '张', page: 4 }).get('page')).toBe('4');
    expect(mergeSearchParams(prev, { q: null }).has('q')).toBe(false);
  });

  it('keeps the page when a patch repeats the current filter values', () => {
    const prev = new URLSearchParams('page=3&certStatus=expired');
    expect(mergeSearchParams(prev, { certStatus: 'expired', unitId: undefined }).get('page')).toBe('3');
  });

  it('ignores hand-edited values that are not allowed', () => {
    const p = new URLSearchParams('page=-2&pageSize=abc&status=deleted&kind=read');
    expect(readPositiveInt(p, 'page', 1)).toBe(1);
    expect(readPositiveInt(p, 'pageSize', 20)).toBe(20);
    expect(readEnum(p, 'status', ['active', 'disabled', 'locked'] as const)).toBeUndefined();
    expect(readEnum(p, 'kind', ['write', 'read', 'auth'] as const)).toBe('read');
  });
});

describe('audit helpers', () => {
  it('turns a day range into instants covering both whole days', () => {
    const { from, to } = rangeToInstants([dayjs('2025-04-01T15:00:00'), dayjs('2025-04-03T09:00:00')]);
    expect(dayjs(from).format('YYYY-MM-DD HH:mm:ss.SSS')).toBe('2025-04-01 00:00:00.000');
    expect(dayjs(to).format('YYYY-MM-DD HH:mm:ss.SSS')).toBe('2025-04-03 23:59:59.999');
    expect(rangeToInstants(null)).toEqual({});
    const back = instantsToRange(from ?? null, to ?? null);
    expect(back?.map((d) => d.format('YYYY-MM-DD'))).toEqual(['2025-04-01', '2025-04-03']);
    expect(instantsToRange('garbage', to ?? null)).toBeNull();
  });

  it('lists changes by field name and renders values readably', () => {
    const rows = changeRows({
      roles: { before: ['officer'], after: ['officer', 'squad_leader'] },
      status: { before: 'active', after: 'disabled' },
    });
    expect(rows.map((r) => r.field)).toEqual(['roles', 'status']);
    expect(formatValue(rows[0]?.after)).toBe('["officer","squad_leader"]');
    expect(formatValue(rows[1]?.before)).toBe('active');
    expect(formatValue(null)).toBe('—');
    expect(formatValue('')).toBe('""');
    expect(formatValue(false)).toBe('false');
    expect(changeRows(null)).toEqual([]);
  });
});

describe('dashboard and people helpers', () => {
  it('breaks certificates down in a fixed order with percentages', () => {
    const b = certificateBreakdown({ valid: 6, expiring: 2, expired: 1, none: 1 });
    expect(b.total).toBe(10);
    expect(b.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
      ['valid', 6, 60],
      ['expiring', 2, 20],
      ['expired', 1, 10],
      ['none', 1, 10],
    ]);
    expect(
      certificateBreakdown({ valid: 0, expiring: 0, expired: 0, none: 0 }).rows.every((r) => r.percent === 0),
    ).toBe(true);
  });

  it('maps a missing certificate to "none"', () => {
    expect(certificateState(null)).toBe('none');
    expect(certificateState({ status: 'revoked' })).toBe('revoked');
  });

  it('offers known years plus this year and next, newest first', () => {
    const known = [
      { year: 2024, holidays: 28, workdays: 5, covered: true },
      { year: 2025, holidays: 28, workdays: 5, covered: true },
    ];
    expect(selectableYears(known, 2025)).toEqual([2026, 2025, 2024]);
    expect(selectableYears([], 2025)).toEqual([2026, 2025]);
  });
});
