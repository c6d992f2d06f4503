import { isRoleCode } from '@sanxiang/core';
import { bootstrap, createAdmin as create, loadConfig, openDatabase, systemContext } from '@sanxiang/server';

export async function createAdmin(values: {
  username?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
}): Promise<number> {
  const password = process.env.SANXIANG_ADMIN_PASSWORD;
  if (!values.username || !values.role || !password) {
    process.stderr.write(
      '用法 Usage: SANXIANG_ADMIN_PASSWORD=… sanxiang create-admin --username <name> --role <sysadmin|secadmin|auditadmin> [--name <显示名>]\n',
    );
    return 2;
  }
  if (!isRoleCode(values.role)) {
    process.stderr.write(`未知角色 Unknown role: ${values.role}\n`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await bootstrap(database, { demo: false });
    await create(database.db, systemContext('cli create-admin'), {
      username: values.username.toLowerCase(),
      displayName: values.name ?? values.username,
      role: values.role,
      password,
    });
    console.log(
      `已创建管理员 created: ${values.username} (${values.role})；首次登录须修改口令 must change password at first sign-in`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
