import { validateCitizenId } from '../identifiers/citizen-id.js';

// P-09: what is hidden before a decision is published (DOMAIN "Publicity", after Zhejiang's rule on
// publishing penalty results): natural persons' ID numbers, contact details (phone numbers), bank card and
// account numbers, home addresses, health data, and the names of natural persons other than the punished
// party. The punished party's own name is shown (or cut to the surname where the bureau's rule says so);
// organisations are named, and so is an organisation's legal representative, who acts for it.
//
// This is a finder, not a judge: it proposes, the publicity officer sees every finding highlighted, adds
// and removes, and approves (P-02). Offsets are UTF-16 indices into the text given (JavaScript string
// positions), `end` exclusive.

export const REDACTION_KINDS = [
  'id-number',
  'phone',
  'bank-card',
  'bank-account',
  'address',
  'person-name',
  'health',
  'other',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export const REDACTION_KIND_LABELS: Record<RedactionKind, { zh: string; en: string }> = {
  'id-number': { zh: '身份证号码', en: 'ID number' },
  phone: { zh: '联系电话', en: 'Phone number' },
  'bank-card': { zh: '银行卡号', en: 'Bank card number' },
  'bank-account': { zh: '银行账号', en: 'Bank account' },
  address: { zh: '自然人住址', en: "Natural person's address" },
  'person-name': { zh: '其他自然人姓名', en: 'Name of another natural person' },
  health: { zh: '健康信息', en: 'Health data' },
  other: { zh: '其他不宜公开的信息', en: 'Other information not to be published' },
};

export interface RedactionFinding {
  kind: RedactionKind;
  start: number;
  end: number;
  text: string;
}

export interface RedactionOptions {
  /** The punished party: never hidden as "another person" (see `punishedPersonName`). */
  partyName?: string | undefined;
  partyType?: 'person' | 'organisation' | undefined;
  /** Names of other natural persons known from the case (co-parties' relatives, witnesses …). */
  otherPersonNames?: readonly string[] | undefined;
  /** Natural persons' addresses known from the case, hidden wherever they appear. */
  personAddresses?: readonly string[] | undefined;
  /** A punished natural person's name in full ('full', the usual rule) or cut to the surname ('surname'). */
  punishedPersonName?: 'full' | 'surname' | undefined;
}

const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z])';
const ID_RE = new RegExp(`${NOT_ALNUM_BEFORE}\\d{17}[0-9Xx]${NOT_ALNUM_AFTER}`, 'g');
// 16–19 digits, optionally grouped by single spaces or hyphens.
const CARD_RE = /(?<![0-9])\d(?:[ -]?\d){15,18}(?![0-9])/g;
const MOBILE_RE = /(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g;
const LANDLINE_RE = /(?<![0-9])(?:[（(]0\d{2,3}[)）]\s?|0\d{2,3}-)\d{7,8}(?:-\d{1,5})?(?![0-9])/g;
const ACCOUNT_RE = /(?:银行账号|银行账户|开户账号|账号|账户|卡号)\s*[：:为是]?\s*(\d[\d -]{6,30}\d)/g;
const CLAUSE_END = '，。；;,\\n！？!?）)';
const PERSON_ADDRESS_LABELS = '(?:家庭住址|现住址|户籍地址|户籍地|居住地址|居住地|住址|现住|家住|居住于)';
const ORG_OR_PERSON_ADDRESS_LABELS = '(?:住所地|住所|地址)';
const HEALTH_RE = new RegExp(
  `[^${CLAUSE_END}]*?(?:患有|患病|病史|病情|诊断为|确诊|残疾|伤残|精神(?:疾病|病|障碍|分裂)|抑郁症|怀孕|妊娠|孕期|住院治疗|病历|艾滋|HIV|乙肝|传染病|癌症|瘫痪|智力障碍)[^${CLAUSE_END}]*`,
  'g',
);
const NAME_LABELS =
  '(?:证人|见证人|举报人|投诉人|报案人|被询问人|监护人|委托代理人|代理人|陪同人员|陪同人|受害人|被侵害人|邻居|亲属|家属|之子|之女|之父|之母|妻子|丈夫|同住人|雇员|员工|店员)';
const NAME_RE = new RegExp(`${NAME_LABELS}\\s*[：:]?\\s*([\\u4e00-\\u9fa5]{2,3})`, 'g');
// A third character that reads as the next word, not part of the name ("证人张三称" → 张三).
const NOT_NAME_TAIL = new Set([...'称说陈述证供反向对与和及作提到是指确等的在于表均也已曾又将系并因现到签']);

/** Luhn (ISO/IEC 7812) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function all(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)];
}

function literal(text: string, needle: string, kind: RedactionKind, out: RedactionFinding[]) {
  if (needle.length < 2) return;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ kind, start: i, end: i + needle.length, text: needle });
  }
}

function valueAfterLabel(text: string, labels: string, out: RedactionFinding[]) {
  const re = new RegExp(`${labels}\\s*[：:为在是]?\\s*([^${CLAUSE_END}\\s]{2,60})`, 'g');
  for (const m of all(re, text)) {
    const value = m[1]!;
    const start = m.index! + m[0].length - value.length;
    out.push({ kind: 'address', start, end: start + value.length, text: value });
  }
}

/** Sorted by start; where two overlap the longer (then the earlier) wins, so the result never overlaps. */
export function resolveOverlaps(findings: readonly RedactionFinding[]): RedactionFinding[] {
  const bySize = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RedactionFinding[] = [];
  for (const f of bySize) {
    if (f.end <= f.start) continue;
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Everything in `text` the rules hide, sorted, never overlapping. */
export function findRedactions(text: string, options: RedactionOptions = {}): RedactionFinding[] {
  const found: RedactionFinding[] = [];
  const party = options.partyName?.trim() ?? '';

  // Digits first: ID numbers must pass GB 11643 (date and check character), cards the Luhn check, so
  // case numbers, amounts and dates stay readable.
  for (const m of all(ID_RE, text)) {
    if (validateCitizenId(m[0], '2999-12-31').ok)
      found.push({ kind: 'id-number', start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  for (const m of all(CARD_RE, text)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 16 && digits.length <= 19 && luhnValid(digits))
      found.push({ kind: 'bank-card', start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  for (const m of all(ACCOUNT_RE, text)) {
    const value = m[1]!;
    const start = m.index! + m[0].length - value.length;
    found.push({ kind: 'bank-account', start, end: start + value.length, text: value });
  }
  for (const re of [MOBILE_RE, LANDLINE_RE]) {
    for (const m of all(re, text))
      found.push({ kind: 'phone', start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }

  // Addresses: a natural person's, by its label; for a natural person party also 住所/地址.
  valueAfterLabel(text, PERSON_ADDRESS_LABELS, found);
  if (options.partyType === 'person') valueAfterLabel(text, ORG_OR_PERSON_ADDRESS_LABELS, found);
  for (const a of options.personAddresses ?? []) literal(text, a.trim(), 'address', found);

  for (const m of all(HEALTH_RE, text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    if (value)
      found.push({
        kind: 'health',
        start: m.index! + lead,
        end: m.index! + lead + value.length,
        text: value,
      });
  }

  // Other natural persons' names: those the case knows, and those a label introduces.
  for (const n of options.otherPersonNames ?? []) {
    const name = n.trim();
    if (name && name !== party && !party.includes(name)) literal(text, name, 'person-name', found);
  }
  for (const m of all(NAME_RE, text)) {
    let name = m[1]!;
    if (name.length === 3 && NOT_NAME_TAIL.has(name[2]!)) name = name.slice(0, 2);
    if (name.includes('某') || name === party || party?.startsWith(name)) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    found.push({ kind: 'person-name', start, end: start + name.length, text: name });
  }
  if (options.partyType === 'person' && options.punishedPersonName === 'surname' && party.length >= 2)
    literal(text, party, 'person-name', found);

  return resolveOverlaps(found);
}

/** What a finding is replaced with: stars for numbers, 王某某 for names, a note for longer passages. */
export function maskFor(f: Pick<RedactionFinding, 'kind' | 'text'>): string {
  switch (f.kind) {
    case 'person-name':
      return f.text.slice(0, 1) + '某'.repeat(Math.max(1, Math.min(2, f.text.length - 1)));
    case 'address':
      return '［住址已隐去］';
    case 'health':
      return '［健康信息已隐去］';
    case 'other':
      return '［已隐去］';
    default:
      return '*'.repeat(f.text.length);
  }
}

/**
 * The text with each finding replaced by its mask. Findings must lie inside the text, be sorted and not
 * overlap (what findRedactions returns, or what the officer's edits were checked against).
 */
export function applyRedactions(
  text: string,
  findings: readonly Pick<RedactionFinding, 'kind' | 'start' | 'end'>[],
): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    if (
      !Number.isInteger(f.start) ||
      !Number.isInteger(f.end) ||
      f.start < at ||
      f.end <= f.start ||
      f.end > text.length
    )
      throw new RangeError(
        `redaction ${f.start}–${f.end} is outside the text, empty, unsorted or overlapping`,
      );
    out += text.slice(at, f.start) + maskFor({ kind: f.kind, text: text.slice(f.start, f.end) });
    at = f.end;
  }
  return out + text.slice(at);
}

export function redactText(text: string, options: RedactionOptions = {}) {
  const findings = findRedactions(text, options);
  return { redacted: applyRedactions(text, findings), findings };
}

/**
 * Whether a case may be published at all (DOMAIN "Publicity"): a case whose party is a minor is not
 * (未成年人保护法 art. 103 forbids disclosing what identifies a minor). Null when it may be.
 */
export function publicationBar(parties: readonly { kind: string; minor?: boolean | null }[]): {
  code: 'minor-party';
  reason: string;
  reasonEn: string;
} | null {
  if (parties.some((p) => p.kind === 'person' && p.minor === true))
    return {
      code: 'minor-party',
      reason: '当事人为未成年人，依法不予公开（未成年人保护法第一百零三条）',
      reasonEn: 'The party is a minor: not published (Minors Protection Law art. 103)',
    };
  return null;
}
