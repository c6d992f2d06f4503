import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getPublicMatter } from '../catalog/get-public-matter.js';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { BureauProfile } from './bureau-profile.js';
import { catalogHistoryBody } from './catalog-history-page.js';
import { flowchartsBody } from './flowcharts-page.js';
import { type Html, html } from './html.js';
import { inspectionsBody } from './inspections-page.js';
import { DISPLAY_COOKIE } from './layout.js';
import { matterBody } from './matter-page.js';
import { mattersBody } from './matters-page.js';
import { rulesBody } from './rules-page.js';

export type RenderPage = (
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
  path: string,
  body: (p: BureauProfile) => Promise<Html>,
) => Promise<string>;

type Query = Record<string, string | undefined>;

/** A query string's single values; a repeated parameter counts by its first value. */
function queryOf(request: FastifyRequest): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string') out[k] = value;
  }
  return out;
}

/**
 * 事前公开 on the portal (P-03, P-04, P-05, I-01): the enforcement matters, the random-inspection list,
 * the procedure flowcharts and the bureau's rules. Read-only; every page reads through the public
 * operations, which show the current filed version only.
 */
export function registerCatalogPages(app: FastifyInstance, deps: AppDeps, render: RenderPage): void {
  app.get('/matters', async (request, reply) =>
    render(request, reply, '行政执法事项清单', '/matters', () => mattersBody(deps, queryOf(request))),
  );
  app.get('/matters/history', async (request, reply) =>
    render(request, reply, '行政执法事项清单历次备案版本', '/matters/history', () =>
      catalogHistoryBody(deps, 'matters', queryOf(request)),
    ),
  );
  app.get('/matters/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const matter =
      code.length <= 40
        ? await getPublicMatter(deps, code).catch((e: unknown) => {
            if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
            throw e;
          })
        : null;
    if (!matter) {
      reply.status(404);
      return render(
        request,
        reply,
        '未找到该执法事项',
        `/matters/${encodeURIComponent(code)}`,
        async () => html`<h1>未找到该执法事项</h1>
<section class="card" aria-labelledby="h-missing">
  <h2 id="h-missing">事项编码“${code}”不在现行清单中</h2>
  <p>该事项可能已在清单调整中删除或合并，或者编码有误。</p>
  <ul>
    <li><a href="/matters?q=${encodeURIComponent(code)}">按该编码查询现行清单</a></li>
    <li><a href="/matters">查看全部执法事项</a></li>
    <li><a href="/matters/history">查看清单的历次备案版本</a></li>
  </ul>
</section>`,
      );
    }
    return render(request, reply, matter.name, `/matters/${encodeURIComponent(matter.code)}`, async () =>
      matterBody(matter),
    );
  });
  app.get('/inspections', async (request, reply) =>
    render(request, reply, '随机抽查事项清单', '/inspections', () =>
      inspectionsBody(deps, queryOf(request), { stacked: request.cookies[DISPLAY_COOKIE] === 'large' }),
    ),
  );
  app.get('/inspections/history', async (request, reply) =>
    render(request, reply, '随机抽查事项清单历次备案版本', '/inspections/history', () =>
      catalogHistoryBody(deps, 'inspections', queryOf(request)),
    ),
  );
  app.get('/flowcharts', async (request, reply) =>
    render(request, reply, '执法流程图', '/flowcharts', async () => flowchartsBody()),
  );
  app.get('/rules', async (request, reply) =>
    render(request, reply, '制度文件', '/rules', () => rulesBody(deps, queryOf(request))),
  );
}
