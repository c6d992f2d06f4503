import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { pageQuery } from '../people/schemas.js';
import { addItem } from './add-item.js';
import { approveVersion } from './approve-version.js';
import { createVersion } from './create-version.js';
import { diffVersions } from './diff-versions.js';
import { fileVersion } from './file-version.js';
import { FILING_DOCUMENT_MAX_BYTES } from './filing-document.js';
import { getFilingDocument } from './get-filing-document.js';
import { getPublicMatter } from './get-public-matter.js';
import { getVersion } from './get-version.js';
import { listItems } from './list-items.js';
import { listPublicHistory } from './list-public-history.js';
import { listPublicItems } from './list-public-items.js';
import { listVersions } from './list-versions.js';
import { readFilingForm } from './read-filing-form.js';
import { removeItem } from './remove-item.js';
import { returnVersion } from './return-version.js';
import {
  approveBody,
  CATALOG_KINDS,
  createVersionBody,
  diffQuery,
  diffSchema,
  ITEM_SCHEMAS,
  itemCodeParams,
  itemList,
  itemParams,
  kindParams,
  listItemsQuery,
  listVersionsQuery,
  publicHistory,
  publicInspectionList,
  publicInspectionsQuery,
  publicMatter,
  publicMatterList,
  publicMatterParams,
  publicMattersQuery,
  returnBody,
  versionIdParams,
  versionList,
  versionParams,
  versionSchema,
} from './schemas.js';
import { submitVersion } from './submit-version.js';
import { updateItem } from './update-item.js';

/** The versioned catalogues (P-03, P-04) and their public face (docs/contracts/catalogues-api.md). */
export function catalogRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Only the filing route reads multipart; the limits stop an oversized receipt while it streams in.
    await app.register(fastifyMultipart, {
      limits: { fileSize: FILING_DOCUMENT_MAX_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
    });
    const tags = ['catalogs'];

    app.get(
      '/catalogs/:kind/versions',
      {
        config: { access: 'catalog.read' },
        schema: {
          tags,
          summary: '清单版本 Versions of a list',
          params: kindParams,
          querystring: listVersionsQuery,
          response: { 200: versionList },
        },
      },
      async (request) => listVersions(deps, request.params.kind, request.query),
    );
    app.post(
      '/catalogs/:kind/versions',
      {
        config: { access: 'catalog.edit' },
        schema: {
          tags,
          summary: '新建版本（复制现行版本）New draft',
          params: kindParams,
          body: createVersionBody,
          response: { 201: versionSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createVersion(deps, requestContext(request), request.params.kind, request.body)),
    );
    app.get(
      '/catalogs/:kind/versions/:id',
      {
        config: { access: 'catalog.read' },
        schema: { tags, summary: '版本 Version', params: versionParams, response: { 200: versionSchema } },
      },
      async (request) => getVersion(deps, request.params.kind, request.params.id),
    );
    app.get(
      '/catalogs/:kind/versions/:id/items',
      {
        config: { access: 'catalog.read' },
        schema: {
          tags,
          summary: '版本事项 Items of a version',
          params: versionParams,
          querystring: listItemsQuery,
          response: { 200: itemList },
        },
      },
      async (request) => listItems(deps, request.params.kind, request.params.id, request.query),
    );

    // The item bodies differ by kind, so these routes are registered once per kind: the framework then
    // validates each body against its own schema, and the OpenAPI shows both.
    for (const kind of CATALOG_KINDS) {
      const item = ITEM_SCHEMAS[kind];
      const label = kind === 'matters' ? '执法事项' : '抽查事项';
      app.post(
        `/catalogs/${kind}/versions/:id/items`,
        {
          config: { access: 'catalog.edit' },
          schema: {
            tags,
            summary: `新增${label} Add an item to a draft`,
            params: versionIdParams,
            body: item,
            response: { 201: item },
          },
        },
        async (request, reply) =>
          reply
            .status(201)
            .send(await addItem(deps, requestContext(request), kind, request.params.id, request.body)),
      );
      app.put(
        `/catalogs/${kind}/versions/:id/items/:code`,
        {
          config: { access: 'catalog.edit' },
          schema: {
            tags,
            summary: `修改${label} Replace an item of a draft`,
            params: itemCodeParams,
            body: item,
            response: { 200: item },
          },
        },
        async (request) =>
          updateItem(
            deps,
            requestContext(request),
            kind,
            request.params.id,
            request.params.code,
            request.body,
          ),
      );
    }

    app.delete(
      '/catalogs/:kind/versions/:id/items/:code',
      {
        config: { access: 'catalog.edit' },
        schema: { tags, summary: '删除事项 Remove an item of a draft', params: itemParams },
      },
      async (request, reply) => {
        const { kind, id, code } = request.params;
        await removeItem(deps, requestContext(request), kind, id, code);
        return reply.status(204).send();
      },
    );
    app.post(
      '/catalogs/:kind/versions/:id/submit',
      {
        config: { access: 'catalog.edit' },
        schema: { tags, summary: '提交审批 Submit', params: versionParams, response: { 200: versionSchema } },
      },
      async (request) => submitVersion(deps, requestContext(request), request.params.kind, request.params.id),
    );
    app.post(
      '/catalogs/:kind/versions/:id/approve',
      {
        config: { access: 'catalog.approve' },
        schema: {
          tags,
          summary: '审批通过 Approve',
          params: versionParams,
          body: approveBody,
          response: { 200: versionSchema },
        },
      },
      async (request) =>
        approveVersion(
          deps,
          requestContext(request),
          request.params.kind,
          request.params.id,
          request.body.comment,
        ),
    );
    app.post(
      '/catalogs/:kind/versions/:id/return',
      {
        config: { access: 'catalog.approve' },
        schema: {
          tags,
          summary: '退回修改 Return to draft',
          params: versionParams,
          body: returnBody,
          response: { 200: versionSchema },
        },
      },
      async (request) =>
        returnVersion(
          deps,
          requestContext(request),
          request.params.kind,
          request.params.id,
          request.body.reason,
        ),
    );
    app.post(
      '/catalogs/:kind/versions/:id/file',
      {
        config: { access: 'catalog.file' },
        schema: {
          tags,
          summary: '登记备案 Record the filing (multipart: filingNumber, filingDate, document)',
          consumes: ['multipart/form-data'],
          params: versionParams,
          response: { 200: versionSchema },
        },
      },
      async (request) =>
        fileVersion(
          deps,
          requestContext(request),
          request.params.kind,
          request.params.id,
          await readFilingForm(request),
        ),
    );
    app.get(
      '/catalogs/:kind/versions/:id/filing-document',
      {
        config: { access: 'catalog.read' },
        schema: { tags, summary: '下载备案文件 Filing document', params: versionParams },
      },
      async (request, reply) => {
        const doc = await getFilingDocument(deps, request.params.kind, request.params.id);
        return reply
          .header('content-type', doc.mime)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`)
          .header('cache-control', 'private, no-cache')
          .send(doc.data);
      },
    );
    app.get(
      '/catalogs/:kind/diff',
      {
        config: { access: 'catalog.read' },
        schema: {
          tags,
          summary: '版本比较 Compare two versions',
          params: kindParams,
          querystring: diffQuery,
          response: { 200: diffSchema },
        },
      },
      async (request) => diffVersions(deps, request.params.kind, request.query.from, request.query.to),
    );

    // Public: no sign-in, the current filed version only.
    app.get(
      '/public/matters',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '现行行政执法事项清单 Current enforcement matters',
          querystring: publicMattersQuery,
          response: { 200: publicMatterList },
        },
      },
      async (request) => listPublicItems(deps, 'matters', request.query),
    );
    app.get(
      '/public/matters/:code',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '执法事项详情（含法条原文）A matter with its articles',
          params: publicMatterParams,
          response: { 200: publicMatter },
        },
      },
      async (request) => getPublicMatter(deps, request.params.code),
    );
    app.get(
      '/public/inspections',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '现行随机抽查事项清单 Current random-inspection list',
          querystring: publicInspectionsQuery,
          response: { 200: publicInspectionList },
        },
      },
      async (request) => listPublicItems(deps, 'inspections', request.query),
    );
    app.get(
      '/public/catalogs/:kind/history',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '清单备案历史 Filed versions',
          params: kindParams,
          querystring: z.object({ ...pageQuery }),
          response: { 200: publicHistory },
        },
      },
      async (request) => listPublicHistory(deps, request.params.kind, request.query),
    );
  };
}
