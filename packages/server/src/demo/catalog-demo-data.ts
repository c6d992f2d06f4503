import type { InspectionItem, MatterItem } from '../catalog/schemas.js';

// The demo bureau's catalogues: real 城管 enforcement matters with the articles they rest on, taken from
// the statute texts in the law library (violation article and penalty article). Where national law sets a
// fine range, every tier stays inside it for its party type. Where it sets none (城市市容和环境卫生管理条例
// arts. 34–38, 城市绿化条例 arts. 26–28 leave the amount to provincial rules), the ranges below are the
// demo's own and say so in their conditions: a real bureau takes them from its provincial regulation.

const LAW = {
  planning: 'urban-rural-planning-law-2019',
  city: 'city-appearance-sanitation-regulation-2017',
  road: 'urban-road-regulation-2019',
  air: 'air-pollution-law-2018',
  waste: 'solid-waste-law-2020',
  noise: 'noise-pollution-law-2021',
  unlicensed: 'unlicensed-business-measures-2017',
  green: 'urban-greening-regulation-2017',
  ad: 'advertising-law-2021',
  penalty: 'administrative-penalty-law-2021',
  coercion: 'administrative-coercion-law-2011',
} as const;
type Law = keyof typeof LAW;
type Basis = MatterItem['bases'][number];
type Tier = MatterItem['discretion'][number];

const v = (law: Law, article: number): Basis => ({ lawId: LAW[law], article, role: 'violation' });
const p = (law: Law, article: number): Basis => ({ lawId: LAW[law], article, role: 'penalty' });
const pr = (law: Law, article: number): Basis => ({ lawId: LAW[law], article, role: 'procedure' });

function t(
  tier: Tier['tier'],
  partyType: Tier['partyType'],
  conditions: string,
  fineMin: number | null,
  fineMax: number | null,
  measures = '',
): Tier {
  return { tier, partyType, conditions, fineMin, fineMax, measures };
}

/** 行政处罚法 art. 33: a first, minor violation promptly corrected may go unpunished. */
const spared = (conditions = '初次违法且危害后果轻微并及时改正的') =>
  t('不予处罚', 'any', `${conditions}（行政处罚法第三十三条）`, null, null, '批评教育，责令改正');

const LOCAL_AMOUNT = '（罚款幅度为演示值，实际以江苏省地方性法规规定为准）';

const BUREAU = '如皋市城市管理局';
const REMEDIES =
  '对行政处罚决定不服的，可以自知道该决定之日起六十日内向如皋市人民政府申请行政复议，或者自知道该决定之日起六个月内依法向人民法院提起行政诉讼。复议、诉讼期间不停止执行，法律另有规定的除外。';
const CHECK_REMEDIES =
  '对行政检查中作出的责令改正等决定不服的，可以依法申请行政复议或者提起行政诉讼；检查人员未出示执法证件的，被检查人有权拒绝检查。';
const COERCION_REMEDIES =
  '对行政强制措施或者强制执行行为不服的，可以依法申请行政复议或者提起行政诉讼；因违法实施行政强制受到损害的，有权依法要求赔偿。';

/**
 * Hearing (行政处罚法 art. 63): the demo applies the bureau's configurable "large fine" line (citizen
 * above 5,000 yuan, organisation above 50,000) and any closure, suspension or percentage-of-cost fine.
 */
function hearingFor(kinds: readonly string[], tiers: Tier[], percentFine: boolean): boolean {
  if (percentFine) return true;
  if (kinds.some((k) => ['责令停产停业', '责令关闭', '吊销许可证件', '降低资质等级', '限制从业'].includes(k)))
    return true;
  return tiers.some((x) => {
    const max = x.fineMax ?? 0;
    return x.partyType === 'organisation' ? max > 50_000 : max > 5_000;
  });
}

const PENALTY_STEPS =
  '案源受理→立案→调查取证（两名以上持证执法人员）→调查终结→法制审核（重大案件集体讨论）→行政处罚事先告知→陈述申辩或听证→作出决定→送达→执行→结案归档';
const SIMPLE_STEPS =
  '出示执法证件→确认违法事实→告知处罚理由、依据及陈述申辩权利→听取陈述申辩→当场填写行政处罚决定书并交付→备案';

function guide(materials: string, simple = false): MatterItem['guide'] {
  return {
    materials,
    steps: simple ? SIMPLE_STEPS : PENALTY_STEPS,
    timeLimit: simple
      ? '适用简易程序的，当场作出行政处罚决定'
      : '自立案之日起九十日内作出行政处罚决定（行政处罚法第六十条）；罚款自收到决定书之日起十五日内缴纳',
    fees: '不收费',
    consultation: '如皋市城市管理局法规科，电话0513-87600106（工作日 8:30—12:00，13:30—17:30）',
    complaint: '如皋市城市管理局监督指挥中心 0513-12319；12345政务服务便民热线',
  };
}

interface PenaltyInput {
  code: string;
  conduct: string;
  bases: Basis[];
  kinds: MatterItem['penaltyKinds'];
  tiers: Tier[];
  unit: string;
  materials: string;
  /** Extra powers beside the penalties (责令限期拆除…). */
  orders?: string;
  procedure?: MatterItem['procedure'];
  percentFine?: boolean;
}

function penalty(input: PenaltyInput): MatterItem {
  const procedure = input.procedure ?? 'general';
  return {
    code: input.code,
    name: `对${input.conduct}的行政处罚`,
    category: '行政处罚',
    actingBody: BUREAU,
    duties: `查处${input.conduct}的违法行为：受理投诉举报和巡查发现的案源，依法立案调查，责令改正，作出行政处罚决定并执行。`,
    authority: `${input.orders ? `${input.orders}；` : '责令改正；'}${input.kinds.join('、')}`,
    bases: input.bases,
    penaltyKinds: input.kinds,
    discretion: input.tiers,
    hearingApplicable: hearingFor(input.kinds, input.tiers, input.percentFine ?? false),
    procedure,
    remedies: REMEDIES,
    responsibleUnitId: input.unit,
    guide: guide(input.materials, procedure === 'simple'),
  };
}

interface OtherInput {
  code: string;
  name: string;
  category: '行政强制' | '行政检查';
  duties: string;
  authority: string;
  bases: Basis[];
  procedure: MatterItem['procedure'];
  unit: string;
  materials: string;
  steps: string;
  timeLimit: string;
}

function other(input: OtherInput): MatterItem {
  return {
    code: input.code,
    name: input.name,
    category: input.category,
    actingBody: BUREAU,
    duties: input.duties,
    authority: input.authority,
    bases: input.bases,
    penaltyKinds: [],
    discretion: [],
    hearingApplicable: false,
    procedure: input.procedure,
    remedies: input.category === '行政强制' ? COERCION_REMEDIES : CHECK_REMEDIES,
    responsibleUnitId: input.unit,
    guide: {
      materials: input.materials,
      steps: input.steps,
      timeLimit: input.timeLimit,
      fees: '不收费',
      consultation: '如皋市城市管理局法规科，电话0513-87600106（工作日 8:30—12:00，13:30—17:30）',
      complaint: '如皋市城市管理局监督指挥中心 0513-12319；12345政务服务便民热线',
    },
  };
}

const ID_DOCS = '当事人身份证明（居民身份证或营业执照、法定代表人身份证明）；委托代理的，提交授权委托书';

// ---- 违法建设 (城乡规划法)

const planningTiers = (subject: string): Tier[] => [
  t(
    '从轻处罚',
    'any',
    `${subject}，尚可采取改正措施消除对规划实施的影响，面积在30平方米以下，或主动停止建设并在限期内改正`,
    null,
    null,
    '责令停止建设、限期改正，处建设工程造价5%以上6%以下的罚款',
  ),
  t(
    '一般处罚',
    'any',
    `${subject}，尚可采取改正措施消除影响，面积在30平方米以上100平方米以下`,
    null,
    null,
    '责令停止建设、限期改正，处建设工程造价6%以上8%以下的罚款',
  ),
  t(
    '从重处罚',
    'any',
    `${subject}，尚可采取改正措施消除影响，面积在100平方米以上，或经责令停止建设后继续建设`,
    null,
    null,
    '责令停止建设、限期改正，处建设工程造价8%以上10%以下的罚款',
  ),
  t(
    '一般处罚',
    'any',
    `${subject}，无法采取改正措施消除影响`,
    null,
    null,
    '责令限期拆除；不能拆除的，没收实物或者违法收入，可以并处建设工程造价10%以下的罚款',
  ),
];

const PLANNING_DOCS = `${ID_DOCS}；建设工程规划许可证及附图（如有）；土地使用权属证明；施工图纸；建设工程造价证明材料`;

const M_PLANNING_1 = penalty({
  code: 'CG-CF-001',
  conduct: '未取得建设工程规划许可证进行建设',
  bases: [v('planning', 40), p('planning', 64)],
  kinds: ['罚款', '没收违法所得', '没收非法财物'],
  orders: '责令停止建设；责令限期改正或者限期拆除',
  tiers: planningTiers('未取得建设工程规划许可证进行建设'),
  unit: 'rg-dd-1',
  materials: PLANNING_DOCS,
  percentFine: true,
});

const M_PLANNING_2 = penalty({
  code: 'CG-CF-002',
  conduct: '未按照建设工程规划许可证的规定进行建设',
  bases: [v('planning', 40), p('planning', 64)],
  kinds: ['罚款', '没收违法所得', '没收非法财物'],
  orders: '责令停止建设；责令限期改正或者限期拆除',
  tiers: planningTiers('超出规划许可的面积、层数、位置或用途进行建设'),
  unit: 'rg-dd-1',
  materials: PLANNING_DOCS,
  percentFine: true,
});

const M_PLANNING_TEMP = penalty({
  code: 'CG-CF-003',
  conduct: '未经批准进行临时建设、未按照批准内容进行临时建设或者临时建筑物、构筑物超过批准期限不拆除',
  bases: [v('planning', 44), p('planning', 66)],
  kinds: ['罚款'],
  orders: '责令限期拆除',
  tiers: [
    t(
      '从轻处罚',
      'any',
      '在限期内自行拆除，临时建设规模较小、影响轻微',
      null,
      null,
      '责令限期拆除，可以并处临时建设工程造价0.3倍以下的罚款',
    ),
    t(
      '一般处罚',
      'any',
      '在限期内自行拆除，但临时建设规模较大或影响交通、市容',
      null,
      null,
      '责令限期拆除，并处临时建设工程造价0.3倍以上0.6倍以下的罚款',
    ),
    t(
      '从重处罚',
      'any',
      '逾期不拆除，或临时建设影响安全、妨碍规划实施',
      null,
      null,
      '责令限期拆除，并处临时建设工程造价0.6倍以上1倍以下的罚款',
    ),
  ],
  unit: 'rg-dd-1',
  materials: `${ID_DOCS}；临时建设批准文件及附图（如有）；临时建设工程造价证明材料`,
  percentFine: true,
});

const M_DEMOLITION = other({
  code: 'CG-QZ-001',
  name: '对逾期不拆除违法建设的强制拆除',
  category: '行政强制',
  duties:
    '当事人在限期拆除决定规定的期限内不拆除违法建设，且在法定期限内不申请行政复议或者提起行政诉讼的，经如皋市人民政府责成，依法组织强制拆除。',
  authority: '公告限期当事人自行拆除；催告；作出强制拆除决定并组织实施',
  bases: [v('planning', 64), pr('planning', 68), pr('coercion', 35), pr('coercion', 44)],
  procedure: 'demolition',
  unit: 'rg-dd-1',
  materials: '限期拆除决定书及送达回证；强制拆除公告；催告书；当事人陈述申辩记录；如皋市人民政府责成文件',
  steps:
    '限期拆除决定生效→公告限期自行拆除→催告→听取陈述申辩→作出强制拆除决定并送达→实施前通知→全程音像记录下强制拆除→物品清点登记→结案归档',
  timeLimit:
    '公告期限届满且当事人在法定期限内未申请复议、提起诉讼，又不拆除的，方可实施；不在夜间或法定节假日实施（行政强制法第四十三条）',
});

const M_SEAL_SITE = other({
  code: 'CG-QZ-002',
  name: '对责令停止建设后继续建设的违法建设工程查封施工现场',
  category: '行政强制',
  duties: '作出责令停止建设决定后当事人不停止建设的，经如皋市人民政府责成，依法查封施工现场。',
  authority: '查封施工现场及施工机具',
  bases: [v('planning', 64), pr('planning', 68), pr('coercion', 18), pr('coercion', 24), pr('coercion', 25)],
  procedure: 'seizure',
  unit: 'rg-dd-1',
  materials: '责令停止建设通知书及送达回证；继续建设的现场检查笔录、照片视频；查封决定书及清单',
  steps:
    '报经负责人批准→两名以上执法人员出示证件→通知当事人到场→告知理由、依据及权利→听取陈述申辩→制作现场笔录→当场交付查封决定书和清单→全程音像记录',
  timeLimit: '查封期限不超过三十日；情况复杂的，经批准可以延长，延长期限不超过三十日（行政强制法第二十五条）',
});

// ---- 市容环境卫生 (城市市容和环境卫生管理条例)

const M_LITTER = penalty({
  code: 'CG-CF-004',
  conduct: '随地吐痰、便溺，乱扔果皮、纸屑和烟头等废弃物',
  bases: [v('city', 32), p('city', 34), pr('penalty', 51)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为、采取补救措施',
  tiers: [
    spared('初次违法，经指出后当场清除的'),
    t(
      '一般处罚',
      'person',
      `经劝阻仍不清除，或乱扔废弃物数量较多${LOCAL_AMOUNT}`,
      20,
      50,
      '责令清除，处警告或者罚款',
    ),
    t('从重处罚', 'person', `一年内再次违法，或拒不清除${LOCAL_AMOUNT}`, 50, 100, '责令清除，并处罚款'),
  ],
  unit: 'rg-dd',
  materials: ID_DOCS,
  procedure: 'simple',
});

const M_GRAFFITI = penalty({
  code: 'CG-CF-005',
  conduct: '在城市建筑物、设施以及树木上涂写、刻画',
  bases: [v('city', 17), p('city', 34)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为、采取补救措施（清除、恢复原状）',
  tiers: [
    spared('初次违法，涂写刻画面积在1平方米以下且自行清除的'),
    t('一般处罚', 'person', `涂写刻画面积在5平方米以下${LOCAL_AMOUNT}`, 50, 200, '责令清除，处警告或者罚款'),
    t(
      '从重处罚',
      'person',
      `涂写刻画面积超过5平方米，或拒不清除${LOCAL_AMOUNT}`,
      200,
      500,
      '责令清除，并处罚款',
    ),
    t('一般处罚', 'organisation', `单位组织涂写刻画${LOCAL_AMOUNT}`, 500, 2000, '责令清除，并处罚款'),
    t(
      '从重处罚',
      'organisation',
      `单位组织涂写刻画，面积超过5平方米或拒不清除${LOCAL_AMOUNT}`,
      2000,
      5000,
      '责令清除，并处罚款',
    ),
  ],
  unit: 'rg-dd-1',
  materials: ID_DOCS,
});

const M_POSTERS = penalty({
  code: 'CG-CF-006',
  conduct: '未经批准在城市建筑物、设施上张挂、张贴宣传品',
  bases: [v('city', 17), p('city', 34)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为、采取补救措施（清除）',
  tiers: [
    spared('初次违法，张贴数量在10张以下且自行清除的'),
    t('一般处罚', 'person', `张挂、张贴10张以上50张以下${LOCAL_AMOUNT}`, 50, 200, '责令清除，处警告或者罚款'),
    t(
      '从重处罚',
      'person',
      `张挂、张贴50张以上，或组织他人张贴${LOCAL_AMOUNT}`,
      200,
      500,
      '责令清除，并处罚款',
    ),
    t('一般处罚', 'organisation', `为本单位宣传张挂、张贴${LOCAL_AMOUNT}`, 500, 2000, '责令清除，并处罚款'),
    t(
      '从重处罚',
      'organisation',
      `张贴数量大、范围广，或经责令后继续张贴${LOCAL_AMOUNT}`,
      2000,
      5000,
      '责令清除，并处罚款',
    ),
  ],
  unit: 'rg-dd-1',
  materials: `${ID_DOCS}；宣传品样张`,
});

const M_BALCONY = penalty({
  code: 'CG-CF-007',
  conduct: '在规定街道的临街建筑物的阳台和窗外堆放、吊挂有碍市容的物品',
  bases: [v('city', 10), p('city', 34), pr('penalty', 51)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为',
  tiers: [
    spared('初次违法，经指出后当场整改的'),
    t('一般处罚', 'person', `经责令整改后未在期限内整改${LOCAL_AMOUNT}`, 20, 100, '处警告或者罚款'),
    t('从重处罚', 'person', `拒不整改，或所堆放吊挂物品存在坠落隐患${LOCAL_AMOUNT}`, 100, 200, '并处罚款'),
    t(
      '一般处罚',
      'organisation',
      `单位临街建筑物阳台、窗外堆放吊挂物品经责令后未整改${LOCAL_AMOUNT}`,
      200,
      1000,
      '处警告或者罚款',
    ),
  ],
  unit: 'rg-dd-1',
  materials: ID_DOCS,
  procedure: 'simple',
});

const M_DUMPING = penalty({
  code: 'CG-CF-008',
  conduct: '不按规定的时间、地点、方式倾倒垃圾、粪便',
  bases: [v('city', 28), p('city', 34)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为、采取补救措施（清运）',
  tiers: [
    spared(),
    t('一般处罚', 'person', `倾倒量较小，已按要求清运${LOCAL_AMOUNT}`, 50, 200, '责令清运，处警告或者罚款'),
    t('从重处罚', 'person', `倾倒量较大或拒不清运${LOCAL_AMOUNT}`, 200, 500, '责令清运，并处罚款'),
    t(
      '一般处罚',
      'organisation',
      `单位不按规定倾倒垃圾、粪便${LOCAL_AMOUNT}`,
      500,
      2000,
      '责令清运，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      `单位多次违法、倾倒量大或造成环境污染${LOCAL_AMOUNT}`,
      2000,
      5000,
      '责令清运，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: ID_DOCS,
});

const M_DUTY_ZONE = penalty({
  code: 'CG-CF-009',
  conduct: '不履行卫生责任区清扫保洁义务或者不按规定清运、处理垃圾和粪便',
  bases: [v('city', 25), p('city', 34)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为、采取补救措施',
  tiers: [
    spared('初次违法，经责令后立即清扫清运的'),
    t('一般处罚', 'organisation', `经责令改正后在限期内未改正${LOCAL_AMOUNT}`, 200, 1000, '处警告或者罚款'),
    t(
      '从重处罚',
      'organisation',
      `拒不改正，或垃圾积存造成环境污染、群众投诉较多${LOCAL_AMOUNT}`,
      1000,
      5000,
      '并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；卫生责任区划分文件（责任书）`,
});

const M_SPILL_CITY = penalty({
  code: 'CG-CF-010',
  conduct: '运输液体、散装货物不作密封、包扎、覆盖，造成泄漏、遗撒',
  bases: [v('city', 15), p('city', 34)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为、采取补救措施（清除遗撒物）',
  tiers: [
    t('从轻处罚', 'any', `遗撒量少，当场清除${LOCAL_AMOUNT}`, 100, 500, '责令清除，处警告或者罚款'),
    t('一般处罚', 'organisation', `遗撒路段在100米以下${LOCAL_AMOUNT}`, 500, 2000, '责令清除，并处罚款'),
    t(
      '从重处罚',
      'organisation',
      `遗撒路段在100米以上，或影响通行安全、拒不清除${LOCAL_AMOUNT}`,
      2000,
      5000,
      '责令清除，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；机动车行驶证、驾驶证；运输单据`,
});

const M_SITE_FENCE = penalty({
  code: 'CG-CF-011',
  conduct: '临街工地不设置护栏或者不作遮挡、停工场地不及时整理并作必要覆盖或者竣工后不及时清理和平整场地',
  bases: [v('city', 16), p('city', 34)],
  kinds: ['警告', '罚款'],
  orders: '责令纠正违法行为、采取补救措施',
  tiers: [
    spared('初次违法，经责令后立即设置护栏、遮挡或完成清理的'),
    t('一般处罚', 'organisation', `经责令改正后在限期内未改正${LOCAL_AMOUNT}`, 1000, 5000, '处警告或者罚款'),
    t(
      '从重处罚',
      'organisation',
      `拒不改正，或严重影响市容和通行安全${LOCAL_AMOUNT}`,
      5000,
      10000,
      '并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；施工许可证；施工总平面布置图`,
});

const M_POULTRY = penalty({
  code: 'CG-CF-012',
  conduct: '在市区饲养家畜家禽影响市容和环境卫生',
  bases: [v('city', 33), p('city', 35)],
  kinds: ['没收非法财物', '罚款'],
  orders: '责令限期处理',
  tiers: [
    spared('经责令后在限期内自行处理的'),
    t('一般处罚', 'person', `逾期不处理${LOCAL_AMOUNT}`, 50, 200, '予以没收，可以并处罚款'),
    t(
      '从重处罚',
      'person',
      `饲养数量较多或造成环境卫生严重影响${LOCAL_AMOUNT}`,
      200,
      500,
      '予以没收，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: ID_DOCS,
});

const M_BIG_AD = penalty({
  code: 'CG-CF-013',
  conduct: '未经同意擅自设置大型户外广告，影响市容',
  bases: [v('city', 11), v('ad', 42), p('city', 36)],
  kinds: ['罚款'],
  orders: '责令停止违法行为，限期清理、拆除',
  tiers: [
    t(
      '从轻处罚',
      'any',
      `广告面积在10平方米以下，在限期内自行拆除${LOCAL_AMOUNT}`,
      500,
      2000,
      '责令限期拆除，可以并处罚款',
    ),
    t(
      '一般处罚',
      'organisation',
      `广告面积在10平方米以上50平方米以下${LOCAL_AMOUNT}`,
      2000,
      5000,
      '责令限期拆除，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      `广告面积在50平方米以上，或逾期不拆除、存在安全隐患${LOCAL_AMOUNT}`,
      5000,
      10000,
      '责令限期拆除，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；户外广告设置审批文件（如有）；广告设施结构安全检测报告`,
});

const M_PILING = penalty({
  code: 'CG-CF-014',
  conduct: '未经批准擅自在街道两侧和公共场地堆放物料，影响市容',
  bases: [v('city', 14), p('city', 36)],
  kinds: ['罚款'],
  orders: '责令停止违法行为，限期清理',
  tiers: [
    spared('初次违法，堆放面积在5平方米以下且立即清理的'),
    t(
      '一般处罚',
      'person',
      `堆放面积在5平方米以上，或经责令后逾期清理${LOCAL_AMOUNT}`,
      50,
      500,
      '责令限期清理，并处罚款',
    ),
    t(
      '一般处罚',
      'organisation',
      `单位堆放物料经责令后逾期清理${LOCAL_AMOUNT}`,
      500,
      2000,
      '责令限期清理，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      `堆放面积大、影响通行，或拒不清理${LOCAL_AMOUNT}`,
      2000,
      5000,
      '责令限期清理，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: ID_DOCS,
});

const M_STRUCTURES = penalty({
  code: 'CG-CF-015',
  conduct: '未经批准擅自在街道两侧和公共场地搭建建筑物、构筑物或者其他设施，影响市容',
  bases: [v('city', 14), p('city', 36)],
  kinds: ['罚款'],
  orders: '责令停止违法行为，限期拆除',
  tiers: [
    t(
      '从轻处罚',
      'person',
      `搭建面积在5平方米以下，在限期内自行拆除${LOCAL_AMOUNT}`,
      500,
      2000,
      '责令限期拆除，并处罚款',
    ),
    t(
      '一般处罚',
      'organisation',
      `搭建面积在20平方米以下${LOCAL_AMOUNT}`,
      2000,
      10000,
      '责令限期拆除，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      `搭建面积在20平方米以上，或逾期不拆除${LOCAL_AMOUNT}`,
      10000,
      20000,
      '责令限期拆除，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；临时搭建审批文件（如有）`,
});

const M_SANITATION_DEMOLISH = penalty({
  code: 'CG-CF-016',
  conduct: '未经批准擅自拆除环境卫生设施或者未按批准的拆迁方案进行拆迁',
  bases: [v('city', 22), p('city', 36)],
  kinds: ['罚款'],
  orders: '责令停止违法行为，限期恢复或者采取其他补救措施',
  tiers: [
    t(
      '一般处罚',
      'organisation',
      `拆除小型环境卫生设施（垃圾容器、果皮箱等）${LOCAL_AMOUNT}`,
      1000,
      5000,
      '责令恢复，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      `拆除公共厕所、垃圾转运站等设施，或拒不恢复${LOCAL_AMOUNT}`,
      5000,
      10000,
      '责令恢复，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；拆迁方案及批准文件（如有）`,
});

const M_SANITATION_DAMAGE = penalty({
  code: 'CG-CF-017',
  conduct: '损坏各类环境卫生设施及其附属设施',
  bases: [v('city', 38), p('city', 38)],
  kinds: ['罚款'],
  orders: '责令恢复原状',
  tiers: [
    spared('过失损坏，已恢复原状或赔偿的'),
    t(
      '一般处罚',
      'person',
      `损坏设施，经责令后恢复原状${LOCAL_AMOUNT}`,
      100,
      500,
      '责令恢复原状，可以并处罚款',
    ),
    t('一般处罚', 'organisation', `单位损坏设施${LOCAL_AMOUNT}`, 500, 3000, '责令恢复原状，并处罚款'),
  ],
  unit: 'rg-dd',
  materials: ID_DOCS,
});

const M_SUBSTANDARD = penalty({
  code: 'CG-CF-018',
  conduct: '建筑物或者设施不符合城市容貌标准、环境卫生标准，逾期未改造或者未拆除',
  bases: [v('city', 9), p('city', 37)],
  kinds: ['罚款'],
  orders: '责令限期改造或者拆除；逾期未改造或者未拆除的，经批准组织强制拆除',
  tiers: [
    t('一般处罚', 'any', `逾期未改造或者未拆除${LOCAL_AMOUNT}`, 1000, 5000, '并处罚款'),
    t(
      '从重处罚',
      'organisation',
      `逾期未改造或者未拆除，严重影响市容${LOCAL_AMOUNT}`,
      5000,
      10000,
      '并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；建筑物或设施产权证明`,
});

// ---- 城市道路 (城市道路管理条例 art. 42: 责令限期改正, 可以处2万元以下罚款)

const M_ROAD_OCCUPY = penalty({
  code: 'CG-CF-019',
  conduct: '擅自占用城市道路',
  bases: [v('road', 27), v('road', 30), v('road', 31), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正',
  tiers: [
    spared('初次违法，占用面积在2平方米以下且立即改正的'),
    t(
      '从轻处罚',
      'person',
      '占用面积在5平方米以下，时间较短，立即改正',
      100,
      500,
      '责令限期改正，可以处罚款',
    ),
    t('一般处罚', 'person', '占用面积在5平方米以上20平方米以下', 500, 2000, '责令限期改正，并处罚款'),
    t(
      '从重处罚',
      'person',
      '占用面积在20平方米以上，或拒不改正、影响通行安全',
      2000,
      5000,
      '责令限期改正，并处罚款',
    ),
    t('一般处罚', 'organisation', '单位擅自占用城市道路', 2000, 10000, '责令限期改正，并处罚款'),
    t(
      '从重处罚',
      'organisation',
      '单位占用面积大、时间长，或拒不改正',
      10000,
      20000,
      '责令限期改正，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；城市道路临时占用许可证（如有）`,
});

const M_ROAD_DIG = penalty({
  code: 'CG-CF-020',
  conduct: '擅自挖掘城市道路',
  bases: [v('road', 27), v('road', 33), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正；造成损失的，依法承担赔偿责任',
  tiers: [
    t('从轻处罚', 'any', '挖掘面积在10平方米以下，已及时修复', 2000, 5000, '责令限期改正，并处罚款'),
    t('一般处罚', 'any', '挖掘面积在10平方米以上50平方米以下', 5000, 10000, '责令限期改正，并处罚款'),
    t(
      '从重处罚',
      'any',
      '挖掘面积在50平方米以上，或在新建、大修道路保护期内挖掘，或拒不改正',
      10000,
      20000,
      '责令限期改正，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；城市道路挖掘许可证（如有）；施工合同`,
});

const M_ROAD_BUILD = penalty({
  code: 'CG-CF-021',
  conduct: '擅自在城市道路上建设建筑物、构筑物',
  bases: [v('road', 27), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正（拆除）',
  tiers: [
    t('一般处罚', 'any', '建设面积在10平方米以下，在限期内自行拆除', 5000, 10000, '责令限期改正，并处罚款'),
    t('从重处罚', 'any', '建设面积在10平方米以上，或逾期不拆除', 10000, 20000, '责令限期改正，并处罚款'),
  ],
  unit: 'rg-dd-1',
  materials: ID_DOCS,
});

const M_BRIDGE_AD = penalty({
  code: 'CG-CF-022',
  conduct: '擅自在桥梁或者路灯设施上设置广告牌或者其他挂浮物',
  bases: [v('road', 27), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正（拆除）',
  tiers: [
    spared('初次违法，设置数量少且立即拆除的'),
    t('一般处罚', 'person', '设置数量在5处以下', 200, 1000, '责令限期拆除，并处罚款'),
    t('一般处罚', 'organisation', '单位设置，数量在5处以下', 1000, 5000, '责令限期拆除，并处罚款'),
    t(
      '从重处罚',
      'organisation',
      '设置数量在5处以上，或危及设施安全、逾期不拆除',
      5000,
      10000,
      '责令限期拆除，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: ID_DOCS,
});

const M_HEAVY_VEHICLE = penalty({
  code: 'CG-CF-023',
  conduct: '履带车、铁轮车或者超重、超高、超长车辆擅自在城市道路上行驶',
  bases: [v('road', 27), v('road', 28), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正；造成损失的，依法承担赔偿责任',
  tiers: [
    t('一般处罚', 'any', '未造成城市道路损坏', 1000, 5000, '责令改正，并处罚款'),
    t('从重处罚', 'any', '造成城市道路或桥梁损坏', 5000, 20000, '责令改正，并处罚款，赔偿损失'),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；机动车行驶证、驾驶证；车辆通行审批文件（如有）`,
});

const M_ROAD_CLEANUP = penalty({
  code: 'CG-CF-024',
  conduct: '占用城市道路期满或者挖掘城市道路后不及时清理现场',
  bases: [v('road', 31), v('road', 35), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正',
  tiers: [
    spared('经责令后立即清理的'),
    t('一般处罚', 'organisation', '逾期未清理', 1000, 5000, '责令限期改正，并处罚款'),
    t('从重处罚', 'organisation', '拒不清理或影响通行安全', 5000, 10000, '责令限期改正，并处罚款'),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；占用、挖掘城市道路许可文件`,
});

const M_ROAD_BEYOND = penalty({
  code: 'CG-CF-025',
  conduct:
    '未按照批准的位置、面积、期限占用或者挖掘城市道路，或者需要移动位置、扩大面积、延长时间未提前办理变更审批手续',
  bases: [v('road', 36), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正',
  tiers: [
    t('从轻处罚', 'person', '超出批准面积在5平方米以下或超期在3日以下', 200, 2000, '责令限期改正，并处罚款'),
    t(
      '一般处罚',
      'organisation',
      '超出批准面积在20平方米以下或超期在7日以下',
      2000,
      10000,
      '责令限期改正，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      '超出批准面积在20平方米以上或超期在7日以上，或拒不改正',
      10000,
      20000,
      '责令限期改正，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；占用、挖掘城市道路许可文件`,
});

const M_ROAD_PIPES = penalty({
  code: 'CG-CF-026',
  conduct: '依附于城市道路建设各种管线、杆线等设施，不按照规定办理批准手续',
  bases: [v('road', 29), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正（补办手续或拆除）',
  tiers: [
    t('一般处罚', 'organisation', '在限期内补办批准手续', 5000, 10000, '责令限期改正，并处罚款'),
    t(
      '从重处罚',
      'organisation',
      '逾期未补办手续或未拆除，或影响道路安全',
      10000,
      20000,
      '责令限期改正，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；管线、杆线设计文件`,
});

const M_ROAD_REPAIR = penalty({
  code: 'CG-CF-027',
  conduct: '紧急抢修埋设在城市道路下的管线，不按照规定补办批准手续',
  bases: [v('road', 34), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正（补办手续）',
  tiers: [
    spared('超过24小时但在限期内补办手续的'),
    t('一般处罚', 'organisation', '经责令后逾期未补办批准手续', 1000, 5000, '责令限期改正，并处罚款'),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；抢修记录`,
});

const M_ROAD_SIGNS = penalty({
  code: 'CG-CF-028',
  conduct: '未在城市道路施工现场设置明显标志和安全防围设施',
  bases: [v('road', 24), v('road', 35), p('road', 42)],
  kinds: ['罚款'],
  orders: '责令限期改正',
  tiers: [
    t('一般处罚', 'organisation', '经责令后立即设置', 2000, 10000, '责令限期改正，并处罚款'),
    t('从重处罚', 'organisation', '拒不设置，或因此发生安全事故', 10000, 20000, '责令限期改正，并处罚款'),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；施工许可文件`,
});

// ---- 无照经营 (无证无照经营查处办法)

const M_UNLICENSED = penalty({
  code: 'CG-CF-029',
  conduct: '在城市道路、公共场地从事无照经营',
  bases: [v('unlicensed', 2), v('unlicensed', 3), p('unlicensed', 13)],
  kinds: ['没收违法所得', '罚款'],
  orders: '责令停止违法行为；对具备办理证照条件的，督促引导依法办理（无证无照经营查处办法第十条）',
  tiers: [
    spared('初次违法，经劝导立即停止经营并自行清理现场的'),
    t(
      '一般处罚',
      'person',
      '经劝导后继续经营，或影响市容',
      100,
      1000,
      '责令停止违法行为，没收违法所得，并处罚款',
    ),
    t(
      '从重处罚',
      'person',
      '多次违法，或严重影响交通、市容',
      1000,
      10000,
      '责令停止违法行为，没收违法所得，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；经营物品清单`,
});

// ---- 扬尘与渣土 (大气污染防治法)

const M_MUCK_TRUCK = penalty({
  code: 'CG-CF-030',
  conduct: '运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒',
  bases: [v('air', 70), p('air', 116)],
  kinds: ['罚款'],
  orders: '责令改正；拒不改正的，车辆不得上道路行驶',
  tiers: [
    t('从轻处罚', 'any', '未造成遗撒，或遗撒量少并立即清除', 2000, 5000, '责令改正，并处罚款'),
    t('一般处罚', 'any', '造成遗撒，影响路段在100米以下', 5000, 10000, '责令改正，并处罚款'),
    t(
      '从重处罚',
      'any',
      '遗撒路段在100米以上，或一年内再次违法、拒不改正',
      10000,
      20000,
      '责令改正，并处罚款',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；车辆行驶证、驾驶证；建筑垃圾（渣土）运输核准文件；运输路线`,
});

const constructionDustTiers: Tier[] = [
  t(
    '从轻处罚',
    'organisation',
    '初次违法，经责令后立即改正，未造成明显扬尘污染',
    10000,
    30000,
    '责令改正，并处罚款',
  ),
  t('一般处罚', 'organisation', '造成扬尘污染，在限期内改正', 30000, 60000, '责令改正，并处罚款'),
  t(
    '从重处罚',
    'organisation',
    '造成严重扬尘污染，或在重污染天气预警期间违法，或一年内再次违法',
    60000,
    100000,
    '责令改正，并处罚款；拒不改正的，责令停工整治',
  ),
];

const M_SITE_DUST = penalty({
  code: 'CG-CF-031',
  conduct:
    '施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施',
  bases: [v('air', 69), p('air', 115)],
  kinds: ['罚款', '责令停产停业'],
  orders: '责令改正；拒不改正的，责令停工整治',
  tiers: constructionDustTiers,
  unit: 'rg-dd',
  materials: `${ID_DOCS}；施工许可证；扬尘污染防治实施方案`,
});

const M_SITE_MUCK = penalty({
  code: 'CG-CF-032',
  conduct: '施工单位对建筑土方、工程渣土、建筑垃圾未及时清运，或者未采用密闭式防尘网遮盖',
  bases: [v('air', 69), p('air', 115)],
  kinds: ['罚款', '责令停产停业'],
  orders: '责令改正；拒不改正的，责令停工整治',
  tiers: constructionDustTiers,
  unit: 'rg-dd',
  materials: `${ID_DOCS}；施工许可证；建筑垃圾处理方案`,
});

const M_BARE_LAND = penalty({
  code: 'CG-CF-033',
  conduct:
    '建设单位未对暂时不能开工的建设用地的裸露地面进行覆盖，或者未对超过三个月不能开工的建设用地的裸露地面进行绿化、铺装或者遮盖',
  bases: [v('air', 69), p('air', 115)],
  kinds: ['罚款'],
  orders: '责令改正',
  tiers: [
    t(
      '从轻处罚',
      'organisation',
      '裸露面积在1000平方米以下，经责令后立即覆盖',
      10000,
      30000,
      '责令改正，并处罚款',
    ),
    t(
      '一般处罚',
      'organisation',
      '裸露面积在1000平方米以上5000平方米以下',
      30000,
      60000,
      '责令改正，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      '裸露面积在5000平方米以上，或拒不改正',
      60000,
      100000,
      '责令改正，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；建设用地使用权证明`,
});

// ---- 油烟与露天烧烤、焚烧 (大气污染防治法)

const M_FUMES = penalty({
  code: 'CG-CF-034',
  conduct:
    '排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟',
  bases: [v('air', 81), p('air', 118)],
  kinds: ['罚款', '责令停产停业'],
  orders: '责令改正；拒不改正的，责令停业整治',
  tiers: [
    t('从轻处罚', 'any', '初次违法，经责令后立即安装或恢复使用净化设施', 5000, 10000, '责令改正，并处罚款'),
    t('一般处罚', 'any', '超标排放，经责令后在限期内改正', 10000, 30000, '责令改正，并处罚款'),
    t(
      '从重处罚',
      'any',
      '对周边居民造成严重影响、投诉较多，或拒不改正',
      30000,
      50000,
      '责令改正，并处罚款；拒不改正的，责令停业整治',
    ),
  ],
  unit: 'rg-dd-3',
  materials: `${ID_DOCS}；营业执照；油烟净化设施购置安装及清洗维护记录；油烟排放检测报告`,
});

const bbqTiersV1: Tier[] = [
  t(
    '从轻处罚',
    'any',
    '初次违法，立即停止并配合调查',
    500,
    1000,
    '责令改正，没收烧烤工具和违法所得，并处罚款',
  ),
  t('一般处罚', 'any', '经劝阻后继续露天烧烤', 1000, 5000, '责令改正，没收烧烤工具和违法所得，并处罚款'),
  t(
    '从重处罚',
    'any',
    '多次违法，或为他人露天烧烤提供场地',
    5000,
    20000,
    '责令改正，没收烧烤工具和违法所得，并处罚款',
  ),
];

/** 2026: the bureau tightened the standard for repeat open-air barbecue (the version-2 change). */
const bbqTiersV2: Tier[] = [
  t(
    '从轻处罚',
    'any',
    '初次违法，立即停止并配合调查',
    500,
    2000,
    '责令改正，没收烧烤工具和违法所得，并处罚款',
  ),
  t(
    '一般处罚',
    'any',
    '一年内第二次违法，或经劝阻后继续露天烧烤',
    2000,
    8000,
    '责令改正，没收烧烤工具和违法所得，并处罚款',
  ),
  t(
    '从重处罚',
    'any',
    '一年内三次以上违法，或为他人露天烧烤提供场地',
    8000,
    20000,
    '责令改正，没收烧烤工具和违法所得，并处罚款',
  ),
];

const bbq = (tiers: Tier[]) =>
  penalty({
    code: 'CG-CF-035',
    conduct: '在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地',
    bases: [v('air', 81), p('air', 118)],
    kinds: ['没收非法财物', '没收违法所得', '罚款'],
    orders: '责令改正',
    tiers,
    unit: 'rg-dd-3',
    materials: `${ID_DOCS}；烧烤工具清单`,
  });

const M_FUME_PROJECT = penalty({
  code: 'CG-CF-036',
  conduct:
    '在居民住宅楼、未配套设立专用烟道的商住综合楼以及商住综合楼内与居住层相邻的商业楼层内新建、改建、扩建产生油烟、异味、废气的餐饮服务项目',
  bases: [v('air', 81), p('air', 118)],
  kinds: ['责令关闭', '罚款'],
  orders: '责令改正',
  tiers: [
    t('一般处罚', 'any', '经责令改正拒不改正，经营面积在100平方米以下', 10000, 50000, '予以关闭，并处罚款'),
    t(
      '从重处罚',
      'any',
      '经责令改正拒不改正，经营面积在100平方米以上或造成严重影响',
      50000,
      100000,
      '予以关闭，并处罚款',
    ),
  ],
  unit: 'rg-dd-3',
  materials: `${ID_DOCS}；营业执照；房屋用途证明；烟道设置情况说明`,
});

const M_BURNING_TOXIC = penalty({
  code: 'CG-CF-037',
  conduct:
    '在人口集中地区和其他依法需要特殊保护的区域内焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质',
  bases: [v('air', 82), p('air', 119)],
  kinds: ['罚款'],
  orders: '责令改正',
  tiers: [
    t('一般处罚', 'person', '焚烧量较小，立即熄灭', 500, 1000, '责令改正，并处罚款'),
    t('从重处罚', 'person', '焚烧量较大或多次焚烧', 1000, 2000, '责令改正，并处罚款'),
    t('一般处罚', 'organisation', '单位焚烧，焚烧量较小', 10000, 50000, '责令改正，并处罚款'),
    t(
      '从重处罚',
      'organisation',
      '单位焚烧量较大、多次焚烧或造成严重污染',
      50000,
      100000,
      '责令改正，并处罚款',
    ),
  ],
  unit: 'rg-dd-3',
  materials: ID_DOCS,
});

const M_BURNING_LEAVES = penalty({
  code: 'CG-CF-038',
  conduct: '在人口集中地区露天焚烧秸秆、落叶等产生烟尘污染的物质',
  bases: [v('air', 77), p('air', 119)],
  kinds: ['罚款'],
  orders: '责令改正',
  tiers: [
    spared('初次违法，焚烧量小且立即熄灭的'),
    t('一般处罚', 'any', '经劝阻后继续焚烧', 500, 1000, '责令改正，可以处罚款'),
    t('从重处罚', 'any', '焚烧量较大，或多次焚烧', 1000, 2000, '责令改正，并处罚款'),
  ],
  unit: 'rg-dd-3',
  materials: ID_DOCS,
});

// ---- 生活垃圾与建筑垃圾 (固体废物污染环境防治法 art. 111)

const M_HOUSEHOLD_WASTE = penalty({
  code: 'CG-CF-039',
  conduct: '随意倾倒、抛撒、堆放或者焚烧生活垃圾',
  bases: [v('waste', 49), p('waste', 111)],
  kinds: ['罚款', '没收违法所得'],
  orders: '责令改正',
  tiers: [
    t('一般处罚', 'person', '倾倒、抛撒量较小', 100, 300, '责令改正，并处罚款'),
    t('从重处罚', 'person', '倾倒、抛撒量较大，或多次违法', 300, 500, '责令改正，并处罚款'),
    t(
      '从轻处罚',
      'organisation',
      '倾倒量在1吨以下，立即清除',
      50000,
      100000,
      '责令改正，并处罚款，没收违法所得',
    ),
    t(
      '一般处罚',
      'organisation',
      '倾倒量在1吨以上5吨以下',
      100000,
      300000,
      '责令改正，并处罚款，没收违法所得',
    ),
    t(
      '从重处罚',
      'organisation',
      '倾倒量在5吨以上，或造成环境污染',
      300000,
      500000,
      '责令改正，并处罚款，没收违法所得',
    ),
  ],
  unit: 'rg-dd',
  materials: ID_DOCS,
});

const constructionWasteTiers: Tier[] = [
  t(
    '从轻处罚',
    'organisation',
    '涉及建筑垃圾在100立方米以下，经责令后立即改正',
    100000,
    200000,
    '责令改正，并处罚款，没收违法所得',
  ),
  t(
    '一般处罚',
    'organisation',
    '涉及建筑垃圾在100立方米以上500立方米以下',
    200000,
    500000,
    '责令改正，并处罚款，没收违法所得',
  ),
  t(
    '从重处罚',
    'organisation',
    '涉及建筑垃圾在500立方米以上，或造成环境污染、拒不改正',
    500000,
    1000000,
    '责令改正，并处罚款，没收违法所得',
  ),
];

const M_WASTE_PLAN = penalty({
  code: 'CG-CF-040',
  conduct: '工程施工单位未编制建筑垃圾处理方案报备案，或者未及时清运施工过程中产生的固体废物',
  bases: [v('waste', 63), p('waste', 111)],
  kinds: ['罚款', '没收违法所得'],
  orders: '责令改正',
  tiers: constructionWasteTiers,
  unit: 'rg-dd',
  materials: `${ID_DOCS}；施工许可证；建筑垃圾处理方案及备案回执`,
});

const M_WASTE_DUMP = penalty({
  code: 'CG-CF-041',
  conduct:
    '工程施工单位擅自倾倒、抛撒或者堆放工程施工过程中产生的建筑垃圾，或者未按照规定对施工过程中产生的固体废物进行利用或者处置',
  bases: [v('waste', 63), p('waste', 111)],
  kinds: ['罚款', '没收违法所得'],
  orders: '责令改正',
  tiers: constructionWasteTiers,
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；建筑垃圾处置核准文件；运输、消纳记录`,
});

const M_WASTE_TRANSPORT = penalty({
  code: 'CG-CF-042',
  conduct: '在运输过程中沿途丢弃、遗撒生活垃圾',
  bases: [v('waste', 50), p('waste', 111)],
  kinds: ['罚款', '没收违法所得'],
  orders: '责令改正',
  tiers: [
    t('一般处罚', 'person', '丢弃、遗撒量较小，立即清除', 100, 300, '责令改正，并处罚款'),
    t('从重处罚', 'person', '丢弃、遗撒量较大或多次违法', 300, 500, '责令改正，并处罚款'),
    t('一般处罚', 'organisation', '遗撒路段在500米以下', 50000, 200000, '责令改正，并处罚款，没收违法所得'),
    t(
      '从重处罚',
      'organisation',
      '遗撒路段在500米以上，或造成环境污染',
      200000,
      500000,
      '责令改正，并处罚款，没收违法所得',
    ),
  ],
  unit: 'rg-dd-2',
  materials: `${ID_DOCS}；车辆行驶证；生活垃圾收运合同`,
});

const M_SORTING = penalty({
  code: 'CG-CF-043',
  conduct: '未在指定的地点分类投放生活垃圾',
  bases: [v('waste', 49), p('waste', 111)],
  kinds: ['罚款'],
  orders: '责令改正',
  tiers: [
    spared('经指导后立即按要求分类投放的'),
    t(
      '一般处罚',
      'person',
      `情节严重（经责令改正拒不改正或一年内多次违法）${LOCAL_AMOUNT}`,
      50,
      200,
      '责令改正，并处罚款',
    ),
    t(
      '一般处罚',
      'organisation',
      '情节严重（经责令改正拒不改正，或混投混运造成分类体系失效）',
      50000,
      200000,
      '责令改正，并处罚款',
    ),
    t('从重处罚', 'organisation', '情节特别严重，或一年内再次违法', 200000, 500000, '责令改正，并处罚款'),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；生活垃圾分类管理责任人告知书`,
});

const M_KITCHEN_WASTE = penalty({
  code: 'CG-CF-044',
  conduct: '产生、收集厨余垃圾的单位和其他生产经营者未将厨余垃圾交由具备相应资质条件的单位进行无害化处理',
  bases: [v('waste', 57), p('waste', 111)],
  kinds: ['罚款', '没收违法所得'],
  orders: '责令改正',
  tiers: [
    t('一般处罚', 'person', '个体经营者违法，量较小', 100, 300, '责令改正，并处罚款'),
    t('从重处罚', 'person', '个体经营者多次违法', 300, 500, '责令改正，并处罚款'),
    t(
      '一般处罚',
      'organisation',
      '单位违法，经责令后在限期内改正',
      100000,
      300000,
      '责令改正，并处罚款，没收违法所得',
    ),
    t(
      '从重处罚',
      'organisation',
      '单位违法，涉及量大、造成污染或拒不改正',
      300000,
      1000000,
      '责令改正，并处罚款，没收违法所得',
    ),
  ],
  unit: 'rg-dd-3',
  materials: `${ID_DOCS}；厨余垃圾收运处置合同及台账`,
});

// ---- 噪声 (噪声污染防治法)

const constructionNoiseTiers: Tier[] = [
  t('从轻处罚', 'organisation', '初次违法，经责令后立即停止或改正', 10000, 30000, '责令改正，并处罚款'),
  t('一般处罚', 'organisation', '造成噪声扰民，群众投诉', 30000, 60000, '责令改正，并处罚款'),
  t(
    '从重处罚',
    'organisation',
    '在中考、高考等特殊时段违法，或一年内再次违法、拒不改正',
    60000,
    100000,
    '责令改正，并处罚款；拒不改正的，可以责令暂停施工',
  ),
];

const M_NIGHT_WORK = penalty({
  code: 'CG-CF-045',
  conduct: '未按照规定取得证明，在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业',
  bases: [v('noise', 43), p('noise', 77)],
  kinds: ['罚款', '责令停产停业'],
  orders: '责令改正；拒不改正的，可以责令暂停施工',
  tiers: constructionNoiseTiers,
  unit: 'rg-dd-3',
  materials: `${ID_DOCS}；施工许可证；夜间连续施工证明（如有）`,
});

const M_SITE_NOISE = penalty({
  code: 'CG-CF-046',
  conduct: '超过噪声排放标准排放建筑施工噪声',
  bases: [v('noise', 22), p('noise', 77)],
  kinds: ['罚款', '责令停产停业'],
  orders: '责令改正；拒不改正的，可以责令暂停施工',
  tiers: constructionNoiseTiers,
  unit: 'rg-dd-3',
  materials: `${ID_DOCS}；施工许可证；噪声监测记录`,
});

const M_LOUDSPEAKER = penalty({
  code: 'CG-CF-047',
  conduct: '在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传',
  bases: [v('noise', 63), p('noise', 81)],
  kinds: ['罚款', '责令停产停业'],
  orders: '责令改正',
  tiers: [
    t('从轻处罚', 'any', '初次违法，经责令后立即改正', 5000, 10000, '责令改正，并处罚款'),
    t('一般处罚', 'any', '造成噪声扰民，群众投诉', 10000, 50000, '责令改正，并处罚款'),
    t('从重处罚', 'any', '拒不改正', 50000, 200000, '处罚款，并可以报经有批准权的人民政府批准，责令停业'),
  ],
  unit: 'rg-dd-3',
  materials: `${ID_DOCS}；营业执照`,
});

const socialNoiseTiers = (what: string): Tier[] => [
  t('不予处罚', 'any', `${what}，经说服教育后改正的`, null, null, '说服教育，责令改正'),
  t('一般处罚', 'person', '经责令改正拒不改正', 200, 500, '给予警告，可以并处罚款'),
  t('从重处罚', 'person', '拒不改正，造成严重扰民', 500, 1000, '给予警告，并处罚款'),
  t('一般处罚', 'organisation', '单位组织，经责令改正拒不改正', 2000, 10000, '给予警告，可以并处罚款'),
  t('从重处罚', 'organisation', '单位组织，拒不改正且造成严重扰民', 10000, 20000, '给予警告，并处罚款'),
];

const M_SQUARE_NOISE = penalty({
  code: 'CG-CF-048',
  conduct: '在公共场所组织或者开展娱乐、健身等活动，违反规定使用音响器材产生过大音量等造成噪声污染',
  bases: [v('noise', 64), p('noise', 82)],
  kinds: ['警告', '罚款'],
  orders: '说服教育，责令改正',
  tiers: socialNoiseTiers('初次违法'),
  unit: 'rg-dd-3',
  materials: ID_DOCS,
});

const M_RENOVATION_NOISE = penalty({
  code: 'CG-CF-049',
  conduct:
    '对已竣工交付使用的建筑物进行室内装修活动，未按照规定在限定的作业时间内进行或者未采取有效措施造成噪声污染',
  bases: [v('noise', 66), p('noise', 82)],
  kinds: ['警告', '罚款'],
  orders: '说服教育，责令改正',
  tiers: socialNoiseTiers('在限定时间外装修作业'),
  unit: 'rg-dd-3',
  materials: `${ID_DOCS}；装修施工合同；物业服务人劝阻记录`,
});

// ---- 城市绿化 (城市绿化条例)

const M_DAMAGE_PLANTS = penalty({
  code: 'CG-CF-050',
  conduct: '损坏城市树木花草',
  bases: [v('green', 20), p('green', 26)],
  kinds: ['罚款'],
  orders: '责令停止侵害；造成损失的，依法赔偿',
  tiers: [
    spared('损坏轻微并已补植或赔偿的'),
    t(
      '一般处罚',
      'any',
      `损坏草坪、花卉在10平方米以下或树木3株以下${LOCAL_AMOUNT}`,
      100,
      1000,
      '责令停止侵害，可以并处罚款',
    ),
    t(
      '从重处罚',
      'any',
      `损坏面积或株数超过上述标准，或拒不停止侵害${LOCAL_AMOUNT}`,
      1000,
      5000,
      '责令停止侵害，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: ID_DOCS,
});

const M_FELLING = penalty({
  code: 'CG-CF-051',
  conduct: '擅自砍伐城市树木',
  bases: [v('green', 20), p('green', 26)],
  kinds: ['罚款'],
  orders: '责令停止侵害，补植树木；造成损失的，依法赔偿',
  tiers: [
    t(
      '一般处罚',
      'any',
      `砍伐胸径20厘米以下树木3株以下${LOCAL_AMOUNT}`,
      1000,
      5000,
      '责令停止侵害、补植，并处罚款',
    ),
    t(
      '从重处罚',
      'any',
      `砍伐胸径20厘米以上树木或3株以上${LOCAL_AMOUNT}`,
      5000,
      20000,
      '责令停止侵害、补植，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；树木砍伐审批文件（如有）`,
});

const M_GREEN_LAND = penalty({
  code: 'CG-CF-052',
  conduct: '未经同意擅自占用城市绿化用地',
  bases: [v('green', 19), p('green', 27)],
  kinds: ['罚款'],
  orders: '责令限期退还、恢复原状；造成损失的，依法赔偿',
  tiers: [
    t(
      '从轻处罚',
      'any',
      `占用面积在10平方米以下，在限期内退还并恢复原状${LOCAL_AMOUNT}`,
      500,
      2000,
      '责令限期退还、恢复原状，可以并处罚款',
    ),
    t(
      '一般处罚',
      'any',
      `占用面积在10平方米以上50平方米以下${LOCAL_AMOUNT}`,
      2000,
      10000,
      '责令限期退还、恢复原状，并处罚款',
    ),
    t(
      '从重处罚',
      'organisation',
      `占用面积在50平方米以上，或逾期不退还${LOCAL_AMOUNT}`,
      10000,
      30000,
      '责令限期退还、恢复原状，并处罚款',
    ),
  ],
  unit: 'rg-dd-1',
  materials: `${ID_DOCS}；临时占用绿地批准文件（如有）`,
});

const M_GREEN_FACILITY = penalty({
  code: 'CG-CF-053',
  conduct: '损坏城市绿化设施',
  bases: [v('green', 20), p('green', 26)],
  kinds: ['罚款'],
  orders: '责令停止侵害；造成损失的，依法赔偿',
  tiers: [
    spared('损坏轻微并已修复或赔偿的'),
    t(
      '一般处罚',
      'any',
      `损坏护栏、座椅、灯具等绿化设施${LOCAL_AMOUNT}`,
      100,
      1000,
      '责令停止侵害，可以并处罚款',
    ),
    t('从重处罚', 'any', `故意损坏或损坏价值较大${LOCAL_AMOUNT}`, 1000, 5000, '责令停止侵害，并处罚款'),
  ],
  unit: 'rg-dd',
  materials: ID_DOCS,
});

const M_ANCIENT_TREE = penalty({
  code: 'CG-CF-054',
  conduct: '砍伐、擅自迁移古树名木或者因养护不善致使古树名木受到损伤或者死亡',
  bases: [v('green', 24), p('green', 26)],
  kinds: ['罚款'],
  orders: '责令停止侵害；造成损失的，依法赔偿；涉嫌犯罪的，移送司法机关',
  tiers: [
    t(
      '一般处罚',
      'any',
      `因养护不善致使古树名木受到损伤${LOCAL_AMOUNT}`,
      5000,
      20000,
      '责令停止侵害，并处罚款',
    ),
    t(
      '从重处罚',
      'any',
      `砍伐或擅自迁移古树名木，或致使古树名木死亡${LOCAL_AMOUNT}`,
      20000,
      100000,
      '责令停止侵害，并处罚款',
    ),
  ],
  unit: 'rg-dd',
  materials: `${ID_DOCS}；古树名木档案`,
});

// ---- 行政检查

const INSPECTION_STEPS =
  '两名以上执法人员出示执法证件→说明检查事项→现场检查、查阅复制资料→制作现场检查笔录并由被检查人签名→发现违法行为的依法处理→检查结果按规定公开';

const inspection = (input: Omit<OtherInput, 'category' | 'procedure' | 'steps' | 'timeLimit'>) =>
  other({
    ...input,
    category: '行政检查',
    procedure: 'inspection',
    steps: INSPECTION_STEPS,
    timeLimit: '检查当日制作检查笔录；需要责令改正的，当场或者三个工作日内送达责令改正通知书',
  });

const M_CHECK_PLANNING = inspection({
  code: 'CG-JC-001',
  name: '对城乡规划实施情况的监督检查',
  duties: '对城市规划区内建设工程是否取得并按照建设工程规划许可证进行建设实施监督检查。',
  authority: '要求提供有关文件、资料并复制；要求作出解释和说明，进入现场勘测；责令停止违法行为',
  bases: [pr('planning', 53)],
  unit: 'rg-dd-1',
  materials: '被检查单位提供建设工程规划许可证及附图、施工图纸等资料',
});

const M_CHECK_AIR = inspection({
  code: 'CG-JC-002',
  name: '对施工扬尘、餐饮油烟等大气污染防治的监督检查',
  duties: '对施工工地扬尘污染防治措施、餐饮服务业油烟净化设施使用情况实施现场检查。',
  authority: '现场检查监测、远红外摄像等方式监督检查；要求被检查者如实反映情况、提供资料',
  bases: [pr('air', 29)],
  unit: 'rg-dd-3',
  materials: '被检查单位提供扬尘污染防治方案、油烟净化设施清洗维护记录等资料',
});

const M_CHECK_WASTE = inspection({
  code: 'CG-JC-003',
  name: '对建筑垃圾产生、收集、运输、处置活动的现场检查',
  duties: '对工程施工单位、建筑垃圾运输单位和消纳场所的建筑垃圾管理情况实施现场检查。',
  authority: '进入现场检查，现场监测、采集样品，查阅或者复制有关资料',
  bases: [pr('waste', 26)],
  unit: 'rg-dd-2',
  materials: '被检查单位提供建筑垃圾处理方案、运输合同、处置台账等资料',
});

const M_CHECK_NOISE = inspection({
  code: 'CG-JC-004',
  name: '对排放噪声的单位或者场所的现场检查',
  duties: '对建筑施工工地、商业经营场所等排放噪声的单位或场所实施现场检查。',
  authority: '进入现场检查；要求被检查者如实反映情况、提供必要的资料',
  bases: [pr('noise', 29)],
  unit: 'rg-dd-3',
  materials: '被检查单位提供夜间施工证明、噪声监测记录等资料',
});

/** Version 1 (filed 2025): the bureau's first published list. */
export const MATTERS_V1: MatterItem[] = [
  M_PLANNING_1,
  M_PLANNING_2,
  M_PLANNING_TEMP,
  M_LITTER,
  M_GRAFFITI,
  M_POSTERS,
  M_BALCONY,
  M_DUMPING,
  M_DUTY_ZONE,
  M_SPILL_CITY,
  M_SITE_FENCE,
  M_POULTRY,
  M_BIG_AD,
  M_PILING,
  M_STRUCTURES,
  M_SANITATION_DEMOLISH,
  M_SANITATION_DAMAGE,
  M_SUBSTANDARD,
  M_ROAD_OCCUPY,
  M_ROAD_DIG,
  M_ROAD_BUILD,
  M_BRIDGE_AD,
  M_HEAVY_VEHICLE,
  M_ROAD_CLEANUP,
  M_ROAD_BEYOND,
  M_ROAD_PIPES,
  M_ROAD_REPAIR,
  M_ROAD_SIGNS,
  M_UNLICENSED,
  M_MUCK_TRUCK,
  M_SITE_DUST,
  M_SITE_MUCK,
  M_BARE_LAND,
  M_FUMES,
  bbq(bbqTiersV1),
  M_FUME_PROJECT,
  M_BURNING_TOXIC,
  M_BURNING_LEAVES,
  M_HOUSEHOLD_WASTE,
  M_WASTE_PLAN,
  M_WASTE_DUMP,
  M_WASTE_TRANSPORT,
  M_NIGHT_WORK,
  M_SITE_NOISE,
  M_LOUDSPEAKER,
  M_SQUARE_NOISE,
  M_DAMAGE_PLANTS,
  M_FELLING,
  M_GREEN_LAND,
  M_GREEN_FACILITY,
  M_DEMOLITION,
  M_SEAL_SITE,
  M_CHECK_PLANNING,
  M_CHECK_AIR,
  M_CHECK_WASTE,
];

const ROAD_OCCUPY_GUIDE_2026: MatterItem['guide'] = {
  ...M_ROAD_OCCUPY.guide,
  materials: `${M_ROAD_OCCUPY.guide.materials}；当事人可通过“如皋城管”小程序在线提交陈述、申辩材料`,
};

/**
 * Version 2 (filed 2026): the 生活垃圾分类 duties and a few noise matters added, the poultry matter handed to
 * the towns (removed), the open-air barbecue standard tightened and the road-occupation guide updated.
 */
export const MATTERS_V2: MatterItem[] = [
  ...MATTERS_V1.filter((m) => m.code !== 'CG-CF-012').map((m) => {
    if (m.code === 'CG-CF-035') return bbq(bbqTiersV2);
    if (m.code === 'CG-CF-019') return { ...m, guide: ROAD_OCCUPY_GUIDE_2026 };
    return m;
  }),
  M_SORTING,
  M_KITCHEN_WASTE,
  M_RENOVATION_NOISE,
  M_CHECK_NOISE,
];

/** Version 3, a draft in progress: 古树名木 added, the muck-truck tiers being reworded. */
export const MATTERS_V3_DRAFT: MatterItem[] = [
  ...MATTERS_V2.map((m) =>
    m.code === 'CG-CF-030'
      ? {
          ...m,
          discretion: m.discretion.map((x) =>
            x.tier === '从重处罚'
              ? { ...x, conditions: '遗撒路段在100米以上，或一年内再次违法、拒不改正，或未按规定路线行驶' }
              : x,
          ),
        }
      : m,
  ),
  M_ANCIENT_TREE,
];

// ---- 随机抽查事项清单 (P-04)

const SUBJECT = '如皋市城市管理局';

export const INSPECTIONS_V1: InspectionItem[] = [
  {
    code: 'SJ-001',
    subject: SUBJECT,
    basis:
      '《中华人民共和国大气污染防治法》第二十九条、第七十条；《中华人民共和国固体废物污染环境防治法》第二十六条',
    bases: [
      { lawId: LAW.air, article: 29 },
      { lawId: LAW.air, article: 70 },
      { lawId: LAW.waste, article: 26 },
    ],
    object: '建筑垃圾（渣土）运输企业',
    content: '运输车辆密闭装置完好及使用情况；是否按规定路线、时间行驶；车辆冲洗及遗撒情况；运输台账',
    ratio: 20,
    method: '双随机抽取检查对象和执法人员，现场检查车辆，查阅台账，调取车辆定位轨迹',
    frequency: '每年不少于1次',
  },
  {
    code: 'SJ-002',
    subject: SUBJECT,
    basis: '《城市市容和环境卫生管理条例》第十一条；《中华人民共和国广告法》第四十一条、第四十二条',
    bases: [
      { lawId: LAW.city, article: 11 },
      { lawId: LAW.ad, article: 41 },
      { lawId: LAW.ad, article: 42 },
    ],
    object: '大型户外广告设施的设置单位',
    content: '设置审批手续；设施结构安全检测及维护情况；是否在禁止设置的区域或设施上设置；外观整洁',
    ratio: 10,
    method: '双随机抽取，现场检查并查阅审批及安全检测资料',
    frequency: '每年1次',
  },
  {
    code: 'SJ-003',
    subject: SUBJECT,
    basis: '《中华人民共和国大气污染防治法》第二十九条、第八十一条',
    bases: [
      { lawId: LAW.air, article: 29 },
      { lawId: LAW.air, article: 81 },
    ],
    object: '城区排放油烟的餐饮服务业经营者',
    content: '油烟净化设施安装及正常使用情况；清洗维护记录；油烟排放是否对周边居民造成污染',
    ratio: 5,
    method: '双随机抽取，现场检查，查阅清洗维护记录，必要时委托检测',
    frequency: '每年1次',
  },
  {
    code: 'SJ-004',
    subject: SUBJECT,
    basis: '《中华人民共和国大气污染防治法》第二十九条、第六十九条',
    bases: [
      { lawId: LAW.air, article: 29 },
      { lawId: LAW.air, article: 69 },
    ],
    object: '城区在建房屋建筑和市政基础设施工程施工工地',
    content:
      '硬质围挡设置；覆盖、洒水抑尘、冲洗车辆等防尘降尘措施；土方及建筑垃圾清运与遮盖；扬尘防治信息公示',
    ratio: 30,
    method: '双随机抽取，现场检查，结合在线监测数据',
    frequency: '每半年1次',
  },
  {
    code: 'SJ-005',
    subject: SUBJECT,
    basis: '《中华人民共和国固体废物污染环境防治法》第二十六条、第六十三条',
    bases: [
      { lawId: LAW.waste, article: 26 },
      { lawId: LAW.waste, article: 63 },
    ],
    object: '在建工程施工单位',
    content: '建筑垃圾处理方案编制及备案；建筑垃圾及时清运；是否擅自倾倒、抛撒、堆放；利用处置去向',
    ratio: 20,
    method: '双随机抽取，现场检查，查阅处理方案、运输合同及处置台账',
    frequency: '每年不少于1次',
  },
  {
    code: 'SJ-006',
    subject: SUBJECT,
    basis: '《城市道路管理条例》第三十一条、第三十六条',
    bases: [
      { lawId: LAW.road, article: 31 },
      { lawId: LAW.road, article: 36 },
    ],
    object: '经批准临时占用城市道路的单位和个人',
    content: '是否按照批准的位置、面积、期限占用；是否损坏城市道路；占用期满后是否及时清理现场',
    ratio: 10,
    method: '双随机抽取，现场核对批准文件与实际占用情况',
    frequency: '每年1次',
  },
  {
    code: 'SJ-007',
    subject: SUBJECT,
    basis: '《城市道路管理条例》第三十三条、第三十五条',
    bases: [
      { lawId: LAW.road, article: 33 },
      { lawId: LAW.road, article: 35 },
    ],
    object: '经批准挖掘城市道路的施工单位',
    content: '挖掘审批手续；施工现场明显标志和安全防围设施；竣工后现场清理及检查验收',
    ratio: 20,
    method: '双随机抽取，现场检查',
    frequency: '每年1次',
  },
  {
    code: 'SJ-008',
    subject: SUBJECT,
    basis: '《城市市容和环境卫生管理条例》第二十五条',
    bases: [{ lawId: LAW.city, article: 25 }],
    object: '主次干道沿街单位（卫生责任区责任人）',
    content: '卫生责任区清扫保洁情况；垃圾收集、清运情况',
    ratio: 5,
    method: '双随机抽取，现场检查',
    frequency: '每季度1次',
  },
  {
    code: 'SJ-009',
    subject: SUBJECT,
    basis: '《中华人民共和国城乡规划法》第四十条、第五十三条',
    bases: [
      { lawId: LAW.planning, article: 40 },
      { lawId: LAW.planning, article: 53 },
    ],
    object: '已取得建设工程规划许可证的在建项目',
    content: '是否按照建设工程规划许可证及附图确定的位置、面积、层数、用途进行建设',
    ratio: 5,
    method: '双随机抽取，现场勘测，查阅许可证及附图',
    frequency: '每年1次',
  },
  {
    code: 'SJ-010',
    subject: SUBJECT,
    basis: '《中华人民共和国噪声污染防治法》第二十九条、第四十三条',
    bases: [
      { lawId: LAW.noise, article: 29 },
      { lawId: LAW.noise, article: 43 },
    ],
    object: '噪声敏感建筑物集中区域内的建筑施工工地',
    content: '夜间施工作业证明及公示；噪声排放是否超标；低噪声施工设备使用情况',
    ratio: 10,
    method: '双随机抽取，夜间现场检查，必要时监测',
    frequency: '每年不少于1次',
  },
  {
    code: 'SJ-011',
    subject: SUBJECT,
    basis: '《城市绿化条例》第十九条',
    bases: [{ lawId: LAW.green, article: 19 }],
    object: '经同意临时占用城市绿化用地的单位',
    content: '是否按批准的面积、期限占用；期满后是否归还并恢复原状',
    ratio: 10,
    method: '双随机抽取，现场检查',
    frequency: '每年1次',
  },
];
