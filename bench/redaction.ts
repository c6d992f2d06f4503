// Redaction throughput (issue 7, Measure): run with
//   node --conditions=source --import tsx bench/redaction.ts
// Generates BENCH_DECISIONS (default 20,000) decision texts of the shape the workflow composes — party, ID
// number, phone, address, facts with witnesses and sometimes health data or a bank card — and measures how
// many decisions per second core's redactText handles, against two baselines in the same run: one regular
// expression pass over the same texts (the floor), and the word segmentation every published text gets
// for the search index anyway (segmentChinese).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { citizenIdCheckChar, redactText, segmentChinese } from '@sanxiang/core';

const N = Number(process.env.BENCH_DECISIONS || 20_000);
const root = path.resolve(import.meta.dirname, '..');

let seed = 20261127;
const rand = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
};
const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)]!;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['建国', '秀英', '志强', '桂兰', '国华', '海燕', '立新', '玉梅'];
const STREETS = ['解放路', '海阳路', '中山路', '宁海路', '福寿路', '益寿路'];
const CONDUCT = ['占道经营', '乱堆乱放', '跨门营业', '擅自设置户外广告', '违规倾倒建筑垃圾', '油烟直排'];

function idNumber(): string {
  const first17 = `320682${1950 + rand(50)}${String(1 + rand(12)).padStart(2, '0')}${String(1 + rand(28)).padStart(2, '0')}${String(rand(1000)).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}
function decision(i: number): string {
  const party = pick(SURNAMES) + pick(GIVEN);
  const witness = pick(SURNAMES) + pick(GIVEN);
  const lines = [
    `决定书文号：皋城管罚决字〔2026〕第${i}号`,
    `被处罚人：${party}，身份证号码${idNumber()}，住址：如皋市如城街道${pick(STREETS)}${1 + rand(200)}号，联系电话1${3 + rand(7)}${String(rand(1e9)).padStart(9, '0')}`,
    `主要违法事实：当事人于2026年${1 + rand(12)}月${1 + rand(28)}日在如皋市${pick(STREETS)}${1 + rand(200)}号门前${pick(CONDUCT)}，经执法人员当场责令改正，拒不改正。证人${witness}称当事人已持续多日。`,
    rand(5) === 0 ? '当事人称其患有高血压，请求从轻处罚。' : '当事人对违法事实无异议。',
    rand(4) === 0 ? `当事人以银行卡6222${String(rand(1e9)).padStart(12, '0').slice(0, 12)}缴纳罚款。` : '',
    `处罚依据：《城市市容和环境卫生管理条例》第三十六条`,
    `处罚内容：罚款人民币${50 + rand(20) * 50}元`,
    `作出处罚的机关：如皋市城市管理局`,
  ];
  return lines.filter(Boolean).join('\n');
}

const texts = Array.from({ length: N }, (_, i) => decision(i + 1));
const chars = texts.reduce((s, t) => s + t.length, 0);
function time(label: string, f: (t: string) => unknown): { label: string; ms: number; perSecond: number } {
  for (let i = 0; i < Math.min(500, N); i++) f(texts[i]!); // warm up
  const t0 = performance.now();
  let sink = 0;
  for (const t of texts) sink += Number(Boolean(f(t)));
  const ms = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return { label, ms: +ms.toFixed(1), perSecond: Math.round((N / ms) * 1000) };
}
const floor = time('one regular expression pass', (t) => t.replace(/\d{11,19}/g, '*'));
const segment = time('segmentChinese (search words)', segmentChinese);
const redact = time('redactText', (t) => redactText(t, { partyType: 'person' }).findings.length);
// The result is real: no generated ID number survives.
const leaked = texts.filter((t) =>
  /\d{17}[\dX]/.test(redactText(t, { partyType: 'person' }).redacted),
).length;
if (leaked) throw new Error(`${leaked} texts kept an ID number`);

const results = {
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
  decisions: N,
  averageChars: Math.round(chars / N),
  regexFloor: floor,
  segmentChinese: segment,
  redactText: redact,
  ratios: {
    redactOverRegexFloor: +(redact.ms / floor.ms).toFixed(1),
    redactOverSegmentation: +(redact.ms / segment.ms).toFixed(2),
  },
};
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/redaction.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
