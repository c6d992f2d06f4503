#!/usr/bin/env node
// The `sanxiang` command. Runs the built CLI; on a fresh clone it builds first (npm start does the same).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const built = join(here, '..', 'dist', 'main.js');
if (!existsSync(built)) {
  const root = join(here, '..', '..', '..');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
