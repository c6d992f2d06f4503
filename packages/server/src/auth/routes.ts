import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { actorOf, requestContext } from '../http/request-context.js';
import { clearSessionCookies, setSessionCookies } from '../http/session-cookies.js';
import { changePassword } from './change-password.js';
import { disableTotp } from './disable-totp.js';
import { enableTotp } from './enable-totp.js';
import { getMe } from './get-me.js';
import { logIn } from './log-in.js';
import { logOut } from './log-out.js';
import { PASSWORD_POLICY } from './password-policy.js';
import {
  changePasswordBody,
  loginBody,
  meResponse,
  passwordBody,
  passwordPolicyResponse,
  totpCodeBody,
  totpSetupResponse,
} from './schemas.js';
import { setUpTotp } from './set-up-totp.js';

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['auth'];
    app.post(
      '/auth/login',
      {
        config: { access: 'public' },
        schema: { tags, summary: '登录 Sign in', body: loginBody, response: { 200: meResponse } },
      },
      async (request, reply) => {
        const session = await logIn(deps, requestContext(request), request.body);
        setSessionCookies(reply, session.token, session.csrfToken, deps.config.secureCookies);
        return { user: await getMe(deps, session.userId), csrfToken: session.csrfToken };
      },
    );
    app.get(
      '/auth/me',
      {
        config: { access: 'session', pending: true },
        schema: { tags, summary: '当前用户 Current user', response: { 200: meResponse } },
      },
      async (request) => ({
        user: await getMe(deps, actorOf(request).userId),
        csrfToken: request.session!.csrfToken,
      }),
    );
    app.post(
      '/auth/logout',
      { config: { access: 'session', pending: true }, schema: { tags, summary: '退出 Sign out' } },
      async (request, reply) => {
        await logOut(deps, requestContext(request));
        clearSessionCookies(reply);
        return reply.status(204).send();
      },
    );
    app.get(
      '/auth/password-policy',
      {
        config: { access: 'public' },
        schema: { tags, summary: '口令规则 Password rules', response: { 200: passwordPolicyResponse } },
      },
      async () => ({ ...PASSWORD_POLICY, classes: [...PASSWORD_POLICY.classes] }),
    );
    app.post(
      '/auth/password',
      {
        config: { access: 'session', pending: true },
        schema: { tags, summary: '修改口令 Change password', body: changePasswordBody },
      },
      async (request, reply) => {
        await changePassword(deps, requestContext(request), request.body);
        return reply.status(204).send();
      },
    );
    app.post(
      '/auth/totp/setup',
      {
        config: { access: 'session', pending: true },
        schema: { tags, summary: '生成动态口令 Set up TOTP', response: { 200: totpSetupResponse } },
      },
      async (request) => setUpTotp(deps, requestContext(request)),
    );
    app.post(
      '/auth/totp/enable',
      {
        config: { access: 'session', pending: true },
        schema: { tags, summary: '启用双因素 Enable TOTP', body: totpCodeBody },
      },
      async (request, reply) => {
        await enableTotp(deps, requestContext(request), request.body.code);
        return reply.status(204).send();
      },
    );
    app.post(
      '/auth/totp/disable',
      {
        config: { access: 'session' },
        schema: { tags, summary: '停用双因素 Disable TOTP', body: passwordBody },
      },
      async (request, reply) => {
        await disableTotp(deps, requestContext(request), request.body.password);
        return reply.status(204).send();
      },
    );
  };
}
