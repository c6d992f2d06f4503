import { randomUUID } from 'node:crypto';
import {
  catalogueProblems,
  describeCatalogue,
  type ReviewCatalogue,
  type ReviewTimeLimits,
} from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { AppDeps, RequestContext, Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { type CatalogueInForce, loadCatalogueInForce, withDefaults } from './catalogue.js';

// 重大执法决定法制审核目录 (L-03) as versioned data: the regulation section publishes a new version; the
// highest is in force from its publication; earlier versions stay for the record (a round names the
// version it was routed by).

export function presentCatalogue(c: CatalogueInForce) {
  return {
    version: c.version,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    note: c.note,
    catalogue: c.catalogue,
    timeLimits: c.timeLimits,
    entries: describeCatalogue(c.catalogue),
  };
}

export async function getCatalogue(deps: AppDeps) {
  return presentCatalogue(await loadCatalogueInForce(deps.db));
}

export async function listCatalogueVersions(db: Tx) {
  const rows = await db
    .selectFrom('review_catalogue_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .select([
      'v.version',
      'v.note',
      'v.published_at',
      'u.display_name as published_by_name',
      'v.catalogue',
      'v.time_limits',
    ])
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    note: r.note,
    publishedAt: r.published_at.toISOString(),
    publishedBy: r.published_by_name,
  }));
}

export async function publishCatalogue(
  deps: AppDeps,
  ctx: RequestContext,
  input: { catalogue: ReviewCatalogue; timeLimits: ReviewTimeLimits; note: string },
) {
  const catalogue = withDefaults(input.catalogue);
  const problems = catalogueProblems(catalogue);
  if (!Number.isInteger(input.timeLimits.days) || input.timeLimits.days < 1)
    problems.push('timeLimits.days 须为正整数');
  if (!Number.isInteger(input.timeLimits.complexExtraDays) || input.timeLimits.complexExtraDays < 0)
    problems.push('timeLimits.complexExtraDays 须为非负整数');
  if (problems.length > 0) throw new AppError('REVIEW_CATALOGUE_INVALID', { problems });
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadCatalogueInForce(trx);
    const version = before.version + 1;
    await trx
      .insertInto('review_catalogue_versions')
      .values({
        id: randomUUID(),
        version,
        catalogue: JSON.stringify(catalogue),
        time_limits: JSON.stringify(input.timeLimits),
        note: input.note,
        published_by: ctx.actor?.userId ?? null,
      })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'review.catalogue-published',
      targetType: 'review_catalogue',
      targetId: String(version),
      changes: {
        catalogue: { before: before.catalogue, after: catalogue },
        timeLimits: { before: before.timeLimits, after: input.timeLimits },
      },
      reason: input.note,
    });
    return presentCatalogue(await loadCatalogueInForce(trx));
  });
}
