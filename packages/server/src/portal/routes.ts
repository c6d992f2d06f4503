import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { registerAnnualReportPages } from '../annual-report/portal-routes.js';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { getLaw } from '../laws/get-law.js';
import { type BureauProfile, loadBureauProfile } from './bureau-profile.js';
import { registerCatalogPages } from './catalog-routes.js';
import { registerCertificatePages } from './certificate-routes.js';
import { deadlineBody } from './deadline-page.js';
import { homeBody } from './home-page.js';
import { html } from './html.js';
import { lawBody } from './law-page.js';
import { lawsBody } from './laws-page.js';
import { DISPLAY_COOKIE, type DisplayMode, page } from './layout.js';
import { PORTAL_CSS } from './portal-css.js';
import { progressBody } from './progress-page.js';
import { registerPublicationPages } from './publications-routes.js';
import { recordingBody } from './recording-page.js';
import { registerReviewPages } from './review-pages.js';
import { transparencyBody } from './transparency-page.js';
import { PUBLICITY_REPORTS_CSS } from './window-board-css.js';
import { registerWindowBoardPages } from './window-board-routes.js';

const MODES: DisplayMode[] = ['standard', 'large', 'contrast'];

function modeOf(request: FastifyRequest): DisplayMode {
  const mode = request.cookies[DISPLAY_COOKIE] as DisplayMode | undefined;
  return mode && MODES.includes(mode) ? mode : 'standard';
}

/** The public portal: server-rendered pages that work without JavaScript (P-03, P-08). */
export function portalRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const render = async (
      request: FastifyRequest,
      reply: FastifyReply,
      title: string,
      path: string,
      body: (p: BureauProfile) => Promise<ReturnType<typeof html>>,
    ) => {
      const profile = (await loadBureauProfile(deps.db)) ?? fallbackProfile;
      reply.type('text/html; charset=utf-8');
      return page({
        title,
        path,
        mode: modeOf(request),
        back: request.url,
        bureauName: profile.name,
        body: await body(profile),
      });
    };

    app.get('/portal/portal.css', async (_req, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PORTAL_CSS),
    );
    app.get('/', async (request, reply) =>
      render(request, reply, '机关概况', '/', (p) => homeBody(deps.db, p)),
    );
    app.get('/deadline', async (request, reply) =>
      render(request, reply, '期限计算', '/deadline', () =>
        deadlineBody(deps, request.query as Record<string, string | undefined>),
      ),
    );
    app.get('/transparency', async (request, reply) =>
      render(request, reply, '可验证执法日志', '/transparency', () =>
        transparencyBody(
          deps,
          request.query as Record<string, string | undefined>,
          `${request.protocol}://${request.host}`,
        ),
      ),
    );
    app.get('/progress', async (request, reply) =>
      render(request, reply, '案件进度查询', '/progress', () =>
        progressBody(deps, request.query as Record<string, string | undefined>),
      ),
    );
    app.get('/laws', async (request, reply) =>
      render(request, reply, '法律法规', '/laws', () =>
        lawsBody(deps, request.query as Record<string, string | undefined>),
      ),
    );
    app.get('/laws/:id', async (request, reply) => {
      const { id } = request.params as { id: string };
      const law = await getLaw(deps.db, id).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
        throw e;
      });
      if (!law) {
        reply.status(404);
        return render(
          request,
          reply,
          '未找到',
          `/laws/${encodeURIComponent(id)}`,
          async () => html`<h1>未找到该法律法规</h1><p><a href="/laws">返回法律法规列表</a></p>`,
        );
      }
      return render(request, reply, law.title, `/laws/${law.id}`, async () => lawBody(law));
    });
    app.get('/recording', async (request, reply) =>
      render(request, reply, '音像记录事项清单', '/recording', async () => recordingBody()),
    );
    registerCatalogPages(app, deps, render);
    registerReviewPages(app, deps, render);
    registerCertificatePages(app, deps, render);
    registerWindowBoardPages(app, deps, render);
    registerAnnualReportPages(app, deps, render);
    app.get('/portal/publicity-reports.css', async (_req, reply) =>
      reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(PUBLICITY_REPORTS_CSS),
    );
    registerPublicationPages(app, deps, render);
    // Display mode by link, not script: set a cookie and go back where the reader was.
    app.get('/display', async (request, reply) => {
      const { mode, back } = request.query as { mode?: string; back?: string };
      const chosen = MODES.includes(mode as DisplayMode) ? (mode as DisplayMode) : 'standard';
      const target = typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : '/';
      reply.setCookie(DISPLAY_COOKIE, chosen, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
      return reply.redirect(target, 303);
    });
  };
}

// Before an administrator has entered the bureau's profile, the portal still says who runs it.
const fallbackProfile: BureauProfile = {
  name: '城市管理局',
  legalBasis: '行政执法机关',
  duties: [],
  address: '—',
  postcode: '—',
  phone: '—',
  hours: '—',
  complaints: [],
  remedies: [],
};
