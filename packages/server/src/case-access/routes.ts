import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { decideCaseAccess } from './decide-case-access.js';
import { listCaseAccessRequests } from './list-case-access-requests.js';
import { listCaseReads } from './list-case-reads.js';
import { requestCaseAccess } from './request-case-access.js';
import {
  accessDecisionBody,
  accessRequestBody,
  accessRequestList,
  accessRequestParams,
  accessRequestSchema,
  listAccessRequestsQuery,
  readLogPage,
  readLogQuery,
} from './schemas.js';

// R-08 分级调阅: cross-unit read requests and the read log (docs/contracts/case-file-access-api.md).
export function caseAccessRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['case-access'];
    app.get(
      '/case-access/requests',
      {
        config: { access: 'case-access.request' },
        schema: {
          tags,
          summary: '调阅申请 Cross-unit read requests',
          querystring: listAccessRequestsQuery,
          response: { 200: accessRequestList },
        },
      },
      async (request) => listCaseAccessRequests(deps, requestContext(request), request.query),
    );
    app.post(
      '/case-access/requests',
      {
        config: { access: 'case-access.request' },
        schema: {
          tags,
          summary: '申请调阅他单位案件 Ask to read another unit’s case',
          body: accessRequestBody,
          response: { 201: accessRequestSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await requestCaseAccess(deps, requestContext(request), request.body)),
    );
    app.post(
      '/case-access/requests/:id/decision',
      {
        config: { access: 'case-access.decide' },
        schema: {
          tags,
          summary: '审批调阅申请 Approve or deny a read request',
          params: accessRequestParams,
          body: accessDecisionBody,
          response: { 200: accessRequestSchema },
        },
      },
      async (request) => decideCaseAccess(deps, requestContext(request), request.params.id, request.body),
    );
    app.get(
      '/case-access/reads',
      {
        config: { access: 'case-access.read-log' },
        schema: {
          tags,
          summary: '案件调阅记录 Who read which case',
          querystring: readLogQuery,
          response: { 200: readLogPage },
        },
      },
      async (request) => listCaseReads(deps, requestContext(request), request.query),
    );
  };
}
