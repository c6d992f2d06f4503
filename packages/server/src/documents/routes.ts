import type { DocumentKind } from '@sanxiang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadCaseRow } from '../cases/load-case.js';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { attachmentDisposition } from '../storage/receive-upload.js';
import { getDocumentRow, listCaseDocuments, presentDocumentWithContent } from './document-query.js';
import { draftDocument, redraftDocument } from './draft-document.js';
import { getDocumentFile } from './get-document-file.js';
import { getWording } from './get-wording.js';
import { issueDocument } from './issue-document.js';
import {
  caseDocumentParams,
  documentList,
  documentParams,
  documentResponse,
  draftBody,
  fileParams,
  redraftBody,
  voidBody,
  wordingQuery,
  wordingResponse,
} from './schemas.js';
import { voidDocument } from './void-document.js';

// The documents of a case (docs/contracts/cases-api.md "Documents") and the standard wording.
export function documentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['documents'];
    app.get(
      '/cases/:id/documents',
      {
        config: { access: 'cases.read' },
        schema: {
          tags,
          summary: '案件文书列表 Documents of a case',
          params: caseDocumentParams,
          response: { 200: documentList },
        },
      },
      async (request) => {
        await loadCaseRow(deps.db, request.params.id, requestContext(request).actor);
        return { items: await listCaseDocuments(deps.db, request.params.id) };
      },
    );
    app.post(
      '/cases/:id/documents',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '依案件数据制作文书草稿 Draft a document from the case',
          params: caseDocumentParams,
          body: draftBody,
          response: { 201: documentResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await draftDocument(deps, requestContext(request), request.params.id, {
            kind: request.body.kind as DocumentKind,
            input: request.body.input,
            replaces: request.body.replaces,
          }),
        ),
    );
    app.get(
      '/cases/:id/documents/:docId',
      {
        config: { access: 'cases.read' },
        schema: {
          tags,
          summary: '文书内容 A document with its content',
          params: documentParams,
          response: { 200: documentResponse },
        },
      },
      async (request) => {
        await loadCaseRow(deps.db, request.params.id, requestContext(request).actor);
        const row = await getDocumentRow(deps.db, request.params.id, request.params.docId);
        return { document: presentDocumentWithContent(row) };
      },
    );
    app.put(
      '/cases/:id/documents/:docId',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '重新制作草稿 Draft again (unissued only)',
          params: documentParams,
          body: redraftBody,
          response: { 200: documentResponse },
        },
      },
      async (request) =>
        redraftDocument(deps, requestContext(request), request.params.id, request.params.docId, request.body),
    );
    app.post(
      '/cases/:id/documents/:docId/issue',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '签发：编号、定稿、计算摘要 Issue: number, freeze, hash',
          params: documentParams,
          response: { 200: documentResponse },
        },
      },
      async (request) =>
        issueDocument(deps, requestContext(request), request.params.id, request.params.docId),
    );
    app.post(
      '/cases/:id/documents/:docId/void',
      {
        config: { access: 'cases.act' },
        schema: {
          tags,
          summary: '作废已签发文书 Void an issued document (with the reason)',
          params: documentParams,
          body: voidBody,
          response: { 200: documentResponse },
        },
      },
      async (request) =>
        voidDocument(
          deps,
          requestContext(request),
          request.params.id,
          request.params.docId,
          request.body.reason,
        ),
    );
    app.get(
      '/cases/:id/documents/:docId/file.:format',
      {
        config: { access: 'cases.read' },
        schema: {
          tags,
          summary: '下载文书（PDF 或 Word） Download the PDF or Word file',
          params: fileParams,
        },
      },
      async (request, reply) => {
        const { id, docId, format } = request.params;
        const file = await getDocumentFile(deps, requestContext(request), id, docId, format);
        reply
          .header('content-type', file.contentType)
          .header('content-length', String(file.size))
          .header('content-disposition', attachmentDisposition(file.name))
          .header('cache-control', 'private, no-cache');
        if (file.sha256) reply.header('x-content-sha256', file.sha256);
        return reply.send(file.body);
      },
    );
    app.get(
      '/wording',
      {
        config: { access: 'cases.read' },
        schema: {
          tags,
          summary: '执法用语规范 Standard wording (filled from a case when caseId is given)',
          querystring: wordingQuery,
          response: { 200: wordingResponse },
        },
      },
      async (request) => getWording(deps, requestContext(request), request.query),
    );
  };
}
