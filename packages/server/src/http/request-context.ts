import type { FastifyRequest } from 'fastify';
import type { LoadedSession } from '../auth/load-session.js';
import type { Actor, RequestContext } from '../context.js';
import { AppError } from '../errors/app-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
}

export function requestContext(request: FastifyRequest): RequestContext {
  return {
    actor: request.session?.actor ?? null,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? ''),
  };
}

/** The signed-in actor; routes marked 'session' or with a permission are guaranteed one by the guard. */
export function actorOf(request: FastifyRequest): Actor {
  const actor = request.session?.actor;
  if (!actor) throw new AppError('AUTH_REQUIRED');
  return actor;
}
