// @vitest-environment jsdom
import { type Permission, permissionsOf, ROLE_CODES, type RoleCode } from '@sanxiang/core';
import { describe, expect, it } from 'vitest';
import { effectivePermissions } from '../src/auth/access';
import { gateFor } from '../src/auth/gate';
import { MENU_ENTRIES, menuKeyForPath, visibleMenuEntries } from '../src/layout/menu-items';

const menuFor = (...roles: RoleCode[]) => visibleMenuEntries(new Set(permissionsOf(roles))).map((e) => e.key);

describe('menu by permissions', () => {
  // Every member of staff reads the cases in their data scope, the law library, the published lists and the
  // rules register.
  const everyday = [
    'dashboard',
    'cases',
    // evidence search and the recording devices are read by all staff within their scope.
    'evidence',
    'devices',
    // L-04: staff follow the legal reviews of their cases.
    'reviews',
    'laws',
    'matters',
    'inspections',
    'rules',
    'windows',
    'people',
    'units',
    'calendar',
  ];

  it('shows a field officer the everyday pages only, and the cross-unit read request (R-08)', () => {
    expect(menuFor('officer')).toEqual([...everyday, 'caseAccess']);
  });

  it('splits the administrators’ pages between the three administrators', () => {
    expect(menuFor('sysadmin')).toEqual([...everyday, 'accounts', 'caseAccess']);
    expect(menuFor('secadmin')).toEqual([...everyday, 'accounts', 'security', 'caseAccess']);
    expect(menuFor('auditadmin')).toEqual([...everyday, 'caseAccess', 'audit']);
  });

  it('shows the publicity officer the publication desk and the annual report (P-02, P-11)', () => {
    const menu = menuFor('publicity_officer');
    for (const key of ['publicity', 'publicity-corrections', 'annual-report']) expect(menu).toContain(key);
    expect(menuFor('officer')).not.toContain('publicity');
  });

  it('gathers the published lists, the rules register and the window boards in the 事前公开 group, in menu order', () => {
    const grouped = MENU_ENTRIES.filter((e) => e.group === 'disclosure').map((e) => e.key);
    expect(grouped).toEqual(['matters', 'inspections', 'rules', 'windows']);
  });

  it('shows nothing to an account without roles', () => {
    expect(menuFor()).toEqual([]);
  });

  it('keeps the menu order whatever order permissions arrive in', () => {
    const perms = new Set<Permission>(['audit.read', 'users.read', 'dashboard.read']);
    expect(visibleMenuEntries(perms).map((e) => e.key)).toEqual(['dashboard', 'accounts', 'audit']);
  });

  it('guards every menu entry with a permission some role holds', () => {
    const all = new Set(permissionsOf([...ROLE_CODES]));
    expect(MENU_ENTRIES.every((e) => all.has(e.permission))).toBe(true);
  });
});

describe('menuKeyForPath', () => {
  it('matches sections and their sub-paths but not look-alikes', () => {
    expect(menuKeyForPath('/')).toBe('dashboard');
    expect(menuKeyForPath('/people')).toBe('people');
    expect(menuKeyForPath('/people/123')).toBe('people');
    expect(menuKeyForPath('/peoplex')).toBeUndefined();
    expect(menuKeyForPath('/profile')).toBeUndefined();
  });

  it('keeps the list’s item lit on its versions, comparisons and the law reader', () => {
    expect(menuKeyForPath('/catalogs/matters/versions/demo-matters-v3')).toBe('matters');
    expect(menuKeyForPath('/catalogs/inspections/diff')).toBe('inspections');
    expect(menuKeyForPath('/laws/urban-road-regulation-2019')).toBe('laws');
    expect(menuKeyForPath('/rules')).toBe('rules');
    expect(menuKeyForPath('/catalogs')).toBeUndefined();
  });
});

describe('effectivePermissions', () => {
  it('trusts the server list and drops permissions core does not know', () => {
    const perms = effectivePermissions({
      roles: ['officer'],
      permissions: ['audit.read', 'no-such.permission' as Permission],
    });
    expect([...perms]).toEqual(['audit.read']);
  });

  it('falls back to the role table when the server sends no list', () => {
    const perms = effectivePermissions({
      roles: ['auditadmin'],
      permissions: undefined as unknown as Permission[],
    });
    expect(perms.has('audit.read')).toBe(true);
    expect(perms.has('users.read')).toBe(false);
  });
});

describe('gateFor', () => {
  const base = { mustChangePassword: false, totpRequired: false, totpEnabled: false };
  it('lets a settled account into the console', () => {
    expect(gateFor(base)).toBe('console');
    expect(gateFor({ ...base, totpRequired: true, totpEnabled: true })).toBe('console');
  });
  it('asks for the password first, then for TOTP enrolment', () => {
    expect(gateFor({ ...base, mustChangePassword: true, totpRequired: true })).toBe('change-password');
    expect(gateFor({ ...base, totpRequired: true })).toBe('enrol-totp');
  });
});
