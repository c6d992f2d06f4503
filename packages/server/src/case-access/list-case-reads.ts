import type { z } from 'zod';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { AUDIT_OPERATIONS, type AuditOperation } from '../audit/operations.js';
import type { AppDeps, RequestContext } from '../context.js';
import { containsPattern } from '../db/contains-pattern.js';
import { visibleUnitIds } from '../people/scope.js';
import { loadUnitTree } from '../people/unit-tree.js';
import type { readLogQuery } from './schemas.js';

// R-08 记录信息调阅监督: who read which case, when, from where and on what basis. The reads are the audit log's
// 'read' events on cases (the case itself, its sealed file, its export), so this page and the tamper-evident
// log can never disagree. The supervision centre sees every read; a squad leader the reads of its units'
// cases. Looking at the read log is itself a logged read.

const DAY = 86_400_000;
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);

export async function listCaseReads(deps: AppDeps, ctx: RequestContext, input: z.infer<typeof readLogQuery>) {
  const actor = ctx.actor!;
  const db = deps.db;
  const visible = await visibleUnitIds(db, actor);
  let q = db
    .selectFrom('audit_events as a')
    .leftJoin('cases as c', 'c.id', 'a.target_id')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .where('a.kind', '=', 'read')
    .where('a.target_type', '=', 'case');
  if (visible) q = q.where('c.unit_id', 'in', visible.length ? visible : ['']);
  if (input.unitId)
    q = q.where('c.unit_id', 'in', (await loadUnitTree(db)).subtree(input.unitId).concat(['']));
  if (input.caseNo) {
    const s = containsPattern(input.caseNo);
    q = q.where((eb) => eb.or([eb('c.case_no', 'like', s), eb('c.source_no', 'like', s)]));
  }
  if (input.reader) {
    const s = containsPattern(input.reader);
    q = q.where((eb) => eb.or([eb('a.actor_username', 'like', s), eb('a.actor_name', 'like', s)]));
  }
  if (input.from) q = q.where('a.at', '>=', chinaMidnight(input.from));
  if (input.to) q = q.where('a.at', '<', new Date(chinaMidnight(input.to).getTime() + DAY));
  if (input.grantOnly) q = q.where('a.reason', 'like', 'grant:%');
  const { total } = await q.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .select([
      'a.id',
      'a.at',
      'a.operation',
      'a.actor_username',
      'a.actor_name',
      'a.actor_unit_name',
      'a.ip',
      'a.target_id',
      'a.reason',
      'c.case_no',
      'c.source_no',
      'u.name as unit_name',
    ])
    .orderBy('a.seq', 'desc')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, ctx, {
      operation: 'case-access.read-log-searched',
      targetType: 'audit_events',
      reason: JSON.stringify({ ...input, page: undefined, pageSize: undefined }),
    }),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      operation: r.operation,
      operationName: AUDIT_OPERATIONS[r.operation as AuditOperation]?.name ?? r.operation,
      reader: { username: r.actor_username, name: r.actor_name, unitName: r.actor_unit_name },
      ip: r.ip,
      caseId: r.target_id,
      caseNo: r.case_no ?? r.source_no ?? null,
      caseUnitName: r.unit_name ?? null,
      grantId: r.reason?.startsWith('grant:') ? r.reason.slice(6) : null,
    })),
    total: Number(total),
    page: input.page,
    pageSize: input.pageSize,
  };
}
