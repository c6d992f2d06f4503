import { type Kysely, sql } from 'kysely';
import { backfillLogLeaves } from '../../transparency/backfill-log.js';

// the audit log as a verifiable Merkle log (RFC 6962 / RFC 9162 tree hashing), and the background job
// table the scheduled work of every domain shares.
//
// transparency_leaves gives each audit event a gap-free leaf index: the index is taken as max + 1 under the
// audit chain's advisory lock, in the same transaction as the event, so a rolled-back write leaves no hole
// (the event's bigserial seq may have holes; the leaf index never does).
// transparency_nodes keeps the hash of every complete subtree (level ≥ 1, 2^level leaves starting at
// node_index · 2^level), so a proof for any tree size reads O(log² n) rows instead of rehashing the log.
// transparency_tree_heads are the signed tree heads (SM2 over SM3); transparency_keys the signing keys —
// the private key never leaves the server (no route returns it).
// PGlite's query path takes one statement at a time, so the schema is a list.
const STATEMENTS = [
  `
    create table transparency_settings (
      id boolean primary key default true check (id),
      -- Fixed when the log is created: changing it later would change every hash of the tree.
      algorithm text not null check (algorithm in ('sm3','sha256')),
      created_at timestamptz not null default now()
    );
  `,
  `
    create table transparency_leaves (
      leaf_index bigint primary key check (leaf_index >= 0),
      audit_seq bigint not null unique references audit_events(seq),
      leaf_hash text not null check (leaf_hash ~ '^[0-9a-f]{64}$')
    );
  `,
  `
    create table transparency_nodes (
      level smallint not null check (level between 1 and 62),
      node_index bigint not null check (node_index >= 0),
      hash text not null check (hash ~ '^[0-9a-f]{64}$'),
      primary key (level, node_index)
    );
  `,
  `
    create table transparency_keys (
      id text primary key,
      algorithm text not null check (algorithm = 'SM2'),
      -- Uncompressed point 04‖x‖y, lowercase hex; published.
      public_key text not null unique,
      -- Never returned by any route.
      private_key text not null,
      created_at timestamptz not null default now(),
      retired_at timestamptz
    );
  `,
  `
    create table transparency_tree_heads (
      id bigserial primary key,
      tree_size bigint not null check (tree_size >= 0),
      root_hash text not null check (root_hash ~ '^[0-9a-f]{64}$'),
      algorithm text not null check (algorithm in ('sm3','sha256')),
      signed_at timestamptz not null,
      key_id text not null references transparency_keys(id),
      -- SM2 signature (DER, lowercase hex) over the head's canonical text (transparency/tree-head-text.ts).
      signature text not null check (signature ~ '^[0-9a-f]+$'),
      trigger text not null check (trigger in ('schedule','request','seed'))
    );
  `,
  `create index transparency_tree_heads_size on transparency_tree_heads(tree_size);`,
  `
    create function transparency_append_only() returns trigger language plpgsql as $fn$
    begin
      raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'P0001', hint = 'TRANSPARENCY_IMMUTABLE';
    end;
    $fn$;
  `,
  `create trigger transparency_leaves_no_change before update or delete on transparency_leaves
     for each row execute function transparency_append_only();`,
  `create trigger transparency_leaves_no_truncate before truncate on transparency_leaves
     for each statement execute function transparency_append_only();`,
  `create trigger transparency_nodes_no_change before update or delete on transparency_nodes
     for each row execute function transparency_append_only();`,
  `create trigger transparency_nodes_no_truncate before truncate on transparency_nodes
     for each statement execute function transparency_append_only();`,
  `create trigger transparency_heads_no_change before update or delete on transparency_tree_heads
     for each row execute function transparency_append_only();`,
  `create trigger transparency_heads_no_truncate before truncate on transparency_tree_heads
     for each statement execute function transparency_append_only();`,
  `
    create table scheduled_jobs (
      name text primary key,
      -- 'every 3600000' (milliseconds) or 'cron <5 fields>' in China time.
      schedule text not null,
      next_run_at timestamptz not null,
      -- A process holds a job while lease_until is in the future; only one process runs it at a time.
      lease_owner text,
      lease_until timestamptz,
      last_started_at timestamptz,
      last_finished_at timestamptz,
      last_status text check (last_status in ('ok','failed')),
      last_result text,
      last_error text,
      runs integer not null default 0,
      failures integer not null default 0
    );
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
  const algorithm = logAlgorithmFromEnv();
  await sql`insert into transparency_settings (algorithm) values (${algorithm})`.execute(db);
  // Events written before this migration become the first leaves, in chain order.
  await backfillLogLeaves(db, algorithm);
}

/** SANXIANG_LOG_HASH (or the audit chain's SANXIANG_AUDIT_HASH) = sha256 selects SHA-256; SM3 otherwise. */
export function logAlgorithmFromEnv(env: NodeJS.ProcessEnv = process.env): 'sm3' | 'sha256' {
  const chosen = env.SANXIANG_LOG_HASH || env.SANXIANG_AUDIT_HASH;
  return chosen === 'sha256' ? 'sha256' : 'sm3';
}

// Migrations only go forward: the log must never be dropped by a rollback.
export async function down(): Promise<void> {
  throw new Error('0010-transparency-log cannot be rolled back');
}
