import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { createWindow } from './create-window.js';
import { listWindows } from './list-windows.js';
import { updateWindowBody, windowBody, windowIdParams, windowListSchema, windowSchema } from './schemas.js';
import { updateWindow } from './update-window.js';

// P-08: the service windows whose boards the portal prints (/windows/<code>).
export function windowRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['windows'];
    app.get(
      '/windows',
      {
        config: { access: 'catalog.read' },
        schema: { tags, summary: '服务窗口 Service windows', response: { 200: windowListSchema } },
      },
      async () => listWindows(deps.db),
    );
    app.post(
      '/windows',
      {
        config: { access: 'windows.edit' },
        schema: {
          tags,
          summary: '新增服务窗口 Add a window',
          body: windowBody,
          response: { 201: windowSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createWindow(deps, requestContext(request), request.body)),
    );
    app.put(
      '/windows/:id',
      {
        config: { access: 'windows.edit' },
        schema: {
          tags,
          summary: '修改服务窗口 Change a window',
          params: windowIdParams,
          body: updateWindowBody,
          response: { 200: windowSchema },
        },
      },
      async (request) => updateWindow(deps, requestContext(request), request.params.id, request.body),
    );
  };
}
