import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import yazl from 'yazl';
import { verifyBundle, verifyBundleCommand } from '../src/commands/verify-bundle.js';

// `sanxiang verify-bundle`: the offline check of an evidence export bundle, on bundles made here.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-verify-bundle-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const digest = (b: Buffer) => ({
  size: b.length,
  sha256: createHash('sha256').update(b).digest('hex'),
  sm3: createHash('sm3').update(b).digest('hex'),
});

async function bundle(
  name: string,
  files: Record<string, Buffer>,
  manifestFiles = files,
  extra: Record<string, Buffer> = {},
) {
  const custody = Buffer.from(JSON.stringify({ e1: [{ action: 'ingested' }, { action: 'exported' }] }));
  const manifest = {
    format: 'sanxiang-evidence-bundle/1',
    custody: { path: 'custody.json', ...digest(custody) },
    items: Object.entries(manifestFiles).map(([p, b]) => ({ path: p, ...digest(b) })),
  };
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest)), 'manifest.json');
  zip.addBuffer(custody, 'custody.json');
  for (const [p, b] of Object.entries({ ...files, ...extra })) zip.addBuffer(b, p);
  zip.end();
  const file = path.join(dir, name);
  await new Promise<void>((resolve, reject) =>
    zip.outputStream
      .pipe(fs.createWriteStream(file))
      .on('close', () => resolve())
      .on('error', reject),
  );
  return file;
}

describe('sanxiang verify-bundle', () => {
  const clip = Buffer.from('a body-camera clip');
  const photo = Buffer.from('a photo of the scene');

  it('exits 0 on an intact bundle', async () => {
    const file = await bundle('ok.zip', { 'files/001-clip.webm': clip, 'files/002-photo.png': photo });
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await verifyBundleCommand([file])).toBe(0);
      expect(out.mock.calls.map((c) => String(c[0])).join('')).toContain('Bundle intact: 2');
    } finally {
      out.mockRestore();
    }
  });

  it('exits 1 naming a changed file, a missing file and a file the manifest does not list', async () => {
    const changed = await bundle(
      'changed.zip',
      { 'files/001-clip.webm': Buffer.from('a body-camera clop') },
      { 'files/001-clip.webm': clip },
    );
    const report = await verifyBundle(changed);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.problem).sort()).toEqual(['sha256', 'sm3']);
    const missing = await bundle('missing.zip', {}, { 'files/001-clip.webm': clip });
    expect((await verifyBundle(missing)).problems).toEqual([
      { path: 'files/001-clip.webm', problem: 'missing' },
    ]);
    const extra = await bundle('extra.zip', { 'files/001-clip.webm': clip }, undefined, {
      'files/999-x.bin': photo,
    });
    expect((await verifyBundle(extra)).problems).toEqual([
      { path: 'files/999-x.bin', problem: 'unexpected' },
    ]);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await verifyBundleCommand([changed])).toBe(1);
    } finally {
      out.mockRestore();
    }
  });
});
