import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1 } from './cases-helpers.js';
import { type Client, type TestApp, testApp } from './support/test-app.js';

// The demo's issued documents (demo/seed-case-documents.ts, P-06): a handful of demo cases carry the
// documents their stages required, generated through the documents part — numbered per kind and year in
// date order with no gap, rendered, stored, and served as the PDF whose digest was recorded.

let t: TestApp;
let zhifa: Client;
beforeAll(async () => {
  t = await testApp();
  zhifa = await t.as('zhifa');
});
afterAll(async () => {
  await t.close();
});

const docs = () =>
  t.deps.db
    .selectFrom('case_documents as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .select([
      'd.id',
      'd.case_id',
      'd.kind',
      'd.status',
      'd.number',
      'd.year',
      'd.serial',
      'd.issued_on',
      'd.pdf_sha256',
      'c.procedure',
      'c.stage',
      'c.unit_id',
    ])
    .execute();

describe('demo documents', () => {
  it('cases at telling stages carry the documents their stages required, all issued', async () => {
    const rows = await docs();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.every((r) => r.status === 'issued' && r.pdf_sha256)).toBe(true);
    const kinds = new Set(rows.map((r) => r.kind));
    for (const k of [
      'filing-approval',
      'inspection-record',
      'investigation-report',
      'legal-review-opinion',
      'prior-notice',
      'service-receipt',
      'penalty-decision',
      'hearing-notice',
      'closing-approval',
      'file-cover',
      'on-the-spot-decision',
      'coercive-measure-approval',
      'seizure-decision',
      'seizure-inventory',
      'demolition-deadline-notice',
      'demand-notice',
      'demolition-decision',
      'rectification-notice',
    ])
      expect(kinds, k).toContain(k);
    const stages = new Set(rows.map((r) => `${r.procedure}:${r.stage}`));
    for (const s of ['general:statement', 'general:service', 'general:archived', 'seizure:extended'])
      expect(stages, s).toContain(s);
  });

  it('are numbered per kind and year from 1 with no gap, in the order of their dates', async () => {
    const rows = (await docs()).filter((r) => r.number !== null);
    expect(rows.length).toBeGreaterThan(10);
    const byKind = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${r.kind}:${r.year}`;
      byKind.set(key, [...(byKind.get(key) ?? []), r]);
    }
    for (const [key, list] of byKind) {
      const sorted = [...list].sort((a, b) => a.serial! - b.serial!);
      expect(
        sorted.map((r) => r.serial),
        key,
      ).toEqual(sorted.map((_, i) => i + 1));
      const dates = sorted.map((r) => r.issued_on);
      expect(dates, key).toEqual([...dates].sort());
      for (const r of sorted) expect(r.number).toContain(`〔${r.year}〕第${r.serial}号`);
    }
    const decisions = rows.filter((r) => r.kind === 'penalty-decision');
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    for (const d of decisions) expect(d.number).toMatch(/^皋城管罚决字〔\d{4}〕第\d+号$/);
  });

  it('open as the PDF whose digest was recorded, for a case of the unit through the API', async () => {
    const rows = (await docs()).filter((r) => r.unit_id === 'rg-dd-1' && r.kind === 'prior-notice');
    expect(rows.length).toBeGreaterThan(0);
    const d = rows[0]!;
    const kase = (await zhifa.get(`${V1}/cases/${d.case_id}`)).json();
    const listed = kase.documents.find((x: { id: string }) => x.id === d.id);
    expect(listed).toMatchObject({ status: 'issued', number: d.number });
    const res = await zhifa.get(`${V1}/cases/${d.case_id}/documents/${d.id}/file.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(d.pdf_sha256);
  });
});
