import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { assertUnitVisible } from '../people/scope.js';
import { attachmentDisposition } from '../storage/receive-upload.js';
import { decideAmendment } from './decide-amendment.js';
import { downloadCaseFile } from './download-case-file.js';
import { exportCaseFile } from './export-case-file.js';
import { getCaseFile } from './get-case-file.js';
import { requestAmendment } from './request-amendment.js';
import {
  amendmentBody,
  amendmentDecisionBody,
  amendmentParams,
  caseFileSchema,
  caseParams,
  exportQuery,
  versionParams,
} from './schemas.js';
import { sealClosedCaseFile } from './seal-case-file.js';

// R-07 电子案卷: view, download, export, seal (recovery), amendments (docs/contracts/case-file-access-api.md).
export function caseFileRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['case-file'];
    app.get(
      '/cases/:id/case-file',
      {
        config: { access: 'case-file.read' },
        schema: {
          tags,
          summary: '电子案卷 The case file',
          params: caseParams,
          response: { 200: caseFileSchema },
        },
      },
      async (request) => getCaseFile(deps, requestContext(request), request.params.id),
    );
    app.get(
      '/cases/:id/case-file/versions/:version/pdf',
      {
        config: { access: 'case-file.read' },
        schema: { tags, summary: '下载封存的电子案卷 Download a sealed version', params: versionParams },
      },
      async (request, reply) => {
        const f = await downloadCaseFile(
          deps,
          requestContext(request),
          request.params.id,
          request.params.version,
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-length', String(f.size))
          .header('content-disposition', attachmentDisposition(f.name))
          .header('x-content-sha256', f.sha256)
          .header('x-content-sm3', f.sm3)
          .header('cache-control', 'private, no-cache')
          .send(f.body);
      },
    );
    app.get(
      '/cases/:id/case-file/export',
      {
        config: { access: 'case-file.read' },
        schema: {
          tags,
          summary: '导出电子案卷（zip：案卷、原件、摘要清单）Export as zip',
          params: caseParams,
          querystring: exportQuery,
        },
      },
      async (request, reply) => {
        const f = await exportCaseFile(
          deps,
          requestContext(request),
          request.params.id,
          request.query.version,
        );
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', attachmentDisposition(f.name))
          .header('cache-control', 'private, no-cache')
          .send(f.body);
      },
    );
    app.post(
      '/cases/:id/case-file/seal',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '封存已结案案件的电子案卷 Seal a closed case’s file',
          params: caseParams,
          response: { 200: caseFileSchema },
        },
      },
      async (request) => {
        const ctx = requestContext(request);
        await sealClosedCaseFile(deps, ctx, request.params.id, async () => {
          const c = await deps.db
            .selectFrom('cases')
            .select('unit_id')
            .where('id', '=', request.params.id)
            .executeTakeFirst();
          if (c) await assertUnitVisible(deps.db, ctx.actor!, c.unit_id);
        });
        return getCaseFile(deps, ctx, request.params.id);
      },
    );
    app.post(
      '/cases/:id/case-file/amendments',
      {
        config: { access: 'case-file.amend' },
        schema: {
          tags,
          summary: '申请补正封存的案卷 Ask to amend the sealed file',
          params: caseParams,
          body: amendmentBody,
          response: { 201: z.object({ id: z.string() }) },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await requestAmendment(deps, requestContext(request), request.params.id, request.body)),
    );
    app.post(
      '/cases/:id/case-file/amendments/:amendmentId/decision',
      {
        config: { access: 'case-file.approve-amendment' },
        schema: {
          tags,
          summary: '审批案卷补正 Decide an amendment',
          params: amendmentParams,
          body: amendmentDecisionBody,
          response: { 200: z.object({ id: z.string(), status: z.enum(['approved', 'denied']) }) },
        },
      },
      async (request) =>
        decideAmendment(
          deps,
          requestContext(request),
          request.params.id,
          request.params.amendmentId,
          request.body,
        ),
    );
  };
}
