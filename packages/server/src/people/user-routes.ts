import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { createUser } from './create-user.js';
import { listUsers } from './list-users.js';
import { resetUserPassword } from './reset-user-password.js';
import { idParams, paginated } from './schemas.js';
import { setUserEnabled } from './set-user-enabled.js';
import { setUserRoles } from './set-user-roles.js';
import { unlockUser } from './unlock-user.js';
import {
  createUserBody,
  initialPasswordResponse,
  listUsersQuery,
  reasonBody,
  rolesBody,
  userResponse,
  userSchema,
} from './user-schemas.js';

export function userRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get(
      '/users',
      {
        config: { access: 'users.read' },
        schema: {
          tags,
          summary: '账号列表 Accounts',
          querystring: listUsersQuery,
          response: { 200: paginated(userSchema) },
        },
      },
      async (request) => listUsers(deps, request.query),
    );
    app.post(
      '/users',
      {
        config: { access: 'users.create' },
        schema: {
          tags,
          summary: '创建账号 Create account',
          body: createUserBody,
          response: { 201: userResponse.extend({ initialPassword: z.string() }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createUser(deps, requestContext(request), request.body)),
    );
    app.post(
      '/users/:id/disable',
      {
        config: { access: 'users.enable' },
        schema: {
          tags,
          summary: '停用账号 Disable',
          params: idParams,
          body: reasonBody,
          response: { 200: userResponse },
        },
      },
      async (request) =>
        setUserEnabled(deps, requestContext(request), request.params.id, false, request.body.reason),
    );
    app.post(
      '/users/:id/enable',
      {
        config: { access: 'users.enable' },
        schema: {
          tags,
          summary: '启用账号 Enable',
          params: idParams,
          body: reasonBody,
          response: { 200: userResponse },
        },
      },
      async (request) =>
        setUserEnabled(deps, requestContext(request), request.params.id, true, request.body.reason),
    );
    app.put(
      '/users/:id/roles',
      {
        config: { access: 'users.roles' },
        schema: {
          tags,
          summary: '调整角色 Set roles',
          params: idParams,
          body: rolesBody,
          response: { 200: userResponse },
        },
      },
      async (request) =>
        setUserRoles(
          deps,
          requestContext(request),
          request.params.id,
          request.body.roles,
          request.body.reason,
        ),
    );
    app.post(
      '/users/:id/unlock',
      {
        config: { access: 'users.unlock' },
        schema: {
          tags,
          summary: '解锁 Unlock',
          params: idParams,
          body: reasonBody,
          response: { 200: userResponse },
        },
      },
      async (request) => unlockUser(deps, requestContext(request), request.params.id, request.body.reason),
    );
    app.post(
      '/users/:id/reset-password',
      {
        config: { access: 'users.reset-password' },
        schema: {
          tags,
          summary: '重置口令 Reset password',
          params: idParams,
          body: reasonBody,
          response: { 200: initialPasswordResponse },
        },
      },
      async (request) =>
        resetUserPassword(deps, requestContext(request), request.params.id, request.body.reason),
    );
  };
}
