import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Insertable, Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';
import type { DeviceCheckoutTable, DeviceTable, EvidenceKind } from '../db/schema-evidence.js';
import type { BlobStore } from '../storage/blob-store.js';
import { demoPng, demoWebm } from './demo-media.js';
import { seededRandom } from './random.js';

export const DEMO_EVIDENCE_KEY = 'demo_evidence_seeded_at';

const MODELS = {
  'body-camera': ['海康威视 DSJ-A7', '警翼 X8', '执法记录仪 DSJ-V9'],
  'handheld-terminal': ['华为 MatePad 执法终端', '移动执法终端 PDA-T5'],
} as const;

/** Units that go out on the street with recording devices, and how many of each they have. */
const FLEET: [unit: string, cameras: number, terminals: number][] = [
  ['rg-dd-1', 6, 2],
  ['rg-dd-2', 5, 2],
  ['rg-dd-3', 4, 1],
  ['tw-rc', 2, 1],
  ['tw-cj', 2, 1],
  ['tw-bp', 2, 0],
];

const LATE_WINDOW_HOURS = 24;

interface MediaFile {
  kind: EvidenceKind;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * The demo's devices and evidence: body cameras and terminals per unit, most checked out to an
 * officer, with past check-outs returned; on-site footage (short WebM clips) for every seizure and
 * demolition case that has passed its on-site act, photos for investigated cases, and one clip uploaded two
 * days after it was shot (flagged late). Runs after the demo cases; writes the small files to the blob store.
 */
export async function seedDemoEvidence(
  db: Kysely<DB>,
  ctx: RequestContext,
  store: BlobStore,
): Promise<boolean> {
  const done = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_EVIDENCE_KEY)
    .executeTakeFirst();
  if (done) return false;
  const rng = seededRandom(20260601);
  const now = Date.now();

  // People with certificates, by unit (who carries a camera).
  const certified = await db
    .selectFrom('people as p')
    .innerJoin('enforcement_certificates as c', 'c.person_id', 'p.id')
    .select(['p.id', 'p.unit_id'])
    .where('c.revoked_at', 'is', null)
    .orderBy('p.id')
    .execute();
  const byUnit = new Map<string, string[]>();
  for (const p of certified) byUnit.set(p.unit_id, [...(byUnit.get(p.unit_id) ?? []), p.id]);
  const users = await db
    .selectFrom('users')
    .select(['id', 'person_id', 'display_name', 'username', 'unit_id'])
    .execute();
  const userOf = new Map(users.filter((u) => u.person_id).map((u) => [u.person_id!, u]));

  const devices: Insertable<DeviceTable>[] = [];
  const checkouts: Insertable<DeviceCheckoutTable>[] = [];
  const holderDevice = new Map<string, string>();
  const unitDevices = new Map<string, string[]>();
  let serial = 0;
  for (const [unit, cameras, terminals] of FLEET) {
    const people = byUnit.get(unit) ?? [];
    const kinds = [
      ...Array.from({ length: cameras }, () => 'body-camera' as const),
      ...Array.from({ length: terminals }, () => 'handheld-terminal' as const),
    ];
    for (const [i, kind] of kinds.entries()) {
      serial++;
      const id = `dev-${String(serial).padStart(3, '0')}`;
      const holder = i < people.length && i % 5 !== 4 ? people[i]! : null;
      const registered = new Date(now - (300 + rng.int(200)) * 86_400_000);
      devices.push({
        id,
        kind,
        serial: `${kind === 'body-camera' ? 'BC' : 'HT'}-3206-${String(1000 + serial)}`,
        model: rng.pick(MODELS[kind]),
        unit_id: unit,
        status: holder ? 'checked-out' : 'in-store',
        holder_person_id: holder,
        note: '',
        registered_by: null,
        registered_at: registered,
      });
      unitDevices.set(unit, [...(unitDevices.get(unit) ?? []), id]);
      // History: two earlier holders who returned it, then the present one.
      let at = registered.getTime() + 86_400_000;
      for (let k = 0; k < 2 && people.length > 0; k++) {
        const back = at + (20 + rng.int(60)) * 86_400_000;
        checkouts.push({
          id: randomUUID(),
          device_id: id,
          person_id: rng.pick(people),
          checked_out_at: new Date(at),
          checked_out_by: null,
          returned_at: new Date(back),
          returned_by: null,
          note: k === 1 ? '电池老化，已更换' : '',
        });
        at = back + 86_400_000;
      }
      if (holder) {
        checkouts.push({
          id: randomUUID(),
          device_id: id,
          person_id: holder,
          checked_out_at: new Date(Math.min(at, now - 3 * 86_400_000)),
          checked_out_by: null,
          returned_at: null,
          returned_by: null,
          note: '',
        });
        if (kind === 'body-camera') holderDevice.set(holder, id);
      }
    }
  }

  // Cases and the acts evidence belongs to.
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'procedure', 'stage', 'unit_id', 'place', 'created_by'])
    .orderBy('source_no')
    .execute();
  const events = await db
    .selectFrom('case_events')
    .select(['case_id', 'action', 'from_stage', 'to_stage', 'at'])
    .where('from_stage', 'is not', null)
    .orderBy('seq')
    .execute();
  const officers = await db.selectFrom('case_officers').select(['case_id', 'person_id']).execute();
  const officerOf = new Map<string, string>();
  for (const o of officers) if (!officerOf.has(o.case_id)) officerOf.set(o.case_id, o.person_id);

  interface Planned {
    caseId: string;
    stage: string;
    capturedAt: Date;
    delayHours: number;
    media: MediaFile;
    officer: string;
    unit: string;
    place: string;
  }
  const planned: Planned[] = [];
  let n = 0;
  let lateGiven = false;
  for (const kase of cases) {
    const officer = officerOf.get(kase.id) ?? (byUnit.get(kase.unit_id) ?? [])[0];
    if (!officer) continue;
    const caseEvents = events.filter((e) => e.case_id === kase.id);
    const onSite = caseEvents.find((e) => e.action === 'complete-seizure' || e.action === 'start-demolition');
    if (onSite) {
      const at = new Date(new Date(onSite.at).getTime() - 2 * 3600_000);
      const stage = onSite.from_stage!;
      const late: boolean = !lateGiven && kase.procedure === 'seizure';
      lateGiven ||= late;
      for (let c = 0; c < 2; c++) {
        n++;
        planned.push({
          caseId: kase.id,
          stage,
          capturedAt: new Date(at.getTime() + c * 25 * 60_000),
          delayHours: late && c === 1 ? 40 + rng.int(8) : 1 + rng.int(6),
          media: {
            kind: 'video',
            fileName: `执法记录仪_${stamp(at)}_${String(c + 1).padStart(2, '0')}.webm`,
            contentType: 'video/webm',
            bytes: await demoWebm(n, 8 + rng.int(6)),
          },
          officer,
          unit: kase.unit_id,
          place: kase.place,
        });
      }
      n++;
      planned.push(photo(kase, stage, at, officer, n));
    } else if (caseEvents.length > 0 && kase.procedure !== 'simple' && rng.next() < 0.55) {
      // Photos of the scene, taken at the first act (investigation or inspection).
      const first = caseEvents[0]!;
      const at = new Date(new Date(first.at).getTime() - 3 * 3600_000);
      for (let p = 0; p < 1 + rng.int(2); p++) {
        n++;
        planned.push(photo(kase, first.from_stage!, new Date(at.getTime() + p * 7 * 60_000), officer, n));
      }
    }
  }

  function photo(
    kase: { id: string; unit_id: string; place: string },
    stage: string,
    at: Date,
    officer: string,
    seed: number,
  ): Planned {
    return {
      caseId: kase.id,
      stage,
      capturedAt: at,
      delayHours: 1 + rng.int(5),
      media: {
        kind: 'photo',
        fileName: `现场照片_${stamp(at)}_${seed}.png`,
        contentType: 'image/png',
        bytes: demoPng(seed),
      },
      officer,
      unit: kase.unit_id,
      place: kase.place,
    };
  }

  const stored = await Promise.all(
    planned.map(async (p) => {
      const blob = await store.put(Readable.from([p.media.bytes]));
      // The store hashed it; so does this check, which keeps a wrong store from seeding wrong digests.
      if (blob.sha256 !== createHash('sha256').update(p.media.bytes).digest('hex'))
        throw new Error('demo blob digest');
      return blob;
    }),
  );

  await db.transaction().execute(async (trx) => {
    if (devices.length > 0) await trx.insertInto('devices').values(devices).execute();
    if (checkouts.length > 0) await trx.insertInto('device_checkouts').values(checkouts).execute();
    const seen = new Map<string, string>();
    for (const [i, p] of planned.entries()) {
      const blob = stored[i]!;
      const id = `ev-demo-${String(i + 1).padStart(3, '0')}`;
      const uploadedAt = new Date(p.capturedAt.getTime() + p.delayHours * 3600_000);
      const user = userOf.get(p.officer);
      const device = holderDevice.get(p.officer) ?? (unitDevices.get(p.unit) ?? [])[0] ?? null;
      await trx
        .insertInto('evidence_items')
        .values({
          id,
          kind: p.media.kind,
          title: p.media.kind === 'video' ? '现场执法全程录像' : '现场照片',
          file_name: p.media.fileName,
          content_type: p.media.contentType,
          size: blob.size,
          sha256: blob.sha256,
          sm3: blob.sm3,
          blob_key: blob.key,
          captured_at: p.capturedAt,
          place: p.place,
          gps_lat: 32.37 + rng.next() * 0.05,
          gps_lng: 120.55 + rng.next() * 0.05,
          device_id: p.media.kind === 'video' ? device : null,
          officer_person_id: p.officer,
          uploaded_by: user?.id ?? null,
          uploaded_at: uploadedAt,
          unit_id: p.unit,
          late: uploadedAt.getTime() - p.capturedAt.getTime() > LATE_WINDOW_HOURS * 3600_000,
          late_window_hours: LATE_WINDOW_HOURS,
          duplicate_of: seen.get(blob.sha256) ?? null,
          note: '',
        })
        .execute();
      if (!seen.has(blob.sha256)) seen.set(blob.sha256, id);
      await trx
        .insertInto('evidence_links')
        .values({
          id: randomUUID(),
          evidence_id: id,
          case_id: p.caseId,
          stage: p.stage,
          linked_by: user?.id ?? null,
          linked_at: uploadedAt,
        })
        .execute();
      const actor = {
        actor_user_id: user?.id ?? null,
        actor_name: user ? `${user.display_name}（${user.username}）` : 'seed-demo',
        actor_unit_id: p.unit,
        ip: '10.32.6.18',
      };
      await trx
        .insertInto('custody_events')
        .values([
          {
            id: randomUUID(),
            evidence_id: id,
            action: 'ingested',
            case_id: p.caseId,
            stage: p.stage,
            at: uploadedAt,
            detail: JSON.stringify({ size: blob.size, sha256: blob.sha256, sm3: blob.sm3 }),
            ...actor,
          },
          {
            id: randomUUID(),
            evidence_id: id,
            action: 'linked',
            case_id: p.caseId,
            stage: p.stage,
            at: uploadedAt,
            detail: '{}',
            ...actor,
          },
        ])
        .execute();
    }
    await trx
      .insertInto('meta')
      .values({ key: DEMO_EVIDENCE_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `evidence: ${devices.length} devices, ${checkouts.length} check-outs, ${planned.length} items`,
    });
  });
  return true;
}

function stamp(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${china.slice(0, 10).replaceAll('-', '')}_${china.slice(11, 19).replaceAll(':', '')}`;
}
