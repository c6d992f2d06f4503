import type { FastifyInstance } from 'fastify';
import { originOf } from '../certificates/routes.js';
import type { AppDeps } from '../context.js';
import { getActiveWindow, listWindows } from '../windows/list-windows.js';
import type { RenderPage } from './catalog-routes.js';
import { html } from './html.js';
import { windowBoardBody, windowListBody } from './window-board-page.js';

/** P-08: the list of window boards (/windows) and one printable board per active window. */
export function registerWindowBoardPages(app: FastifyInstance, deps: AppDeps, render: RenderPage): void {
  app.get('/windows', async (request, reply) => {
    const { items } = await listWindows(deps.db, { activeOnly: true });
    return render(request, reply, '窗口公示', '/windows', async () => windowListBody(items));
  });
  app.get('/windows/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const w = await getActiveWindow(deps.db, code);
    if (!w) {
      reply.status(404);
      return render(
        request,
        reply,
        '未找到该窗口',
        '/windows',
        async () => html`<h1>未找到该服务窗口</h1><p><a href="/windows">查看全部窗口公示</a></p>`,
      );
    }
    return render(request, reply, `${w.code}号窗口公示牌`, '/windows', async (profile) =>
      windowBoardBody(w, profile, originOf(request)),
    );
  });
}
