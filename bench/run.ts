// Foundation benchmarks (issue "Foundation", Measure): run with `npm run bench`.
// 1. Time from `sanxiang start` to a healthy /healthz, on a fresh data directory and on an existing one.
// 2. Requests/s and p95 latency of an authenticated list endpoint against bare /healthz, same server, same run.
// Figures are reported as ratios against a baseline measured in the same run, so they travel between machines.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONCURRENCY, DURATION_MS, load } from './load.js';

const root = path.resolve(import.meta.dirname, '..');

// `npm run bench -- <name>` runs bench/<name>.ts instead of the foundation figures (e.g. transparency).
const named = process.argv[2];
if (named) {
  if (!/^[a-z-]+$/.test(named) || !fs.existsSync(path.join(root, 'bench', `${named}.ts`)))
    throw new Error(`no benchmark bench/${named}.ts`);
  await import(`./${named}.ts`);
  process.exit(0);
}

async function start(dataDir: string): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'packages/cli/bin/sanxiang.js'), 'start'], {
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', SANXIANG_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/Portal:\s+(http:\/\/localhost:\d+)\//);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}\n${out}`)));
  });
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, url, ms: performance.now() - t0 };
}

async function stop(child: ChildProcess): Promise<void> {
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-'));
try {
  const fresh = await start(dataDir);
  await stop(fresh.child);
  const existing = await start(dataDir);

  const login = await fetch(`${existing.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'jiandu', password: 'Rugao@2026!' }),
  });
  if (!login.ok) throw new Error(`login failed: ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

  // Warm both paths before measuring.
  await load(`${existing.url}/healthz`, {}).catch(() => undefined);
  const health = await load(`${existing.url}/healthz`, {});
  const list = await load(`${existing.url}/api/v1/people?page=1&pageSize=20`, { cookie });
  await stop(existing.child);

  const results = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
    startup: {
      freshMs: Math.round(fresh.ms),
      existingMs: Math.round(existing.ms),
      existingOverFresh: +(existing.ms / fresh.ms).toFixed(2),
    },
    load: {
      concurrency: CONCURRENCY,
      durationMs: DURATION_MS,
      healthz: {
        rps: Math.round(health.rps),
        p50Ms: +health.p50.toFixed(2),
        p95Ms: +health.p95.toFixed(2),
        errors: health.errors,
      },
      peopleList: {
        rps: Math.round(list.rps),
        p50Ms: +list.p50.toFixed(2),
        p95Ms: +list.p95.toFixed(2),
        errors: list.errors,
      },
      listOverHealthzRps: +(list.rps / health.rps).toFixed(3),
      listOverHealthzP95: +(list.p95 / health.p95).toFixed(2),
    },
  };
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/foundation.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
