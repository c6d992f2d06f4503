import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getArticles } from '../laws/assert-legal-bases.js';
import { findItem } from './item-store.js';
import { publicVersionRef } from './list-public-items.js';
import { currentVersion } from './version-query.js';

const key = (lawId: string, article: number, suffix = '') => `${lawId}|${article}|${suffix}`;

/** One matter of the current list, each legal basis with the text of the article it cites. */
export async function getPublicMatter(deps: AppDeps, code: string) {
  const current = await currentVersion(deps.db, 'matters');
  if (!current) throw new AppError('NOT_FOUND');
  const matter = await findItem(deps.db, 'matters', current.id, code);
  if (!matter) throw new AppError('NOT_FOUND');
  const articles = new Map(
    (await getArticles(deps.db, matter.bases)).map((a) => [key(a.lawId, a.number, a.suffix), a]),
  );
  const unit = await deps.db
    .selectFrom('units')
    .select('name')
    .where('id', '=', matter.responsibleUnitId)
    .executeTakeFirst();
  return {
    ...matter,
    bases: matter.bases.map((b) => {
      const a = articles.get(key(b.lawId, b.article, b.suffix));
      // A basis was checked when it was saved; a law withdrawn from the library since shows as such.
      return { ...b, lawTitle: a?.lawTitle ?? b.lawId, label: a?.label ?? '', text: a?.text ?? '' };
    }),
    responsibleUnitName: unit?.name ?? null,
    version: publicVersionRef(current),
  };
}
