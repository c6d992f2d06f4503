import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLockedError, lockDataDir } from '@sanxiang/server';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.join(root, 'packages/cli/src/run.ts'), ...args],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );

describe('sanxiang CLI', () => {
  it('--help lists start, migrate, seed-demo and create-admin', () => {
    const out = cli(['--help']);
    expect(out.status).toBe(0);
    for (const c of ['start', 'migrate', 'seed-demo', 'create-admin']) expect(out.stdout).toContain(c);
  });

  it('an unknown command exits 2 with the help', () => {
    const out = cli(['frobnicate']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('Unknown command');
  });
});

describe('the embedded database has one owner at a time', () => {
  it('a second process is refused with a clear message and never opens the database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-lock-'));
    const lock = lockDataDir(dir); // this test process is the owner now
    try {
      const out = cli(['migrate'], { SANXIANG_DATA_DIR: dir, DATABASE_URL: '' });
      expect(out.status).toBe(3);
      expect(out.stderr).toContain('内嵌数据库同一时间只能由一个进程打开');
      expect(out.stderr).toContain(`in use by process ${process.pid}`);
      expect(fs.existsSync(path.join(dir, 'pgdata'))).toBe(false);
    } finally {
      lock.release();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a lock left by a dead process is taken over', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    fs.writeFileSync(path.join(dir, 'sanxiang.lock'), dead.stdout);
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'sanxiang.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, 'sanxiang.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses when another live process holds the lock', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-lock-'));
    fs.writeFileSync(path.join(dir, 'sanxiang.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
