import { bootstrap, loadConfig, openDatabase } from '@sanxiang/server';

export async function seedDemoCommand(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const report = await bootstrap(database, { demo: true });
    console.log(
      report.demoSeeded
        ? '已载入演示数据 demo data loaded'
        : '演示数据此前已载入 demo data was already loaded',
    );
    return 0;
  } finally {
    await database.close();
  }
}
