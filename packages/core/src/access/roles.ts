// The people who use the platform (REQUIREMENTS.md "The people who use it"), plus the three separated
// administrators that 等保 2.0 level 3 asks for (系统管理员 / 安全管理员 / 审计管理员, 三权分立).
// 当事人 and 公众 have no staff account: they use the portal (progress query code, certificate check).

export const ROLE_CODES = [
  'officer',
  'squad_leader',
  'brigade_reviewer',
  'bureau_reviewer',
  'bureau_head',
  'publicity_officer',
  'supervisor',
  'township_officer',
  'judicial',
  'sysadmin',
  'secadmin',
  'auditadmin',
] as const;

export type RoleCode = (typeof ROLE_CODES)[number];

/** How far a role's data scope reaches in the unit tree. */
export type ScopeReach = 'all' | 'own-subtree';

export interface RoleDefinition {
  code: RoleCode;
  name: string;
  nameEn: string;
  description: string;
  /** 'all': the whole bureau; 'own-subtree': the holder's unit and the units under it. */
  reach: ScopeReach;
  /** Supervision centre and judicial bureau watch but never write (REQUIREMENTS roles). */
  readOnly: boolean;
  /** One of the three separated administrators; a person holds at most one of these. */
  admin: boolean;
  /** Needs a legal-profession qualification on record to hold the role (L-02). */
  needsLegalQualification: boolean;
  /** Needs a valid enforcement certificate to act in cases (P-07). */
  needsEnforcementCertificate: boolean;
}

const def = (d: RoleDefinition) => d;

export const ROLES: Record<RoleCode, RoleDefinition> = {
  officer: def({
    code: 'officer',
    name: '执法人员',
    nameEn: 'Field officer',
    description: '持行政执法证开展检查、调查、取证',
    reach: 'own-subtree',
    readOnly: false,
    admin: false,
    needsLegalQualification: false,
    needsEnforcementCertificate: true,
  }),
  squad_leader: def({
    code: 'squad_leader',
    name: '中队长/大队长',
    nameEn: 'Squad / brigade leader',
    description: '审批立案、指派办案人员、审查调查结果',
    reach: 'own-subtree',
    readOnly: false,
    admin: false,
    needsLegalQualification: false,
    needsEnforcementCertificate: true,
  }),
  brigade_reviewer: def({
    code: 'brigade_reviewer',
    name: '大队法制科审核员',
    nameEn: 'Brigade legal reviewer',
    description: '对当场处罚以外的处罚决定进行法制审核（第一级）',
    reach: 'all',
    readOnly: false,
    admin: false,
    needsLegalQualification: true,
    needsEnforcementCertificate: false,
  }),
  bureau_reviewer: def({
    code: 'bureau_reviewer',
    name: '局法规科审核员',
    nameEn: 'Bureau regulation-section reviewer',
    description: '对重大执法决定进行法制审核（第二级）',
    reach: 'all',
    readOnly: false,
    admin: false,
    needsLegalQualification: true,
    needsEnforcementCertificate: false,
  }),
  bureau_head: def({
    code: 'bureau_head',
    name: '局负责人',
    nameEn: 'Bureau head',
    description: '签发重大执法决定，主持集体讨论',
    reach: 'all',
    readOnly: false,
    admin: false,
    needsLegalQualification: false,
    needsEnforcementCertificate: false,
  }),
  publicity_officer: def({
    code: 'publicity_officer',
    name: '公示管理员',
    nameEn: 'Publicity officer',
    description: '审核并发布执法公示信息，处理纠错申请',
    reach: 'all',
    readOnly: false,
    admin: false,
    needsLegalQualification: false,
    needsEnforcementCertificate: false,
  }),
  supervisor: def({
    code: 'supervisor',
    name: '监督指挥中心',
    nameEn: 'Supervision & command centre',
    description: '实时监督全部执法活动与调阅记录（只读）',
    reach: 'all',
    readOnly: true,
    admin: false,
    needsLegalQualification: false,
    needsEnforcementCertificate: false,
  }),
  township_officer: def({
    code: 'township_officer',
    name: '镇（区）城管机构',
    nameEn: 'Township enforcement unit',
    description: '镇（区）城管机构人员，仅可查看和办理本单位事务',
    reach: 'own-subtree',
    readOnly: false,
    admin: false,
    needsLegalQualification: false,
    needsEnforcementCertificate: true,
  }),
  judicial: def({
    code: 'judicial',
    name: '市司法局',
    nameEn: 'City judicial bureau',
    description: '接收备案，开展执法监督（只读）',
    reach: 'all',
    readOnly: true,
    admin: false,
    needsLegalQualification: false,
    needsEnforcementCertificate: false,
  }),
  sysadmin: def({
    code: 'sysadmin',
    name: '系统管理员',
    nameEn: 'System administrator',
    description: '管理组织机构、账号与工作日历；不能查看审计日志',
    reach: 'all',
    readOnly: false,
    admin: true,
    needsLegalQualification: false,
    needsEnforcementCertificate: false,
  }),
  secadmin: def({
    code: 'secadmin',
    name: '安全管理员',
    nameEn: 'Security administrator',
    description: '分配角色、解锁账号、重置口令、设定双因素认证策略',
    reach: 'all',
    readOnly: false,
    admin: true,
    needsLegalQualification: false,
    needsEnforcementCertificate: false,
  }),
  auditadmin: def({
    code: 'auditadmin',
    name: '审计管理员',
    nameEn: 'Audit administrator',
    description: '查询审计日志并校验其完整性（只读）',
    reach: 'all',
    readOnly: true,
    admin: true,
    needsLegalQualification: false,
    needsEnforcementCertificate: false,
  }),
};

export function isRoleCode(value: string): value is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(value);
}
