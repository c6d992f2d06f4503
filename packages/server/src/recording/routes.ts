import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { decideExemption } from './decide-exemption.js';
import { getCaseRecording } from './get-case-recording.js';
import { requestExemption } from './request-exemption.js';
import {
  caseParams,
  caseRecordingSchema,
  exemptionBody,
  exemptionDecisionBody,
  exemptionParams,
  exemptionSchema,
} from './schemas.js';

// a case's records per stage, and exemptions from mandatory footage (request → head decision).
export function recordingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['recording'];
    app.get(
      '/cases/:id/recording',
      {
        config: { access: 'cases.read' },
        schema: {
          tags,
          summary: '案件音像与记录要求 Records per stage',
          params: caseParams,
          response: { 200: caseRecordingSchema },
        },
      },
      async (request) => getCaseRecording(deps, requestContext(request), request.params.id),
    );
    app.post(
      '/cases/:id/recording/exemptions',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '申请免于音像记录 Ask to complete without footage',
          params: caseParams,
          body: exemptionBody,
          response: { 201: exemptionSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await requestExemption(deps, requestContext(request), request.params.id, request.body)),
    );
    app.post(
      '/cases/:id/recording/exemptions/:exemptionId/decision',
      {
        config: { access: 'cases.approve' },
        schema: {
          tags,
          summary: '审批免于音像记录 Decide a footage exemption',
          params: exemptionParams,
          body: exemptionDecisionBody,
          response: { 200: exemptionSchema },
        },
      },
      async (request) =>
        decideExemption(
          deps,
          requestContext(request),
          request.params.id,
          request.params.exemptionId,
          request.body,
        ),
    );
  };
}
