// Builds what `npm start` runs: core, server and cli transpiled to dist/ (esbuild, no bundling), and the
// console with Vite. `--if-stale` skips a part whose sources are older than its last build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ifStale = process.argv.includes('--if-stale');

function files(dir, filter) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && filter(e.name))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

function newest(paths) {
  return Math.max(0, ...paths.map((p) => fs.statSync(p).mtimeMs));
}

function stale(sources, stamp) {
  if (!ifStale || !fs.existsSync(stamp)) return true;
  return newest(sources) > fs.statSync(stamp).mtimeMs;
}

for (const pkg of ['core', 'server', 'cli']) {
  const src = path.join(root, 'packages', pkg, 'src');
  const out = path.join(root, 'packages', pkg, 'dist');
  const sources = files(src, (n) => n.endsWith('.ts'));
  const stamp = path.join(out, '.built');
  if (!stale(sources, stamp)) continue;
  fs.rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: sources,
    outdir: out,
    outbase: src,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  fs.writeFileSync(stamp, new Date().toISOString());
  console.log(`built packages/${pkg}`);
}

const web = path.join(root, 'packages', 'web');
const webSources = [
  ...files(path.join(web, 'src'), () => true),
  path.join(web, 'index.html'),
  ...files(path.join(root, 'packages', 'core', 'src'), () => true),
].filter(fs.existsSync);
const webStamp = path.join(web, 'dist', '.built');
if (fs.existsSync(path.join(web, 'index.html')) && stale(webSources, webStamp)) {
  console.log('building the console (vite)…');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: web, stdio: 'inherit' },
  );
  fs.writeFileSync(webStamp, new Date().toISOString());
}
