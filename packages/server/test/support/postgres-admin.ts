import { randomBytes } from 'node:crypto';
import pg from 'pg';

// PostgreSQL side of the test databases: one migrated, seeded template per run; each test file gets
// its own copy with CREATE DATABASE … TEMPLATE, which takes a fraction of a second.

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTemplateDatabase(
  url: string,
  fill: (templateUrl: string) => Promise<void>,
): Promise<string> {
  const name = `sanxiang_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin(url, (c) => c.query(`create database ${name}`));
  await fill(withDatabase(url, name));
  return name;
}

export async function cloneDatabase(url: string, template: string): Promise<{ name: string; url: string }> {
  const name = `sanxiang_t_${randomBytes(6).toString('hex')}`;
  // Two workers copying the same template at the same instant can collide; a short retry settles it.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin(url, (c) => c.query(`create database ${name} template ${template}`));
      return { name, url: withDatabase(url, name) };
    } catch (e) {
      if (attempt >= 10 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await admin(url, (c) => c.query(`drop database if exists ${name} with (force)`));
}
