import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentContext } from './document-context.js';

// The standard wording library (R-03, 执法用语规范): phrases officers say and write in records and
// notices, kept as data in assets/wording/standard-wording.json so the legal section can revise them
// without touching code. Placeholders in braces are filled from a case.

const here = path.dirname(fileURLToPath(import.meta.url));
export const WORDING_FILE = path.resolve(here, '../../assets/wording/standard-wording.json');

export interface WordingPhrase {
  id: string;
  contexts: string[];
  name: string;
  text: string;
}

export interface WordingLibrary {
  title: string;
  titleEn: string;
  version: string;
  note: string;
  contexts: Record<string, string>;
  phrases: WordingPhrase[];
}

let library: WordingLibrary | null = null;

export function wordingLibrary(): WordingLibrary {
  if (!library) library = JSON.parse(fs.readFileSync(WORDING_FILE, 'utf8')) as WordingLibrary;
  return library;
}

export function phrase(id: string): WordingPhrase {
  const found = wordingLibrary().phrases.find((p) => p.id === id);
  if (!found) throw new Error(`no standard wording "${id}"`);
  return found;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Fills the placeholders it has values for; the rest become a blank line to write in by hand. */
export function fillWording(
  text: string,
  values: Record<string, string | undefined>,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(PLACEHOLDER, (_m, name: string) => {
    const v = values[name];
    if (v) return v;
    missing.push(name);
    return '________';
  });
  return { text: filled, missing: [...new Set(missing)] };
}

/** 2026-11-26T09:30 → 2026年11月26日9时30分 (what an officer says when the camera starts). */
function spokenTime(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const date = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return m[4] ? `${date}${Number(m[4])}时${m[5]}分` : date;
}

/** The values a case gives the placeholders. `now` is the moment of the record, China time. */
export function wordingValues(ctx: DocumentContext, now?: string): Record<string, string | undefined> {
  const officers = ctx.officers.filter((o) => o.name);
  const party = ctx.parties[0];
  return {
    organ: ctx.settings.organName,
    officers: officers.map((o) => o.name).join('、') || undefined,
    certificates: officers.map((o) => o.certificateNo ?? '________').join('、') || undefined,
    officersWithCertificates:
      officers.map((o) => `${o.name}（执法证号：${o.certificateNo ?? '________'}）`).join('、') || undefined,
    party: party?.name,
    you: party?.kind === 'organisation' ? '你单位' : '你',
    place: ctx.input.place ?? (ctx.case.place || undefined),
    matter:
      ctx.matter?.name?.replace(/^对/, '').replace(/的行政处罚$/, '') ?? (ctx.case.summary || undefined),
    caseNo: ctx.case.caseNo ?? ctx.case.sourceNo ?? undefined,
    date: spokenTime(ctx.today),
    now: now ? spokenTime(now) : undefined,
  };
}

/** A phrase filled from a case, for the templates (missing values print as blanks). */
export function sayFor(
  ctx: DocumentContext,
  id: string,
  extra: Record<string, string | undefined> = {},
): string {
  return fillWording(phrase(id).text, { ...wordingValues(ctx, ctx.input.startedAt), ...extra }).text;
}
