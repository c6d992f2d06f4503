// Every audited operation, as one typed catalogue (the audit log's vocabulary). Reads of protected
// records are operations too ('…viewed'), so that who looked at what can be reviewed.
export const AUDIT_OPERATIONS = {
  'auth.login': { name: '登录', nameEn: 'Sign in', kind: 'auth' },
  'auth.login-failed': { name: '登录失败', nameEn: 'Failed sign-in', kind: 'auth' },
  'auth.logout': { name: '退出登录', nameEn: 'Sign out', kind: 'auth' },
  'auth.locked': { name: '账号锁定', nameEn: 'Account locked', kind: 'auth' },
  'auth.password-changed': { name: '修改口令', nameEn: 'Password changed', kind: 'write' },
  'auth.totp-setup': { name: '生成动态口令密钥', nameEn: 'Authenticator set up', kind: 'write' },
  'auth.totp-enabled': { name: '启用双因素认证', nameEn: 'Two-factor enabled', kind: 'write' },
  'auth.totp-disabled': { name: '停用双因素认证', nameEn: 'Two-factor disabled', kind: 'write' },
  'user.created': { name: '创建账号', nameEn: 'Account created', kind: 'write' },
  'user.disabled': { name: '停用账号', nameEn: 'Account disabled', kind: 'write' },
  'user.enabled': { name: '启用账号', nameEn: 'Account enabled', kind: 'write' },
  'user.roles-changed': { name: '调整角色', nameEn: 'Roles changed', kind: 'write' },
  'user.unlocked': { name: '解锁账号', nameEn: 'Account unlocked', kind: 'write' },
  'user.password-reset': { name: '重置口令', nameEn: 'Password reset', kind: 'write' },
  'security.totp-policy-changed': {
    name: '调整双因素策略',
    nameEn: 'Two-factor policy changed',
    kind: 'write',
  },
  'person.viewed': { name: '查看人员信息', nameEn: 'Person viewed', kind: 'read' },
  'audit.searched': { name: '查询审计日志', nameEn: 'Audit log searched', kind: 'read' },
  'audit.verified': { name: '校验审计日志', nameEn: 'Audit log verified', kind: 'read' },
  'calendar.day-changed': { name: '修改工作日历', nameEn: 'Calendar day changed', kind: 'write' },
  'catalog.items-imported': { name: '导入清单事项', nameEn: 'Catalogue items imported', kind: 'write' },
  'rules.created': { name: '登记制度', nameEn: 'Rule registered', kind: 'write' },
  'rules.updated': { name: '修改制度登记', nameEn: 'Rule changed', kind: 'write' },
  'rules.attachment-added': { name: '上传制度文本', nameEn: 'Rule document uploaded', kind: 'write' },
  'rules.filed': { name: '登记制度备案', nameEn: 'Rule filing recorded', kind: 'write' },
  'system.admin-created': {
    name: '创建管理员（命令行）',
    nameEn: 'Administrator created (CLI)',
    kind: 'write',
  },
  'system.demo-seeded': { name: '载入演示数据', nameEn: 'Demo data loaded', kind: 'write' },
} as const satisfies Record<string, { name: string; nameEn: string; kind: 'write' | 'read' | 'auth' }>;

export type AuditOperation = keyof typeof AUDIT_OPERATIONS;
