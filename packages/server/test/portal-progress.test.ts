import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicProgress } from '../src/cases/public-progress.js';
import { escapeHtml } from '../src/portal/html.js';
import { type TestApp, testApp } from './support/test-app.js';

// 案件进度查询 on the portal (P-08; Case handling item 8). The expectations come from the demo cases in the
// database and the public progress operation itself, never from hard-coded demo values.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return { status: res.statusCode, html: res.body };
};

const progressUrl = (caseNo: string, code: string) =>
  `/progress?caseNo=${encodeURIComponent(caseNo)}&code=${encodeURIComponent(code)}`;

/** A demo case that has been filed and has a clock running, with its parties. */
async function demoCase() {
  const row = await t.deps.db
    .selectFrom('cases')
    .innerJoin('case_deadlines', 'case_deadlines.case_id', 'cases.id')
    .select(['cases.id', 'cases.case_no', 'cases.query_code', 'cases.summary', 'cases.place'])
    .where('cases.case_no', 'is not', null)
    .where('case_deadlines.status', '=', 'running')
    .orderBy('cases.source_no')
    .executeTakeFirstOrThrow();
  const parties = await t.deps.db
    .selectFrom('case_parties')
    .select(['name', 'id_number', 'credit_code', 'address', 'phone'])
    .where('case_id', '=', row.id)
    .execute();
  return { ...row, caseNo: row.case_no!, parties };
}

const NOT_FOUND = '未找到对应的案件';

describe('portal progress query (P-08)', () => {
  it('shows the empty form, labelled, with hints where the number and code are printed', async () => {
    const { status, html } = await get('/progress');
    expect(status).toBe(200);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1>案件进度查询</h1>');
    expect(html).toMatch(/<a href="\/progress" aria-current="page">进度查询<\/a>/);
    expect(html).toMatch(/<form class="inline progress-form" method="get" action="\/progress">/);
    expect(html).toContain('<label for="caseNo">案件编号</label>');
    expect(html).toContain('<label for="code">查询码</label>');
    expect(html).toContain('aria-describedby="caseNo-hint"');
    expect(html).toContain('aria-describedby="code-hint"');
    expect(html).toContain('案件查询码');
    expect(html).not.toContain(NOT_FOUND);
    expect(html).not.toContain('class="result"');
  });

  it('shows procedure, stage, status and running deadlines for the right number and code', async () => {
    const c = await demoCase();
    const p = await publicProgress(t.deps, c.caseNo, c.query_code);
    expect(p.deadlines.length).toBeGreaterThan(0);
    // The code is accepted in lower case, as a party may type it.
    const { status, html } = await get(progressUrl(c.caseNo, c.query_code.toLowerCase()));
    expect(status).toBe(200);
    expect(html).toContain('class="result"');
    expect(html).toContain(escapeHtml(p.caseNo));
    expect(html).toContain(escapeHtml(p.procedureName));
    expect(html).toContain(`<dd class="stage">${escapeHtml(p.stageName)}</dd>`);
    expect(html).toContain({ open: '办理中', closed: '已结案', archived: '已归档' }[p.status]);
    for (const d of p.deadlines) {
      expect(html).toContain(`<tr><td>${escapeHtml(d.name)}</td><td class="due-date">${d.due}</td></tr>`);
    }
    expect(html).not.toContain(NOT_FOUND);
  });

  it('shows no party name, identifier, address, phone, summary or place', async () => {
    const c = await demoCase();
    expect(c.parties.length).toBeGreaterThan(0);
    const { html } = await get(progressUrl(c.caseNo, c.query_code));
    expect(html).toContain('class="result"');
    const secrets = [
      c.summary,
      c.place,
      ...c.parties.flatMap((p) => [p.name, p.id_number, p.credit_code, p.address, p.phone]),
    ].filter((s): s is string => typeof s === 'string' && s.trim().length > 1);
    expect(secrets.length).toBeGreaterThan(2);
    for (const s of secrets) {
      expect(html, s).not.toContain(escapeHtml(s));
    }
  });

  it('answers a wrong code and a wrong number with the same neutral message', async () => {
    const c = await demoCase();
    const wrongCode = await get(progressUrl(c.caseNo, c.query_code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA'));
    const wrongNo = await get(progressUrl(`${c.caseNo}X`, c.query_code));
    const empty = await get(progressUrl('', ''));
    for (const r of [wrongCode, wrongNo, empty]) {
      expect(r.status).toBe(200);
      expect(r.html).toContain(NOT_FOUND);
      expect(r.html).not.toContain('class="result"');
      expect(r.html).not.toMatch(/案件编号(错误|有误|不存在)|查询码(错误|有误|不正确)/);
    }
    const alert = (html: string) => html.match(/<div class="error" role="alert">[^<]*<\/div>/)?.[0];
    expect(alert(wrongCode.html)).toBeDefined();
    expect(alert(wrongCode.html)).toBe(alert(wrongNo.html));
  });

  it('escapes what the reader typed and what the case holds', async () => {
    const typed = await get(progressUrl('<script>alert(1)</script>"', `"><img src=x onerror=alert(1)>`));
    expect(typed.html).not.toMatch(/<script/i);
    expect(typed.html).not.toContain('<img');
    expect(typed.html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;"');
    expect(typed.html).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');

    const c = await demoCase();
    const odd = `皋城管<b>"&'〔2026〕`;
    await t.deps.db.updateTable('cases').set({ case_no: odd }).where('id', '=', c.id).execute();
    try {
      const { html } = await get(progressUrl(odd, c.query_code));
      expect(html).toContain('class="result"');
      expect(html).not.toContain('<b>');
      expect(html).toContain(`<dd>${escapeHtml(odd)}</dd>`);
    } finally {
      await t.deps.db.updateTable('cases').set({ case_no: c.caseNo }).where('id', '=', c.id).execute();
    }
  });
});
