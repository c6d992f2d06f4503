import { createHash, timingSafeEqual } from 'node:crypto';
import { PROCEDURES, stageOf } from '@sanxiang/core';
import { loadCalendar } from '../calendar/load-calendar.js';
import { todayInChina } from '../clock.js';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { viewDeadline } from './deadlines.js';
import { loadLocalRules } from './local-rules.js';

// P-08: a party enters the case number (立案号, or the source number before 立案) and the query code printed on
// its documents, and sees the stage and the running deadlines — nothing else. A wrong number and a wrong code
// answer alike (404, no hint which was wrong), and the code is compared in constant time, also when no case
// has that number, so timing tells nothing either.

const digest = (s: string) => createHash('sha256').update(s).digest();
const DUMMY = digest('no such case');

export async function publicProgress(deps: AppDeps, caseNo: string, code: string) {
  const row = await deps.db
    .selectFrom('cases')
    .select(['id', 'case_no', 'source_no', 'query_code', 'procedure', 'stage', 'status'])
    .where((eb) => eb.or([eb('case_no', '=', caseNo), eb('source_no', '=', caseNo)]))
    .executeTakeFirst();
  const given = digest(code.trim().toUpperCase());
  const match = timingSafeEqual(given, row ? digest(row.query_code) : DUMMY) && row !== undefined;
  if (!match || !row) throw new AppError('NOT_FOUND');
  const today = todayInChina();
  const [calendar, rules, deadlines] = await Promise.all([
    loadCalendar(deps.db),
    loadLocalRules(deps.db),
    deps.db
      .selectFrom('case_deadlines')
      .selectAll()
      .where('case_id', '=', row.id)
      .where('status', '=', 'running')
      .orderBy('created_at')
      .execute(),
  ]);
  const procedure = PROCEDURES[row.procedure];
  return {
    caseNo: row.case_no ?? row.source_no,
    procedureName: procedure.name,
    stageName: stageOf(procedure, row.stage)?.name ?? row.stage,
    status: row.status,
    deadlines: deadlines.map((d) => {
      const v = viewDeadline(d, calendar, rules, today);
      return { name: v.name, due: v.due };
    }),
  };
}
