import type { Tx } from '../context.js';
import type { CatalogKind } from '../db/schema.js';
import { fieldError } from '../errors/app-error.js';
import { assertLegalBasesExist } from '../laws/assert-legal-bases.js';
import { itemBases } from './item-store.js';
import type { CatalogItem } from './schemas.js';

/**
 * What the schema alone cannot tell: every legal basis names an article of the law library (422
 * LEGAL_BASIS_UNKNOWN), and a matter's responsible unit is one of the bureau's own units.
 */
export async function checkItemReferences(trx: Tx, kind: CatalogKind, item: CatalogItem): Promise<void> {
  if (kind === 'matters' && 'responsibleUnitId' in item) {
    const unit = await trx
      .selectFrom('units')
      .select('kind')
      .where('id', '=', item.responsibleUnitId)
      .executeTakeFirst();
    if (!unit || unit.kind === 'external')
      throw fieldError('responsibleUnitId', '责任单位不存在或不属于本局', 'No such unit of the bureau');
  }
  await assertLegalBasesExist(trx, itemBases(item));
}
