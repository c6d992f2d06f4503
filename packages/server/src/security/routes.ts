import { ROLE_CODES } from '@sanxiang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { listRoles } from './list-roles.js';
import { setTotpPolicy } from './set-totp-policy.js';

const rolesResponse = z.object({
  items: z.array(
    z.object({
      code: z.enum(ROLE_CODES),
      name: z.string(),
      nameEn: z.string(),
      description: z.string(),
      reach: z.enum(['all', 'own-subtree']),
      readOnly: z.boolean(),
      admin: z.boolean(),
      totpRequired: z.boolean(),
    }),
  ),
});

export function securityRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['security'];
    app.get(
      '/roles',
      {
        config: { access: 'session' },
        schema: { tags, summary: '角色 Roles', response: { 200: rolesResponse } },
      },
      async () => listRoles(deps),
    );
    app.put(
      '/security/totp-policy',
      {
        config: { access: 'security.policy' },
        schema: {
          tags,
          summary: '双因素策略 Two-factor policy',
          body: z.object({
            role: z.enum(ROLE_CODES),
            required: z.boolean(),
            reason: z.string().trim().min(2).max(500),
          }),
          response: { 200: rolesResponse },
        },
      },
      async (request) =>
        setTotpPolicy(
          deps,
          requestContext(request),
          request.body.role,
          request.body.required,
          request.body.reason,
        ),
    );
  };
}
