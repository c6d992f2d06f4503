import type { MessageKey } from '../i18n/dictionary';
import type {
  BasisRole,
  CatalogKind,
  DiscretionTierName,
  GuideField,
  MatterCategory,
  PartyType,
  PenaltyKind,
  Procedure,
  VersionStatus,
} from './catalog-model';

// The server's values are Chinese words or codes; these give each its label in both languages.

export const KIND_LABEL: Record<CatalogKind, MessageKey> = {
  matters: 'menu.matters',
  inspections: 'menu.inspections',
};

export const STATUS_LABEL: Record<VersionStatus, MessageKey> = {
  draft: 'catalog.status.draft',
  submitted: 'catalog.status.submitted',
  approved: 'catalog.status.approved',
  filed: 'catalog.status.filed',
};

export const STATUS_COLOR: Record<VersionStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'warning',
  filed: 'success',
};

export const CATEGORY_LABEL: Record<MatterCategory, MessageKey> = {
  行政处罚: 'catalog.category.penalty',
  行政强制: 'catalog.category.coercion',
  行政检查: 'catalog.category.inspection',
  行政许可: 'catalog.category.licensing',
  行政征收: 'catalog.category.levy',
  行政确认: 'catalog.category.confirmation',
  其他: 'catalog.category.other',
};

export const PENALTY_LABEL: Record<PenaltyKind, MessageKey> = {
  警告: 'catalog.penalty.warning',
  通报批评: 'catalog.penalty.criticism',
  罚款: 'catalog.penalty.fine',
  没收违法所得: 'catalog.penalty.confiscateGains',
  没收非法财物: 'catalog.penalty.confiscateProperty',
  暂扣许可证件: 'catalog.penalty.suspendLicence',
  降低资质等级: 'catalog.penalty.downgrade',
  吊销许可证件: 'catalog.penalty.revokeLicence',
  限制开展生产经营活动: 'catalog.penalty.restrictBusiness',
  责令停产停业: 'catalog.penalty.suspendBusiness',
  责令关闭: 'catalog.penalty.close',
  限制从业: 'catalog.penalty.restrictPractice',
  其他: 'catalog.penalty.other',
};

export const TIER_LABEL: Record<DiscretionTierName, MessageKey> = {
  不予处罚: 'catalog.tier.none',
  减轻处罚: 'catalog.tier.mitigated',
  从轻处罚: 'catalog.tier.lenient',
  一般处罚: 'catalog.tier.ordinary',
  从重处罚: 'catalog.tier.severe',
};

export const PARTY_LABEL: Record<PartyType, MessageKey> = {
  person: 'catalog.party.person',
  organisation: 'catalog.party.organisation',
  any: 'catalog.party.any',
};

export const PROCEDURE_LABEL: Record<Procedure, MessageKey> = {
  simple: 'catalog.procedure.simple',
  general: 'catalog.procedure.general',
  seizure: 'catalog.procedure.seizure',
  demolition: 'catalog.procedure.demolition',
  inspection: 'catalog.procedure.inspection',
};

export const ROLE_LABEL: Record<BasisRole, MessageKey> = {
  violation: 'catalog.role.violation',
  penalty: 'catalog.role.penalty',
  procedure: 'catalog.role.procedure',
};

export const GUIDE_LABEL: Record<GuideField, MessageKey> = {
  materials: 'catalog.guide.materials',
  steps: 'catalog.guide.steps',
  timeLimit: 'catalog.guide.timeLimit',
  fees: 'catalog.guide.fees',
  consultation: 'catalog.guide.consultation',
  complaint: 'catalog.guide.complaint',
};

/** Labels of the item fields, for the form, the detail view and the comparison. */
export const FIELD_LABEL: Record<string, MessageKey> = {
  code: 'catalog.field.code',
  name: 'catalog.field.name',
  category: 'catalog.field.category',
  actingBody: 'catalog.field.actingBody',
  duties: 'catalog.field.duties',
  authority: 'catalog.field.authority',
  bases: 'catalog.field.bases',
  penaltyKinds: 'catalog.field.penaltyKinds',
  discretion: 'catalog.field.discretion',
  hearingApplicable: 'catalog.field.hearingApplicable',
  procedure: 'catalog.field.procedure',
  remedies: 'catalog.field.remedies',
  responsibleUnitId: 'catalog.field.responsibleUnit',
  guide: 'catalog.field.guide',
  subject: 'catalog.field.subject',
  basis: 'catalog.field.basis',
  object: 'catalog.field.object',
  content: 'catalog.field.content',
  ratio: 'catalog.field.ratio',
  method: 'catalog.field.method',
  frequency: 'catalog.field.frequency',
};

/** Field order of each kind, as the form and the workbook have them. */
export const FIELD_ORDER: Record<CatalogKind, readonly string[]> = {
  matters: [
    'code',
    'name',
    'category',
    'actingBody',
    'duties',
    'authority',
    'bases',
    'penaltyKinds',
    'discretion',
    'hearingApplicable',
    'procedure',
    'remedies',
    'responsibleUnitId',
    'guide',
  ],
  inspections: ['code', 'subject', 'basis', 'bases', 'object', 'content', 'ratio', 'method', 'frequency'],
};

/** A label for a value the console does not know (a newer server): the value itself. */
export function labelOf<V extends string>(
  table: Record<V, MessageKey>,
  value: string,
  t: (key: MessageKey) => string,
): string {
  return value in table ? t(table[value as V]) : value;
}
