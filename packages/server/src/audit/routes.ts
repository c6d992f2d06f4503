import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { pageQuery, paginated } from '../people/schemas.js';
import { appendAuditEvent } from './append-audit-event.js';
import { AUDIT_OPERATIONS } from './operations.js';
import { searchAuditEvents } from './search-audit-events.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const eventSchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z
    .object({ id: z.string().nullable(), username: z.string(), displayName: z.string().nullable() })
    .nullable(),
  unitName: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  operation: z.string(),
  operationName: z.string(),
  operationNameEn: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
  reason: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  kind: z.enum(['write', 'read', 'auth']),
  hash: z.string(),
  prevHash: z.string(),
});

const searchQuery = z.object({
  ...pageQuery,
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  actor: z.string().trim().max(64).optional(),
  operation: z.string().max(64).optional(),
  targetType: z.string().max(64).optional(),
  targetId: z.string().max(64).optional(),
  kind: z.enum(['write', 'read', 'auth']).optional(),
  outcome: z.enum(['success', 'failure']).optional(),
});

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['audit'];
    app.get(
      '/audit/events',
      {
        config: { access: 'audit.read' },
        schema: {
          tags,
          summary: '审计日志 Audit events',
          querystring: searchQuery,
          response: { 200: paginated(eventSchema) },
        },
      },
      async (request) => searchAuditEvents(deps, requestContext(request), request.query),
    );
    app.get(
      '/audit/operations',
      {
        config: { access: 'audit.read' },
        schema: {
          tags,
          summary: '操作类型 Operations',
          response: {
            200: z.object({
              items: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
            }),
          },
        },
      },
      async () => ({
        items: Object.entries(AUDIT_OPERATIONS).map(([code, op]) => ({
          code,
          name: op.name,
          nameEn: op.nameEn,
        })),
      }),
    );
    app.get(
      '/audit/verify',
      {
        config: { access: 'audit.read' },
        schema: {
          tags,
          summary: '校验哈希链 Verify chain',
          response: {
            200: z.object({ ok: z.boolean(), checked: z.number(), firstBadSeq: z.number().nullable() }),
          },
        },
      },
      async (request) => {
        const report = await verifyAuditChain(deps.db);
        await deps.db.transaction().execute((trx) =>
          appendAuditEvent(trx, requestContext(request), {
            operation: 'audit.verified',
            targetType: 'audit_events',
            reason: JSON.stringify(report),
          }),
        );
        return report;
      },
    );
  };
}
