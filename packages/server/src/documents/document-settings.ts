import type { Tx } from '../context.js';
import type { DocumentSettings } from './document-context.js';

// The organ's particulars that documents print, and the local figures they state. Defaults fit the demo
// bureau; a deployment overrides any of them with the meta row 'document_settings' (a JSON object with
// the same fields), so none is a constant in code (DOMAIN.md: local figures are configuration).

export const DOCUMENT_SETTINGS_KEY = 'document_settings';

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  organName: '如皋市城市管理局',
  organShort: '皋城管',
  address: '如皋市如城街道海阳南路88号',
  postcode: '226500',
  phone: '0513-87600100',
  reconsiderationBody: '如皋市人民政府',
  court: '有管辖权的人民法院',
  payment:
    '持行政处罚决定书或者缴款通知书到如皋市内代收罚没款的银行网点（中国农业银行、江苏如皋农村商业银行）缴纳，或者凭缴款通知书上的缴款码通过江苏省非税收入电子缴款系统（含银行手机客户端）缴纳。罚款直接上缴国库，本机关及执法人员不收取罚款',
  hearingFineThreshold: { person: 5_000, organisation: 50_000 },
  statementDays: 5,
  portalUrl: '/progress',
};

export async function loadDocumentSettings(db: Tx): Promise<DocumentSettings> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', DOCUMENT_SETTINGS_KEY)
    .executeTakeFirst();
  const stored = (row?.value ?? {}) as Partial<DocumentSettings>;
  return { ...DEFAULT_DOCUMENT_SETTINGS, ...stored };
}
