import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { actorOf, requestContext } from '../http/request-context.js';
import { assignOfficer } from './assign-officer.js';
import { createCase } from './create-case.js';
import { changeDeadline } from './deadline-writes.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { addParty, updateParty } from './party-writes.js';
import { proposePenalty } from './propose-penalty.js';
import { publicProgress } from './public-progress.js';
import { recordApproval } from './record-approval.js';
import { recordReview } from './record-review.js';
import { recuseOfficer } from './recuse-officer.js';
import { runAction } from './run-action.js';
import {
  actionBody,
  actionParams,
  approvalBody,
  caseIdParams,
  caseList,
  caseSchema,
  createCaseBody,
  deadlineParams,
  extendBody,
  listCasesQuery,
  officerInput,
  officerParams,
  partyInput,
  partyParams,
  penaltyBody,
  progressQuery,
  progressResponse,
  recusalBody,
  resumeBody,
  reviewBody,
  suspendBody,
} from './schemas.js';

/** Case handling (docs/contracts/cases-api.md). Thin: schema in, one operation, schema out. */
export function caseRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['cases'];
    app.post(
      '/cases',
      {
        config: { access: 'cases.create' },
        schema: {
          tags,
          summary: '案源登记 Register a case',
          body: createCaseBody,
          response: { 201: caseSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCase(deps, requestContext(request), request.body)),
    );
    app.get(
      '/cases',
      {
        config: { access: 'cases.read' },
        schema: { tags, summary: '案件列表 Cases', querystring: listCasesQuery, response: { 200: caseList } },
      },
      async (request) => listCases(deps, actorOf(request), request.query),
    );
    app.get(
      '/cases/:id',
      {
        config: { access: 'cases.read' },
        schema: { tags, summary: '案件 Case', params: caseIdParams, response: { 200: caseSchema } },
      },
      async (request) => getCase(deps, requestContext(request), request.params.id),
    );
    app.post(
      '/cases/:id/actions/:action',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '办理环节 Take an action',
          params: actionParams,
          body: actionBody,
          response: { 200: caseSchema },
        },
      },
      async (request) =>
        runAction(deps, requestContext(request), request.params.id, request.params.action, request.body),
    );
    app.post(
      '/cases/:id/parties',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '添加当事人 Add a party',
          params: caseIdParams,
          body: partyInput,
          response: { 200: caseSchema },
        },
      },
      async (request) => addParty(deps, requestContext(request), request.params.id, request.body),
    );
    app.put(
      '/cases/:id/parties/:partyId',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '修改当事人 Change a party',
          params: partyParams,
          body: partyInput,
          response: { 200: caseSchema },
        },
      },
      async (request) =>
        updateParty(deps, requestContext(request), request.params.id, request.params.partyId, request.body),
    );
    app.post(
      '/cases/:id/officers',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '指派办案人员 Assign an officer',
          params: caseIdParams,
          body: officerInput,
          response: { 200: caseSchema },
        },
      },
      async (request) => assignOfficer(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/cases/:id/officers/:personId/recuse',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '回避 Recusal',
          params: officerParams,
          body: recusalBody,
          response: { 200: caseSchema },
        },
      },
      async (request) =>
        recuseOfficer(
          deps,
          requestContext(request),
          request.params.id,
          request.params.personId,
          request.body,
        ),
    );
    app.put(
      '/cases/:id/penalty',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '拟定处罚（裁量）Propose the penalty',
          params: caseIdParams,
          body: penaltyBody,
          response: { 200: caseSchema },
        },
      },
      async (request) => proposePenalty(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/cases/:id/deadlines/:deadlineId/suspend',
      {
        config: { access: 'cases.approve' },
        schema: {
          tags,
          summary: '期限中止 Suspend a deadline',
          params: deadlineParams,
          body: suspendBody,
          response: { 200: caseSchema },
        },
      },
      async (request) =>
        changeDeadline(deps, requestContext(request), request.params.id, request.params.deadlineId, {
          kind: 'suspend',
          ...request.body,
        }),
    );
    app.post(
      '/cases/:id/deadlines/:deadlineId/resume',
      {
        config: { access: 'cases.approve' },
        schema: {
          tags,
          summary: '期限恢复计算 Resume a deadline',
          params: deadlineParams,
          body: resumeBody,
          response: { 200: caseSchema },
        },
      },
      async (request) =>
        changeDeadline(deps, requestContext(request), request.params.id, request.params.deadlineId, {
          kind: 'resume',
          ...request.body,
        }),
    );
    app.post(
      '/cases/:id/deadlines/:deadlineId/extend',
      {
        config: { access: 'cases.approve' },
        schema: {
          tags,
          summary: '期限延长 Extend a deadline',
          params: deadlineParams,
          body: extendBody,
          response: { 200: caseSchema },
        },
      },
      async (request) =>
        changeDeadline(deps, requestContext(request), request.params.id, request.params.deadlineId, {
          kind: 'extend',
          ...request.body,
        }),
    );
    // Interim (until the Legal review issue): a reviewer's opinion on the current draft decision.
    app.post(
      '/cases/:id/reviews',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '法制审核意见 Record a legal review',
          params: caseIdParams,
          body: reviewBody,
          response: { 200: caseSchema },
        },
      },
      async (request) => recordReview(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/cases/:id/approvals',
      {
        config: { access: 'cases.approve' },
        schema: {
          tags,
          summary: '负责人审批 Record an approval',
          params: caseIdParams,
          body: approvalBody,
          response: { 200: caseSchema },
        },
      },
      async (request) => recordApproval(deps, requestContext(request), request.params.id, request.body),
    );
    app.get(
      '/public/progress',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '案件进度查询（当事人）Case progress for the party',
          querystring: progressQuery,
          response: { 200: progressResponse },
        },
      },
      async (request) => publicProgress(deps, request.query.caseNo, request.query.code),
    );
  };
}
