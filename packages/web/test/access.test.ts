// @vitest-environment jsdom
import { type Permission, permissionsOf, type RoleCode } from '@sanxiang/core';
import { describe, expect, it } from 'vitest';
import { effectivePermissions } from '../src/auth/access';
import { gateFor } from '../src/auth/gate';
import { MENU_ENTRIES, menuKeyForPath, visibleMenuEntries } from '../src/layout/menu-items';

const menuFor = (...roles: RoleCode[]) => visibleMenuEntries(new Set(permissionsOf(roles))).map((e) => e.key);

describe('menu by permissions', () => {
  it('shows a field officer the everyday pages only', () => {
    expect(menuFor('officer')).toEqual(['dashboard', 'people', 'units', 'calendar']);
  });

  it('splits the administrators’ pages between the three administrators', () => {
    expect(menuFor('sysadmin')).toEqual(['dashboard', 'people', 'units', 'calendar', 'accounts']);
    expect(menuFor('secadmin')).toEqual(['dashboard', 'people', 'units', 'calendar', 'accounts', 'security']);
    expect(menuFor('auditadmin')).toEqual(['dashboard', 'people', 'units', 'calendar', 'audit']);
  });

  it('shows nothing to an account without roles', () => {
    expect(menuFor()).toEqual([]);
  });

  it('keeps the menu order whatever order permissions arrive in', () => {
    const perms = new Set<Permission>(['audit.read', 'users.read', 'dashboard.read']);
    expect(visibleMenuEntries(perms).map((e) => e.key)).toEqual(['dashboard', 'accounts', 'audit']);
  });

  it('guards every menu entry with a permission known to core', () => {
    const all = new Set(permissionsOf(['sysadmin', 'secadmin', 'auditadmin']));
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
});

describe('effectivePermissions', () => {
  it('trusts the server list and drops permissions core does not know', () => {
    const perms = effectivePermissions({
      roles: ['officer'],
      permissions: ['audit.read', 'cases.approve' as Permission],
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
