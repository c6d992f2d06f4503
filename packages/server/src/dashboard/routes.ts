import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { actorOf } from '../http/request-context.js';
import { getSummary } from './get-summary.js';

const summarySchema = z.object({
  units: z.number(),
  officers: z.number(),
  certificates: z.object({ valid: z.number(), expiring: z.number(), expired: z.number(), none: z.number() }),
  qualifiedReviewers: z.number(),
  accounts: z.number(),
  lockedAccounts: z.number(),
  upcomingHolidays: z.array(z.object({ date: z.string(), name: z.string() })),
  auditEventsToday: z.number(),
});

export function dashboardRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/dashboard/summary',
      {
        config: { access: 'dashboard.read' },
        schema: { tags: ['dashboard'], summary: '工作台 Workbench', response: { 200: summarySchema } },
      },
      async (request) => getSummary(deps, actorOf(request)),
    );
  };
}
