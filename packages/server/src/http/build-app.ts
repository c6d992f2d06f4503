import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { annualReportRoutes } from '../annual-report/routes.js';
import { auditRoutes } from '../audit/routes.js';
import { authRoutes } from '../auth/routes.js';
import { calendarRoutes } from '../calendar/routes.js';
import { caseAccessRoutes } from '../case-access/routes.js';
import { caseFileRoutes } from '../case-file/routes.js';
import { caseRoutes } from '../cases/routes.js';
import { importRoutes } from '../catalog/import-routes.js';
import { catalogRoutes } from '../catalog/routes.js';
import { certificateRoutes } from '../certificates/routes.js';
import type { AppDeps } from '../context.js';
import { dashboardRoutes } from '../dashboard/routes.js';
import { deviceRoutes } from '../devices/routes.js';
import { documentRoutes } from '../documents/routes.js';
import { installErrorHandler } from '../errors/error-handler.js';
import { evidenceRoutes } from '../evidence/routes.js';
import { lawRoutes } from '../laws/routes.js';
import { peopleRoutes } from '../people/routes.js';
import { userRoutes } from '../people/user-routes.js';
import { portalRoutes } from '../portal/routes.js';
import { publicityRoutes } from '../publicity/routes.js';
import { recordingRoutes } from '../recording/routes.js';
import { reviewRoutes } from '../review/routes.js';
import { rulesRoutes } from '../rules/routes.js';
import { securityRoutes } from '../security/routes.js';
import { transparencyRoutes } from '../transparency/routes.js';
import { windowRoutes } from '../windows/routes.js';
import { type ApiRoute, installGuard } from './guard.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with its declared access (the policy test matrix walks this list). */
    apiRoutes: ApiRoute[];
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The built console (packages/web/dist), found from src/ in development and from dist/ when built. */
export const CONSOLE_DIR = path.resolve(here, '../../../web/dist');

export async function buildApp(deps: AppDeps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: deps.config.logLevel } : false,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  app.addHook('onSend', async (_request, reply) => {
    // Baseline hardening for every response; the console and portal load nothing from other origins.
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
  });
  const apiRoutes = installGuard(app, deps);
  app.decorate('apiRoutes', apiRoutes);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '三项制度行政执法平台 API (Sanxiang)',
        version: '0.1.0',
        description:
          '如皋市城市管理局三项制度行政执法平台接口。登录：POST /api/v1/auth/login，其后的写请求须带 x-csrf-token 头。\n\nSign in with POST /api/v1/auth/login; send the returned csrfToken as the x-csrf-token header on every write.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sx_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await deps.db.selectFrom('meta').select('key').limit(1).execute();
    return { status: 'ok', database: deps.dbKind, time: new Date().toISOString() };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(peopleRoutes(deps));
      await api.register(userRoutes(deps));
      await api.register(securityRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(calendarRoutes(deps));
      await api.register(dashboardRoutes(deps));
      await api.register(catalogRoutes(deps));
      await api.register(importRoutes(deps));
      await api.register(lawRoutes(deps));
      await api.register(rulesRoutes(deps));
      await api.register(caseRoutes(deps));
      await api.register(documentRoutes(deps));
      await api.register(reviewRoutes(deps));
      await api.register(evidenceRoutes(deps));
      await api.register(deviceRoutes(deps));
      await api.register(transparencyRoutes(deps));
      await api.register(publicityRoutes(deps));
      await api.register(recordingRoutes(deps));
      await api.register(caseFileRoutes(deps));
      await api.register(caseAccessRoutes(deps));
      await api.register(certificateRoutes(deps));
      await api.register(windowRoutes(deps));
      await api.register(annualReportRoutes(deps));
    },
    { prefix: '/api/v1' },
  );

  await registerConsole(app);
  await app.register(portalRoutes(deps));
  return app;
}

/** The staff console: static files under /console/, and index.html for every client-side route. */
async function registerConsole(app: FastifyInstance): Promise<void> {
  const index = path.join(CONSOLE_DIR, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/console/*', async (_req, reply) =>
      reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('控制台尚未构建：请运行 npm run build。\nThe console is not built: run npm run build.'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: CONSOLE_DIR,
    prefix: '/console/',
    wildcard: false,
    index: false,
    decorateReply: true,
  });
  const html = fs.readFileSync(index, 'utf8');
  const sendIndex = async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  app.get('/console', async (_req, reply) => reply.redirect('/console/'));
  app.get('/console/', sendIndex);
  app.get('/console/*', async (request, reply) => {
    const rel = (request.params as { '*': string })['*'];
    const file = path.join(CONSOLE_DIR, rel);
    if (rel && file.startsWith(CONSOLE_DIR) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply
        .header(
          'cache-control',
          rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        )
        .sendFile(rel);
    }
    if (rel.startsWith('assets/'))
      return reply.status(404).send({ code: 'NOT_FOUND', message: '未找到该文件', messageEn: 'Not found' });
    return sendIndex(request, reply);
  });
}
