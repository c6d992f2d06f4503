import { citizenIdCheckChar, creditCodeCheckChar } from '@sanxiang/core';
import type { LightMyRequestResponse } from 'fastify';
import { loadCalendar } from '../src/calendar/load-calendar.js';
import { storeDueDates } from '../src/cases/store-due-dates.js';
import { todayInChina } from '../src/clock.js';
import type { Client, TestApp } from './support/test-app.js';

// Shared by the cases-*.test.ts files: identifiers that pass their checks, certified (and expired) officers
// of the demo bureau, intake with sensible defaults, taking an action, and a snapshot of everything a case
// is made of, to prove that a refused act changed nothing.

export const V1 = '/api/v1';
export const today = () => todayInChina();
export const daysAgo = (n: number, from = today()) => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

export function idNumber(birth: string, seq = '123', region = '320682'): string {
  const first17 = `${region}${birth.replaceAll('-', '')}${seq}`;
  return first17 + citizenIdCheckChar(first17);
}

export function creditCode(first17 = '91320682MA1XY2345'): string {
  return first17 + creditCodeCheckChar(first17);
}

/** People of a unit holding a certificate valid today, and people whose certificate has expired. */
export async function officersOf(t: TestApp, unitId?: string) {
  const day = today();
  let q = t.deps.db
    .selectFrom('people as p')
    .innerJoin('enforcement_certificates as c', 'c.person_id', 'p.id')
    .select(['p.id', 'p.name', 'p.unit_id', 'c.valid_to', 'c.valid_from', 'c.revoked_at'])
    .orderBy('p.id');
  if (unitId) q = q.where('p.unit_id', '=', unitId);
  const rows = await q.execute();
  return {
    valid: rows.filter((r) => !r.revoked_at && r.valid_to >= day && r.valid_from <= day).map((r) => r.id),
    expired: rows.filter((r) => r.valid_to < day).map((r) => r.id),
  };
}

export async function expiredAnywhere(t: TestApp): Promise<string> {
  const { expired } = await officersOf(t);
  if (expired.length === 0) throw new Error('the demo has no expired certificate');
  return expired[0]!;
}

export function intake(overrides: Record<string, unknown> = {}) {
  return {
    source: 'patrol',
    summary: '如城街道解放路36号门前占道摆摊经营，经劝阻未改正',
    place: '如皋市如城街道解放路36号',
    occurredOn: daysAgo(3),
    discoveredOn: daysAgo(2),
    procedure: 'general',
    matterCode: 'CG-CF-005',
    unitId: 'rg-dd-1',
    parties: [
      {
        kind: 'person',
        name: '王某某',
        idNumber: idNumber('1985-04-12'),
        address: '如皋市如城街道海阳路12号',
        phone: '13800001111',
      },
    ],
    officers: [],
    ...overrides,
  };
}

export async function createCase(c: Client, overrides: Record<string, unknown> = {}) {
  const res = await c.post(`${V1}/cases`, intake(overrides));
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function act(
  c: Client,
  kase: { id: string; version: number },
  action: string,
  payload: Record<string, unknown> = {},
  reason?: string,
): Promise<LightMyRequestResponse> {
  return c.post(`${V1}/cases/${kase.id}/actions/${action}`, {
    payload,
    version: kase.version,
    ...(reason ? { reason } : {}),
  });
}

/** Everything a case is made of, for before/after comparison. */
export async function snapshot(t: TestApp, caseId: string) {
  const db = t.deps.db;
  const [row, events, deadlines, officers, parties, reviews, audit] = await Promise.all([
    db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow(),
    db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute(),
    db.selectFrom('case_deadlines').selectAll().where('case_id', '=', caseId).orderBy('id').execute(),
    db.selectFrom('case_officers').selectAll().where('case_id', '=', caseId).orderBy('person_id').execute(),
    db.selectFrom('case_parties').selectAll().where('case_id', '=', caseId).orderBy('id').execute(),
    db.selectFrom('case_reviews').selectAll().where('case_id', '=', caseId).orderBy('id').execute(),
    db
      .selectFrom('audit_events')
      .select(['seq'])
      .where('target_id', '=', caseId)
      .where('kind', '=', 'write')
      .execute(),
  ]);
  return { row, events, deadlines, officers, parties, reviews, writes: audit.length };
}

/** Sets a case's facts directly: for putting a case at a later stage to test one guard there. */
export async function forceStage(
  t: TestApp,
  caseId: string,
  set: {
    stage: string;
    milestones?: Record<string, string>;
    flags?: Record<string, unknown>;
    [k: string]: unknown;
  },
) {
  const { milestones, flags, ...rest } = set;
  await t.deps.db
    .updateTable('cases')
    .set({
      ...rest,
      ...(milestones ? { milestones: JSON.stringify(milestones) } : {}),
      ...(flags ? { flags: JSON.stringify(flags) } : {}),
    } as never)
    .where('id', '=', caseId)
    .execute();
}

/** A running clock as the engine would have started it. */
export async function insertDeadline(
  t: TestApp,
  caseId: string,
  d: {
    kind: string;
    stage: string;
    from: string;
    days: number;
    unit: 'working' | 'calendar';
    limitKind?: 'deadline' | 'wait';
    rule?: string;
    extensions?: unknown[];
  },
): Promise<string> {
  const id = `dl-${d.kind}-${Math.random().toString(36).slice(2, 8)}`;
  await t.deps.db
    .insertInto('case_deadlines')
    .values({
      id,
      case_id: caseId,
      kind: d.kind,
      stage: d.stage,
      limit_kind: d.limitKind ?? 'deadline',
      from_date: d.from,
      days: d.days,
      unit: d.unit,
      rule: d.rule ?? '测试',
      extensions: JSON.stringify(d.extensions ?? []),
    })
    .execute();
  // As every write of a clock does, store its due date for the list filters.
  await storeDueDates(t.deps.db, await loadCalendar(t.deps.db), caseId);
  return id;
}

/** Re-reads the case through the API (for its current version and actions). */
export async function reload(c: Client, id: string) {
  const res = await c.get(`${V1}/cases/${id}`);
  if (res.statusCode !== 200) throw new Error(`get failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function articlesOf(body: {
  details?: { refusals?: { articles: { articles: number[] }[] }[] };
}): number[] {
  return (body.details?.refusals?.[0]?.articles ?? []).flatMap((a) => a.articles);
}

/**
 * Records the legal reviews a case's current draft needs (L-04), as the reviewers would through
 * `POST /cases/:id/reviews`, for tests that start a case at a later stage: the case is put at the review
 * stage for the reviews and back at its stage afterwards.
 */
export async function passReviews(
  t: TestApp,
  caseId: string,
  levels: ('brigade' | 'bureau')[] = ['brigade'],
) {
  const row = await t.deps.db
    .selectFrom('cases')
    .select(['stage'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  await forceStage(t, caseId, { stage: 'legal-review' });
  for (const level of levels) {
    const reviewer = await t.as(level === 'brigade' ? 'fazhike' : 'fagui');
    const res = await reviewer.post(`${V1}/cases/${caseId}/reviews`, {
      outcome: 'approved',
      opinion: '同意',
    });
    if (res.statusCode !== 200) throw new Error(`review failed: ${res.statusCode} ${res.body}`);
  }
  await forceStage(t, caseId, { stage: row.stage });
}
