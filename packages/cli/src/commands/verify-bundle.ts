import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

// `sanxiang verify-bundle <zip>`: checks an evidence export bundle offline (R-06), with nothing but this
// command — no server, no database. Every file the manifest lists must be in the zip with the size, SHA-256
// and SM3 the manifest gives; so must custody.json; and the zip may hold nothing the manifest does not
// account for. The manifest itself is what the exporting system recorded at upload (the digests also sit in
// its audit log), so a file changed after export no longer matches.

export interface BundleProblem {
  path: string;
  problem: 'missing' | 'size' | 'sha256' | 'sm3' | 'unexpected' | 'manifest';
  expected?: string | number;
  actual?: string | number;
}

export interface BundleReport {
  ok: boolean;
  format: string | null;
  items: number;
  checked: number;
  problems: BundleProblem[];
}

const KNOWN = new Set(['README.txt', 'manifest.json', 'custody.json', 'SHA256SUMS']);

interface Expected {
  size: number;
  sha256: string;
  sm3: string;
}

export async function verifyBundle(file: string): Promise<BundleReport> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    const entries = new Map<string, yauzl.Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    const problems: BundleProblem[] = [];
    const manifestEntry = entries.get('manifest.json');
    if (!manifestEntry)
      return {
        ok: false,
        format: null,
        items: 0,
        checked: 0,
        problems: [{ path: 'manifest.json', problem: 'missing' }],
      };
    let manifest: {
      format?: string;
      custody?: Expected & { path: string };
      items?: (Expected & { path: string })[];
    };
    try {
      manifest = JSON.parse((await readAll(await zip.openReadStreamPromise(manifestEntry))).toString('utf8'));
    } catch {
      return {
        ok: false,
        format: null,
        items: 0,
        checked: 0,
        problems: [{ path: 'manifest.json', problem: 'manifest' }],
      };
    }
    const expected = new Map<string, Expected>();
    for (const item of manifest.items ?? []) expected.set(item.path, item);
    if (manifest.custody) expected.set(manifest.custody.path, manifest.custody);
    else problems.push({ path: 'custody.json', problem: 'manifest' });
    let checked = 0;
    for (const [path, want] of expected) {
      const entry = entries.get(path);
      if (!entry) {
        problems.push({ path, problem: 'missing' });
        continue;
      }
      const actual = await digest(await zip.openReadStreamPromise(entry));
      checked++;
      if (actual.size !== want.size)
        problems.push({ path, problem: 'size', expected: want.size, actual: actual.size });
      if (actual.sha256 !== want.sha256)
        problems.push({ path, problem: 'sha256', expected: want.sha256, actual: actual.sha256 });
      if (actual.sm3 !== want.sm3)
        problems.push({ path, problem: 'sm3', expected: want.sm3, actual: actual.sm3 });
    }
    for (const path of entries.keys())
      if (!expected.has(path) && !KNOWN.has(path) && !path.endsWith('/'))
        problems.push({ path, problem: 'unexpected' });
    return {
      ok: problems.length === 0 && manifest.format === 'sanxiang-evidence-bundle/1',
      format: manifest.format ?? null,
      items: manifest.items?.length ?? 0,
      checked,
      problems,
    };
  } finally {
    zip.close();
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function digest(stream: Readable): Promise<Expected> {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    sha256.update(chunk as Buffer);
    sm3.update(chunk as Buffer);
  }
  return { size, sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
}

const LABEL: Record<BundleProblem['problem'], string> = {
  missing: '缺少文件 missing',
  size: '大小不符 size differs',
  sha256: 'SHA-256 不符 SHA-256 differs',
  sm3: 'SM3 不符 SM3 differs',
  unexpected: '清单外的文件 not in the manifest',
  manifest: '清单无法读取 manifest unreadable',
};

/** The command: prints what it checked and exits 0 when the bundle is intact, 1 when it is not. */
export async function verifyBundleCommand(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    process.stderr.write('用法 Usage: sanxiang verify-bundle <bundle.zip>\n');
    return 2;
  }
  const report = await verifyBundle(file);
  for (const p of report.problems)
    process.stdout.write(
      `✗ ${p.path}: ${LABEL[p.problem]}${p.expected !== undefined ? ` (expected ${p.expected}, got ${p.actual})` : ''}\n`,
    );
  if (report.ok)
    process.stdout.write(
      `✓ 证据包完整 Bundle intact: ${report.items} 件证据 items, ${report.checked} 个文件校验通过 files verified (SHA-256 + SM3)\n`,
    );
  else process.stdout.write(`✗ 证据包校验未通过 Bundle FAILED: ${report.problems.length} problem(s)\n`);
  return report.ok ? 0 : 1;
}
