// Catalogue import benchmark (issue "Catalogues", Measure):
//   node --conditions=source --import tsx bench/catalog-import.ts
// Generates a 5,000-row matters workbook (two discretion tiers a row, as staff would make it in Excel) and
// measures, each in a fresh child process so that memory figures do not leak between them:
//   parse    — exceljs' streaming reader alone, every row of every sheet read: the baseline;
//   validate — our reader: the same parse plus every row and cell checked (layout, item schema, legal
//              bases and units against the library), no database write;
//   import   — the whole import job as the server runs it, on PGlite: row count, read and check, progress
//              updates, and the all-or-nothing replacement of the draft's items with its audit event.
// Each is run BENCH_REPS times (default 3) and the median kept; figures are reported as ratios to the
// baseline measured in the same run, so they travel between machines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

const root = path.resolve(import.meta.dirname, '..');
const ROWS = Number(process.env.BENCH_ROWS || 5000);
const REPS = Number(process.env.BENCH_REPS || 3);
type Scenario = 'parse' | 'validate' | 'import';

interface Measurement {
  scenario: Scenario;
  ms: number;
  /** Highest RSS sampled during the measured section, and its rise over the RSS just before it. */
  peakRssMb: number;
  peakRssRiseMb: number;
  /** Highest V8 heap in use (plus external buffers) during the section, and its rise. */
  peakHeapRiseMb: number;
  rows: number;
}

const mb = (bytes: number) => +(bytes / 1024 / 1024).toFixed(1);

/** Samples memory every few milliseconds while `work` runs (the reader yields between chunks). */
async function measure(scenario: Scenario, work: () => Promise<number>): Promise<Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed + start.external;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
  };
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  const rows = await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  return {
    scenario,
    ms: Math.round(ms),
    peakRssMb: mb(peakRss),
    peakRssRiseMb: mb(peakRss - start.rss),
    peakHeapRiseMb: mb(peakHeap - start.heapUsed - start.external),
    rows,
  };
}

async function worker(scenario: Scenario, file: string): Promise<Measurement> {
  if (scenario === 'parse') {
    const { default: ExcelJS } = await import('exceljs');
    return measure('parse', async () => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), {
        worksheets: 'emit',
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'ignore',
        entries: 'ignore',
      });
      let rows = 0;
      for await (const sheet of reader)
        for await (const row of sheet as AsyncIterable<{ values: unknown }>) if (row.values) rows++;
      return rows;
    });
  }

  const { openDatabase } = await import('../packages/server/src/db/open-database.js');
  const { bootstrap } = await import('../packages/server/src/bootstrap.js');
  const { loadConfig } = await import('../packages/server/src/config.js');
  const { systemContext } = await import('../packages/server/src/context.js');
  const database = await openDatabase({ databaseUrl: null, dataDir: '', memory: true });
  await bootstrap(database, { demo: true });
  const db = database.db;
  const draft = await db
    .selectFrom('catalog_versions')
    .select('id')
    .where('kind', '=', 'matters')
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('matter_items').where('version_id', '=', draft.id).execute();

  if (scenario === 'validate') {
    const { loadWorkbookReferences } = await import('../packages/server/src/catalog/workbook-references.js');
    const { readCatalogWorkbook } = await import('../packages/server/src/catalog/workbook-reader.js');
    const result = await measure('validate', async () => {
      const refs = await loadWorkbookReferences(db);
      const reading = await readCatalogWorkbook(fs.createReadStream(file), 'matters', refs);
      if (reading.problems.length > 0) throw new Error(JSON.stringify(reading.problems.slice(0, 3)));
      return reading.rows;
    });
    await database.close();
    return result;
  }

  const { startImportJob, waitForImportJobs } = await import(
    '../packages/server/src/catalog/import-runner.js'
  );
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-blobs-'));
  const deps = {
    db,
    dbKind: database.kind,
    config: loadConfig({ SANXIANG_BLOB_DIR: blobDir, SANXIANG_DEMO: '1' }),
  };
  const { blobStoreFor } = await import('../packages/server/src/storage/open-blob-store.js');
  const blob = await blobStoreFor(deps.config).put(fs.createReadStream(file));
  const jobId = 'bench-job';
  await db
    .insertInto('import_jobs')
    .values({
      id: jobId,
      kind: 'matters',
      version_id: draft.id,
      status: 'running',
      problems: '[]',
      workbook_name: path.basename(file),
      workbook_size: blob.size,
      workbook_sha256: blob.sha256,
      workbook_sm3: blob.sm3,
      workbook_key: blob.key,
      created_by: 'u-fagui',
    })
    .execute();
  const result = await measure('import', async () => {
    startImportJob(deps, systemContext('bench'), {
      id: jobId,
      kind: 'matters',
      versionId: draft.id,
      workbook: { name: path.basename(file), key: blob.key, size: blob.size, sha256: blob.sha256 },
    });
    await waitForImportJobs();
    const job = await db
      .selectFrom('import_jobs')
      .selectAll()
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    if (job.status !== 'succeeded')
      throw new Error(`import ${job.status}: ${JSON.stringify(job.problems).slice(0, 500)}`);
    return job.imported;
  });
  await database.close();
  fs.rmSync(blobDir, { recursive: true, force: true });
  return result;
}

function runWorker(scenario: Scenario, file: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        '--expose-gc',
        import.meta.filename,
        '--worker',
        scenario,
        file,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line));
      else reject(new Error(`${scenario} worker exited ${code}\n${out}`));
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-xlsx-'));
  try {
    const { generatedMattersWorkbook } = await import('../packages/server/test/support/catalog-workbooks.js');
    const file = path.join(dir, `matters-${ROWS}.xlsx`);
    const bytes = await generatedMattersWorkbook(ROWS);
    await new Promise<void>((resolve, reject) =>
      Readable.from([bytes]).pipe(fs.createWriteStream(file)).on('finish', resolve).on('error', reject),
    );
    const runs: Record<Scenario, Measurement[]> = { parse: [], validate: [], import: [] };
    for (let i = 0; i < REPS; i++)
      for (const scenario of ['parse', 'validate', 'import'] as const) {
        const m = await runWorker(scenario, file);
        runs[scenario].push(m);
        console.error(
          `${scenario} #${i + 1}: ${m.ms} ms, peak RSS ${m.peakRssMb} MB (+${m.peakRssRiseMb}), heap +${m.peakHeapRiseMb} MB`,
        );
      }
    const summary = Object.fromEntries(
      (Object.keys(runs) as Scenario[]).map((s) => [
        s,
        {
          ms: median(runs[s].map((m) => m.ms)),
          peakRssMb: median(runs[s].map((m) => m.peakRssMb)),
          peakRssRiseMb: median(runs[s].map((m) => m.peakRssRiseMb)),
          peakHeapRiseMb: median(runs[s].map((m) => m.peakHeapRiseMb)),
          rows: runs[s][0]!.rows,
        },
      ]),
    ) as Record<Scenario, Omit<Measurement, 'scenario'>>;
    const ratio = (a: number, b: number) => +(a / b).toFixed(2);
    const results = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
      workbook: { rows: ROWS, discretionRows: ROWS * 2, bytes: bytes.length },
      repetitions: REPS,
      ...summary,
      ratios: {
        validateOverParseTime: ratio(summary.validate.ms, summary.parse.ms),
        importOverParseTime: ratio(summary.import.ms, summary.parse.ms),
        validateOverParseHeapRise: ratio(summary.validate.peakHeapRiseMb, summary.parse.peakHeapRiseMb),
        importOverParseHeapRise: ratio(summary.import.peakHeapRiseMb, summary.parse.peakHeapRiseMb),
        importOverParsePeakRss: ratio(summary.import.peakRssMb, summary.parse.peakRssMb),
      },
    };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'bench/results/catalog-import.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log(JSON.stringify(results, null, 2));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--worker');
if (at >= 0) {
  const result = await worker(process.argv[at + 1] as Scenario, process.argv[at + 2]!);
  console.log(JSON.stringify(result));
  process.exit(0);
} else {
  await main();
}
