import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { draftReport } from './draft-report.js';
import { disposition, exportReport } from './export-report.js';
import { listRemedies } from './list-remedies.js';
import { getReport, listReports } from './list-reports.js';
import { registerRemedy } from './register-remedy.js';
import {
  remedyBody,
  remedyIdParams,
  remedyListQuery,
  remedyListSchema,
  remedySchema,
  reportListSchema,
  reportSchema,
  reviewBody,
  versionBody,
  yearParams,
} from './schemas.js';
import { transitionReport } from './transition-report.js';
import { updateRemedy } from './update-remedy.js';

// P-11: the annual statistics report (draft → review by the head → publish by 10 January), its downloads,
// and the register of reconsiderations and suits whose outcomes it counts.
export function annualReportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['annual-report'];
    app.get(
      '/annual-reports',
      {
        config: { access: 'annual-report.read' },
        schema: { tags, summary: '年度报告 Annual reports', response: { 200: reportListSchema } },
      },
      async () => listReports(deps),
    );
    app.get(
      '/annual-reports/:year',
      {
        config: { access: 'annual-report.read' },
        schema: {
          tags,
          summary: '年度报告详情 Annual report',
          params: yearParams,
          response: { 200: reportSchema },
        },
      },
      async (request) => getReport(deps, request.params.year),
    );
    for (const format of ['xlsx', 'pdf'] as const)
      app.get(
        `/annual-reports/:year/export.${format}`,
        {
          config: { access: 'annual-report.read' },
          schema: { tags, summary: `年度报告下载 Download (${format})`, params: yearParams },
        },
        async (request, reply) => {
          const file = await exportReport(deps, await getReport(deps, request.params.year), format);
          return reply
            .type(file.contentType)
            .header('content-disposition', disposition(file.fileName))
            .send(file.body);
        },
      );
    app.post(
      '/annual-reports/:year/draft',
      {
        config: { access: 'annual-report.edit' },
        schema: {
          tags,
          summary: '计算（重新计算）草稿 Compute the draft',
          params: yearParams,
          body: versionBody,
          response: { 200: reportSchema },
        },
      },
      async (request) =>
        draftReport(deps, requestContext(request), request.params.year, request.body.version),
    );
    app.post(
      '/annual-reports/:year/submit',
      {
        config: { access: 'annual-report.edit' },
        schema: {
          tags,
          summary: '提交审核 Submit for review',
          params: yearParams,
          body: versionBody,
          response: { 200: reportSchema },
        },
      },
      async (request) =>
        transitionReport(deps, requestContext(request), request.params.year, request.body.version, {
          step: 'submit',
        }),
    );
    app.post(
      '/annual-reports/:year/review',
      {
        config: { access: 'annual-report.approve' },
        schema: {
          tags,
          summary: '局长审核 Review (approve or return)',
          params: yearParams,
          body: reviewBody,
          response: { 200: reportSchema },
        },
      },
      async (request) =>
        transitionReport(deps, requestContext(request), request.params.year, request.body.version, {
          step: request.body.decision,
          opinion: request.body.opinion,
        }),
    );
    app.post(
      '/annual-reports/:year/publish',
      {
        config: { access: 'annual-report.edit' },
        schema: {
          tags,
          summary: '公开 Publish on the portal',
          params: yearParams,
          body: versionBody,
          response: { 200: reportSchema },
        },
      },
      async (request) =>
        transitionReport(deps, requestContext(request), request.params.year, request.body.version, {
          step: 'publish',
        }),
    );
    app.get(
      '/remedies',
      {
        config: { access: 'remedies.read' },
        schema: {
          tags,
          summary: '复议诉讼登记 Reconsiderations and suits',
          querystring: remedyListQuery,
          response: { 200: remedyListSchema },
        },
      },
      async (request) => listRemedies(deps, request.query),
    );
    app.post(
      '/remedies',
      {
        config: { access: 'remedies.edit' },
        schema: { tags, summary: '登记复议诉讼 Register', body: remedyBody, response: { 201: remedySchema } },
      },
      async (request, reply) =>
        reply.status(201).send(await registerRemedy(deps, requestContext(request), request.body)),
    );
    app.put(
      '/remedies/:id',
      {
        config: { access: 'remedies.edit' },
        schema: {
          tags,
          summary: '修改复议诉讼登记 Change',
          params: remedyIdParams,
          body: remedyBody,
          response: { 200: remedySchema },
        },
      },
      async (request) => updateRemedy(deps, requestContext(request), request.params.id, request.body),
    );
  };
}
