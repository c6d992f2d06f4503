import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { actorOf, requestContext } from '../http/request-context.js';
import { assignOfficer } from './assign-officer.js';
import { createCase } from './create-case.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { addParty, updateParty } from './party-writes.js';
import { recuseOfficer } from './recuse-officer.js';
import { runAction } from './run-action.js';
import {
  actionBody,
  actionParams,
  caseIdParams,
  caseList,
  caseSchema,
  createCaseBody,
  listCasesQuery,
  officerInput,
  officerParams,
  partyInput,
  partyParams,
  recusalBody,
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
  };
}
