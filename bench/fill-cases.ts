// Fills the database with copies of the demo cases — every procedure and stage, with their parties,
// officers, timeline and running clocks — under new ids, until there are `target` cases. One statement per
// table, so 100,000 cases take well under a minute on PGlite. Shared by bench/cases.ts and its diagnostics.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../packages/server/src/db/schema.js';

export async function fillCases(db: Kysely<DB>, target: number): Promise<number> {
  const count = async () =>
    Number(
      (
        await db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const demo = await count();
  const copies = Math.ceil((target - demo) / demo);
  if (copies <= 0) return demo;
  const tag = (col: string) => `${col} || '-b' || g`;
  const columns = async (table: string) =>
    (
      await sql<{ column_name: string }>`select column_name from information_schema.columns
        where table_name = ${table} and table_schema = current_schema() order by ordinal_position`.execute(db)
    ).rows.map((r) => r.column_name);
  const copy = async (table: string, rename: Record<string, string>, skip: string[] = []) => {
    const all = (await columns(table)).filter((c) => !skip.includes(c));
    const select = all.map((c) => rename[c] ?? c).join(', ');
    await sql
      .raw(
        `insert into ${table} (${all.join(', ')}) select ${select} from ${table}, generate_series(1, ${copies}) g`,
      )
      .execute(db);
  };
  await copy('cases', {
    id: tag('id'),
    source_no: tag('source_no'),
    case_no: `case when case_no is null then null else ${tag('case_no')} end`,
  });
  await copy('case_parties', { id: tag('id'), case_id: tag('case_id') });
  await copy('case_officers', { case_id: tag('case_id') });
  await copy('case_events', { id: tag('id'), case_id: tag('case_id') }, ['seq']);
  await copy('case_deadlines', { id: tag('id'), case_id: tag('case_id') });
  await sql.raw('analyze').execute(db);
  return count();
}
