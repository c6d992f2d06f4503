import type { Deadline, DeadlineUnit } from './deadline.js';
import { addDays, yearOf } from './iso-date.js';
import type { DayInfo, WorkingCalendar } from './working-calendar.js';

// A deadline must be explainable to the party and to the reviewer (DOMAIN "Counting time"): which
// holidays were skipped, which 调休 Saturdays counted, why the end moved. Plain weekends are left out
// because everybody already knows about them.

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Longer than any holiday run a notice has ever set, so a run is never cut short when looking back. */
const LOOK_BACK_DAYS = 31;

interface HolidayRun {
  first: string;
  last: string;
  /** Festival names in order of first appearance (国庆节 before 中秋节 in 2025). */
  names: string[];
}

export function explainDeadline(
  cal: WorkingCalendar,
  d: Deadline,
  lastCounted: string,
): { zh: string; en: string } {
  // Month-day is enough inside the event's year; a date in another year is written in full.
  const fmt = (date: string) => (yearOf(date) === yearOf(d.from) ? date.slice(5) : date);
  const rangeZh = (a: string, b: string) => (a === b ? fmt(a) : `${fmt(a)}至${fmt(b)}`);
  const rangeEn = (a: string, b: string) => (a === b ? fmt(a) : `${fmt(a)}..${fmt(b)}`);
  const runZh = (r: HolidayRun) => `${rangeZh(r.first, r.last)}为${namesZh(r)}`;
  const runEn = (r: HolidayRun) =>
    r.first === r.last
      ? `${rangeEn(r.first, r.last)} is ${namesEn(r, false)}`
      : `${rangeEn(r.first, r.last)} are ${namesEn(r, true)}`;

  let leadZh = `自${d.from}次日起计算${unitZh(d.unit, d.days)}`;
  let leadEn = `${unitEn(d.unit, d.days)} from ${d.from}`;
  if (d.extensions.length > 0) {
    leadZh += `，经延期${d.extensions.map((e) => unitZh(d.unit, e.days) + paren(e.reason, '（', '）')).join('、')}，共${unitZh(d.unit, d.totalDays)}`;
    leadEn += `, extended by ${joinEn(d.extensions.map((e) => `${e.days}${paren(e.reason, ' (', ')')}`))} to ${unitEn(d.unit, d.totalDays)}`;
  }
  if (d.rule) {
    leadZh = `依据${d.rule}，${leadZh}`;
    leadEn = `Under ${d.rule}, ${leadEn}`;
  }

  const zh: string[] = [];
  const en: string[] = [];
  for (const s of d.suspensions) {
    if (s.daysNotCounted === 0) continue;
    zh.push(
      `${rangeZh(s.from, s.to)}中止${paren(s.reason, '（', '）')}，${unitZh(d.unit, s.daysNotCounted)}不计入期限`,
    );
    en.push(
      `suspended ${rangeEn(s.from, s.to)}${paren(s.reason, ' (', ')')}: ${unitEn(d.unit, s.daysNotCounted)} not counted`,
    );
  }

  if (d.unit === 'working') {
    // Only what lay inside the counted period changed the count.
    const runs = holidayRuns(cal, d.start, d.due);
    zh.push(...runs.map(runZh));
    en.push(...runs.map(runEn));
    const makeUps = days(cal, d.start, d.due).filter((i) => i.kind === 'workday');
    if (makeUps.length > 0) {
      zh.push(`${makeUps.map((i) => `${fmt(i.date)}（${WEEKDAY_ZH[i.weekday]}）`).join('、')}为调休工作日`);
      const list = joinEn(makeUps.map((i) => `${WEEKDAY_EN[i.weekday]} ${fmt(i.date)}`));
      en.push(makeUps.length === 1 ? `${list} is a 调休 working day` : `${list} are 调休 working days`);
    }
  } else if (d.movedFrom !== undefined) {
    // 民事诉讼法 art. 85: the last day fell on a rest day, so the period runs to the next working day.
    const m = cal.dayInfo(d.movedFrom);
    const runs = holidayRuns(cal, addDays(m.date, -LOOK_BACK_DAYS), addDays(d.due, -1)).filter(
      (r) => r.last >= m.date,
    );
    const whyZh = runs.length > 0 ? `（${runs.map(runZh).join('，')}）` : '';
    const whyEn = runs.length > 0 ? ` (${runs.map(runEn).join(', ')})` : '';
    zh.push(`期间末日${fmt(m.date)}（${WEEKDAY_ZH[m.weekday]}）为休息日${whyZh}，顺延至其后第一个工作日`);
    en.push(
      `the last day, ${WEEKDAY_EN[m.weekday]} ${fmt(m.date)}, is a rest day${whyEn}, so the period ends on the next working day`,
    );
  } else {
    const last = cal.dayInfo(lastCounted);
    if (last.kind === 'workday') {
      zh.push(`期间末日${fmt(last.date)}（${WEEKDAY_ZH[last.weekday]}）为调休工作日，不顺延`);
      en.push(
        `the last day, ${WEEKDAY_EN[last.weekday]} ${fmt(last.date)}, is a 调休 working day, so it stands`,
      );
    }
  }

  return {
    zh: `${leadZh}${zh.length > 0 ? `：${zh.join('，')}` : ''}；截止日期${d.due}。`,
    en: `${leadEn}${en.length > 0 ? `: ${en.join(', ')}` : ''}; due ${d.due}.`,
  };
}

/** Every day in [a, b]. */
function days(cal: WorkingCalendar, a: string, b: string): DayInfo[] {
  const out: DayInfo[] = [];
  for (let date = a; date <= b; date = addDays(date, 1)) out.push(cal.dayInfo(date));
  return out;
}

/** Holidays in [a, b], consecutive dates grouped into one run whatever festival each day belongs to. */
function holidayRuns(cal: WorkingCalendar, a: string, b: string): HolidayRun[] {
  const runs: HolidayRun[] = [];
  let previous: string | undefined;
  for (const info of days(cal, a, b)) {
    if (info.kind !== 'holiday') continue;
    const current = runs.at(-1);
    if (current && previous !== undefined && addDays(previous, 1) === info.date) {
      current.last = info.date;
      if (info.name && !current.names.includes(info.name)) current.names.push(info.name);
    } else {
      runs.push({ first: info.date, last: info.date, names: info.name ? [info.name] : [] });
    }
    previous = info.date;
  }
  return runs;
}

function namesZh(r: HolidayRun): string {
  return r.names.length > 0 ? `${r.names.join('、')}假期` : '法定节假日';
}

function namesEn(r: HolidayRun, plural: boolean): string {
  if (r.names.length === 0) return plural ? 'public holidays' : 'a public holiday';
  return plural ? `${r.names.join('/')} holidays` : `a ${r.names.join('/')} holiday`;
}

function unitZh(unit: DeadlineUnit, n: number): string {
  return unit === 'working' ? `${n}个工作日` : `${n}日`;
}

function unitEn(unit: DeadlineUnit, n: number): string {
  const noun = unit === 'working' ? 'working day' : 'calendar day';
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function paren(text: string, open: string, close: string): string {
  return text.trim() === '' ? '' : `${open}${text.trim()}${close}`;
}

function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
