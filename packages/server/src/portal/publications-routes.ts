import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { correctionStatus, fileCorrection } from '../publicity/file-correction.js';
import { getPublicPublication } from '../publicity/public-publications.js';
import { correctionForm } from '../publicity/schemas.js';
import { loadBureauProfile } from './bureau-profile.js';
import type { RenderPage } from './catalog-routes.js';
import { jsonFeed, rssFeed } from './feed.js';
import { html } from './html.js';
import { correctionFiledBody, correctionStatusBody, publicationBody } from './publication-page.js';
import { publicationsBody } from './publications-list-page.js';
import { searchBody } from './search-page.js';

type Query = Record<string, string | undefined>;

function queryOf(request: FastifyRequest): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string') out[k] = value;
  }
  return out;
}

const origin = (r: FastifyRequest) => `${r.protocol}://${r.host}`;

/** 执法公示 on the portal (P-02, P-09, P-10): list, item, search, correction requests, feeds. */
export function registerPublicationPages(app: FastifyInstance, deps: AppDeps, render: RenderPage): void {
  const notFound = (request: FastifyRequest, reply: Parameters<RenderPage>[1]) => {
    reply.status(404);
    return render(
      request,
      reply,
      '未找到该公示信息',
      '/publications',
      async () =>
        html`<h1>未找到该公示信息</h1>
<section class="card"><p>该信息不存在、尚未公示或公示期已满。</p><p><a href="/publications">返回执法公示</a></p></section>`,
    );
  };
  app.get('/publications', async (request, reply) =>
    render(request, reply, '执法公示', '/publications', () => publicationsBody(deps, queryOf(request))),
  );
  app.get('/search', async (request, reply) =>
    render(request, reply, '执法公示全文检索', '/search', () => searchBody(deps, queryOf(request))),
  );
  app.get('/publications/corrections', async (request, reply) => {
    const ticket = (queryOf(request).ticket ?? '').trim().slice(0, 20);
    const found = ticket ? await correctionStatus(deps, ticket) : null;
    return render(request, reply, '更正申请查询', '/publications/corrections', async () =>
      correctionStatusBody(ticket, found ? { ...found, filed_on: String(found.filed_on) } : null),
    );
  });
  app.get('/publications/:publicId', async (request, reply) => {
    const { publicId } = request.params as { publicId: string };
    const item = await getPublicPublication(deps, publicId);
    if (!item) return notFound(request, reply);
    return render(request, reply, item.title, `/publications/${publicId}`, async () => publicationBody(item));
  });
  app.post('/publications/:publicId/corrections', async (request, reply) => {
    const { publicId } = request.params as { publicId: string };
    const item = await getPublicPublication(deps, publicId);
    if (item?.state !== 'published') return notFound(request, reply);
    const parsed = correctionForm.safeParse(request.body ?? {});
    if (!parsed.success) {
      reply.status(400);
      const values = Object.fromEntries(
        Object.entries((request.body ?? {}) as Record<string, unknown>).filter(
          ([, v]) => typeof v === 'string',
        ),
      ) as Record<string, string>;
      return render(request, reply, item.title, `/publications/${publicId}`, async () =>
        publicationBody(item, {
          error: '请填写姓名或单位名称、联系方式，并写明需要更正的内容（至少5个字）。',
          values,
        }),
      );
    }
    const filed = await fileCorrection(deps, requestContext(request), publicId, parsed.data);
    reply.status(201);
    return render(request, reply, '更正申请已提交', `/publications/${publicId}`, async () =>
      correctionFiledBody(filed.ticket, item.title),
    );
  });
  app.get('/feed.xml', async (request, reply) => {
    const profile = await loadBureauProfile(deps.db);
    return reply
      .type('application/rss+xml; charset=utf-8')
      .send(await rssFeed(deps, origin(request), profile?.name ?? '城市管理局'));
  });
  app.get('/feed.json', async (request, reply) => {
    const profile = await loadBureauProfile(deps.db);
    return reply
      .type('application/feed+json; charset=utf-8')
      .send(JSON.stringify(await jsonFeed(deps, origin(request), profile?.name ?? '城市管理局')));
  });
}
