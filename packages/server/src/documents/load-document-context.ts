import { loadLocalRules } from '../cases/local-rules.js';
import { matterOfCase } from '../cases/matter.js';
import { loadOfficers } from '../cases/officers.js';
import { asPenalty, currentPenalty, hearingEligible } from '../cases/penalty.js';
import type { CaseFlags, DecisionRecord, Penalty } from '../cases/types.js';
import type { Tx } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getArticles, type LegalBasisArticle } from '../laws/assert-legal-bases.js';
import { reviewForDocument } from '../review/review-for-document.js';
import { capitalYuan } from './chinese-text.js';
import type {
  CitedArticle,
  DocumentContext,
  DocumentParty,
  DocumentPenalty,
  DraftInput,
} from './document-context.js';
import { loadDocumentSettings } from './document-settings.js';

// Reads a case as the templates see it (document-context.ts), from the case engine's tables (0005-cases),
// the catalogue (the matter and its legal bases with the articles' texts from the law library), the
// officers' certificates and the documents already issued. One read, inside the caller's transaction.

const cited = (a: LegalBasisArticle): CitedArticle => ({
  lawTitle: a.lawTitle,
  label: a.label,
  text: a.text,
});

/**
 * The discretion tier as a phrase a notice can set after 鉴于 / 本机关认为: the condition of the matter's
 * standard the case meets and the tier it calls for.
 */
function circumstancesOf(p: Penalty, tier: string | null): string | null {
  const conditions = p.range?.conditions?.trim().replace(/[。；]+$/, '');
  const chosen = p.range?.tier ?? p.circumstances ?? tier;
  if (conditions && chosen) return `违法情节属于裁量基准中“${conditions}”的情形，应予${chosen}`;
  if (chosen) return `依照裁量基准，应予${chosen}`;
  return null;
}

function documentPenalty(p: Penalty | null, tier: string | null): DocumentPenalty | null {
  if (!p) return null;
  return {
    kinds: p.kinds ?? [],
    fine: p.fine ?? null,
    confiscation: p.confiscation ? capitalYuan(p.confiscation) : null,
    measures: p.measures?.trim() || null,
    circumstances: circumstancesOf(p, tier),
    reason: p.reason ?? null,
  };
}

function partyOf(row: {
  kind: 'person' | 'organisation';
  name: string;
  id_number: string | null;
  credit_code: string | null;
  legal_representative: string | null;
  address: string;
  phone: string;
  birth_date: string | null;
  minor: boolean;
}): DocumentParty {
  // 公民身份号码: the 17th digit is odd for men, even for women (GB 11643).
  const g = row.id_number && /^\d{17}[\dX]$/.test(row.id_number) ? Number(row.id_number[16]) : null;
  return {
    kind: row.kind,
    name: row.name,
    idNumber: row.id_number,
    creditCode: row.credit_code,
    legalRepresentative: row.legal_representative,
    address: row.address,
    phone: row.phone || null,
    gender: g === null ? null : g % 2 === 1 ? '男' : '女',
    birthDate: row.birth_date,
    minor: row.minor,
  };
}

/** What the case already holds for the officer's additions; what the officer typed wins. */
function defaultsFromCase(flags: CaseFlags, decision: DecisionRecord | null, input: DraftInput): DraftInput {
  const out: DraftInput = { ...input };
  if (!out.facts && decision?.facts) out.facts = decision.facts;
  if ((!out.evidence || out.evidence.length === 0) && decision?.evidence?.length)
    out.evidence = decision.evidence;
  if ((!out.items || out.items.length === 0) && flags.seizure?.items?.length)
    out.items = flags.seizure.items.map((i) => ({ name: i.name, quantity: i.quantity, unit: '' }));
  if (!out.place && flags.seizure?.place) out.place = flags.seizure.place;
  if (!out.demolishBy && flags.announcement?.selfDemolitionBy)
    out.demolishBy = flags.announcement.selfDemolitionBy;
  if (!out.demolishBy && flags.demolitionOrder?.deadline) out.demolishBy = flags.demolitionOrder.deadline;
  return out;
}

export async function loadDocumentContext(
  db: Tx,
  caseId: string,
  input: DraftInput,
  today: string,
): Promise<DocumentContext> {
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select('u.name as unit_name')
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');

  const [settings, rules, parties, officers, matter, issuedRows] = await Promise.all([
    loadDocumentSettings(db),
    loadLocalRules(db),
    db
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('sort')
      .orderBy('created_at')
      .execute(),
    loadOfficers(db, caseId, today),
    matterOfCase(db, row.matter_version_id, row.matter_code),
    db
      .selectFrom('case_documents')
      .select(['kind', 'number', 'issued_on'])
      .where('case_id', '=', caseId)
      .where('status', '=', 'issued')
      .where('voided_at', 'is', null)
      .orderBy('issued_at')
      .execute(),
  ]);

  const bases = matter?.bases ?? [];
  const ofRole = async (role: string) =>
    (
      await getArticles(
        db,
        bases.filter((b) => b.role === role),
      )
    ).map(cited);
  const [violated, penaltyBases, procedureBases] = await Promise.all([
    ofRole('violation'),
    ofRole('penalty'),
    ofRole('procedure'),
  ]);

  const flags = (row.flags ?? {}) as CaseFlags;
  const decision = (row.decision ?? null) as DecisionRecord | null;
  const current = currentPenalty(row);
  const issued: DocumentContext['issued'] = {};
  for (const d of issuedRows) issued[d.kind] = { number: d.number, issuedOn: d.issued_on! };

  return {
    settings: { ...settings, hearingFineThreshold: rules.hearingFine },
    case: {
      id: row.id,
      caseNo: row.case_no,
      sourceNo: row.source_no,
      queryCode: row.query_code,
      procedure: row.procedure,
      source: row.source,
      summary: row.summary,
      place: row.place,
      occurredOn: row.occurred_on,
      discoveredOn: row.discovered_on,
      filedOn: row.filed_on,
      unitName: row.unit_name,
      flags: {
        hearing_right: hearingEligible(current, parties, rules),
        hearing_held: !!flags.hearingHeld,
        waived_statement: !!flags.waivedStatement,
        major: !!flags.major,
      },
    },
    parties: parties.map(partyOf),
    officers: officers
      .filter((o) => o.active)
      .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))
      .map((o) => ({
        name: o.name,
        certificateNo: o.certificate?.number ?? null,
        role: o.role,
        unitName: o.unit.name,
      })),
    matter: matter && {
      code: matter.code,
      name: matter.name,
      category: matter.category,
      hearingApplicable: matter.hearingApplicable,
      violated,
      penaltyBases,
      procedureBases,
    },
    proposed: documentPenalty(asPenalty(row.notified_penalty) ?? current, row.circumstances),
    decided: documentPenalty(decision?.penalty ?? current, row.circumstances),
    issued,
    today,
    input: defaultsFromCase(flags, decision, input),
    review: await reviewForDocument(db, caseId),
  };
}
