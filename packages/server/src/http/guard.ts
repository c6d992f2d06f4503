import { ROLES, rolesGrant } from '@sanxiang/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadSession } from '../auth/load-session.js';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
// Brings in the route-config augmentation (access, pending) for every project that compiles this file.
import type {} from './access.js';
import { SESSION_COOKIE } from './session-cookies.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The policy check every API route passes through: session, CSRF, pending obligations, permission,
 * read-only roles. Data scope (which units) is checked inside each operation, where the data is known.
 */
export interface ApiRoute {
  method: string;
  url: string;
  access: string;
  /** A read-only role may call it despite the method (see RouteAccess.readOnlyMayCall). */
  readOnlyMayCall?: boolean;
}

export function installGuard(app: FastifyInstance, deps: AppDeps): ApiRoute[] {
  app.decorateRequest('session', null);
  const routes: ApiRoute[] = [];

  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/v1/')) return;
    if (!route.config?.access) {
      throw new Error(`route ${route.method} ${url} declares no access policy`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routes.push({
          method,
          url,
          access: route.config.access,
          ...(route.config.readOnlyMayCall ? { readOnlyMayCall: true } : {}),
        });
    }
  });

  // onRequest, before the body is parsed or validated: an unauthorised caller learns nothing about
  // what a valid request would look like.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const config = request.routeOptions.config;
    const access = config?.access;
    if (!access) return; // not an API route (portal, static, docs)
    request.session = await loadSession(deps, request.cookies[SESSION_COOKIE]);
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe) checkCsrf(request);
    if (access === 'public') return;
    const session = request.session;
    if (!session) throw new AppError('AUTH_REQUIRED');
    if (session.pending && !config.pending) {
      throw new AppError(
        session.pending === 'password' ? 'AUTH_PASSWORD_CHANGE_REQUIRED' : 'AUTH_TOTP_ENROLMENT_REQUIRED',
      );
    }
    if (access === 'session') return;
    if (!rolesGrant(session.actor.roles, access)) throw new AppError('FORBIDDEN');
    // Supervision centre and judicial bureau watch, never write — even if a permission table slipped.
    if (unsafe && !config.readOnlyMayCall && session.actor.roles.every((r) => ROLES[r].readOnly))
      throw new AppError('READ_ONLY_ROLE');
  });
  return routes;
}

function checkCsrf(request: FastifyRequest): void {
  const session = request.session;
  if (session) {
    // Double submit: the header must carry the token bound to this session.
    if (request.headers['x-csrf-token'] !== session.csrfToken) throw new AppError('CSRF_INVALID');
    return;
  }
  // No session yet (sign-in): a cross-site form cannot send JSON without a preflight, and a browser
  // that names another origin is refused outright.
  const type = String(request.headers['content-type'] ?? '');
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (hasBody && !type.startsWith('application/json')) throw new AppError('CSRF_INVALID');
  const origin = request.headers.origin;
  if (origin && new URL(origin).host !== request.headers.host) throw new AppError('CSRF_INVALID');
}
