import { findItem } from '../catalog/item-store.js';
import type { MatterItem } from '../catalog/schemas.js';
import { currentVersion } from '../catalog/version-query.js';
import type { Tx } from '../context.js';

// The enforcement matter of a case, from the catalogue (P-03): at intake from the current filed version, and
// afterwards always from the version recorded on the case, so a later list does not change a running case.

export async function currentMatter(
  db: Tx,
  code: string,
): Promise<{ versionId: string; matter: MatterItem } | null> {
  const current = await currentVersion(db, 'matters');
  if (!current) return null;
  const matter = await findItem(db, 'matters', current.id, code);
  return matter ? { versionId: current.id, matter } : null;
}

export async function matterOfCase(
  db: Tx,
  versionId: string | null,
  code: string | null,
): Promise<MatterItem | null> {
  if (!versionId || !code) return null;
  return (await findItem(db, 'matters', versionId, code)) ?? null;
}
