// The catalogues' shapes as docs/contracts/catalogues-api.md gives them. The value lists mirror the server's
// schemas (packages/server/src/catalog/schemas.ts); the console cannot import the server, and a value the
// server refuses comes back as a field error anyway.

export const CATALOG_KINDS = ['matters', 'inspections'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export const MATTER_CATEGORIES = [
  '行政处罚',
  '行政强制',
  '行政检查',
  '行政许可',
  '行政征收',
  '行政确认',
  '其他',
] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];

export const PENALTY_KINDS = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '其他',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const DISCRETION_TIERS = ['不予处罚', '减轻处罚', '从轻处罚', '一般处罚', '从重处罚'] as const;
export type DiscretionTierName = (typeof DISCRETION_TIERS)[number];

export const PARTY_TYPES = ['person', 'organisation', 'any'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const PROCEDURES = ['simple', 'general', 'seizure', 'demolition', 'inspection'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const BASIS_ROLES = ['violation', 'penalty', 'procedure'] as const;
export type BasisRole = (typeof BASIS_ROLES)[number];

export const VERSION_STATUSES = ['draft', 'submitted', 'approved', 'filed'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export interface LegalBasis {
  /** The law library's id (file slug), e.g. urban-road-regulation-2019. */
  lawId: string;
  article: number;
  /** 之一, 之二… for an inserted article; absent or '' otherwise. */
  suffix?: string;
  /** Matters only. */
  role?: BasisRole;
}

export interface DiscretionTier {
  tier: DiscretionTierName;
  partyType: PartyType;
  conditions: string;
  fineMin: number | null;
  fineMax: number | null;
  measures: string;
}

export const GUIDE_FIELDS = ['materials', 'steps', 'timeLimit', 'fees', 'consultation', 'complaint'] as const;
export type GuideField = (typeof GUIDE_FIELDS)[number];
export type ServiceGuide = Record<GuideField, string>;

/** 行政执法事项 (P-03) with its discretion standard and service guide (P-05). */
export interface MatterItem {
  code: string;
  name: string;
  category: MatterCategory;
  actingBody: string;
  duties: string;
  authority: string;
  bases: LegalBasis[];
  penaltyKinds: PenaltyKind[];
  discretion: DiscretionTier[];
  hearingApplicable: boolean;
  procedure: Procedure;
  remedies: string;
  responsibleUnitId: string;
  guide: ServiceGuide;
}

/** 随机抽查事项 (P-04): the plan's fields. */
export interface InspectionItem {
  code: string;
  subject: string;
  basis: string;
  bases: LegalBasis[];
  object: string;
  content: string;
  /** Percent of the objects inspected a year, 0 < ratio ≤ 100. */
  ratio: number;
  method: string;
  frequency: string;
}

export type CatalogItem = MatterItem | InspectionItem;
export type ItemOf<K extends CatalogKind> = K extends 'matters' ? MatterItem : InspectionItem;

export interface PersonRef {
  username: string;
  displayName: string;
}

export interface CatalogVersion {
  id: string;
  kind: CatalogKind;
  versionNo: number;
  title: string;
  note: string;
  status: VersionStatus;
  itemCount: number;
  isCurrent: boolean;
  createdBy: PersonRef;
  createdAt: string;
  submittedAt: string | null;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  returnReason: string | null;
  filing: { number: string; date: string; documentName: string; documentSha256: string } | null;
}

export interface CatalogDiff {
  added: CatalogItem[];
  removed: CatalogItem[];
  changed: { code: string; name: string; fields: Record<string, { before: unknown; after: unknown }> }[];
}

export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
  reasonEn: string;
}

export interface ImportJob {
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  processed: number;
  total: number;
  imported: number;
  problems: ImportProblem[];
  kind: CatalogKind;
  versionId: string;
  fileName: string;
  createdAt: string;
  finishedAt: string | null;
}

/** The name a list shows for an item of either kind. */
export function itemTitle(item: CatalogItem): string {
  return 'name' in item ? item.name : item.object;
}

export const isOpen = (v: Pick<CatalogVersion, 'status'>) => v.status !== 'filed';
