import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findPublicCertificate } from '../certificates/public-certificate.js';
import type { AppDeps } from '../context.js';
import type { RenderPage } from './catalog-routes.js';
import { certificateLookupBody, certificateTokenBody } from './certificate-page.js';

function single(request: FastifyRequest, key: string): string | undefined {
  const v = (request.query as Record<string, unknown> | undefined)?.[key];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
}

/** P-07: certificate lookup by number (/certificates) and by QR token (/certificates/v/:token). */
export function registerCertificatePages(app: FastifyInstance, deps: AppDeps, render: RenderPage): void {
  app.get('/certificates', async (request, reply) => {
    const number = single(request, 'number');
    const result = number === undefined ? undefined : await findPublicCertificate(deps.db, { number });
    if (result === null) reply.status(404);
    return render(request, reply, '执法证件查询', '/certificates', async () =>
      certificateLookupBody(number ?? '', result),
    );
  });
  app.get('/certificates/v/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const result = await findPublicCertificate(deps.db, { token });
    if (!result) reply.status(404);
    reply.header('cache-control', 'no-store');
    return render(request, reply, '执法证件核验结果', '/certificates', async () =>
      certificateTokenBody(result),
    );
  });
}
