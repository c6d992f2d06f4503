import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';

/** The staging file of a resumable upload: `<uploadDir>/<id>.part` (the id is a UUID we made). */
export function stagingPath(config: Pick<Config, 'evidence'>, id: string): string {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not an upload id: ${id}`);
  return path.join(config.evidence.uploadDir, `${id}.part`);
}

export async function removeStaging(config: Pick<Config, 'evidence'>, id: string): Promise<void> {
  await fs.rm(stagingPath(config, id), { force: true });
}
