// How official documents write dates and sums: 二〇二六年十一月二十六日 (GB/T 9704 成文日期: the year in
// full with 〇, no leading zeros), and fines in capitals as on a receipt (人民币伍仟元整).

const DIGITS = '〇一二三四五六七八九';

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** '2026-11-26' → '二〇二六年十一月二十六日'. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  const year = [...m[1]!].map((d) => DIGITS[Number(d)]).join('');
  return `${year}年${smallNumber(Number(m[2]))}月${smallNumber(Number(m[3]))}日`;
}

/** '2026-11-26' → '2026年11月26日' (dates inside the text of a document, the usual Arabic form). */
export function textDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return '____年__月__日';
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A date and time 'YYYY-MM-DDTHH:MM' → '2026年11月26日9时30分'. */
export function textDateTime(value: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(value ?? '');
  if (!m) return textDate(value);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日${Number(m[4])}时${m[5]}分`;
}

const CAPITAL = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** Capitals of a whole number of yuan, grouped by 万: 50200 → '伍万零贰佰'. */
function capitalInteger(n: number): string {
  if (n === 0) return '零';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let out = '';
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (group === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (out && (pendingZero || group < 1000)) out += '零';
    pendingZero = false;
    let text = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(group / 10 ** i) % 10;
      if (d === 0) {
        zero = text !== '';
        continue;
      }
      if (zero) text += '零';
      zero = false;
      text += CAPITAL[d]! + SMALL_UNITS[i]!;
    }
    out += text + BIG_UNITS[g]!;
  }
  return out;
}

/** 5000 → '人民币伍仟元整'; 1234.5 → '人民币壹仟贰佰叁拾肆元伍角'. */
export function capitalYuan(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new Error(`not an amount: ${amount}`);
  const fen = Math.round(amount * 100);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let text = `${capitalInteger(yuan)}元`;
  if (jiao === 0 && cents === 0) return `人民币${text}整`;
  if (jiao) text += `${CAPITAL[jiao]}角`;
  else if (yuan) text += '零';
  if (cents) text += `${CAPITAL[cents]}分`;
  return `人民币${text}`;
}

/** 5000 → '5,000.00'. */
export function yuanFigures(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** 罚款人民币伍仟元整（¥5,000.00）. */
export function fineText(amount: number): string {
  return `${capitalYuan(amount)}（¥${yuanFigures(amount)}）`;
}

/** 5 → '五', 15 → '十五', 30 → '三十' (periods stated in words). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  return smallNumber(n);
}
