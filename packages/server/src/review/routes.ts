import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { assignReviewer } from './assign-reviewer.js';
import { getCatalogue, listCatalogueVersions, publishCatalogue } from './catalogue-versions.js';
import { concludeReview } from './conclude-review.js';
import { extendReview } from './extend-review.js';
import { getCaseReviews } from './get-case-reviews.js';
import { listInbox } from './list-inbox.js';
import { listQualifications, recordQualification, revokeQualification } from './qualifications.js';
import { recordDiscussion } from './record-discussion.js';
import { reviewFigures } from './review-figures.js';
import {
  anyObject,
  assignBody,
  catalogueBody,
  discussionBody,
  extendBody,
  figuresQuery,
  idParams,
  inboxQuery,
  opinionBody,
  qualificationBody,
  revokeBody,
  submitBody,
} from './schemas.js';
import { submitReview } from './submit-review.js';

/** Legal review (docs/contracts/review-api.md). Thin: schema in, one operation, schema out. */
export function reviewRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['review'];
    app.get(
      '/cases/:id/review',
      {
        config: { access: 'review.read' },
        schema: {
          tags,
          summary: '案件法制审核 Legal review of a case',
          params: idParams,
          response: { 200: anyObject },
        },
      },
      async (request) => getCaseReviews(deps, requestContext(request), request.params.id),
    );
    app.post(
      '/cases/:id/review/submissions',
      {
        config: { access: 'review.submit' },
        schema: {
          tags,
          summary: '报送法制审核 Submit for review',
          params: idParams,
          body: submitBody,
          response: { 201: anyObject },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await submitReview(deps, requestContext(request), request.params.id, request.body)),
    );
    app.post(
      '/reviews/:id/assign',
      {
        config: { access: 'review.review' },
        schema: {
          tags,
          summary: '指派审核人员 Assign a reviewer',
          params: idParams,
          body: assignBody,
          response: { 200: anyObject },
        },
      },
      async (request) => assignReviewer(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/reviews/:id/opinion',
      {
        config: { access: 'review.review' },
        schema: {
          tags,
          summary: '出具审核意见 Give the opinion',
          params: idParams,
          body: opinionBody,
          response: { 200: anyObject },
        },
      },
      async (request) => concludeReview(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/reviews/:id/extension',
      {
        config: { access: 'review.approve' },
        schema: {
          tags,
          summary: '延长审核时限（复杂案件）Extend',
          params: idParams,
          body: extendBody,
          response: { 200: anyObject },
        },
      },
      async (request) => extendReview(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/reviews/:id/discussion',
      {
        config: { access: 'review.approve' },
        schema: {
          tags,
          summary: '集体讨论 Collective discussion',
          params: idParams,
          body: discussionBody,
          response: { 201: anyObject },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordDiscussion(deps, requestContext(request), request.params.id, request.body)),
    );
    app.get(
      '/reviews/inbox',
      {
        config: { access: 'review.read' },
        schema: {
          tags,
          summary: '待审核 Reviewer inbox',
          querystring: inboxQuery,
          response: { 200: anyObject },
        },
      },
      async (request) => listInbox(deps, requestContext(request), request.query),
    );
    app.get(
      '/reviews/figures',
      {
        config: { access: 'review.figures' },
        schema: {
          tags,
          summary: '审核统计 Review figures',
          querystring: figuresQuery,
          response: { 200: anyObject },
        },
      },
      async (request) => reviewFigures(deps, requestContext(request), request.query),
    );
    app.get(
      '/review-catalogue',
      {
        config: { access: 'review.read' },
        schema: {
          tags,
          summary: '重大执法决定法制审核目录 Catalogue in force',
          response: { 200: anyObject },
        },
      },
      async () => ({ ...(await getCatalogue(deps)), versions: await listCatalogueVersions(deps.db) }),
    );
    app.post(
      '/review-catalogue',
      {
        config: { access: 'review.catalogue' },
        schema: {
          tags,
          summary: '发布新版目录 Publish a version',
          body: catalogueBody,
          response: { 201: anyObject },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await publishCatalogue(deps, requestContext(request), request.body)),
    );
    app.get(
      '/reviewer-qualifications',
      {
        config: { access: 'review.read' },
        schema: { tags, summary: '审核人员资格 Reviewer qualifications', response: { 200: z_items } },
      },
      async (request) => ({ items: await listQualifications(deps, requestContext(request)) }),
    );
    app.post(
      '/reviewer-qualifications',
      {
        config: { access: 'review.qualify' },
        schema: {
          tags,
          summary: '登记审核资格 Record a qualification',
          body: qualificationBody,
          response: { 201: anyObject },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordQualification(deps, requestContext(request), request.body)),
    );
    app.post(
      '/reviewer-qualifications/:id/revoke',
      {
        config: { access: 'review.qualify' },
        schema: {
          tags,
          summary: '撤销审核资格 Revoke',
          params: idParams,
          body: revokeBody,
          response: { 200: anyObject },
        },
      },
      async (request) =>
        revokeQualification(deps, requestContext(request), request.params.id, request.body.reason),
    );
  };
}

const z_items = anyObject;
