// Evidence ingest benchmark (issue 6, Measure): `npm run bench:evidence` (builds if stale, then runs this).
// 1. A 1 GB generated file through the HTTP upload (open, one streamed PATCH, completion into the blob
//    store with SM3 + SHA-256), against `openssl dgst -sm3` plus `sha256sum` of the same file in the same run.
// 2. The server's resident memory sampled every 100 ms during a 2 GB upload: it must stay flat (the bytes
//    stream to disk and through the hashes; nothing holds the file).
// Sizes can be lowered for a quick run: BENCH_INGEST_MB=256 BENCH_RSS_MB=512.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs, { createReadStream } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const INGEST_MB = Number(process.env.BENCH_INGEST_MB || 1024);
const RSS_MB = Number(process.env.BENCH_RSS_MB || 2048);

async function start(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(root, 'packages/cli/bin/sanxiang.js'), 'start'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      SANXIANG_DATA_DIR: dataDir,
      SANXIANG_JOBS: 'off',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = out.match(/Portal:\s+(http:\/\/localhost:\d+)\//);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}\n${out}`)));
  });
  return { child, url };
}

/** A file of pseudo-random bytes (not compressible, not all alike), written in 8 MB blocks. */
function generate(file: string, mb: number): void {
  const fd = fs.openSync(file, 'w');
  let x = 0x9e3779b9;
  const block = Buffer.alloc(8 * 1024 * 1024);
  for (let i = 0; i < block.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    block.writeUInt32LE(x >>> 0, i);
  }
  for (let written = 0; written < mb * 1024 * 1024; written += block.length) {
    block.writeUInt32LE(written / block.length, 0); // each block differs
    fs.writeSync(fd, block);
  }
  fs.closeSync(fd);
}

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function login(url: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'zhifa', password: 'Rugao@2026!' }),
  });
  if (!res.ok) throw new Error(`login: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function upload(url: string, session: { cookie: string; csrf: string }, file: string, caseId: string) {
  const size = fs.statSync(file).size;
  const open = await fetch(`${url}/api/v1/evidence/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify({
      fileName: `${path.basename(file)}.mp4`,
      size,
      kind: 'video',
      capturedAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '如皋市如城街道',
      caseId,
      stage: 'proposal',
    }),
  });
  if (open.status !== 201) throw new Error(`open: ${await open.text()}`);
  const id = ((await open.json()) as { upload: { id: string } }).upload.id;
  const target = new URL(`${url}/api/v1/evidence/uploads/${id}`);
  const body = await new Promise<string>((resolve, reject) => {
    const req = http.request(
      {
        method: 'PATCH',
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': 'application/offset+octet-stream',
          'upload-offset': '0',
          'content-length': String(size),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () =>
          res.statusCode === 200 ? resolve(text) : reject(new Error(`${res.statusCode} ${text}`)),
        );
      },
    );
    req.on('error', reject);
    createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(req);
  });
  return JSON.parse(body) as { evidence: { sha256: string; sm3: string } };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-bench-ingest-'));
const dataDir = path.join(work, 'data');
fs.mkdirSync(dataDir);
let server: { child: ChildProcess; url: string } | null = null;
try {
  const small = path.join(work, 'ingest.bin');
  const large = path.join(work, 'rss.bin');
  generate(small, INGEST_MB);
  server = await start(dataDir);
  const session = await login(server.url);
  const cases = (await (
    await fetch(`${server.url}/api/v1/cases?procedure=seizure&pageSize=50`, {
      headers: { cookie: session.cookie },
    })
  ).json()) as { items: { id: string; stage: string }[] };
  const kase = cases.items.find((c) => c.stage === 'proposal') ?? cases.items[0]!;

  // Baseline: the two command-line digests of the same file, one after the other (the server computes both).
  const t0 = performance.now();
  const sm3 = execFileSync('openssl', ['dgst', '-sm3', small]).toString().trim().split('= ').pop();
  const t1 = performance.now();
  const sha = execFileSync('sha256sum', [small]).toString().split(' ')[0];
  const t2 = performance.now();
  const baselineMs = t2 - t0;

  const u0 = performance.now();
  const ingested = await upload(server.url, session, small, kase.id);
  const ingestMs = performance.now() - u0;
  if (ingested.evidence.sm3 !== sm3 || ingested.evidence.sha256 !== sha)
    throw new Error('digests differ from openssl / sha256sum');
  fs.rmSync(small);

  // RSS during a 2 GB upload.
  generate(large, RSS_MB);
  const pid = server.child.pid!;
  const before = rssKb(pid);
  let peak = before;
  const samples: number[] = [];
  const timer = setInterval(() => {
    const kb = rssKb(pid);
    samples.push(kb);
    peak = Math.max(peak, kb);
  }, 100);
  const r0 = performance.now();
  await upload(server.url, session, large, kase.id);
  const rssUploadMs = performance.now() - r0;
  clearInterval(timer);

  const mbps = (mb: number, ms: number) => +(mb / (ms / 1000)).toFixed(1);
  console.log(
    JSON.stringify(
      {
        machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
        ingest: {
          sizeMB: INGEST_MB,
          httpUploadMs: Math.round(ingestMs),
          httpUploadMBps: mbps(INGEST_MB, ingestMs),
          baseline: {
            opensslSm3Ms: Math.round(t1 - t0),
            sha256sumMs: Math.round(t2 - t1),
            sumMs: Math.round(baselineMs),
            MBps: mbps(INGEST_MB, baselineMs),
          },
          uploadOverBaseline: +(ingestMs / baselineMs).toFixed(2),
          digestsMatch: true,
        },
        rss: {
          sizeMB: RSS_MB,
          uploadMs: Math.round(rssUploadMs),
          samples: samples.length,
          beforeMB: +(before / 1024).toFixed(1),
          peakMB: +(peak / 1024).toFixed(1),
          growthMB: +((peak - before) / 1024).toFixed(1),
          growthOverFile: +((peak - before) / 1024 / RSS_MB).toFixed(4),
        },
      },
      null,
      2,
    ),
  );
} finally {
  if (server) {
    const done = new Promise((r) => server!.child.once('exit', r));
    server.child.kill('SIGTERM');
    await done;
  }
  fs.rmSync(work, { recursive: true, force: true });
}
