import { bootstrap } from './bootstrap.js';
import type { Config } from './config.js';
import { openDatabase } from './db/open-database.js';
import { buildApp } from './http/build-app.js';
import { startJobRunner } from './jobs/runner.js';
import { registerScheduledJobs } from './jobs/scheduled-jobs.js';

/** `sanxiang start`: open the database, migrate, seed once, serve; close cleanly on SIGINT/SIGTERM. */
export async function startServer(config: Config) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const report = await bootstrap(database, { demo: config.demo });
    if (report.migrations.length > 0) console.log(`数据库已迁移 migrated: ${report.migrations.join(', ')}`);
    if (report.demoSeeded) console.log('已载入演示数据 demo data loaded (如皋市城市管理局)');
    const app = await buildApp({ db: database.db, dbKind: database.kind, config }, { logger: true });
    await app.listen({ port: config.port, host: config.host });
    // Background jobs (jobs/README.md): one lease per job, so extra processes never run a job twice.
    registerScheduledJobs(config);
    const jobs =
      process.env.SANXIANG_JOBS === 'off'
        ? null
        : startJobRunner(
            { db: database.db, config },
            { onReport: (r) => app.log.info({ job: r.name, status: r.status, error: r.error }, 'job run') },
          );
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const where = config.databaseUrl ? 'PostgreSQL' : `PGlite @ ${config.dataDir}`;
    console.log(`三项制度行政执法平台已启动 Sanxiang is running (${where})`);
    console.log(`  门户 Portal:   http://localhost:${port}/`);
    console.log(`  控制台 Console: http://localhost:${port}/console/`);
    console.log(`  接口 API docs:  http://localhost:${port}/api/docs`);
    let closing = false;
    const stop = async () => {
      if (closing) return;
      closing = true;
      await jobs?.stop();
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return { app, database, port };
  } catch (e) {
    await database.close();
    throw e;
  }
}
