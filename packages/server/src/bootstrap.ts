import { readCalendar } from './calendar/load-calendar.js';
import { seedCalendarIfEmpty } from './calendar/seed-calendar.js';
import { backfillDueDates } from './cases/store-due-dates.js';
import { loadConfig } from './config.js';
import { systemContext } from './context.js';
import { migrateToLatest } from './db/migrate.js';
import type { Database } from './db/open-database.js';
import { seedDemoCaseFiles } from './demo/seed-case-files.js';
import { seedDemoCases } from './demo/seed-cases.js';
import { seedCatalogDemo } from './demo/seed-catalog.js';
import { seedDemo } from './demo/seed-demo.js';
import { seedDemoEvidence } from './demo/seed-evidence.js';
import { seedDemoPublicityReports } from './demo/seed-publicity-reports.js';
import { seedDemoReviews } from './demo/seed-reviews.js';
import { seedDemoRules } from './demo/seed-rules.js';
import { type LawLibraryReport, loadLawLibrary } from './laws/load-law-library.js';
import { seedDemoPublicity } from './publicity/seed-demo-publicity.js';
import type { BlobStore } from './storage/blob-store.js';
import { blobStoreFor } from './storage/open-blob-store.js';
import { seedDemoTreeHeads } from './transparency/seed-tree-heads.js';
import { ensureSigningKey } from './transparency/signing-key.js';

export interface BootstrapReport {
  migrations: string[];
  calendarDays: number;
  lawLibrary: LawLibraryReport;
  demoSeeded: boolean;
}

/** Everything a start needs before serving: schema, reference data, and (in demo mode) the demo bureau once. */
export async function bootstrap(
  database: Database,
  options: {
    demo: boolean /** Where demo evidence goes; default: the store the environment configures. */;
    blobs?: BlobStore;
  },
): Promise<BootstrapReport> {
  const migrations = await migrateToLatest(database.db);
  const calendarDays = await database.db.transaction().execute((trx) => seedCalendarIfEmpty(trx));
  // the log's SM2 signing key exists from the first start (its public half is published).
  await database.db.transaction().execute((trx) => ensureSigningKey(trx, systemContext('bootstrap')));
  const lawLibrary = await loadLawLibrary(database.db);
  await backfillDueDates(database.db, await readCalendar(database.db));
  const demoSeeded = options.demo ? await seedDemo(database.db, systemContext('seed-demo')) : false;
  if (options.demo) await seedDemoRules(database.db, systemContext('seed-demo'));
  // After the law library (every basis must resolve) and the demo bureau (its accounts draft and approve).
  if (options.demo) await seedCatalogDemo(database.db, systemContext('seed-demo'));
  // After the catalogue (cases name its matters) and the people (officers with certificates).
  if (options.demo) await seedDemoCases(database.db, systemContext('seed-demo'));
  // After the cases: their decisions' publications published, withdrawn, corrected (P-09, P-10, P-02).
  if (options.demo) await seedDemoPublicity(database.db, systemContext('seed-demo'));
  // After the cases: review rounds on the cases that reached legal review.
  if (options.demo) await seedDemoReviews(database.db, systemContext('seed-demo'));
  // After the cases and the catalogue: 2025 history, windows, annual reports (issue 7 items 4, 5, 7).
  if (options.demo) await seedDemoPublicityReports(database.db, systemContext('seed-demo'));
  // After the cases: devices, footage and photos linked to them.
  if (options.demo)
    await seedDemoEvidence(
      database.db,
      systemContext('seed-demo'),
      options.blobs ?? blobStoreFor(loadConfig()),
    );
  // After the evidence: sealed case files, an amendment, a footage exemption, cross-unit reads.
  if (options.demo)
    await seedDemoCaseFiles(
      database.db,
      systemContext('seed-demo'),
      options.blobs ?? blobStoreFor(loadConfig()),
    );
  // Last: signed tree heads over everything the demo recorded, a few of them historic.
  if (options.demo) await seedDemoTreeHeads(database.db, systemContext('seed-demo'));
  return { migrations, calendarDays, lawLibrary, demoSeeded };
}
