import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { answerCorrection, listCorrections } from './answer-correction.js';
import { approvePublication } from './approve-publication.js';
import { getPublication } from './get-publication.js';
import { listPublications, publicitySummary } from './list-publications.js';
import { previewRedaction } from './preview-redaction.js';
import { revokeDecision } from './revoke-decision.js';
import {
  answerBody,
  approveBody,
  correctionList,
  correctionResponse,
  idParams,
  listCorrectionsQuery,
  listPublicationsQuery,
  publicationDetail,
  publicationList,
  publicitySummarySchema,
  redactionPreviewBody,
  redactionPreviewResponse,
  redactionsBody,
  revocationBody,
  revocationResponse,
  withdrawBody,
} from './schemas.js';
import { updateRedactions } from './update-redactions.js';
import { withdrawPublication } from './withdraw-publication.js';

/** P-01, P-02, P-09, P-10: the publication workflow behind the portal. Thin: schema in, one operation, schema out. */
export function publicityRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['publicity'];
    app.post(
      '/redaction/preview',
      {
        config: { access: 'publicity.preview' },
        schema: {
          tags,
          summary: '脱敏预览 Redaction preview',
          body: redactionPreviewBody,
          response: { 200: redactionPreviewResponse },
        },
      },
      async (request) => previewRedaction(request.body),
    );
    app.get(
      '/publications',
      {
        config: { access: 'publicity.read' },
        schema: {
          tags,
          summary: '公示队列 Publication queue',
          querystring: listPublicationsQuery,
          response: { 200: publicationList },
        },
      },
      async (request) => listPublications(deps, request.query),
    );
    app.get(
      '/publications/summary',
      {
        config: { access: 'publicity.read' },
        schema: { tags, summary: '逾期情况 Overdue figures', response: { 200: publicitySummarySchema } },
      },
      async () => publicitySummary(deps),
    );
    app.get(
      '/publications/:id',
      {
        config: { access: 'publicity.read' },
        schema: {
          tags,
          summary: '公示稿 Publication',
          params: idParams,
          response: { 200: publicationDetail },
        },
      },
      async (request) => getPublication(deps, requestContext(request), request.params.id),
    );
    app.put(
      '/publications/:id/redactions',
      {
        config: { access: 'publicity.manage' },
        schema: {
          tags,
          summary: '调整脱敏 Change redactions',
          params: idParams,
          body: redactionsBody,
          response: { 200: publicationDetail },
        },
      },
      async (request) => updateRedactions(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/publications/:id/approve',
      {
        config: { access: 'publicity.manage' },
        schema: {
          tags,
          summary: '审核发布 Approve and publish',
          params: idParams,
          body: approveBody,
          response: { 200: publicationDetail },
        },
      },
      async (request) => approvePublication(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/publications/:id/withdraw',
      {
        config: { access: 'publicity.manage' },
        schema: {
          tags,
          summary: '撤回 Withdraw',
          params: idParams,
          body: withdrawBody,
          response: { 200: publicationDetail },
        },
      },
      async (request) => withdrawPublication(deps, requestContext(request), request.params.id, request.body),
    );
    app.get(
      '/publication-corrections',
      {
        config: { access: 'publicity.read' },
        schema: {
          tags,
          summary: '纠错申请 Correction requests',
          querystring: listCorrectionsQuery,
          response: { 200: correctionList },
        },
      },
      async (request) => listCorrections(deps, request.query),
    );
    app.post(
      '/publication-corrections/:id/answer',
      {
        config: { access: 'publicity.manage' },
        schema: {
          tags,
          summary: '答复纠错 Answer a correction request',
          params: idParams,
          body: answerBody,
          response: { 200: correctionResponse },
        },
      },
      async (request) => answerCorrection(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/cases/:id/decision-revocations',
      {
        config: { access: 'cases.revoke-decision' },
        schema: {
          tags: ['cases', ...tags],
          summary: '登记决定撤销或变更 Record a revoked or changed decision',
          params: idParams,
          body: revocationBody,
          response: { 201: revocationResponse },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await revokeDecision(deps, requestContext(request), request.params.id, request.body)),
    );
  };
}
