import type { MessageKey, MessageVars } from '../i18n/dictionary';
import {
  CATEGORY_LABEL,
  FIELD_LABEL,
  FIELD_ORDER,
  GUIDE_LABEL,
  labelOf,
  PARTY_LABEL,
  PENALTY_LABEL,
  PROCEDURE_LABEL,
  ROLE_LABEL,
  TIER_LABEL,
} from './catalog-labels';
import { type CatalogKind, type DiscretionTier, GUIDE_FIELDS, type LegalBasis } from './catalog-model';
import { articleRefLabel } from './legal-basis';

// The server's comparison says which fields of an item changed, each with its whole old and new value
// (the service guide as one object, the bases as one list). This turns that into rows a reviewer can read:
// one row per field — per sub-field for the guide — with list values split into lines and every line
// marked as kept, removed or added.

export type LineChange = 'same' | 'removed' | 'added';

export interface DiffLine {
  text: string;
  change: LineChange;
}

export interface FieldChangeRow {
  /** 'name', 'guide.materials'… */
  key: string;
  label: string;
  before: DiffLine[];
  after: DiffLine[];
}

export interface ValueFormatter {
  t: (key: MessageKey, vars?: MessageVars) => string;
  lawTitle: (lawId: string) => string;
  unitName: (unitId: string) => string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function formatBasis(b: LegalBasis, fmt: ValueFormatter): string {
  const ref = `《${fmt.lawTitle(b.lawId)}》${articleRefLabel(b.article, b.suffix ?? '')}`;
  return b.role ? `${labelOf(ROLE_LABEL, b.role, fmt.t)}：${ref}` : ref;
}

export function formatFine(min: number | null, max: number | null, fmt: ValueFormatter): string {
  if (min === null && max === null) return fmt.t('catalog.noFine');
  if (min !== null && max !== null)
    return min === max ? `${min} ${fmt.t('catalog.yuan')}` : `${min}–${max} ${fmt.t('catalog.yuan')}`;
  return min !== null ? `≥ ${min} ${fmt.t('catalog.yuan')}` : `≤ ${max} ${fmt.t('catalog.yuan')}`;
}

export function formatTier(d: DiscretionTier, fmt: ValueFormatter): string {
  return [
    labelOf(TIER_LABEL, d.tier, fmt.t),
    labelOf(PARTY_LABEL, d.partyType, fmt.t),
    formatFine(d.fineMin, d.fineMax, fmt),
    d.conditions,
    d.measures,
  ]
    .filter((part) => part !== '')
    .join(' ｜ ');
}

/** One field's value as lines of text (lists give one line per entry). */
export function valueLines(field: string, value: unknown, fmt: ValueFormatter): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((v) => {
      if (field === 'bases' && isRecord(v)) return formatBasis(v as unknown as LegalBasis, fmt);
      if (field === 'discretion' && isRecord(v)) return formatTier(v as unknown as DiscretionTier, fmt);
      if (field === 'penaltyKinds' && typeof v === 'string') return labelOf(PENALTY_LABEL, v, fmt.t);
      return typeof v === 'string' ? v : JSON.stringify(v);
    });
  }
  if (typeof value === 'boolean') return [fmt.t(value ? 'common.yes' : 'common.no')];
  if (typeof value === 'number') return [field === 'ratio' ? `${value}%` : String(value)];
  if (typeof value === 'string') {
    if (field === 'category') return [labelOf(CATEGORY_LABEL, value, fmt.t)];
    if (field === 'procedure') return [labelOf(PROCEDURE_LABEL, value, fmt.t)];
    if (field === 'responsibleUnitId') return [fmt.unitName(value)];
    return value === '' ? [] : [value];
  }
  return [JSON.stringify(value)];
}

/**
 * Marks lines: a line of `before` that `after` no longer has is removed, a line only `after` has is added.
 * Lines are counted, so a line that appears twice before and once after shows one removal.
 */
export function markLines(
  before: readonly string[],
  after: readonly string[],
): { before: DiffLine[]; after: DiffLine[] } {
  const count = (lines: readonly string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const mark = (lines: readonly string[], other: Map<string, number>, gone: LineChange): DiffLine[] => {
    const left = new Map(other);
    return lines.map((text) => {
      const n = left.get(text) ?? 0;
      if (n > 0) {
        left.set(text, n - 1);
        return { text, change: 'same' };
      }
      return { text, change: gone };
    });
  };
  return { before: mark(before, count(after), 'removed'), after: mark(after, count(before), 'added') };
}

function row(
  key: string,
  label: string,
  field: string,
  before: unknown,
  after: unknown,
  fmt: ValueFormatter,
): FieldChangeRow {
  const b = valueLines(field, before, fmt);
  const a = valueLines(field, after, fmt);
  // A single value that changed is replaced as a whole, even when the new text contains the old.
  if (!Array.isArray(before) && !Array.isArray(after)) {
    return {
      key,
      label,
      before: b.map((text) => ({ text, change: 'removed' })),
      after: a.map((text) => ({ text, change: 'added' })),
    };
  }
  return { key, label, ...markLines(b, a) };
}

const TIER_PARTS = ['tier', 'partyType', 'fine', 'conditions', 'measures'] as const;
type TierPart = (typeof TIER_PARTS)[number];

const TIER_PART_LABEL: Record<TierPart, MessageKey> = {
  tier: 'catalog.tier',
  partyType: 'catalog.partyType',
  fine: 'catalog.fineRange',
  conditions: 'catalog.conditions',
  measures: 'catalog.measures',
};

function tierPart(d: DiscretionTier, part: TierPart, fmt: ValueFormatter): string {
  switch (part) {
    case 'tier':
      return labelOf(TIER_LABEL, d.tier, fmt.t);
    case 'partyType':
      return labelOf(PARTY_LABEL, d.partyType, fmt.t);
    case 'fine':
      return formatFine(d.fineMin ?? null, d.fineMax ?? null, fmt);
    default:
      return d[part] ?? '';
  }
}

/**
 * The discretion standard compared tier by tier (by position, as the tiers are ordered): for a tier in both
 * versions, each part that changed (罚款幅度 500–1000 → 500–2000); a tier only one side has, whole.
 */
function discretionRows(
  label: string,
  before: unknown,
  after: unknown,
  fmt: ValueFormatter,
): FieldChangeRow[] {
  const b = (Array.isArray(before) ? before : []).filter(isRecord) as unknown as DiscretionTier[];
  const a = (Array.isArray(after) ? after : []).filter(isRecord) as unknown as DiscretionTier[];
  const rows: FieldChangeRow[] = [];
  for (let i = 0; i < Math.max(b.length, a.length); i++) {
    const old = b[i];
    const now = a[i];
    const tierLabel = `${label} · ${fmt.t('catalog.tierN', { n: i + 1 })}`;
    if (old && now) {
      for (const part of TIER_PARTS) {
        const x = tierPart(old, part, fmt);
        const y = tierPart(now, part, fmt);
        if (x === y) continue;
        rows.push({
          key: `discretion.${i}.${part}`,
          label: `${tierLabel} · ${fmt.t(TIER_PART_LABEL[part])}`,
          before: x ? [{ text: x, change: 'removed' }] : [],
          after: y ? [{ text: y, change: 'added' }] : [],
        });
      }
    } else {
      rows.push({
        key: `discretion.${i}`,
        label: tierLabel,
        before: old ? [{ text: formatTier(old, fmt), change: 'removed' }] : [],
        after: now ? [{ text: formatTier(now, fmt), change: 'added' }] : [],
      });
    }
  }
  return rows;
}

/** The readable rows of one changed item, in the kind's field order (unknown fields last). */
export function fieldChangeRows(
  kind: CatalogKind,
  fields: Record<string, { before: unknown; after: unknown }>,
  fmt: ValueFormatter,
): FieldChangeRow[] {
  const order = FIELD_ORDER[kind];
  const keys = Object.keys(fields).sort((x, y) => {
    const ix = order.indexOf(x);
    const iy = order.indexOf(y);
    return (ix < 0 ? order.length : ix) - (iy < 0 ? order.length : iy) || x.localeCompare(y);
  });
  const rows: FieldChangeRow[] = [];
  for (const key of keys) {
    const { before, after } = fields[key]!;
    const label = key in FIELD_LABEL ? fmt.t(FIELD_LABEL[key]!) : key;
    if (key === 'guide' && (isRecord(before) || isRecord(after))) {
      const b = isRecord(before) ? before : {};
      const a = isRecord(after) ? after : {};
      const subKeys = [...new Set([...GUIDE_FIELDS, ...Object.keys(b), ...Object.keys(a)])];
      for (const sub of subKeys) {
        if ((b[sub] ?? '') === (a[sub] ?? '')) continue;
        const subLabel = sub in GUIDE_LABEL ? fmt.t(GUIDE_LABEL[sub as keyof typeof GUIDE_LABEL]) : sub;
        rows.push(row(`guide.${sub}`, `${label} · ${subLabel}`, sub, b[sub], a[sub], fmt));
      }
      continue;
    }
    if (key === 'discretion' && (Array.isArray(before) || Array.isArray(after))) {
      rows.push(...discretionRows(label, before, after, fmt));
      continue;
    }
    rows.push(row(key, label, key, before, after, fmt));
  }
  return rows;
}
