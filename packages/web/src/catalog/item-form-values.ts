import {
  type DiscretionTier,
  GUIDE_FIELDS,
  type InspectionItem,
  type MatterCategory,
  type MatterItem,
  type PenaltyKind,
  type Procedure,
  type ServiceGuide,
} from './catalog-model';
import { type BasisRow, basisToRow, rowToBasis } from './legal-basis';

// What the item forms hold, and the conversion to and from the API's item shapes. The forms keep the
// article of a basis as text (第二十七条), numbers as numbers, and empty fines as null.

export const BUREAU_NAME = '如皋市城市管理局';

export interface MatterFormValues {
  code: string;
  name: string;
  category?: MatterCategory;
  actingBody: string;
  duties: string;
  authority: string;
  bases: BasisRow[];
  penaltyKinds: PenaltyKind[];
  discretion: Partial<DiscretionTier>[];
  hearingApplicable: boolean;
  procedure?: Procedure;
  remedies: string;
  responsibleUnitId?: string;
  guide: Partial<ServiceGuide>;
}

export interface InspectionFormValues {
  code: string;
  subject: string;
  basis: string;
  bases: BasisRow[];
  object: string;
  content: string;
  ratio?: number | null;
  method: string;
  frequency: string;
}

const emptyGuide = (): ServiceGuide => ({
  materials: '',
  steps: '',
  timeLimit: '',
  fees: '',
  consultation: '',
  complaint: '',
});

export function matterToForm(item?: MatterItem): MatterFormValues {
  if (!item) {
    return {
      code: '',
      name: '',
      actingBody: BUREAU_NAME,
      duties: '',
      authority: '',
      bases: [{ role: 'violation' }, { role: 'penalty' }],
      penaltyKinds: [],
      discretion: [],
      hearingApplicable: false,
      procedure: 'general',
      remedies: '',
      guide: emptyGuide(),
    };
  }
  return {
    ...item,
    bases: item.bases.map(basisToRow),
    discretion: item.discretion.map((d) => ({ ...d })),
    guide: { ...emptyGuide(), ...item.guide },
  };
}

const text = (v: string | undefined | null) => (v ?? '').trim();
const money = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The API item from validated form values (the form's rules guarantee the required parts are there). */
export function formToMatter(v: MatterFormValues): MatterItem {
  const guide = emptyGuide();
  for (const f of GUIDE_FIELDS) guide[f] = text(v.guide?.[f]);
  return {
    code: text(v.code),
    name: text(v.name),
    category: v.category!,
    actingBody: text(v.actingBody),
    duties: text(v.duties),
    authority: text(v.authority),
    bases: (v.bases ?? []).map((row) => rowToBasis(row, true)),
    penaltyKinds: [...(v.penaltyKinds ?? [])],
    discretion: (v.discretion ?? []).map((d) => ({
      tier: d.tier!,
      partyType: d.partyType ?? 'any',
      conditions: text(d.conditions),
      fineMin: money(d.fineMin),
      fineMax: money(d.fineMax),
      measures: text(d.measures),
    })),
    hearingApplicable: Boolean(v.hearingApplicable),
    procedure: v.procedure!,
    remedies: text(v.remedies),
    responsibleUnitId: v.responsibleUnitId!,
    guide,
  };
}

export function inspectionToForm(item?: InspectionItem): InspectionFormValues {
  if (!item) {
    return {
      code: '',
      subject: BUREAU_NAME,
      basis: '',
      bases: [{}],
      object: '',
      content: '',
      ratio: null,
      method: '',
      frequency: '',
    };
  }
  return { ...item, bases: item.bases.map(basisToRow) };
}

export function formToInspection(v: InspectionFormValues): InspectionItem {
  return {
    code: text(v.code),
    subject: text(v.subject),
    basis: text(v.basis),
    bases: (v.bases ?? []).map((row) => rowToBasis(row, false)),
    object: text(v.object),
    content: text(v.content),
    ratio: Number(v.ratio),
    method: text(v.method),
    frequency: text(v.frequency),
  };
}

/**
 * The plain-text 抽查依据 an inspection item carries next to its structured bases, written from them
 * (《城市道路管理条例》第二十七条、第四十二条；…) so staff need not type the same thing twice.
 */
export function basisTextFromRows(
  rows: readonly BasisRow[],
  lawTitle: (id: string) => string,
  label: (row: BasisRow) => string | null,
): string {
  const byLaw = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.lawId) continue;
    const l = label(row);
    if (!l) continue;
    const list = byLaw.get(row.lawId) ?? [];
    if (!list.includes(l)) list.push(l);
    byLaw.set(row.lawId, list);
  }
  return [...byLaw.entries()].map(([id, labels]) => `《${lawTitle(id)}》${labels.join('、')}`).join('；');
}
