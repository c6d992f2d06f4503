import type { RoleCode } from './roles.js';

// Who may do what (等保 least privilege). Data scope (which units) is decided separately, by the unit tree.
export const PERMISSIONS = {
  'dashboard.read': 'all-staff',
  'units.read': 'all-staff',
  'people.read': 'all-staff',
  'calendar.read': 'all-staff',
  'calendar.write': ['sysadmin'],
  'users.read': ['sysadmin', 'secadmin'],
  'users.create': ['sysadmin'],
  'users.enable': ['sysadmin'],
  'users.roles': ['secadmin'],
  'users.unlock': ['secadmin'],
  'users.reset-password': ['secadmin'],
  'security.policy': ['secadmin'],
  'audit.read': ['auditadmin'],
  // a tree head signed on demand, besides the schedule (the security and audit administrators).
  'transparency.sign': ['secadmin', 'auditadmin'],
  // P-03, P-04, I-01: the regulation section keeps the lists and the bureau's rules; the head approves;
  // filing with the judicial bureau is recorded by the section.
  'catalog.read': 'all-staff',
  'catalog.edit': ['bureau_reviewer', 'publicity_officer'],
  'catalog.approve': ['bureau_head'],
  'catalog.file': ['bureau_reviewer', 'publicity_officer'],
  'rules.edit': ['bureau_reviewer', 'publicity_officer'],
  // Cases: everyone reads within their data scope; the transition's own roles decide each step.
  'cases.read': 'all-staff',
  'cases.create': ['officer', 'squad_leader', 'township_officer'],
  'cases.act': [
    'officer',
    'squad_leader',
    'township_officer',
    'brigade_reviewer',
    'bureau_reviewer',
    'bureau_head',
  ],
  'cases.approve': ['squad_leader', 'bureau_head'],
  // L-01..L-04 legal review: the handler submits; qualified reviewers of the two levels review; the head
  // approves the complex-case extension and holds the collective discussion; the head designates reviewers
  // (法律职业资格 on record); the regulation section keeps the catalogue; supervision watches the figures.
  'review.read': 'all-staff',
  'review.submit': ['officer', 'squad_leader', 'township_officer'],
  'review.review': ['brigade_reviewer', 'bureau_reviewer'],
  'review.approve': ['bureau_head'],
  'review.qualify': ['bureau_head'],
  'review.catalogue': ['bureau_reviewer'],
  'review.figures': ['brigade_reviewer', 'bureau_reviewer', 'bureau_head', 'supervisor', 'judicial'],
  // evidence is read within the data scope; officers of the case's unit upload and link it;
  // exports are reads (supervision and the judicial bureau may take a bundle); devices kept by squad leaders.
  'evidence.read': 'all-staff',
  'evidence.upload': ['officer', 'squad_leader', 'township_officer'],
  'evidence.link': ['officer', 'squad_leader', 'township_officer'],
  'evidence.export': [
    'officer',
    'squad_leader',
    'township_officer',
    'brigade_reviewer',
    'bureau_reviewer',
    'bureau_head',
    'supervisor',
    'judicial',
  ],
  'devices.read': 'all-staff',
  'devices.manage': ['squad_leader', 'sysadmin'],
  // P-01, P-02, P-09: the publicity officer reviews, redacts, publishes, withdraws and answers corrections;
  // the supervision centre, the head, the regulation section and the judicial bureau watch the queue.
  'publicity.read': ['publicity_officer', 'supervisor', 'bureau_head', 'bureau_reviewer', 'judicial'],
  'publicity.manage': ['publicity_officer'],
  'publicity.preview': 'all-staff',
  // A decision revoked or changed (by the bureau itself, on reconsideration or by a court) is recorded by
  // the head or the regulation section; its publication is then withdrawn (P-09).
  'cases.revoke-decision': ['bureau_head', 'bureau_reviewer'],
  // P-07: a certificate is revoked by the regulation section or the head, with a reason.
  'certificates.revoke': ['bureau_reviewer', 'bureau_head'],
  // P-08: the publicity officer keeps the service windows whose boards the portal prints.
  'windows.edit': ['publicity_officer'],
  // P-11: the publicity officer drafts and publishes the annual report; the head approves it. The register
  // of reconsiderations and suits is kept by the regulation section.
  'annual-report.read': ['publicity_officer', 'supervisor', 'bureau_head', 'bureau_reviewer', 'judicial'],
  'annual-report.edit': ['publicity_officer'],
  'annual-report.approve': ['bureau_head'],
  'remedies.read': ['publicity_officer', 'supervisor', 'bureau_head', 'bureau_reviewer', 'judicial'],
  'remedies.edit': ['bureau_reviewer'],
  // the sealed case file is read like the case (scope or a grant); amendments are asked for by the
  // case's handlers and approved by the bureau head; cross-unit reads are asked by anyone, decided by the
  // leader of the case's unit; the read log is reviewed by the supervision centre and the units' leaders.
  'case-file.read': 'all-staff',
  'case-file.amend': ['officer', 'squad_leader', 'township_officer'],
  'case-file.approve-amendment': ['bureau_head'],
  'case-access.request': 'all-staff',
  'case-access.decide': ['squad_leader', 'bureau_head'],
  'case-access.read-log': ['supervisor', 'bureau_head', 'squad_leader'],
} as const satisfies Record<string, 'all-staff' | readonly RoleCode[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesGrant(roles: readonly RoleCode[], permission: Permission): boolean {
  const who = PERMISSIONS[permission];
  if (who === 'all-staff') return roles.length > 0;
  return roles.some((r) => (who as readonly RoleCode[]).includes(r));
}

export function permissionsOf(roles: readonly RoleCode[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => rolesGrant(roles, p));
}
