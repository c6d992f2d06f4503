import type { RoleCode } from '@sanxiang/core';
import type { BureauProfile } from '../portal/bureau-profile.js';

// 如皋市城市管理局 as the plan (皋城管发〔2019〕77号) describes it: leadership, regulation section,
// supervision & command centre, the enforcement brigade with its legal section and three squads, and
// the township units. Addresses and phone numbers are illustrative.
export interface DemoUnit {
  id: string;
  parent: string | null;
  name: string;
  short: string;
  kind: 'bureau' | 'leadership' | 'section' | 'centre' | 'brigade' | 'squad' | 'township' | 'external';
  duties: string;
  address: string;
  phone: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  {
    id: 'rg',
    parent: null,
    name: '如皋市城市管理局',
    short: '皋城管',
    kind: 'bureau',
    duties: '城市管理和综合行政执法',
    address: '如皋市如城街道海阳南路88号',
    phone: '0513-87600100',
  },
  {
    id: 'rg-ld',
    parent: 'rg',
    name: '局领导',
    short: '局领导',
    kind: 'leadership',
    duties: '领导全局工作，签发重大执法决定',
    address: '如皋市如城街道海阳南路88号',
    phone: '0513-87600101',
  },
  {
    id: 'rg-bgs',
    parent: 'rg',
    name: '局办公室',
    short: '办公室',
    kind: 'section',
    duties: '综合协调、信息化与安全保密',
    address: '如皋市如城街道海阳南路88号',
    phone: '0513-87600102',
  },
  {
    id: 'rg-fgk',
    parent: 'rg',
    name: '局法规科',
    short: '法规科',
    kind: 'section',
    duties: '重大执法决定法制审核、执法监督、公示管理',
    address: '如皋市如城街道海阳南路88号',
    phone: '0513-87600106',
  },
  {
    id: 'rg-jdzx',
    parent: 'rg',
    name: '监督指挥中心',
    short: '指挥中心',
    kind: 'centre',
    duties: '案源受理、指挥调度、执法全过程监督',
    address: '如皋市如城街道海阳南路88号',
    phone: '0513-12319',
  },
  {
    id: 'rg-dd',
    parent: 'rg',
    name: '综合执法大队',
    short: '执法大队',
    kind: 'brigade',
    duties: '市区城市管理领域行政处罚、行政强制和行政检查',
    address: '如皋市如城街道福寿东路19号',
    phone: '0513-87600200',
  },
  {
    id: 'rg-dd-fzk',
    parent: 'rg-dd',
    name: '大队法制科',
    short: '法制科',
    kind: 'section',
    duties: '行政处罚决定法制审核（第一级）、案卷评查',
    address: '如皋市如城街道福寿东路19号',
    phone: '0513-87600206',
  },
  {
    id: 'rg-dd-1',
    parent: 'rg-dd',
    name: '一中队',
    short: '一中队',
    kind: 'squad',
    duties: '如城街道中心城区市容秩序、违法建设查处',
    address: '如皋市如城街道解放路36号',
    phone: '0513-87600211',
  },
  {
    id: 'rg-dd-2',
    parent: 'rg-dd',
    name: '二中队',
    short: '二中队',
    kind: 'squad',
    duties: '城北片区占道经营、户外广告、渣土运输管理',
    address: '如皋市如城街道益寿北路120号',
    phone: '0513-87600212',
  },
  {
    id: 'rg-dd-3',
    parent: 'rg-dd',
    name: '三中队',
    short: '三中队',
    kind: 'squad',
    duties: '城南片区及夜间执法、油烟噪声整治',
    address: '如皋市如城街道宁海南路58号',
    phone: '0513-87600213',
  },
  {
    id: 'tw-rc',
    parent: 'rg',
    name: '如皋经济技术开发区城管分局',
    short: '开发区分局',
    kind: 'township',
    duties: '开发区范围内城市管理综合执法',
    address: '如皋经济技术开发区兴源大道1号',
    phone: '0513-87600301',
  },
  {
    id: 'tw-cj',
    parent: 'rg',
    name: '长江镇城管办',
    short: '长江镇',
    kind: 'township',
    duties: '长江镇范围内城市管理综合执法',
    address: '如皋市长江镇江海路8号',
    phone: '0513-87600302',
  },
  {
    id: 'tw-bp',
    parent: 'rg',
    name: '白蒲镇城管办',
    short: '白蒲镇',
    kind: 'township',
    duties: '白蒲镇范围内城市管理综合执法',
    address: '如皋市白蒲镇文化路16号',
    phone: '0513-87600303',
  },
  {
    id: 'ext-sfj',
    parent: null,
    name: '如皋市司法局',
    short: '司法局',
    kind: 'external',
    duties: '行政执法监督，接收规范性文件和重大执法决定备案',
    address: '如皋市如城街道行政中心',
    phone: '0513-87600900',
  },
];

/** People per unit: [position, count, has enforcement certificate, has legal qualification]. */
export const STAFFING: Record<string, [string, number, boolean, boolean][]> = {
  'rg-ld': [
    ['局长', 1, true, false],
    ['副局长', 2, true, false],
  ],
  'rg-bgs': [['科员', 2, false, false]],
  'rg-fgk': [
    ['科长', 1, true, true],
    ['法制审核员', 2, true, true],
    ['公示专员', 1, true, false],
  ],
  'rg-jdzx': [
    ['主任', 1, true, false],
    ['值班员', 2, true, false],
  ],
  'rg-dd': [
    ['大队长', 1, true, false],
    ['副大队长', 1, true, false],
  ],
  'rg-dd-fzk': [
    ['科长', 1, true, true],
    ['法制审核员', 2, true, true],
  ],
  'rg-dd-1': [
    ['中队长', 1, true, false],
    ['执法队员', 5, true, false],
  ],
  'rg-dd-2': [
    ['中队长', 1, true, false],
    ['执法队员', 5, true, false],
  ],
  'rg-dd-3': [
    ['中队长', 1, true, false],
    ['执法队员', 4, true, false],
  ],
  'tw-rc': [
    ['负责人', 1, true, false],
    ['执法队员', 2, true, false],
  ],
  'tw-cj': [
    ['负责人', 1, true, false],
    ['执法队员', 2, true, false],
  ],
  'tw-bp': [
    ['负责人', 1, true, false],
    ['执法队员', 2, true, false],
  ],
  'ext-sfj': [['执法监督科科长', 1, false, false]],
};

export const DEMO_PASSWORD = 'Rugao@2026!';

/** One demo account per role (README lists them); `person` picks the unit's n-th person by position. */
export interface DemoAccount {
  username: string;
  role: RoleCode;
  unit: string;
  position: string;
  mustChangePassword?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'zhifa', role: 'officer', unit: 'rg-dd-1', position: '执法队员' },
  { username: 'zhongdui', role: 'squad_leader', unit: 'rg-dd-1', position: '中队长' },
  { username: 'fazhike', role: 'brigade_reviewer', unit: 'rg-dd-fzk', position: '法制审核员' },
  { username: 'fagui', role: 'bureau_reviewer', unit: 'rg-fgk', position: '法制审核员' },
  { username: 'juzhang', role: 'bureau_head', unit: 'rg-ld', position: '局长' },
  { username: 'gongshi', role: 'publicity_officer', unit: 'rg-fgk', position: '公示专员' },
  { username: 'jiandu', role: 'supervisor', unit: 'rg-jdzx', position: '值班员' },
  { username: 'changjiang', role: 'township_officer', unit: 'tw-cj', position: '执法队员' },
  { username: 'sifaju', role: 'judicial', unit: 'ext-sfj', position: '执法监督科科长' },
  { username: 'sysadmin', role: 'sysadmin', unit: 'rg-bgs', position: '科员' },
  { username: 'secadmin', role: 'secadmin', unit: 'rg-bgs', position: '科员' },
  { username: 'auditadmin', role: 'auditadmin', unit: 'rg-fgk', position: '科长' },
  { username: 'xinyuan', role: 'officer', unit: 'rg-dd-2', position: '执法队员', mustChangePassword: true },
];

export const BUREAU_PROFILE: BureauProfile = {
  name: '如皋市城市管理局',
  legalBasis:
    '依法设立的行政执法机关，以自己名义行使城市管理领域行政处罚权及相关行政强制、行政检查权（如皋市综合行政执法局）',
  duties: [
    '贯彻执行城市管理方面的法律、法规和规章，拟订城市管理规范性文件并组织实施',
    '负责市容环境卫生、城市绿化、市政公用设施等方面的监督管理',
    '依法集中行使城乡规划、市容环卫、园林绿化、市政管理、环境保护等领域的行政处罚权及相关行政强制措施',
    '负责违法建设的查处和户外广告、占道经营、建筑垃圾运输的管理执法',
    '组织实施行政执法公示、执法全过程记录和重大执法决定法制审核制度',
    '负责12319城市管理服务热线和数字化城管的指挥调度与监督考核',
  ],
  address: '如皋市如城街道海阳南路88号',
  postcode: '226500',
  phone: '0513-87600100',
  hours: '工作日 上午8:30–12:00，下午14:00–17:30（法定节假日除外）',
  complaints: [
    { channel: '城管服务热线', contact: '12319（24小时）' },
    { channel: '政务服务便民热线', contact: '12345' },
    { channel: '执法监督投诉', contact: '局法规科 0513-87600106' },
    { channel: '来信地址', contact: '如皋市如城街道海阳南路88号 局法规科（邮编226500）' },
  ],
  remedies: [
    {
      kind: '行政复议',
      body: '如皋市人民政府',
      deadline: '60日内',
      address: '如皋市如城街道行政中心 市司法局行政复议窗口',
    },
    {
      kind: '行政诉讼',
      body: '有管辖权的人民法院',
      deadline: '6个月内',
      address: '依《行政诉讼法》确定管辖法院',
    },
  ],
};
