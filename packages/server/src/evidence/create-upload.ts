import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { PROCEDURES, type ProcedureCode } from '@sanxiang/core';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { Actor, AppDeps, RequestContext, Tx } from '../context.js';
import { AppError, fieldError } from '../errors/app-error.js';
import { assertUnitVisible } from '../people/scope.js';
import { contentTypeFor } from './evidence-kinds.js';
import type { CreateUploadInput } from './schemas.js';
import { stagingPath } from './upload-files.js';
import { presentUpload } from './upload-query.js';

/**
 * Opens a resumable upload: the metadata is checked now, before any byte is sent — the size against
 * the configured limit, the file type against the kind, the case within the uploader's scope and the stage
 * within the case's procedure, the device and officer on record — so a large file is never refused at its end
 * for something knowable at its start.
 */
export async function createUpload(deps: AppDeps, ctx: RequestContext, input: CreateUploadInput) {
  const actor = ctx.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  const limit = deps.config.evidence.maxBytes;
  if (input.size > limit) throw tooLarge(limit);
  const contentType = contentTypeFor(input.kind, input.fileName);
  if (!contentType)
    throw new AppError('EVIDENCE_TYPE_NOT_ALLOWED', { kind: input.kind, fileName: input.fileName });
  const metadata = await checkMetadata(deps.db, actor, input);
  const id = randomUUID();
  await fs.mkdir(deps.config.evidence.uploadDir, { recursive: true });
  await fs.writeFile(stagingPath(deps.config, id), Buffer.alloc(0), { flag: 'wx', mode: 0o600 });
  const row = await deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('evidence_uploads')
      .values({
        id,
        status: 'open',
        total_size: input.size,
        received: 0,
        metadata: JSON.stringify(metadata),
        file_name: input.fileName,
        content_type: contentType,
        unit_id: metadata.unitId,
        created_by: actor.userId,
        updated_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, ctx, {
      operation: 'evidence.upload-started',
      targetType: 'evidence_upload',
      targetId: id,
      changes: {
        upload: { before: null, after: { fileName: input.fileName, size: input.size, ...metadata } },
      },
    });
    return inserted;
  });
  return { upload: presentUpload(row), evidence: null };
}

export function tooLarge(limit: number): AppError {
  const gb = Math.round((limit / 1024 ** 3) * 100) / 100;
  const size = gb >= 1 ? `${gb} GB` : `${Math.round((limit / 1024 ** 2) * 10) / 10} MB`;
  return new AppError(
    'EVIDENCE_TOO_LARGE',
    { limitBytes: limit },
    {
      message: `文件超过证据上传大小上限（${size}）`,
      messageEn: `The file is larger than the evidence upload limit of ${size}`,
    },
  );
}

/** The metadata as it will be recorded, with the defaults filled in. */
export interface UploadMetadata {
  kind: CreateUploadInput['kind'];
  title: string;
  capturedAt: string;
  place: string;
  gps: { lat: number; lng: number } | null;
  deviceId: string | null;
  officerPersonId: string;
  caseId: string | null;
  stage: string | null;
  unitId: string;
  note: string;
}

async function checkMetadata(db: Tx, actor: Actor, input: CreateUploadInput): Promise<UploadMetadata> {
  let unitId = actor.unitId;
  let stage: string | null = null;
  if (input.caseId) {
    const kase = await db
      .selectFrom('cases')
      .select(['id', 'unit_id', 'procedure', 'stage'])
      .where('id', '=', input.caseId)
      .executeTakeFirst();
    if (!kase) throw new AppError('NOT_FOUND');
    await assertUnitVisible(db, actor, kase.unit_id);
    unitId = kase.unit_id;
    stage = input.stage ?? kase.stage;
    assertStage(kase.procedure as ProcedureCode, stage);
  } else if (input.stage) throw fieldError('stage', '未选择案件时不能指定环节', 'A stage needs a case');
  if (new Date(input.capturedAt).getTime() > Date.now() + 5 * 60_000)
    throw fieldError('capturedAt', '拍摄时间不能晚于现在', 'The capture time lies in the future');
  if (input.deviceId) {
    const device = await db
      .selectFrom('devices')
      .select('id')
      .where('id', '=', input.deviceId)
      .executeTakeFirst();
    if (!device) throw fieldError('deviceId', '未登记该执法设备', 'No such device is registered');
  }
  let officer = input.officerPersonId ?? null;
  if (!officer) {
    const me = await db
      .selectFrom('users')
      .select('person_id')
      .where('id', '=', actor.userId)
      .executeTakeFirst();
    officer = me?.person_id ?? null;
    if (!officer)
      throw fieldError('officerPersonId', '请选择拍摄/记录人员', 'Name the officer who made the record');
  } else {
    const person = await db.selectFrom('people').select('id').where('id', '=', officer).executeTakeFirst();
    if (!person) throw fieldError('officerPersonId', '没有该人员', 'No such person');
  }
  return {
    kind: input.kind,
    title: input.title || input.fileName,
    capturedAt: new Date(input.capturedAt).toISOString(),
    place: input.place,
    gps: input.gps ?? null,
    deviceId: input.deviceId ?? null,
    officerPersonId: officer,
    caseId: input.caseId ?? null,
    stage,
    unitId,
    note: input.note ?? '',
  };
}

export function assertStage(procedure: ProcedureCode, stage: string): void {
  const def = PROCEDURES[procedure];
  if (!def?.stages.some((s) => s.code === stage))
    throw new AppError('EVIDENCE_STAGE_UNKNOWN', { procedure, stage });
}
