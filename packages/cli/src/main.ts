import { parseArgs } from 'node:util';
import { createAdmin } from './commands/create-admin.js';
import { migrate } from './commands/migrate.js';
import { seedDemoCommand } from './commands/seed-demo.js';
import { start } from './commands/start.js';
import { verify } from './commands/verify.js';
import { verifyBundleCommand } from './commands/verify-bundle.js';

const HELP = `sanxiang — 三项制度行政执法平台 (Sanxiang enforcement platform)

用法 Usage: sanxiang <command> [options]

命令 Commands:
  start          迁移数据库、按需载入演示数据并启动服务
                 Migrate, seed demo data once (SANXIANG_DEMO), and serve on PORT
  migrate        只执行数据库迁移和基础数据（工作日历）
                 Run database migrations and reference data only
  seed-demo      载入演示数据（如皋市城市管理局），已载入则跳过
                 Load the demo bureau once (skipped if already loaded)
  verify         校验审计日志、可验证日志树、签名树头和全部文件，发现篡改时以非零状态退出
                 Recompute the audit chain and the Merkle log, check signed tree heads and every
                 blob's digests; exit 1 naming the first bad entry  [--no-blobs] [--json]
  verify-bundle <zip>
                 离线校验证据导出包（文件摘要 SHA-256 + SM3、保管链）
                 Check an evidence export bundle offline (digests of every file and the custody history)
  create-admin   创建管理员账号 Create an administrator account
                   --username <name> --name <显示名> --role <sysadmin|secadmin|auditadmin>
                   password from SANXIANG_ADMIN_PASSWORD (must meet the password policy)

环境变量 Environment: PORT, SANXIANG_DATA_DIR, DATABASE_URL, SANXIANG_DEMO, SANXIANG_BLOB_DIR,
  SANXIANG_S3_ENDPOINT, SANXIANG_S3_BUCKET, SANXIANG_S3_REGION (see README)

  -h, --help     显示帮助 Show this help
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  try {
    switch (command) {
      case 'start':
        await start();
        return 0;
      case 'migrate':
        return await migrate();
      case 'seed-demo':
        return await seedDemoCommand();
      case 'verify-bundle':
        return await verifyBundleCommand(rest);
      case 'verify': {
        const { values } = parseArgs({
          args: rest,
          options: { 'no-blobs': { type: 'boolean' }, json: { type: 'boolean' } },
        });
        return await verify({ blobs: !values['no-blobs'], json: !!values.json });
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
        });
        return await createAdmin(values);
      }
      default:
        process.stderr.write(`未知命令 Unknown command: ${command}\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    // Known, explained failures (a locked data directory, a weak password) print their message only.
    const err = e as Error;
    process.stderr.write(`${err.name === 'DataDirLockedError' ? '' : '错误 Error: '}${err.message}\n`);
    return err.name === 'DataDirLockedError' ? 3 : 1;
  }
}
