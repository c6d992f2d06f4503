import { randomUUID } from 'node:crypto';
import { DEFAULT_PUBLICITY_POLICY, publicationDue } from '@sanxiang/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReportDeadline } from '../src/annual-report/deadline.js';
import { loadCalendar } from '../src/calendar/load-calendar.js';
import { todayInChina } from '../src/clock.js';
import { type TestApp, testApp } from './support/test-app.js';

// P-11: drafted by the publicity officer, reviewed (approved or returned) by the bureau head, published
// by 10 January of the following year (the publicity policy's rule); only published reports reach the
// portal, with charts and xlsx/PDF downloads.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('the deadline rule (P-11: 每年1月10日前公开上年度数据)', () => {
  it('comes from the publicity policy: 10 January of the following year', async () => {
    const calendar = await loadCalendar(t.deps.db);
    expect(DEFAULT_PUBLICITY_POLICY['annual-report'].deadline).toMatchObject({
      kind: 'day-of-next-year',
      month: 1,
      day: 10,
    });
    for (const year of [2023, 2024, 2025]) {
      const d = annualReportDeadline(calendar, year, `${year + 1}-01-01`, null);
      expect(d.due).toBe(`${year + 1}-01-10`);
      expect(d.due).toBe(publicationDue(calendar, 'annual-report', `${year}-06-30`).due);
      expect(d.rule).toBe('次年1月10日前');
    }
  });

  it('is overdue the day after the due day while unpublished, and a late publication stays marked late', async () => {
    const calendar = await loadCalendar(t.deps.db);
    expect(annualReportDeadline(calendar, 2025, '2026-01-10', null).overdue).toBe(false);
    expect(annualReportDeadline(calendar, 2025, '2026-01-11', null).overdue).toBe(true);
    expect(annualReportDeadline(calendar, 2025, '2026-03-01', '2026-01-10')).toMatchObject({
      overdue: false,
      publishedLate: false,
    });
    expect(annualReportDeadline(calendar, 2025, '2026-03-01', '2026-01-12')).toMatchObject({
      overdue: false,
      publishedLate: true,
    });
  });
});

describe('demo: 2025 published, 2026 drafted', () => {
  it('the portal shows the 2025 report with server-rendered charts, tables and downloads; no script', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/annual-reports' });
    expect(list.body).toContain('/annual-reports/2025');
    expect(list.body).not.toContain('/annual-reports/2026');
    const page = await t.app.inject({ method: 'GET', url: '/annual-reports/2025' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body.match(/<svg[^>]*role="img"/g)?.length).toBe(2);
    const row = await t.deps.db
      .selectFrom('annual_reports')
      .select(['figures', 'published_on'])
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    const figures = row.figures as unknown as {
      acts: { name: string; count: number }[];
      fines: { amount: number };
    };
    for (const a of figures.acts) expect(page.body).toContain(`<th scope="row">${a.name}</th>`);
    expect(figures.acts.find((a) => a.name === '行政处罚')!.count).toBeGreaterThan(0);
    expect(row.published_on! <= '2026-01-10').toBe(true);

    const xlsx = await t.app.inject({ method: 'GET', url: '/annual-reports/2025/report.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('执法行为')!;
    const counts: Record<string, unknown> = {};
    ws.eachRow((r, i) => {
      if (i > 3) counts[String(r.getCell(1).value)] = r.getCell(2).value;
    });
    for (const a of figures.acts) expect([a.count, '无此职权']).toContain(counts[a.name]);
    const pdf = await t.app.inject({ method: 'GET', url: '/annual-reports/2025/report.pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the 2026 draft is not public: page and downloads answer 404', async () => {
    const row = await t.deps.db
      .selectFrom('annual_reports')
      .select('status')
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
    for (const url of [
      '/annual-reports/2026',
      '/annual-reports/2026/report.xlsx',
      '/annual-reports/2026/report.pdf',
      '/annual-reports/1999',
    ])
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
  });
});

describe('draft → review → publish (P-11)', () => {
  const YEAR = 2024;

  it('runs the workflow with the head approving, each step audited, and freezes what was approved', async () => {
    const gongshi = await t.as('gongshi');
    const juzhang = await t.as('juzhang');
    const zhifa = await t.as('zhifa');
    expect((await zhifa.get(`/api/v1/annual-reports/${YEAR}`)).statusCode).toBe(403);
    expect((await juzhang.post(`/api/v1/annual-reports/${YEAR}/draft`, { version: 0 })).statusCode).toBe(403);

    let r = await gongshi.post(`/api/v1/annual-reports/${YEAR}/draft`, { version: 0 });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'draft', version: 1, computedAsOf: `${YEAR}-12-31` });
    expect(r.json().deadline.due).toBe(`${YEAR + 1}-01-10`);
    // A step on a version the caller has not seen, and a step out of order, change nothing.
    expect((await gongshi.post(`/api/v1/annual-reports/${YEAR}/submit`, { version: 5 })).json().code).toBe(
      'STALE_VERSION',
    );
    const early = await gongshi.post(`/api/v1/annual-reports/${YEAR}/publish`, { version: 1 });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ANNUAL_REPORT_STATUS_INVALID');

    r = await gongshi.post(`/api/v1/annual-reports/${YEAR}/submit`, { version: 1 });
    expect(r.json()).toMatchObject({ status: 'submitted', version: 2 });
    expect(
      (
        await gongshi.post(`/api/v1/annual-reports/${YEAR}/review`, {
          version: 2,
          decision: 'approve',
          opinion: '同意',
        })
      ).statusCode,
    ).toBe(403);
    r = await juzhang.post(`/api/v1/annual-reports/${YEAR}/review`, {
      version: 2,
      decision: 'return',
      opinion: '请核对罚没金额',
    });
    expect(r.json()).toMatchObject({ status: 'draft', returnedReason: '请核对罚没金额' });

    // A penalty recorded late for that year is picked up by the recomputation.
    const before = r.json().figures.acts.find((a: { key: string }) => a.key === 'penalty').count;
    const id = randomUUID();
    await t.deps.db
      .insertInto('cases')
      .values({
        id,
        source_no: `T${YEAR}-late`,
        query_code: 'ABCDEFGH',
        procedure: 'simple',
        stage: 'archived',
        unit_id: 'rg-dd-1',
        source: 'patrol',
        summary: 's',
        place: 'p',
        occurred_on: `${YEAR}-05-05`,
        discovered_on: `${YEAR}-05-05`,
        decision: JSON.stringify({ penalty: { fine: 50 } }),
        flags: '{}',
        created_by: 'u-zhifa',
      })
      .execute();
    await t.deps.db
      .insertInto('case_events')
      .values({
        id: randomUUID(),
        case_id: id,
        action: 'deliver-decision',
        at: new Date(`${YEAR}-05-05T10:00:00+08:00`),
        actor_id: 'u-zhifa',
        actor_name: 'z',
        payload: '{}',
      })
      .execute();
    r = await gongshi.post(`/api/v1/annual-reports/${YEAR}/draft`, { version: r.json().version });
    expect(r.json().figures.acts.find((a: { key: string }) => a.key === 'penalty').count).toBe(before + 1);
    r = await gongshi.post(`/api/v1/annual-reports/${YEAR}/submit`, { version: r.json().version });
    r = await juzhang.post(`/api/v1/annual-reports/${YEAR}/review`, {
      version: r.json().version,
      decision: 'approve',
      opinion: '同意公开',
    });
    expect(r.json()).toMatchObject({ status: 'approved', reviewOpinion: '同意公开' });
    expect((await t.app.inject({ method: 'GET', url: `/annual-reports/${YEAR}` })).statusCode).toBe(404);
    r = await gongshi.post(`/api/v1/annual-reports/${YEAR}/publish`, { version: r.json().version });
    expect(r.json()).toMatchObject({ status: 'published', publishedOn: todayInChina() });
    // Published after 10 January of the next year: marked late, on the record.
    expect(r.json().deadline.publishedLate).toBe(todayInChina() > `${YEAR + 1}-01-10`);
    expect((await t.app.inject({ method: 'GET', url: `/annual-reports/${YEAR}` })).statusCode).toBe(200);
    // What was approved is what stays published: a later record of that year does not change it.
    const published = r.json().figures;
    const late = randomUUID();
    await t.deps.db
      .insertInto('cases')
      .values({
        id: late,
        source_no: `T${YEAR}-later`,
        query_code: 'ABCDEFGH',
        procedure: 'simple',
        stage: 'archived',
        unit_id: 'rg-dd-1',
        source: 'patrol',
        summary: 's',
        place: 'p',
        occurred_on: `${YEAR}-06-06`,
        discovered_on: `${YEAR}-06-06`,
        decision: JSON.stringify({ penalty: { fine: 70 } }),
        flags: '{}',
        created_by: 'u-zhifa',
      })
      .execute();
    await t.deps.db
      .insertInto('case_events')
      .values({
        id: randomUUID(),
        case_id: late,
        action: 'deliver-decision',
        at: new Date(`${YEAR}-06-06T10:00:00+08:00`),
        actor_id: 'u-zhifa',
        actor_name: 'z',
        payload: '{}',
      })
      .execute();
    expect((await gongshi.get(`/api/v1/annual-reports/${YEAR}`)).json().figures).toEqual(published);
    const redo = await gongshi.post(`/api/v1/annual-reports/${YEAR}/draft`, { version: r.json().version });
    expect(redo.json().code).toBe('ANNUAL_REPORT_STATUS_INVALID');

    const ops = await t.deps.db
      .selectFrom('audit_events')
      .select(['operation', 'actor_username'])
      .where('target_type', '=', 'annual_report')
      .where('target_id', '=', String(YEAR))
      .orderBy('seq')
      .execute();
    expect(ops.map((o) => `${o.operation}:${o.actor_username}`)).toEqual([
      'annual-report.drafted:gongshi',
      'annual-report.submitted:gongshi',
      'annual-report.returned:juzhang',
      'annual-report.drafted:gongshi',
      'annual-report.submitted:gongshi',
      'annual-report.approved:juzhang',
      'annual-report.published:gongshi',
    ]);
  });

  it('a year still running can be drafted but not submitted: its figures are not final', async () => {
    const gongshi = await t.as('gongshi');
    const year = Number(todayInChina().slice(0, 4));
    const current = (await gongshi.get(`/api/v1/annual-reports/${year}`)).json();
    const res = await gongshi.post(`/api/v1/annual-reports/${year}/submit`, { version: current.version });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ANNUAL_REPORT_YEAR_OPEN');
    const after = (await gongshi.get(`/api/v1/annual-reports/${year}`)).json();
    expect(after.status).toBe(current.status);
    expect((await gongshi.post(`/api/v1/annual-reports/${year + 1}/draft`, { version: 0 })).statusCode).toBe(
      404,
    );
  });

  it('the list shows this year and last year with their deadlines; staff downloads name the status', async () => {
    const jiandu = await t.as('jiandu');
    const items = (await jiandu.get('/api/v1/annual-reports')).json().items as {
      year: number;
      status: string;
    }[];
    const year = Number(todayInChina().slice(0, 4));
    expect(items.map((i) => i.year)).toEqual(expect.arrayContaining([year, year - 1]));
    const x = await jiandu.get(`/api/v1/annual-reports/${year}/export.xlsx`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(String(wb.getWorksheet('执法行为')!.getCell('A2').value)).toContain('草稿');
  });
});

describe('register of reconsiderations and suits', () => {
  it('the regulation section registers one and records its outcome; an outcome without a date is refused', async () => {
    const fagui = await t.as('fagui');
    const body = {
      kind: 'suit',
      caseNo: null,
      decisionNo: '皋城管罚决〔2024〕第0001号',
      applicant: '某公司',
      organ: '如皋市人民法院',
      filedOn: '2024-03-01',
      outcome: 'pending',
      outcomeOn: null,
      note: '',
    };
    const r = await fagui.post('/api/v1/remedies', body);
    expect(r.statusCode).toBe(201);
    const bad = await fagui.put(`/api/v1/remedies/${r.json().id}`, { ...body, outcome: 'dismissed' });
    expect(bad.json().code).toBe('REMEDY_OUTCOME_DATE');
    const ok = await fagui.put(`/api/v1/remedies/${r.json().id}`, {
      ...body,
      outcome: 'dismissed',
      outcomeOn: '2024-09-01',
    });
    expect(ok.json()).toMatchObject({ outcome: 'dismissed', outcomeOn: '2024-09-01' });
    expect((await (await t.as('gongshi')).post('/api/v1/remedies', body)).statusCode).toBe(403);
    const listed = (await fagui.get('/api/v1/remedies?year=2024&kind=suit')).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(r.json().id);
  });
});
