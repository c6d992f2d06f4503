import { makeSnippet, segmentQuery } from '@sanxiang/core';
import { sql } from 'kysely';
import type { AppDeps } from '../context.js';

// What the portal may read: published items only, by their public id. Drafts have no public id; withdrawn
// items answer with their withdrawal notice only; taken-down items and unknown ids are simply not found.

const COUNT_CAP = 1000;

export interface PublicListInput {
  q?: string | undefined;
  kind?: 'penalty-decision' | 'inspection-result' | undefined;
  page: number;
  pageSize: number;
}

/** Newest first; with `q`, the Chinese word search over the published (redacted) words. */
export async function listPublicPublications(deps: Pick<AppDeps, 'db'>, input: PublicListInput) {
  const tsquery = input.q ? segmentQuery(input.q) : null;
  if (input.q && !tsquery)
    return { items: [], total: 0, capped: false, page: input.page, pageSize: input.pageSize };
  const offset = (input.page - 1) * input.pageSize;
  let page: { id: string }[];
  let n: number;
  if (tsquery) {
    // Word search: the matches are taken from the GIN index first (materialised, so the planner cannot
    // trade the index for a walk down the date order checking every row), then sorted and counted.
    const kind = input.kind ? sql`and kind = ${input.kind}` : sql``;
    const found = await sql<{ id: string; total: string }>`
      with m as materialized (
        select id, published_on from publications
        where search_vector @@ to_tsquery('simple', ${tsquery}) and status = 'published' ${kind}
      )
      select id, count(*) over () as total from m
      order by published_on desc, id limit ${input.pageSize} offset ${offset}`.execute(deps.db);
    page = found.rows;
    n = found.rows.length
      ? Number(found.rows[0]!.total)
      : Number(
          (
            await sql<{ n: string }>`select count(*) as n from publications
              where search_vector @@ to_tsquery('simple', ${tsquery}) and status = 'published' ${kind}`.execute(
              deps.db,
            )
          ).rows[0]!.n,
        );
  } else {
    let base = deps.db.selectFrom('publications as p').where('p.status', '=', 'published');
    if (input.kind) base = base.where('p.kind', '=', input.kind);
    const counted = await deps.db
      .selectFrom(
        base
          .select(sql`1`.as('one'))
          .limit(COUNT_CAP + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    n = Number(counted.n);
    // The page is chosen on the publications alone (index order: published_on desc, id), then only its
    // rows' bodies are read, so a deep page does not join a million versions.
    page = await base
      .select('p.id')
      .orderBy('p.published_on', 'desc')
      .orderBy('p.id')
      .limit(input.pageSize)
      .offset(offset)
      .execute();
  }
  const ids = page.map((r) => r.id);
  const found = ids.length
    ? await deps.db
        .selectFrom('publications as p')
        .innerJoin('publication_versions as v', (j) =>
          j.onRef('v.publication_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'),
        )
        .select([
          'p.id',
          'p.public_id',
          'p.kind',
          'p.title',
          'p.party_name',
          'p.published_on',
          'p.source_ref',
          'p.current_version',
          'v.body',
        ])
        .where('p.id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
  return {
    items: rows.map((r) => {
      const snippet = input.q ? makeSnippet(r.body, input.q, 50) : null;
      return {
        publicId: r.public_id!,
        kind: r.kind,
        title: r.title,
        partyName: r.party_name,
        publishedOn: String(r.published_on),
        sourceRef: r.source_ref,
        version: r.current_version,
        snippet: snippet?.text ?? firstFacts(r.body),
        highlights: snippet?.highlights ?? [],
      };
    }),
    total: Math.min(n, COUNT_CAP),
    capped: n > COUNT_CAP,
    page: input.page,
    pageSize: input.pageSize,
  };
}

function firstFacts(body: string): string {
  const line = body.split('\n').find((l) => l.startsWith('主要违法事实') || l.startsWith('检查结果')) ?? '';
  const value = line.slice(line.indexOf('：') + 1);
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}

export type PublicItem =
  | {
      state: 'published';
      publicId: string;
      kind: 'penalty-decision' | 'inspection-result';
      title: string;
      partyName: string;
      publishedOn: string;
      publicUntil: string | null;
      version: number;
      body: string;
      versions: { version: number; reason: string | null; publishedAt: string }[];
    }
  | { state: 'withdrawn'; publicId: string; title: string; withdrawnOn: string; reason: string };

/** A public page by its id, or null (never published, taken down, or no such id: all look the same). */
export async function getPublicPublication(
  deps: Pick<AppDeps, 'db'>,
  publicId: string,
): Promise<PublicItem | null> {
  if (!/^[A-Za-z0-9_-]{22}$/.test(publicId)) return null;
  const p = await deps.db
    .selectFrom('publications')
    .select([
      'id',
      'public_id',
      'kind',
      'status',
      'title',
      'party_name',
      'published_on',
      'public_until',
      'current_version',
      'withdrawal_reason',
      'withdrawn_at',
    ])
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  if (!p) return null;
  if (p.status === 'withdrawn')
    return {
      state: 'withdrawn',
      publicId,
      title: p.title,
      withdrawnOn: new Date(new Date(p.withdrawn_at!).getTime() + 8 * 3600_000).toISOString().slice(0, 10),
      reason: p.withdrawal_reason ?? '',
    };
  if (p.status !== 'published') return null;
  const versions = await deps.db
    .selectFrom('publication_versions')
    .select(['version', 'body', 'reason', 'published_at'])
    .where('publication_id', '=', p.id)
    .orderBy('version', 'desc')
    .execute();
  return {
    state: 'published',
    publicId,
    kind: p.kind,
    title: p.title,
    partyName: p.party_name,
    publishedOn: String(p.published_on),
    publicUntil: p.public_until ? String(p.public_until) : null,
    version: p.current_version,
    body: versions[0]!.body,
    versions: versions.map((v) => ({
      version: v.version,
      reason: v.reason,
      publishedAt: new Date(v.published_at).toISOString(),
    })),
  };
}

/** Recently withdrawn items, for the portal's notice of withdrawals (the reason is public, the content not). */
export async function listWithdrawals(deps: Pick<AppDeps, 'db'>, limit = 20) {
  const rows = await deps.db
    .selectFrom('publications')
    .select(['public_id', 'title', 'withdrawal_reason', 'withdrawn_at'])
    .where('status', '=', 'withdrawn')
    .orderBy('withdrawn_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    publicId: r.public_id!,
    title: r.title,
    reason: r.withdrawal_reason ?? '',
    withdrawnOn: new Date(new Date(r.withdrawn_at!).getTime() + 8 * 3600_000).toISOString().slice(0, 10),
  }));
}
