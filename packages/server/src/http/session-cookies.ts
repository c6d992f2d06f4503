import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'sx_session';
export const CSRF_COOKIE = 'sx_csrf';

export function setSessionCookies(
  reply: FastifyReply,
  token: string,
  csrfToken: string,
  secure: boolean,
): void {
  // httpOnly: scripts cannot read the session; SameSite=Strict: other sites cannot send it.
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  // The CSRF token is readable by our own pages (double submit); the server compares it with the session's.
  reply.setCookie(CSRF_COOKIE, csrfToken, { path: '/', httpOnly: false, sameSite: 'strict', secure });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
