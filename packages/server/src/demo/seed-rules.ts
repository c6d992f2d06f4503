import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { addDays, todayInChina } from '../clock.js';
import type { RequestContext } from '../context.js';
import type { BureauRuleTable, DB } from '../db/schema.js';

export const DEMO_RULES_SEEDED_KEY = 'demo_rules_seeded_at';

// The plan (皋城管发〔2019〕77号) sets three dates: the plan itself to the judicial bureau by 2019-09-30,
// every 制度、清单、流程图 it calls for compiled and filed by 2019-10-10, the self-assessment report by
// 2019-10-30. The demo register shows them as the bureau met them: the compilation filed as one package
// (one filing number), a few documents revised and refiled since, one under revision now, and two new
// obligations still open, one of them past its date.
const PLAN = '2019-09-30';
const COMPILATION = '2019-10-10';
const REPORT = '2019-10-30';
const COMPILATION_FILING = { filingNumber: '皋司备〔2019〕35号', filedAt: '2019-10-09' };

interface DemoRule {
  title: string;
  kind: BureauRuleTable['kind'];
  requirementIds: string[];
  dueDate: string;
  filing?: { filingNumber: string; filedAt: string };
  /** Earlier filings, oldest first, for a rule revised and refiled since. */
  previous?: { filingNumber: string; filedAt: string }[];
  /** Drafted: a filed rule under revision (its filing stays in force) or a new text awaiting filing. */
  drafted?: boolean;
}

function demoRules(today: string): DemoRule[] {
  const compiled = (title: string, kind: DemoRule['kind'], requirementIds: string[]): DemoRule => ({
    title,
    kind,
    requirementIds,
    dueDate: COMPILATION,
    filing: COMPILATION_FILING,
  });
  return [
    {
      title: '推进"三项制度"工作实施方案（皋城管发〔2019〕77号）',
      kind: 'other',
      requirementIds: ['I-01'],
      dueDate: PLAN,
      filing: { filingNumber: '皋司备〔2019〕31号', filedAt: '2019-09-29' },
    },
    {
      title: '行政执法公示管理办法',
      kind: 'measure',
      requirementIds: ['P-01', 'P-02', 'P-09'],
      dueDate: '2024-06-30',
      filing: { filingNumber: '皋司备〔2024〕18号', filedAt: '2024-06-20' },
      previous: [COMPILATION_FILING],
    },
    compiled('行政执法事项清单', 'list', ['P-03']),
    {
      title: '随机抽查事项清单',
      kind: 'list',
      requirementIds: ['P-04', 'P-10'],
      dueDate: '2025-03-31',
      filing: { filingNumber: '皋司备〔2025〕9号', filedAt: '2025-03-14' },
      previous: [COMPILATION_FILING],
    },
    compiled('服务指南和执法流程图', 'flowchart', ['P-05']),
    compiled('执法文书样本', 'standard', ['P-06']),
    compiled('行政执法全过程记录具体办法', 'measure', ['R-01', 'R-02']),
    compiled('执法文书规范', 'standard', ['R-03']),
    {
      ...compiled('执法用语规范', 'standard', ['R-03']),
      // Under revision: the 2019 text stays in force until the revision is filed.
      dueDate: addDays(today, 45),
      drafted: true,
    },
    compiled('音像记录事项清单', 'list', ['R-05']),
    {
      title: '音像记录设备使用管理规则',
      kind: 'measure',
      requirementIds: ['R-04', 'R-06'],
      dueDate: '2026-04-30',
      filing: { filingNumber: '皋司备〔2026〕7号', filedAt: '2026-04-16' },
      previous: [COMPILATION_FILING],
    },
    compiled('结案和案卷管理办法', 'measure', ['R-07']),
    compiled('记录信息调阅监督制度', 'measure', ['R-08']),
    compiled('重大执法决定法制审核制度', 'measure', ['L-01', 'L-02']),
    compiled('重大执法决定法制审核目录清单', 'list', ['L-03']),
    compiled('法制审核流程图', 'flowchart', ['L-04']),
    {
      title: '推行"三项制度"工作总结报告',
      kind: 'other',
      requirementIds: ['I-02'],
      dueDate: REPORT,
      filing: { filingNumber: '皋司备〔2019〕42号', filedAt: '2019-10-28' },
    },
    {
      title: '执法音像资料归档保管细则',
      kind: 'measure',
      requirementIds: ['R-06', 'R-07'],
      dueDate: addDays(today, -6),
    },
    {
      title: '镇（区）城管机构行政执法公示实施细则',
      kind: 'measure',
      requirementIds: ['P-01'],
      dueDate: addDays(today, 21),
    },
  ];
}

/** Loads the demo rules register once (demo mode only). Returns false if it had already run. */
export async function seedDemoRules(db: Kysely<DB>, ctx: RequestContext): Promise<boolean> {
  const already = await db
    .selectFrom('meta')
    .select('key')
    .where('key', '=', DEMO_RULES_SEEDED_KEY)
    .executeTakeFirst();
  if (already) return false;
  const rules = demoRules(todayInChina());
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('bureau_rules')
      .values(
        rules.map((r, i) => ({
          id: `rule-${String(i + 1).padStart(2, '0')}`,
          title: r.title,
          kind: r.kind,
          requirement_ids: JSON.stringify(r.requirementIds),
          due_date: r.dueDate,
          status: r.drafted ? 'drafted' : r.filing ? 'filed' : 'pending',
          filing_number: r.filing?.filingNumber ?? null,
          filed_at: r.filing?.filedAt ?? null,
          previous_filings: JSON.stringify(r.previous ?? []),
          // The 2019 paper filings were never scanned into the demo: no document attached.
          attachment_name: null,
          attachment_size: null,
          attachment_sha256: null,
          attachment_sm3: null,
          attachment_key: null,
          attachment_content_type: null,
          attachment_uploaded_at: null,
          sort: i * 10,
          created_by: null,
        })),
      )
      .execute();
    await trx
      .insertInto('meta')
      .values({ key: DEMO_RULES_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAuditEvent(trx, ctx, {
      operation: 'system.demo-seeded',
      targetType: 'system',
      reason: `rules register: ${rules.length} rules`,
    });
  });
  return true;
}
