export const layoutMessages = {
  'menu.dashboard': ['工作台', 'Dashboard'],
  'menu.people': ['人员与执法证', 'Officers & certificates'],
  'menu.units': ['组织机构', 'Organisation'],
  'menu.calendar': ['工作日历', 'Work calendar'],
  'menu.accounts': ['账号管理', 'Accounts'],
  'menu.security': ['安全策略', 'Security policy'],
  'menu.audit': ['审计日志', 'Audit log'],
  'menu.profile': ['个人设置', 'My settings'],
  'layout.language': ['界面语言', 'Language'],
  'layout.mainNav': ['主菜单', 'Main menu'],
  'layout.noRoles': ['（未分配角色）', '(no roles)'],
  'layout.userMenu': ['当前用户：{name}', 'Signed in as {name}'],
} as const satisfies Record<string, readonly [string, string]>;
