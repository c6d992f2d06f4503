import { randomUUID } from 'node:crypto';
import {
  DEFAULT_REVIEW_CATALOGUE,
  DEFAULT_REVIEW_TIME_LIMITS,
  REVIEW_ITEM_CODES,
  type ReviewLevel,
} from '@sanxiang/core';
import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { hashPassword } from '../auth/passwords.js';
import { readCalendar } from '../calendar/load-calendar.js';
import { draftDigest } from '../cases/penalty.js';
import { addDays, todayInChina } from '../clock.js';
import type { RequestContext, Tx } from '../context.js';
import type { DB } from '../db/schema.js';
import { caseRoute } from '../review/case-route.js';
import { loadCatalogueInForce } from '../review/catalogue.js';
import { DEMO_PASSWORD } from './bureau.js';

// Legal review in the demo bureau (L-01 … L-04). Reviewers: fazhike and fagui, plus a second 法制审核员 at
// each level (fazhike2, fagui2) so that the two levels and a handler's own case can always find someone
// separate; each with the 法律职业资格 of the people register. Rounds: every case that passed review gets
// its rounds (a few returned once and resubmitted, major ones at both levels); the cases now at the review
// stage wait — one just submitted, one resubmitted after a return, one at the bureau after the brigade
// agreed, one past its 7 working days (visible to the supervision centre).

export const DEMO_REVIEWS_SEEDED_KEY = 'demo_reviews_seeded_at';

const EXTRA: { username: string; role: 'brigade_reviewer' | 'bureau_reviewer'; unit: string }[] = [
  { username: 'fazhike2', role: 'brigade_reviewer', unit: 'rg-dd-fzk' },
  { username: 'fagui2', role: 'bureau_reviewer', unit: 'rg-fgk' },
];

/** The second reviewer accounts and every reviewer's qualification; called by seedDemo after its accounts. */
export async function seedDemoReviewers(db: Kysely<DB>, ctx: RequestContext): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    for (const extra of EXTRA) {
      const person = await trx
        .selectFrom('people as p')
        .leftJoin('users as u', 'u.person_id', 'p.id')
        .select(['p.id', 'p.name'])
        .where('p.unit_id', '=', extra.unit)
        .where('p.position', '=', '法制审核员')
        .where('u.id', 'is', null)
        .orderBy('p.id', 'desc')
        .executeTakeFirst();
      if (!person) continue;
      const id = `u-${extra.username}`;
      await trx
        .insertInto('users')
        .values({
          id,
          username: extra.username,
          display_name: person.name,
          unit_id: extra.unit,
          person_id: person.id,
          password_hash: hash,
          password_history: '[]',
          must_change_password: false,
          password_changed_at: new Date(),
        })
        .execute();
      await trx.insertInto('user_roles').values({ user_id: id, role: extra.role }).execute();
    }
    const reviewers = await trx
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .innerJoin('legal_qualifications as q', 'q.person_id', 'u.person_id')
      .select(['u.id', 'u.unit_id', 'r.role', 'q.number', 'q.issued_on'])
      .where('r.role', 'in', ['brigade_reviewer', 'bureau_reviewer'])
      .execute();
    for (const r of reviewers)
      await trx
        .insertInto('reviewer_qualifications')
        .values({
          id: `rq-${r.id}`,
          user_id: r.id,
          unit_id: r.unit_id,
          level: r.role === 'bureau_reviewer' ? 'bureau' : 'brigade',
          certificate_no: r.number,
          certificate_date: r.issued_on,
          recorded_by: 'u-juzhang',
        })
        .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `${EXTRA.length} reviewer accounts, ${reviewers.length} reviewer qualifications`,
    });
  });
}

const ALL_OK = REVIEW_ITEM_CODES.map((code) => ({ code, finding: 'ok', comment: '' }));
const RETURN_REASONS: Record<string, string>[] = [
  { facts: '违法事实的时间、地点与现场检查笔录记载不一致，请核实补正' },
  { documents: '询问笔录缺被询问人逐页签名，请补正', law: '裁量情节认定依据不足，请补充说明' },
  { procedure: '立案审批表负责人审批日期晚于首次调查日期，请说明' },
];
const itemsWith = (problems: Record<string, string>) =>
  REVIEW_ITEM_CODES.map((code) =>
    problems[code]
      ? { code, finding: 'problem', comment: problems[code] }
      : { code, finding: 'ok', comment: '' },
  );

/** Review rounds on the demo cases; after seedDemoCases. Once. */
export async function seedDemoReviews(db: Kysely<DB>, ctx: RequestContext): Promise<boolean> {
  const done = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_REVIEWS_SEEDED_KEY)
    .executeTakeFirst();
  if (done) return false;
  const cal = await readCalendar(db);
  const today = todayInChina();
  await db.transaction().execute(async (trx) => {
    const users = new Map(
      (await trx.selectFrom('users').select(['id', 'username', 'display_name']).execute()).map((u) => [
        u.username,
        u,
      ]),
    );
    const rev = (name: string) => users.get(name) ?? users.get(name.replace('2', ''))!;
    // L-03: the bureau adopted its catalogue at the start of the year (the default figures), published by
    // the regulation section.
    await trx
      .insertInto('review_catalogue_versions')
      .values({
        id: randomUUID(),
        version: 1,
        catalogue: JSON.stringify(DEFAULT_REVIEW_CATALOGUE),
        time_limits: JSON.stringify(DEFAULT_REVIEW_TIME_LIMITS),
        note: `如皋市城市管理局重大执法决定法制审核目录清单（${today.slice(0, 4)}年版），经局务会审议通过`,
        published_by: rev('fagui').id,
        published_at: new Date(`${today.slice(0, 4)}-01-15T02:00:00Z`),
      })
      .execute();
    const { catalogue, version, timeLimits } = await loadCatalogueInForce(trx);
    const cases = await trx
      .selectFrom('cases')
      .selectAll()
      .where('procedure', '=', 'general')
      .orderBy('created_at')
      .execute();
    let n = 0;
    let rounds = 0;
    for (const c of cases) {
      const parties = await trx
        .selectFrom('case_parties')
        .selectAll()
        .where('case_id', '=', c.id)
        .orderBy('sort')
        .execute();
      const digest = draftDigest(c, parties);
      const route = caseRoute(c, parties, catalogue);
      const submitted = await trx
        .selectFrom('case_events')
        .select(['at', 'actor_id'])
        .where('case_id', '=', c.id)
        .where('action', 'in', ['submit-legal-review', 'review-after-hearing'])
        .orderBy('at', 'desc')
        .executeTakeFirst();
      if (!submitted) continue;
      const submittedOn = todayInChina(submitted.at);
      const submitter = submitted.actor_id ?? 'u-zhongdui';
      const reviews = await trx
        .selectFrom('case_reviews')
        .selectAll()
        .where('case_id', '=', c.id)
        .orderBy('created_at')
        .execute();
      const base = {
        case_id: c.id,
        case_stage: c.stage === 'post-hearing-review' ? 'post-hearing-review' : 'legal-review',
        route: JSON.stringify(route),
        draft_digest: digest,
        catalogue_version: version,
        submitted_by: submitter,
        limit_days: timeLimits.days,
        materials: JSON.stringify({
          recommendation: '建议按裁量基准给予行政处罚',
          evidence: ['现场检查（勘验）笔录', '询问笔录', '现场照片'],
          documents: ['investigation-report'],
          note: null,
        }),
      };
      const insert = async (v: {
        round: number;
        level: ReviewLevel;
        status: 'pending' | 'agreed' | 'returned';
        submittedOn: string;
        reviewer: string | null;
        concludedOn?: string;
        items?: object[];
        text?: string;
      }) => {
        rounds++;
        const reviewer = v.reviewer ? rev(v.reviewer) : null;
        await trx
          .insertInto('review_requests')
          .values({
            ...base,
            id: randomUUID(),
            round: v.round,
            level: v.level,
            status: v.status,
            submitted_on: v.submittedOn,
            reviewer_id: reviewer?.id ?? null,
            assigned_by: reviewer?.id ?? null,
            assigned_at: reviewer ? new Date(`${v.submittedOn}T02:00:00Z`) : null,
            items: v.items ? JSON.stringify(v.items) : null,
            opinion: v.status === 'pending' ? null : v.status === 'agreed' ? 'agree' : 'return',
            opinion_text: v.text ?? null,
            concluded_on: v.status === 'pending' ? null : v.concludedOn!,
            concluded_at: v.status === 'pending' ? null : new Date(`${v.concludedOn}T08:00:00Z`),
          })
          .execute();
        if (v.status === 'returned' && reviewer)
          await trx
            .insertInto('case_reviews')
            .values({
              id: randomUUID(),
              case_id: c.id,
              level: v.level,
              outcome: 'returned',
              draft_digest: `${digest}-round-${v.round}`,
              opinion: v.text!,
              reviewer_id: reviewer.id,
              reviewer_name: reviewer.display_name,
              created_at: new Date(`${v.concludedOn}T08:00:00Z`),
            })
            .execute();
      };
      n++;
      const brigadeName = n % 3 === 0 ? 'fazhike2' : 'fazhike';
      const bureauName = n % 4 === 0 ? 'fagui2' : 'fagui';
      if (reviews.some((r) => r.outcome === 'approved')) {
        // Passed: one returned round first for every third case, then the passing rounds.
        let round = 1;
        const passedBrigade = reviews.find((r) => r.level === 'brigade' && r.outcome === 'approved');
        const concluded = todayInChina(passedBrigade?.created_at ?? submitted.at);
        const start = addDays(concluded, -(2 + (n % 4)));
        if (n % 3 === 1) {
          const back = addDays(start, -(4 + (n % 3)));
          await insert({
            round: round++,
            level: 'brigade',
            status: 'returned',
            submittedOn: back,
            reviewer: brigadeName,
            concludedOn: cal.addWorkingDays(back, 2 + (n % 3)),
            items: itemsWith(RETURN_REASONS[n % RETURN_REASONS.length]!),
            text: '退回补正：请按审核意见补正后重新送审。',
          });
        }
        for (const r of reviews.filter((x) => x.outcome === 'approved')) {
          const on = todayInChina(r.created_at);
          await insert({
            round,
            level: r.level,
            status: 'agreed',
            submittedOn: r.level === 'brigade' ? [start, on].sort()[0]! : addDays(on, -1),
            reviewer:
              r.level === 'brigade' ? (r.reviewer_id === 'u-fazhike' ? brigadeName : 'fazhike') : bureauName,
            concludedOn: on,
            items: ALL_OK,
            text: r.opinion,
          });
        }
        continue;
      }
      if (c.stage !== 'legal-review') continue;
      // Waiting at the review stage, by how long ago it was submitted.
      const waited = cal.workingDaysBetween(submittedOn, today);
      if (waited > timeLimits.days) {
        await insert({ round: 1, level: 'brigade', status: 'pending', submittedOn, reviewer: 'fazhike' });
      } else if (waited >= 3 && route.levels.includes('bureau')) {
        await insert({
          round: 1,
          level: 'brigade',
          status: 'agreed',
          submittedOn,
          reviewer: 'fazhike2',
          concludedOn: cal.addWorkingDays(submittedOn, 1),
          items: ALL_OK,
          text: '同意，报局法规科审核。',
        });
        await insert({
          round: 1,
          level: 'bureau',
          status: 'pending',
          submittedOn: cal.addWorkingDays(submittedOn, 1),
          reviewer: 'fagui',
        });
      } else if (waited >= 2) {
        const first = addDays(submittedOn, -7);
        await insert({
          round: 1,
          level: 'brigade',
          status: 'returned',
          submittedOn: first,
          reviewer: 'fazhike',
          concludedOn: cal.addWorkingDays(first, 2),
          items: itemsWith(RETURN_REASONS[0]!),
          text: '退回补正：违法事实与笔录记载不一致，请核实后重新送审。',
        });
        await insert({ round: 2, level: 'brigade', status: 'pending', submittedOn, reviewer: 'fazhike' });
      } else {
        await insert({ round: 1, level: 'brigade', status: 'pending', submittedOn, reviewer: null });
      }
    }
    await trx
      .insertInto('meta')
      .values({ key: DEMO_REVIEWS_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `${rounds} legal review rounds on ${n} cases`,
    });
  });
  return true;
}

export type { Tx };
