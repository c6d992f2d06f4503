import type { Insertable, Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { hashPassword } from '../auth/passwords.js';
import { addDays, todayInChina } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { BUREAU_PROFILE_KEY } from '../portal/bureau-profile.js';
import { BUREAU_PROFILE, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS, STAFFING } from './bureau.js';
import { randomMobile, randomName } from './names.js';
import { seededRandom } from './random.js';
import { seedDemoReviewers } from './seed-reviews.js';

export const DEMO_SEEDED_KEY = 'demo_seeded_at';

/**
 * Loads the demo bureau once: units, about 45 people with certificates (a few expired or close to expiry),
 * reviewers with legal qualifications, and one account per role. Dates are relative to today so the demo
 * stays "in the middle of its year" whenever it is started. Returns false if it had already run.
 */
export async function seedDemo(db: Kysely<DB>, ctx: RequestContext): Promise<boolean> {
  const already = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_SEEDED_KEY)
    .executeTakeFirst();
  if (already) return false;
  const rng = seededRandom(20191029);
  const today = todayInChina();
  const taken = new Set<string>();
  const passwordHashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('units')
      .values(
        DEMO_UNITS.map((u, i) => ({
          id: u.id,
          parent_id: u.parent,
          name: u.name,
          short_name: u.short,
          kind: u.kind,
          duties: u.duties,
          address: u.address,
          phone: u.phone,
          sort: i * 10,
        })),
      )
      .execute();

    const people: { id: string; unit: string; position: string }[] = [];
    const accountPerson = new Map<string, string>();
    const certs: Insertable<DB['enforcement_certificates']>[] = [];
    const quals: DB['legal_qualifications'][] = [];
    let n = 0;
    let certNo = 0;
    for (const unit of DEMO_UNITS) {
      for (const [position, count, hasCert, hasQual] of STAFFING[unit.id] ?? []) {
        for (let k = 0; k < count; k++) {
          n++;
          const gender = rng.next() < 0.72 ? 'male' : 'female';
          const id = `p${String(n).padStart(3, '0')}`;
          const account = DEMO_ACCOUNTS.find(
            (a) => a.unit === unit.id && a.position === position && !accountPerson.has(a.username),
          );
          people.push({ id, unit: unit.id, position });
          await trx
            .insertInto('people')
            .values({
              id,
              name: randomName(rng, gender, taken),
              gender,
              unit_id: unit.id,
              position,
              phone: randomMobile(rng),
              employee_no: `RG${String(1000 + n)}`,
            })
            .execute();
          if (account) accountPerson.set(account.username, id);
          if (hasCert) {
            certNo++;
            // A living register: most certificates valid, a few close to expiry, a few already expired.
            const mode = account
              ? 'valid'
              : certNo % 13 === 5
                ? 'expired'
                : certNo % 9 === 4
                  ? 'expiring'
                  : 'valid';
            const validTo =
              mode === 'expired'
                ? addDays(today, -(20 + rng.int(200)))
                : mode === 'expiring'
                  ? addDays(today, 10 + rng.int(70))
                  : addDays(today, 200 + rng.int(1200));
            certs.push({
              id: `c${String(certNo).padStart(3, '0')}`,
              person_id: id,
              number: `3206822${String(19 + rng.int(6)).padStart(2, '0')}${String(certNo).padStart(4, '0')}`,
              issuer: '江苏省人民政府',
              scope: unit.kind === 'township' ? '城市管理综合行政执法（镇域）' : '城市管理综合行政执法',
              valid_from: addDays(validTo, -5 * 365),
              valid_to: validTo,
              revoked_at: null,
              revoked_reason: null,
            });
          }
          if (hasQual) {
            quals.push({
              id: `q${String(quals.length + 1).padStart(3, '0')}`,
              person_id: id,
              number: `A${2012 + rng.int(10)}3206${String(100000 + rng.int(900000))}`,
              kind: '法律职业资格证书（A类）',
              issued_on: `${2012 + rng.int(10)}-0${1 + rng.int(9)}-1${rng.int(10)}`,
            });
          }
        }
      }
    }
    if (certs.length > 0) await trx.insertInto('enforcement_certificates').values(certs).execute();
    if (quals.length > 0) await trx.insertInto('legal_qualifications').values(quals).execute();

    const names = new Map(
      (await trx.selectFrom('people').select(['id', 'name']).execute()).map((p) => [p.id, p.name]),
    );
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      const personId = accountPerson.get(account.username);
      if (!personId)
        throw new Error(`demo account ${account.username}: no ${account.position} in ${account.unit}`);
      const id = `u-${account.username}`;
      await trx
        .insertInto('users')
        .values({
          id,
          username: account.username,
          display_name: names.get(personId)!,
          unit_id: account.unit,
          person_id: personId,
          password_hash: passwordHashes[i]!,
          password_history: '[]',
          must_change_password: account.mustChangePassword ?? false,
          password_changed_at: account.mustChangePassword ? null : new Date(),
        })
        .execute();
      await trx.insertInto('user_roles').values({ user_id: id, role: account.role }).execute();
    }
    await trx
      .insertInto('meta')
      .values({ key: BUREAU_PROFILE_KEY, value: JSON.stringify(BUREAU_PROFILE) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    await trx
      .insertInto('meta')
      .values({ key: DEMO_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `${DEMO_UNITS.length} units, ${people.length} people, ${certs.length} certificates, ${DEMO_ACCOUNTS.length} accounts`,
    });
  });
  // Legal review (L-02): a second reviewer per level and every reviewer's qualification.
  await seedDemoReviewers(db, ctx);
  return true;
}
