import { type Kysely, sql } from 'kysely';

// Items are listed in byte-wise code order (`code collate "C"`, the same on every locale); the primary key
// follows the database's collation, so without these the portal sorted all 5,000 items for every page.
const STATEMENTS = [
  `create index matter_items_code_c on matter_items (version_id, (code collate "C"))`,
  `create index inspection_items_code_c on inspection_items (version_id, (code collate "C"))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('irreversible');
}
