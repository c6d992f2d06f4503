import { sql } from 'kysely';
import { loadCalendar } from '../calendar/load-calendar.js';
import { addDays, todayInChina } from '../clock.js';
import type { Actor, AppDeps } from '../context.js';
import { certificateStatusSql } from '../people/certificate-status.js';
import { peopleQuery } from '../people/people-query.js';
import { visibleUnitIds } from '../people/scope.js';

/** The workbench figures, each counted within the caller's data scope. */
export async function getSummary(deps: AppDeps, actor: Actor) {
  const today = todayInChina();
  const visible = await visibleUnitIds(deps.db, actor);
  let people = peopleQuery(deps.db, today);
  if (visible) people = people.where('p.unit_id', 'in', visible);
  const counts = await people
    .clearSelect()
    .select([
      sql<string>`count(*)`.as('officers'),
      sql<string>`count(*) filter (where ${certificateStatusSql(today)} = 'valid')`.as('valid'),
      sql<string>`count(*) filter (where ${certificateStatusSql(today)} = 'expiring')`.as('expiring'),
      sql<string>`count(*) filter (where ${certificateStatusSql(today)} in ('expired','revoked'))`.as(
        'expired',
      ),
      sql<string>`count(*) filter (where ${certificateStatusSql(today)} = 'none')`.as('none'),
      sql<string>`count(*) filter (where q.id is not null)`.as('qualified'),
    ])
    .executeTakeFirstOrThrow();
  let units = deps.db.selectFrom('units').select((eb) => eb.fn.countAll<string>().as('n'));
  if (visible) units = units.where('id', 'in', visible);
  let accounts = deps.db
    .selectFrom('users')
    .select([
      sql<string>`count(*)`.as('n'),
      sql<string>`count(*) filter (where locked_until > now())`.as('locked'),
    ])
    .where('disabled_at', 'is', null);
  if (visible) accounts = accounts.where('unit_id', 'in', visible);
  const [unitCount, accountCounts, auditToday] = await Promise.all([
    units.executeTakeFirstOrThrow(),
    accounts.executeTakeFirstOrThrow(),
    deps.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('at', '>=', new Date(`${today}T00:00:00+08:00`))
      .executeTakeFirstOrThrow(),
  ]);
  const calendar = await loadCalendar(deps.db);
  const upcoming: { date: string; name: string }[] = [];
  for (let d = today; d <= addDays(today, 120) && upcoming.length < 6; d = addDays(d, 1)) {
    const info = calendar.dayInfo(d);
    if (info.kind === 'holiday' || info.kind === 'workday')
      upcoming.push({
        date: d,
        name: info.kind === 'workday' ? `${info.name ?? ''}（调休上班）` : (info.name ?? ''),
      });
  }
  return {
    units: Number(unitCount.n),
    officers: Number(counts.officers),
    certificates: {
      valid: Number(counts.valid),
      expiring: Number(counts.expiring),
      expired: Number(counts.expired),
      none: Number(counts.none),
    },
    qualifiedReviewers: Number(counts.qualified),
    accounts: Number(accountCounts.n),
    lockedAccounts: Number(accountCounts.locked),
    upcomingHolidays: upcoming,
    auditEventsToday: Number(auditToday.n),
  };
}
