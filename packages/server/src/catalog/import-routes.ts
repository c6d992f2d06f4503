import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { acceptMultipart, attachmentDisposition, receiveUpload } from '../storage/receive-upload.js';
import { exportWorkbook } from './export-workbook.js';
import { getImportJob } from './import-job.js';
import { waitForImportJobs } from './import-runner.js';
import { importWorkbook, WORKBOOK_UPLOAD } from './import-workbook.js';
import { CATALOG_KINDS, versionParams } from './schemas.js';
import { XLSX_TYPE } from './workbook-writer.js';

const problemSchema = z.object({
  row: z.number(),
  column: z.string(),
  reason: z.string(),
  reasonEn: z.string(),
});

const importJobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  processed: z.number(),
  total: z.number(),
  imported: z.number(),
  problems: z.array(problemSchema),
  kind: z.enum(CATALOG_KINDS),
  versionId: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** Excel export and import of the catalogues (P-03, P-04; docs/contracts/catalogues-api.md). */
export function importRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await acceptMultipart(app);
    // A closing server lets running imports finish (or fail cleanly) before the database goes away.
    app.addHook('onClose', async () => waitForImportJobs());
    const tags = ['catalogs'];

    app.get(
      '/catalogs/:kind/versions/:id/export.xlsx',
      {
        config: { access: 'catalog.read' },
        schema: { tags, summary: '导出 Excel Export as a workbook', params: versionParams },
      },
      async (request, reply) => {
        const { fileName, stream } = await exportWorkbook(deps, request.params.kind, request.params.id);
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', attachmentDisposition(fileName))
          .header('cache-control', 'private, no-cache')
          .send(stream);
      },
    );
    app.post(
      '/catalogs/:kind/versions/:id/import',
      {
        config: { access: 'catalog.edit' },
        schema: {
          tags,
          summary:
            '从 Excel 导入（整体替换草稿事项）Import a workbook into a draft (multipart field "workbook", .xlsx ≤ 50 MB)',
          consumes: ['multipart/form-data'],
          params: versionParams,
          response: { 202: z.object({ jobId: z.string() }) },
        },
      },
      async (request, reply) => {
        const { kind, id } = request.params;
        const result = await importWorkbook(deps, requestContext(request), kind, id, () =>
          receiveUpload(request, blobStoreFor(deps.config), WORKBOOK_UPLOAD),
        );
        return reply.status(202).send(result);
      },
    );
    app.get(
      '/imports/:jobId',
      {
        config: { access: 'catalog.read' },
        schema: {
          tags,
          summary: '导入进度 Import progress and problems',
          params: z.object({ jobId: z.string().min(1).max(64) }),
          response: { 200: importJobSchema },
        },
      },
      async (request) => getImportJob(deps, request.params.jobId),
    );
  };
}
