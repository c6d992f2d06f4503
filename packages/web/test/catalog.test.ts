// @vitest-environment jsdom
import type { Permission } from '@sanxiang/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error';
import type { CatalogVersion, InspectionItem, MatterItem } from '../src/catalog/catalog-model';
import {
  fieldChangeRows,
  formatTier,
  markLines,
  type ValueFormatter,
} from '../src/catalog/diff-presentation';
import { documentProblem } from '../src/catalog/filing-rules';
import { importPercent, pollInterval, problemLocation, progressStatus } from '../src/catalog/import-progress';
import {
  basisTextFromRows,
  formToInspection,
  formToMatter,
  inspectionToForm,
  matterToForm,
} from '../src/catalog/item-form-values';
import {
  articleRefLabel,
  basisToRow,
  parseArticleRef,
  rowToBasis,
  unknownBasisProblems,
} from '../src/catalog/legal-basis';
import { defaultPair, openVersion, versionActions, workflowStep } from '../src/catalog/workflow';
import { type MessageKey, translate } from '../src/i18n/dictionary';
import { highlightSegments, termRanges } from '../src/laws/highlight';
import { articleHref } from '../src/laws/laws-api';
import { headingsBefore, outlineTree } from '../src/laws/outline';
import { dueState, editableStatuses, formatSize } from '../src/rules/rules-api';
import { dateInChina, todayInChina } from '../src/shared/china-date';

const zh = (key: MessageKey, vars?: Record<string, string | number>) => translate('zh-CN', key, vars);
const en = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars);

describe('highlightSegments', () => {
  const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

  it('marks the server’s [start, end) ranges and keeps the text whole', () => {
    const snippet = '…建筑土方、工程渣土、建筑垃圾应当及时清运';
    const at = snippet.indexOf('渣土');
    const segs = highlightSegments(snippet, [[at, at + 2]]);
    expect(segs).toEqual([
      { text: '…建筑土方、工程', marked: false },
      { text: '渣土', marked: true },
      { text: '、建筑垃圾应当及时清运', marked: false },
    ]);
    expect(join(segs)).toBe(snippet);
  });

  it('merges overlapping and touching ranges, sorts them, and clamps them to the text', () => {
    const segs = highlightSegments('abcdefgh', [
      [5, 7],
      [1, 3],
      [2, 4],
      [4, 5],
      [6, 99],
    ]);
    expect(segs).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdefgh', marked: true },
    ]);
  });

  it('ignores empty, reversed and negative ranges', () => {
    expect(
      highlightSegments('abc', [
        [2, 2],
        [2, 1],
        [-5, -1],
      ]),
    ).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightSegments('', [[0, 3]])).toEqual([{ text: '', marked: false }]);
  });

  it('never produces markup: angle brackets stay text', () => {
    const segs = highlightSegments('<b>渣土</b>', [[3, 5]]);
    expect(segs[1]).toEqual({ text: '渣土', marked: true });
    expect(join(segs)).toBe('<b>渣土</b>');
  });

  it('finds every word of a query inside a full article (ASCII case-insensitively)', () => {
    expect(termRanges('渣土运输车辆未密闭运输渣土', '渣土 密闭')).toEqual([
      [0, 2],
      [11, 13],
      [7, 9],
    ]);
    expect(termRanges('PM2.5 and pm2.5', 'Pm2.5')).toEqual([
      [0, 5],
      [10, 15],
    ]);
    expect(termRanges('anything', '   ')).toEqual([]);
  });
});

describe('law reader outline', () => {
  const toc = [
    { level: 0, title: '第一章 总则', first: { number: 1, suffix: '', label: '第一条' }, articleCount: 6 },
    { level: 0, title: '第四章 措施', first: { number: 7, suffix: '', label: '第七条' }, articleCount: 9 },
    {
      level: 1,
      title: '第一节 一般规定',
      first: { number: 7, suffix: '', label: '第七条' },
      articleCount: 3,
    },
    {
      level: 1,
      title: '第二节 扬尘',
      first: { number: 10, suffix: '之一', label: '第十条之一' },
      articleCount: 6,
    },
  ];

  it('rebuilds the tree from the flattened outline', () => {
    const tree = outlineTree(toc);
    expect(tree.map((n) => n.title)).toEqual(['第一章 总则', '第四章 措施']);
    expect(tree[1]!.children.map((n) => n.title)).toEqual(['第一节 一般规定', '第二节 扬尘']);
    expect(tree[1]!.children[1]!.href).toBe('#heading-3');
  });

  it('hangs a heading that skips a level under the nearest shallower one', () => {
    const tree = outlineTree([
      { ...toc[0]!, level: 0 },
      { ...toc[2]!, level: 2 },
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children[0]!.title).toBe('第一节 一般规定');
  });

  it('places every heading before the article it starts at, outermost first', () => {
    const articles = [
      { number: 1, suffix: '' },
      { number: 7, suffix: '' },
      { number: 10, suffix: '' },
      { number: 10, suffix: '之一' },
    ];
    const at = headingsBefore(articles, toc);
    expect(at.get(0)!.map((h) => h.index)).toEqual([0]);
    expect(at.get(1)!.map((h) => h.entry.title)).toEqual(['第四章 措施', '第一节 一般规定']);
    expect(at.get(3)!.map((h) => h.index)).toEqual([3]);
    expect(at.has(2)).toBe(false);
  });

  it('links to an article with its suffix and the searched words', () => {
    expect(articleHref('urban-road-regulation-2019', 27)).toBe('/laws/urban-road-regulation-2019?article=27');
    expect(articleHref('x', 10, '之一', '渣土')).toBe(
      `/laws/x?article=10&suffix=${encodeURIComponent('之一')}&q=${encodeURIComponent('渣土')}`,
    );
  });
});

describe('article references', () => {
  it('reads the ways staff write an article', () => {
    expect(parseArticleRef('27')).toEqual({ article: 27, suffix: '' });
    expect(parseArticleRef('第27条')).toEqual({ article: 27, suffix: '' });
    expect(parseArticleRef(' 第 27 条 ')).toEqual({ article: 27, suffix: '' });
    expect(parseArticleRef('第二十七条')).toEqual({ article: 27, suffix: '' });
    expect(parseArticleRef('二十七')).toEqual({ article: 27, suffix: '' });
    expect(parseArticleRef('第一百零一条')).toEqual({ article: 101, suffix: '' });
    expect(parseArticleRef('第十条之一')).toEqual({ article: 10, suffix: '之一' });
    expect(parseArticleRef('10之二')).toEqual({ article: 10, suffix: '之二' });
    expect(parseArticleRef('２７')).toEqual({ article: 27, suffix: '' });
  });

  it('refuses what is not one article', () => {
    for (const bad of [
      '',
      '0',
      '第0条',
      '10000',
      '第二十七条第一款',
      '二二',
      '一十五',
      'abc',
      '27.5',
      '第27条之',
    ]) {
      expect(parseArticleRef(bad), bad).toBeNull();
    }
  });

  it('writes the label the statute uses, and converts rows both ways', () => {
    expect(articleRefLabel(27)).toBe('第二十七条');
    expect(articleRefLabel(10, '之一')).toBe('第十条之一');
    expect(articleRefLabel(12345)).toBe('第12345条');
    const basis = {
      lawId: 'urban-road-regulation-2019',
      article: 42,
      suffix: '之一',
      role: 'penalty' as const,
    };
    expect(basisToRow(basis)).toEqual({ lawId: basis.lawId, article: '第四十二条之一', role: 'penalty' });
    expect(rowToBasis(basisToRow(basis), true)).toEqual(basis);
    expect(rowToBasis({ lawId: 'a-law', article: '27', role: 'violation' }, false)).toEqual({
      lawId: 'a-law',
      article: 27,
    });
    expect(() => rowToBasis({ lawId: 'a-law', article: '第二十七条第一款' }, false)).toThrow();
  });
});

describe('LEGAL_BASIS_UNKNOWN on the form', () => {
  const rows = [
    { lawId: 'urban-road-regulation-2019', article: '第二十七条', role: 'violation' as const },
    { lawId: 'urban-road-regulation-2019', article: '99', role: 'penalty' as const },
    { lawId: 'nope-law', article: '3', role: 'penalty' as const },
  ];
  const details = [
    {
      lawId: 'urban-road-regulation-2019',
      article: 99,
      suffix: '',
      message: '《城市道路管理条例》没有第九十九条',
      messageEn: '城市道路管理条例 has no article 99',
    },
    {
      lawId: 'nope-law',
      article: 3,
      suffix: '',
      message: '法律法规库中没有“nope-law”，无法引用其第三条',
      messageEn: 'The law library has no law nope-law (cited at article 3)',
    },
    { lawId: 'urban-road-regulation-2019', article: 12, suffix: '之一', message: '没有', messageEn: 'none' },
  ];
  const known = new Set(['urban-road-regulation-2019']);

  it('marks the article of the row that cites a missing article, and the law when the law is unknown', () => {
    const { placed, unplaced } = unknownBasisProblems(rows, details, 'zh-CN', known);
    expect(placed).toEqual([
      { index: 1, field: 'article', message: '《城市道路管理条例》没有第九十九条' },
      { index: 2, field: 'lawId', message: '法律法规库中没有“nope-law”，无法引用其第三条' },
    ]);
    // No row cites 第十二条之一: its message is shown on its own.
    expect(unplaced).toEqual(['没有']);
  });

  it('uses the reader’s language and survives details that are not a list', () => {
    expect(unknownBasisProblems(rows, details, 'en', known).placed[0]!.message).toBe(
      '城市道路管理条例 has no article 99',
    );
    expect(unknownBasisProblems(rows, { nonsense: true }, 'zh-CN', known)).toEqual({
      placed: [],
      unplaced: [],
    });
  });
});

const fmt: ValueFormatter = {
  t: (key, vars) => zh(key, vars),
  lawTitle: (id) => ({ 'urban-road-regulation-2019': '城市道路管理条例' })[id] ?? id,
  unitName: (id) => ({ 'rg-dd-1': '执法一大队' })[id] ?? id,
};

describe('diff presentation', () => {
  it('marks removed and added lines, counting repeats', () => {
    expect(markLines(['a', 'b', 'b'], ['b', 'c'])).toEqual({
      before: [
        { text: 'a', change: 'removed' },
        { text: 'b', change: 'same' },
        { text: 'b', change: 'removed' },
      ],
      after: [
        { text: 'b', change: 'same' },
        { text: 'c', change: 'added' },
      ],
    });
  });

  it('splits the service guide into its changed parts and labels every field', () => {
    const rows = fieldChangeRows(
      'matters',
      {
        guide: {
          before: { materials: '身份证明', fees: '不收费', steps: 'A' },
          after: { materials: '身份证明；授权委托书', fees: '不收费', steps: 'A' },
        },
        name: { before: '旧名称', after: '新名称' },
        hearingApplicable: { before: false, after: true },
      },
      fmt,
    );
    expect(rows.map((r) => [r.key, r.label])).toEqual([
      ['name', '事项名称'],
      ['hearingApplicable', '适用听证'],
      ['guide.materials', '服务指南 · 所需材料'],
    ]);
    expect(rows[1]!.before).toEqual([{ text: '否', change: 'removed' }]);
    expect(rows[1]!.after).toEqual([{ text: '是', change: 'added' }]);
    expect(rows[2]!.after).toEqual([{ text: '身份证明；授权委托书', change: 'added' }]);
  });

  it('shows bases and tiers as readable lines, marking only what changed', () => {
    const tier = (fineMin: number, fineMax: number, conditions: string) => ({
      tier: '一般处罚' as const,
      partyType: 'any' as const,
      conditions,
      fineMin,
      fineMax,
      measures: '',
    });
    const rows = fieldChangeRows(
      'matters',
      {
        bases: {
          before: [{ lawId: 'urban-road-regulation-2019', article: 27, role: 'violation' }],
          after: [
            { lawId: 'urban-road-regulation-2019', article: 27, role: 'violation' },
            { lawId: 'urban-road-regulation-2019', article: 42, suffix: '之一', role: 'penalty' },
          ],
        },
        discretion: { before: [tier(500, 1000, '初次')], after: [tier(500, 2000, '初次')] },
        responsibleUnitId: { before: 'rg', after: 'rg-dd-1' },
      },
      fmt,
    );
    expect(rows[0]!.after).toEqual([
      { text: '违法依据：《城市道路管理条例》第二十七条', change: 'same' },
      { text: '处罚依据：《城市道路管理条例》第四十二条之一', change: 'added' },
    ]);
    // Tiers are compared part by part: only the fine range of tier 1 changed.
    expect(rows[1]).toEqual({
      key: 'discretion.0.fine',
      label: '裁量基准 · 第 1 档 · 罚款幅度',
      before: [{ text: '500–1000 元', change: 'removed' }],
      after: [{ text: '500–2000 元', change: 'added' }],
    });
    expect(rows[2]!.after).toEqual([{ text: '执法一大队', change: 'added' }]);
  });

  it('shows a tier only one version has as a whole line', () => {
    const tier = {
      tier: '从重处罚',
      partyType: 'organisation',
      conditions: '多次',
      fineMin: 5000,
      fineMax: null,
      measures: '',
    };
    const rows = fieldChangeRows('matters', { discretion: { before: [], after: [tier] } }, fmt);
    expect(rows).toEqual([
      {
        key: 'discretion.0',
        label: '裁量基准 · 第 1 档',
        before: [],
        after: [{ text: '从重处罚 ｜ 单位 ｜ ≥ 5000 元 ｜ 多次', change: 'added' }],
      },
    ]);
  });

  it('formats inspection ratios and tiers without fines', () => {
    const rows = fieldChangeRows('inspections', { ratio: { before: 5, after: 10 } }, fmt);
    expect(rows[0]!.before[0]!.text).toBe('5%');
    expect(rows[0]!.label).toBe('抽查比例');
    expect(
      formatTier(
        {
          tier: '不予处罚',
          partyType: 'person',
          conditions: '首违',
          fineMin: null,
          fineMax: null,
          measures: '教育',
        },
        fmt,
      ),
    ).toBe('不予处罚 ｜ 自然人 ｜ 不设罚款 ｜ 首违 ｜ 教育');
  });
});

const version = (over: Partial<CatalogVersion>): CatalogVersion => ({
  id: 'v',
  kind: 'matters',
  versionNo: 1,
  title: 't',
  note: '',
  status: 'draft',
  itemCount: 3,
  isCurrent: false,
  createdBy: { username: 'fagui', displayName: '肖凯军' },
  createdAt: '2026-01-01T00:00:00Z',
  submittedAt: null,
  approvedBy: null,
  approvedAt: null,
  returnReason: null,
  filing: null,
  ...over,
});

describe('workflow', () => {
  const canAll =
    (...perms: Permission[]) =>
    (p: Permission) =>
      perms.includes(p);
  const reviewer = canAll('catalog.read', 'catalog.edit', 'catalog.file');
  const head = canAll('catalog.read', 'catalog.approve');
  const officer = canAll('catalog.read');
  const names = (list: { action: string; disabledReason?: string }[]) =>
    list.map((a) => (a.disabledReason ? `${a.action}(${a.disabledReason})` : a.action));

  it('offers each role the step that is theirs at each status', () => {
    expect(names(versionActions(version({ status: 'draft' }), reviewer, 'fagui'))).toEqual([
      'editItems',
      'import',
      'submit',
    ]);
    expect(names(versionActions(version({ status: 'submitted' }), head, 'juzhang'))).toEqual([
      'approve',
      'return',
    ]);
    expect(names(versionActions(version({ status: 'approved' }), reviewer, 'fagui'))).toEqual(['file']);
    for (const status of ['draft', 'submitted', 'approved', 'filed'] as const) {
      expect(versionActions(version({ status }), officer, 'zhifa')).toEqual([]);
    }
    expect(versionActions(version({ status: 'filed' }), reviewer, 'fagui')).toEqual([]);
    expect(versionActions(version({ status: 'submitted' }), reviewer, 'fagui')).toEqual([]);
  });

  it('explains why an empty draft cannot be submitted and why a drafter cannot approve', () => {
    expect(names(versionActions(version({ itemCount: 0 }), reviewer, 'fagui'))).toContain(
      'submit(catalog.submitEmpty)',
    );
    const drafterHead = canAll('catalog.approve');
    expect(names(versionActions(version({ status: 'submitted' }), drafterHead, 'fagui'))).toEqual([
      'approve(catalog.selfApproval)',
      'return',
    ]);
  });

  it('finds the open version and the step of the four-step workflow', () => {
    expect(openVersion([version({ status: 'filed' }), version({ id: 'x', status: 'approved' })])?.id).toBe(
      'x',
    );
    expect(openVersion([version({ status: 'filed' })])).toBeUndefined();
    expect(
      ['draft', 'submitted', 'approved', 'filed'].map((s) => workflowStep(s as CatalogVersion['status'])),
    ).toEqual([0, 1, 2, 3]);
  });

  it('compares the newest version with the one in force by default', () => {
    const v1 = version({ id: 'v1', versionNo: 1, status: 'filed' });
    const v2 = version({ id: 'v2', versionNo: 2, status: 'filed', isCurrent: true });
    const v3 = version({ id: 'v3', versionNo: 3, status: 'draft' });
    expect(defaultPair([v1, v3, v2])).toEqual({ from: 'v2', to: 'v3' });
    // When the newest is the one in force, it is compared with the one before.
    expect(defaultPair([v1, v2])).toEqual({ from: 'v1', to: 'v2' });
    expect(defaultPair([v1])).toEqual({ from: undefined, to: 'v1' });
    expect(defaultPair([])).toEqual({});
  });
});

describe('import progress', () => {
  it('shows how far a running import is and stops polling when it settles', () => {
    expect(importPercent({ status: 'running', processed: 0, total: 0 })).toBe(0);
    expect(importPercent({ status: 'running', processed: 30, total: 59 })).toBe(50);
    expect(importPercent({ status: 'running', processed: 59, total: 59 })).toBe(99);
    expect(importPercent({ status: 'failed', processed: 10, total: 59 })).toBe(100);
    expect(progressStatus({ status: 'running' })).toBe('active');
    expect(progressStatus({ status: 'succeeded' })).toBe('success');
    expect(progressStatus({ status: 'failed' })).toBe('exception');
    expect(pollInterval(undefined)).toBeGreaterThan(0);
    expect(pollInterval({ status: 'running' })).toBeGreaterThan(0);
    expect(pollInterval({ status: 'failed' })).toBe(false);
  });

  it('tells the sheet of a problem from the column the server names', () => {
    expect(problemLocation({ column: '事项类别' }, '行政执法事项')).toEqual({
      sheet: '行政执法事项',
      column: '事项类别',
    });
    expect(problemLocation({ column: '裁量基准·罚款上限（元）' }, '行政执法事项')).toEqual({
      sheet: '裁量基准',
      column: '罚款上限（元）',
    });
  });
});

describe('item forms', () => {
  const matter: MatterItem = {
    code: 'CG-CF-019',
    name: '对擅自占用城市道路的行政处罚',
    category: '行政处罚',
    actingBody: '如皋市城市管理局',
    duties: '查处',
    authority: '罚款',
    bases: [
      { lawId: 'urban-road-regulation-2019', article: 27, role: 'violation' },
      { lawId: 'urban-road-regulation-2019', article: 42, role: 'penalty' },
    ],
    penaltyKinds: ['罚款'],
    discretion: [
      { tier: '一般处罚', partyType: 'any', conditions: '占道', fineMin: 500, fineMax: 2000, measures: '' },
    ],
    hearingApplicable: false,
    procedure: 'general',
    remedies: '复议或诉讼',
    responsibleUnitId: 'rg-dd-1',
    guide: { materials: 'a', steps: 'b', timeLimit: 'c', fees: 'd', consultation: 'e', complaint: 'f' },
  };

  it('round-trips a matter through the form exactly', () => {
    expect(formToMatter(matterToForm(matter))).toEqual(matter);
  });

  it('starts a new matter with the bureau as acting body and a violation and a penalty basis to fill', () => {
    const blank = matterToForm();
    expect(blank.actingBody).toBe('如皋市城市管理局');
    expect(blank.bases.map((b) => b.role)).toEqual(['violation', 'penalty']);
    expect(blank.hearingApplicable).toBe(false);
  });

  it('trims text and turns empty fines into null', () => {
    const form = matterToForm(matter);
    form.name = '  名称  ';
    form.discretion = [{ tier: '从轻处罚', partyType: 'person', conditions: ' 首违 ', measures: undefined }];
    const item = formToMatter(form);
    expect(item.name).toBe('名称');
    expect(item.discretion[0]).toEqual({
      tier: '从轻处罚',
      partyType: 'person',
      conditions: '首违',
      fineMin: null,
      fineMax: null,
      measures: '',
    });
  });

  it('round-trips an inspection item and writes its basis text from the bases', () => {
    const item: InspectionItem = {
      code: 'SJ-001',
      subject: '如皋市城市管理局',
      basis: '《城市道路管理条例》第二十七条',
      bases: [{ lawId: 'urban-road-regulation-2019', article: 27 }],
      object: '渣土运输企业',
      content: '密闭运输',
      ratio: 20,
      method: '双随机',
      frequency: '每年1次',
    };
    expect(formToInspection(inspectionToForm(item))).toEqual(item);
    const text = basisTextFromRows(
      [
        { lawId: 'a', article: '第二十七条' },
        { lawId: 'b', article: '3' },
        { lawId: 'a', article: '42' },
        { lawId: 'a', article: '第二十七条' },
        { article: '5' },
      ],
      (id) => ({ a: '城市道路管理条例', b: '行政处罚法' })[id] ?? id,
      (row) => {
        const ref = parseArticleRef(row.article ?? '');
        return ref ? articleRefLabel(ref.article, ref.suffix) : null;
      },
    );
    expect(text).toBe('《城市道路管理条例》第二十七条、第四十二条；《行政处罚法》第三条');
  });
});

describe('filing document check', () => {
  it('accepts the receipt formats up to the limit and explains refusals in both languages', () => {
    const types = ['.pdf', '.png'];
    expect(documentProblem({ name: '回执.PDF', size: 100 }, types, 1000, zh)).toBeNull();
    expect(documentProblem(undefined, types, 1000, zh)).toBe('请上传备案文件');
    expect(documentProblem({ name: 'a.exe', size: 1 }, types, 1000, en)).toBe(
      'Only these formats: .pdf .png',
    );
    expect(documentProblem({ name: 'a.png', size: 2 * 1024 * 1024 }, types, 1024 * 1024, zh)).toBe(
      '文件不能超过 1MB',
    );
  });
});

describe('rules register', () => {
  const rule = (
    over: Partial<{ status: 'pending' | 'drafted' | 'filed'; dueDate: string; overdue: boolean }>,
  ) => ({
    status: 'pending' as const,
    dueDate: '2026-12-31',
    overdue: false,
    ...over,
  });

  it('colours due dates: the server’s overdue flag wins, then anything due within 30 days', () => {
    expect(dueState(rule({ overdue: true, dueDate: '2026-11-21' }), '2026-11-26')).toBe('overdue');
    expect(dueState(rule({ dueDate: '2026-12-18' }), '2026-11-26')).toBe('soon');
    expect(dueState(rule({ dueDate: '2027-01-11' }), '2026-11-26')).toBe('ok');
    expect(dueState(rule({ status: 'filed', dueDate: '2026-12-01' }), '2026-11-26')).toBe('ok');
  });

  it('lets a form choose only the statuses the server accepts from each state', () => {
    expect(editableStatuses(undefined)).toEqual(['pending', 'drafted']);
    expect(editableStatuses('pending')).toEqual(['pending', 'drafted']);
    expect(editableStatuses('filed')).toEqual(['drafted']);
  });

  it('writes file sizes briefly', () => {
    expect(formatSize(12)).toBe('12 B');
    expect(formatSize(340 * 1024)).toBe('340 KB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});

it('api errors carry the LEGAL_BASIS_UNKNOWN details the form reads', () => {
  const err = new ApiError(422, { code: 'LEGAL_BASIS_UNKNOWN', message: 'm', messageEn: 'e', details: [] });
  expect(Array.isArray(err.details)).toBe(true);
});

describe('dates in the bureau’s time zone', () => {
  it('takes today and an instant’s date in China, whatever the browser’s zone', () => {
    // 17:17 UTC on 26 November is already 27 November in Rugao.
    expect(todayInChina(new Date('2026-11-26T17:17:00Z'))).toBe('2026-11-27');
    expect(todayInChina(new Date('2026-11-26T15:59:59Z'))).toBe('2026-11-26');
    expect(dateInChina('2026-03-06T01:30:00.000Z')).toBe('2026-03-06');
    expect(dateInChina('2025-12-31T16:00:00Z')).toBe('2026-01-01');
    expect(dateInChina(null)).toBeNull();
    expect(dateInChina('not a date')).toBeNull();
  });
});
