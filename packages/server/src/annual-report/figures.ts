import { sql } from 'kysely';
import { currentVersion } from '../catalog/version-query.js';
import { todayInChina } from '../clock.js';
import type { Tx } from '../context.js';
import { ACT_CATEGORIES, type ActKind, CORRECTED_OUTCOMES } from './act-categories.js';

// P-11: the year's figures, computed from the records: case events for the acts, decisions for the fines,
// legal reviews, and the reconsideration and suit register. Days are China days.

export interface ActFigure {
  key: ActKind;
  name: string;
  nameEn: string;
  /** The bureau holds this power (the current catalogue lists it). */
  hasPower: boolean;
  count: number;
  rule: string;
}

export interface MatterFigure {
  code: string;
  name: string;
  category: string;
  kind: ActKind;
  count: number;
}

export interface RemedyFigures {
  filed: number;
  decided: number;
  upheld: number;
  corrected: number;
  dismissed: number;
  withdrawn: number;
  settled: number;
  pending: number;
}

export interface AnnualFigures {
  year: number;
  /** The last day the figures cover: 31 December, or the day computed while the year runs. */
  asOf: string;
  acts: ActFigure[];
  /** Every power of the current catalogue in a counted category, 0 where unused. */
  matters: MatterFigure[];
  /** Acts per month (index 0 = January). */
  monthly: { penalty: number[]; coercion: number[]; inspection: number[] };
  fines: { decisions: number; amount: number; confiscation: number; collected: number };
  noPenaltyDecisions: number;
  hearings: { requested: number; held: number };
  reviews: { total: number; approved: number; returned: number; disagreed: number };
  reconsiderations: RemedyFigures;
  suits: RemedyFigures;
}

const HOURS8 = 8 * 3600_000;

/** The instants bounding a China calendar year. */
export function yearBounds(year: number): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(year, 0, 1) - HOURS8),
    end: new Date(Date.UTC(year + 1, 0, 1) - HOURS8),
  };
}

const chinaMonth = (at: Date) => new Date(at.getTime() + HOURS8).getUTCMonth();

export async function computeFigures(db: Tx, year: number, now = new Date()): Promise<AnnualFigures> {
  const { start, end } = yearBounds(year);
  const today = todayInChina(now);
  const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
  const byAction = new Map<string, ActKind>();
  for (const c of ACT_CATEGORIES) for (const a of c.actions) byAction.set(a, c.key);
  const counted = [...byAction.keys(), 'request-hearing', 'hold-hearing', 'decide-no-penalty'];

  const events = await db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select(['e.action', 'e.at', 'e.case_id', 'c.matter_code', 'c.decision'])
    .where('e.at', '>=', start)
    .where('e.at', '<', end)
    .where('e.action', 'in', counted)
    .execute();

  const actCount = new Map<ActKind, number>();
  const matterCount = new Map<string, number>();
  const monthly = { penalty: zeros(), coercion: zeros(), inspection: zeros() };
  const fines = { decisions: 0, amount: 0, confiscation: 0, collected: 0 };
  const hearings = { requested: 0, held: 0 };
  let noPenaltyDecisions = 0;
  for (const e of events) {
    if (e.action === 'request-hearing') hearings.requested += 1;
    else if (e.action === 'hold-hearing') hearings.held += 1;
    else if (e.action === 'decide-no-penalty') noPenaltyDecisions += 1;
    const kind = byAction.get(e.action);
    if (!kind) continue;
    actCount.set(kind, (actCount.get(kind) ?? 0) + 1);
    if (e.matter_code)
      matterCount.set(`${kind}:${e.matter_code}`, (matterCount.get(`${kind}:${e.matter_code}`) ?? 0) + 1);
    if (kind === 'penalty' || kind === 'coercion' || kind === 'inspection')
      monthly[kind][chinaMonth(new Date(e.at))]! += 1;
    if (kind === 'penalty') {
      const penalty = (
        e.decision as { penalty?: { fine?: number | null; confiscation?: number | null } | null } | null
      )?.penalty;
      fines.decisions += 1;
      fines.amount += Number(penalty?.fine ?? 0);
      fines.confiscation += Number(penalty?.confiscation ?? 0);
    }
  }

  // Fines paid in the year (whenever decided), from the payment each case records.
  const paid = await db
    .selectFrom('cases')
    .select(sql<{ paidOn?: string; amount?: number } | null>`flags->'payment'`.as('payment'))
    .where(sql<boolean>`flags ? 'payment'`)
    .execute();
  for (const p of paid) {
    const on = p.payment?.paidOn;
    if (on?.startsWith(String(year))) fines.collected += Number(p.payment?.amount ?? 0);
  }

  const reviewRows = await db
    .selectFrom('case_reviews')
    .select(['outcome', sql<number>`count(*)::int`.as('n')])
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .groupBy('outcome')
    .execute();
  const reviews = { total: 0, approved: 0, returned: 0, disagreed: 0 };
  for (const r of reviewRows) {
    reviews[r.outcome] += Number(r.n);
    reviews.total += Number(r.n);
  }

  const remedies = await db
    .selectFrom('remedy_cases')
    .select(['kind', 'outcome', 'filed_on', 'outcome_on'])
    .where((eb) =>
      eb.or([
        eb.between('filed_on', `${year}-01-01`, `${year}-12-31`),
        eb.between('outcome_on', `${year}-01-01`, `${year}-12-31`),
      ]),
    )
    .execute();
  const remedyFigures = (kind: 'reconsideration' | 'suit'): RemedyFigures => {
    const f: RemedyFigures = {
      filed: 0,
      decided: 0,
      upheld: 0,
      corrected: 0,
      dismissed: 0,
      withdrawn: 0,
      settled: 0,
      pending: 0,
    };
    for (const r of remedies) {
      if (r.kind !== kind) continue;
      if (r.filed_on.startsWith(String(year))) f.filed += 1;
      // Outcomes count in the year they were reached; cases still open at year end are pending.
      if (r.outcome_on?.startsWith(String(year))) {
        f.decided += 1;
        if (r.outcome === 'upheld') f.upheld += 1;
        else if ((CORRECTED_OUTCOMES as readonly string[]).includes(r.outcome)) f.corrected += 1;
        else if (r.outcome === 'dismissed') f.dismissed += 1;
        else if (r.outcome === 'withdrawn') f.withdrawn += 1;
        else if (r.outcome === 'settled') f.settled += 1;
      } else if (r.filed_on.startsWith(String(year))) f.pending += 1;
    }
    return f;
  };

  // The powers: the current filed catalogue of matters, and whether a random-inspection list is filed.
  const matters = await mattersInForce(db, end);
  const inspectionList = (await versionInForce(db, 'inspections', end)) !== undefined;
  const acts: ActFigure[] = ACT_CATEGORIES.map((c) => ({
    key: c.key,
    name: c.name,
    nameEn: c.nameEn,
    hasPower:
      matters.some((m) => c.catalogCategories.includes(m.category)) || (c.inspectionList && inspectionList),
    count: actCount.get(c.key) ?? 0,
    rule: c.rule,
  }));
  const matterFigures: MatterFigure[] = [];
  for (const m of matters) {
    const cat = ACT_CATEGORIES.find((c) => c.catalogCategories.includes(m.category));
    if (!cat) continue;
    matterFigures.push({
      code: m.code,
      name: m.name,
      category: m.category,
      kind: cat.key,
      count: matterCount.get(`${cat.key}:${m.code}`) ?? 0,
    });
  }
  return {
    year,
    asOf,
    acts,
    matters: matterFigures,
    monthly,
    fines: {
      ...fines,
      amount: round2(fines.amount),
      confiscation: round2(fines.confiscation),
      collected: round2(fines.collected),
    },
    noPenaltyDecisions,
    hearings,
    reviews,
    reconsiderations: remedyFigures('reconsideration'),
    suits: remedyFigures('suit'),
  };
}

/** The list in force at the year's end: the newest version filed before it, else the current one. */
async function versionInForce(db: Tx, kind: 'matters' | 'inspections', end: Date) {
  const filed = await db
    .selectFrom('catalog_versions')
    .select('id')
    .where('kind', '=', kind)
    .where('status', '=', 'filed')
    .where('filed_at', '<', end)
    .orderBy('version_no', 'desc')
    .executeTakeFirst();
  return filed ?? (await currentVersion(db, kind));
}

async function mattersInForce(db: Tx, end: Date) {
  const version = await versionInForce(db, 'matters', end);
  if (!version) return [];
  return db
    .selectFrom('matter_items')
    .select(['code', 'name', 'category'])
    .where('version_id', '=', version.id)
    .orderBy('code')
    .execute();
}

function zeros(): number[] {
  return Array.from({ length: 12 }, () => 0);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
