import { randomUUID } from 'node:crypto';
import type { RoleCode } from '@sanxiang/core';
import { grantExpiry, sealsCaseFile } from '@sanxiang/core';
import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { sealCaseFileIn } from '../case-file/seal-case-file.js';
import type { Actor, RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';
import type { BlobStore } from '../storage/blob-store.js';

export const DEMO_CASE_FILES_KEY = 'demo_case_files_seeded_at';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// The demo's whole-process records: sealed case files for the cases that have ended (the
// earliest few; one amended once, one with an amendment waiting for the head), a footage exemption waiting for
// a squad leader, and cross-unit read requests pending, approved (valid), expired and denied, with the reads
// they allowed in the audit log. Once; after the cases and their evidence.

async function actorOf(db: Kysely<DB>, username: string): Promise<Actor> {
  const u = await db
    .selectFrom('users as u')
    .innerJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.unit_id', 'n.name as unit_name'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', u.id).execute();
  return {
    userId: u.id,
    username: u.username,
    displayName: u.display_name,
    unitId: u.unit_id,
    unitName: u.unit_name,
    roles: roles.map((r) => r.role as RoleCode),
    sessionId: null,
  };
}

const as = (actor: Actor): RequestContext => ({ actor, ip: '10.20.1.15', userAgent: 'seed-demo' });

export async function seedDemoCaseFiles(
  db: Kysely<DB>,
  ctx: RequestContext,
  store: BlobStore,
): Promise<boolean> {
  const done = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_CASE_FILES_KEY)
    .executeTakeFirst();
  if (done) return false;
  const zhongdui = await actorOf(db, 'zhongdui');
  const juzhang = await actorOf(db, 'juzhang');
  const changjiang = await actorOf(db, 'changjiang');
  const jiandu = await actorOf(db, 'jiandu');
  const now = Date.now();

  // sealed files for the ended cases, at the time they ended.
  const ended = await db
    .selectFrom('cases as c')
    .select(['c.id', 'c.procedure', 'c.stage', 'c.unit_id', 'c.updated_at'])
    .where('c.status', 'in', ['closed', 'archived'])
    .orderBy('c.updated_at')
    .orderBy('c.id')
    .execute();
  const toSeal = ended.filter((c) => sealsCaseFile(c.procedure, c.stage)).slice(0, 5);
  const sealed: string[] = [];
  for (const c of toSeal) {
    const last = await db
      .selectFrom('case_events')
      .select('at')
      .where('case_id', '=', c.id)
      .orderBy('at', 'desc')
      .executeTakeFirst();
    await sealCaseFileIn({ db, store }, as(zhongdui), c.id, { at: new Date(last?.at ?? c.updated_at) });
    sealed.push(c.id);
  }
  // One amended and re-sealed, one amendment waiting for the bureau head.
  const officer = await actorOf(db, 'zhifa');
  const amend = async (caseId: string, reason: string) => {
    const file = await db
      .selectFrom('case_files')
      .select(['id'])
      .where('case_id', '=', caseId)
      .where('status', '=', 'sealed')
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('case_file_amendments')
        .values({
          id,
          case_id: caseId,
          case_file_id: file.id,
          reason,
          status: 'pending',
          requested_by: officer.userId,
          requested_by_name: officer.displayName,
          requested_at: new Date(now - 3 * DAY),
        })
        .execute();
      await appendAuditEvent(trx, as(officer), {
        operation: 'case-file.amendment-requested',
        targetType: 'case',
        targetId: caseId,
        reason,
      });
    });
    return id;
  };
  if (sealed[0]) {
    const reason = '补入结案后当事人提交的缴款凭证复印件，更正备考表页数';
    const id = await amend(sealed[0], reason);
    await sealCaseFileIn({ db, store }, as(juzhang), sealed[0], {
      amendment: { id, reason, opinion: '经核，补正内容属实，同意补正并重新封存' },
      at: new Date(now - 2 * DAY),
    });
  }
  if (sealed[1]) await amend(sealed[1], '送达回证原件扫描件模糊，申请替换为清晰扫描件');

  // an on-site seizure without footage, its written reason waiting for the squad leader.
  const onSite = await db
    .selectFrom('cases')
    .select(['id'])
    .where('procedure', '=', 'seizure')
    .where('stage', '=', 'on-site')
    .orderBy((eb) => eb.case().when('unit_id', '=', zhongdui.unitId).then(0).else(1).end())
    .orderBy('created_at')
    .executeTakeFirst();
  if (onSite) {
    const linked = await db
      .selectFrom('evidence_links as l')
      .innerJoin('evidence_items as e', 'e.id', 'l.evidence_id')
      .select('e.id')
      .where('l.case_id', '=', onSite.id)
      .where('l.stage', '=', 'on-site')
      .where('e.kind', '=', 'video')
      .where('l.unlinked_at', 'is', null)
      .executeTakeFirst();
    if (!linked)
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('recording_exemptions')
          .values({
            id: randomUUID(),
            case_id: onSite.id,
            stage: 'on-site',
            reason:
              '执法记录仪在现场因暴雨进水故障，查封过程由两名执法人员及社区见证人签字确认，另有现场照片12张',
            status: 'pending',
            requested_by: officer.userId,
            requested_by_name: officer.displayName,
            requested_at: new Date(now - 5 * HOUR),
          })
          .execute();
        await appendAuditEvent(trx, as(officer), {
          operation: 'recording.exemption-requested',
          targetType: 'case',
          targetId: onSite.id,
        });
      });
  }

  // R-08: 长江镇 asks to read 一中队's cases; pending, approved (still valid), expired, denied.
  const theirs = await db
    .selectFrom('cases')
    .select(['id', 'unit_id'])
    .where('unit_id', '=', zhongdui.unitId)
    .orderBy('created_at')
    .limit(4)
    .execute();
  const reasons = [
    '本镇查处的同一当事人占道经营案需比对前案处罚情况',
    '核实当事人是否属于两年内再次违法，以确定裁量情节',
    '协助调查跨辖区渣土运输遗撒案件，需查阅前案现场勘验笔录',
    '了解同类违法建设案件强制拆除程序的办理情况',
  ];
  const plans: {
    status: 'pending' | 'approved' | 'denied';
    askedAgo: number;
    hours: number;
    opinion?: string;
  }[] = [
    { status: 'pending', askedAgo: 2 * HOUR, hours: 72 },
    { status: 'approved', askedAgo: 20 * HOUR, hours: 72, opinion: '同意调阅，限三日内' },
    { status: 'approved', askedAgo: 9 * DAY, hours: 48, opinion: '同意，限两日' },
    { status: 'denied', askedAgo: 4 * DAY, hours: 24, opinion: '与所述案件无关联，不予调阅' },
  ];
  for (const [i, c] of theirs.entries()) {
    const plan = plans[i]!;
    const id = randomUUID();
    const asked = new Date(now - plan.askedAgo);
    const decided = new Date(asked.getTime() + 2 * HOUR);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('case_access_requests')
        .values({
          id,
          case_id: c.id,
          case_unit_id: c.unit_id,
          requester_id: changjiang.userId,
          requester_name: changjiang.displayName,
          requester_unit_id: changjiang.unitId,
          reason: reasons[i]!,
          hours: plan.hours,
          status: plan.status,
          requested_at: asked,
          ...(plan.status === 'pending'
            ? {}
            : {
                decided_by: zhongdui.userId,
                decided_by_name: zhongdui.displayName,
                decided_at: decided,
                opinion: plan.opinion!,
                ...(plan.status === 'approved'
                  ? { valid_from: decided, valid_until: grantExpiry(decided, plan.hours) }
                  : {}),
              }),
        })
        .execute();
      await appendAuditEvent(trx, as(changjiang), {
        operation: 'case-access.requested',
        targetType: 'case',
        targetId: c.id,
        reason: reasons[i]!,
      });
      if (plan.status !== 'pending')
        await appendAuditEvent(trx, as(zhongdui), {
          operation: plan.status === 'approved' ? 'case-access.approved' : 'case-access.denied',
          targetType: 'case',
          targetId: c.id,
          reason: plan.opinion!,
        });
      if (plan.status === 'approved')
        await appendAuditEvent(trx, as(changjiang), {
          operation: 'case.viewed',
          targetType: 'case',
          targetId: c.id,
          reason: `grant:${id}`,
        });
    });
  }
  // The supervision centre's routine reads.
  await db.transaction().execute(async (trx) => {
    for (const c of theirs.slice(0, 3))
      await appendAuditEvent(trx, as(jiandu), {
        operation: 'case.viewed',
        targetType: 'case',
        targetId: c.id,
      });
    await trx
      .insertInto('meta')
      .values({ key: DEMO_CASE_FILES_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `case files sealed: ${sealed.length}; access requests: ${theirs.length}`,
    });
  });
  return true;
}
