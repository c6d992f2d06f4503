import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.js';
import type { RenderPage } from '../portal/catalog-routes.js';
import { html } from '../portal/html.js';
import { disposition, exportReport } from './export-report.js';
import { getPublishedReport, listPublishedYears } from './list-reports.js';
import { annualReportBody, annualReportListBody } from './portal-page.js';

/** P-11 on the portal: published reports only; a year not (yet) published answers 404 like any unknown URL. */
export function registerAnnualReportPages(app: FastifyInstance, deps: AppDeps, render: RenderPage): void {
  app.get('/annual-reports', async (request, reply) =>
    render(request, reply, '统计年报', '/annual-reports', async () =>
      annualReportListBody(await listPublishedYears(deps)),
    ),
  );
  app.get('/annual-reports/:year', async (request, reply) => {
    const { year } = request.params as { year: string };
    const report = /^\d{4}$/.test(year) ? await getPublishedReport(deps, Number(year)) : null;
    if (!report) {
      reply.status(404);
      return render(
        request,
        reply,
        '未找到',
        '/annual-reports',
        async () => html`<h1>未找到该年度报告</h1><p><a href="/annual-reports">查看已公开的年度报告</a></p>`,
      );
    }
    return render(request, reply, `${report.year}年度行政执法数据统计报告`, '/annual-reports', async () =>
      annualReportBody(report),
    );
  });
  app.get('/annual-reports/:year/report.:format', async (request, reply) => {
    const { year, format } = request.params as { year: string; format: string };
    const report = /^\d{4}$/.test(year) ? await getPublishedReport(deps, Number(year)) : null;
    if (!report || (format !== 'xlsx' && format !== 'pdf'))
      return reply.status(404).type('text/plain; charset=utf-8').send('未找到 Not found');
    const file = await exportReport(deps, report, format);
    return reply
      .type(file.contentType)
      .header('content-disposition', disposition(file.fileName))
      .send(file.body);
  });
}
