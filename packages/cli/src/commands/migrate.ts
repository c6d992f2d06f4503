import { bootstrap, loadConfig, openDatabase } from '@sanxiang/server';

export async function migrate(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const report = await bootstrap(database, { demo: false });
    console.log(
      report.migrations.length > 0
        ? `已迁移 migrated: ${report.migrations.join(', ')}`
        : '数据库已是最新 database is up to date',
    );
    if (report.calendarDays > 0) console.log(`已载入工作日历 calendar loaded: ${report.calendarDays} days`);
    return 0;
  } finally {
    await database.close();
  }
}
