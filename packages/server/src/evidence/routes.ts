import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { requestContext } from '../http/request-context.js';
import { attachmentDisposition } from '../storage/receive-upload.js';
import { abortUpload } from './abort-upload.js';
import { appendUploadChunk } from './append-upload-chunk.js';
import { createUpload } from './create-upload.js';
import { exportEvidence } from './export-evidence.js';
import { getEvidence } from './get-evidence.js';
import { getUpload } from './get-upload.js';
import { linkEvidence } from './link-evidence.js';
import { listCustody } from './list-custody.js';
import { listEvidence } from './list-evidence.js';
import { openEvidenceContent } from './open-evidence-content.js';
import {
  createUploadBody,
  custodyResponse,
  evidenceIdParams,
  evidencePage,
  evidenceResponse,
  exportQuery,
  linkBody,
  listEvidenceQuery,
  unlinkBody,
  uploadIdParams,
  uploadResponse,
} from './schemas.js';
import { unlinkEvidence } from './unlink-evidence.js';

/** The chunk body of a resumable upload (as in tus): raw bytes, streamed by the operation itself. */
export const CHUNK_CONTENT_TYPE = 'application/offset+octet-stream';

// R-06 evidence (docs/contracts/evidence-api.md).
export function evidenceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Leave chunk bodies unread: the operation streams request.raw to disk (no body limit, no buffering).
    app.addContentTypeParser(CHUNK_CONTENT_TYPE, (_request, _payload, done) => done(null, undefined));
    const tags = ['evidence'];

    app.post(
      '/evidence/uploads',
      {
        config: { access: 'evidence.upload' },
        schema: {
          tags,
          summary: '开始上传证据 Open a resumable upload',
          body: createUploadBody,
          response: { 201: uploadResponse },
        },
      },
      async (request, reply) => {
        const out = await createUpload(deps, requestContext(request), request.body);
        return reply
          .status(201)
          .header('upload-offset', '0')
          .header('location', `/api/v1/evidence/uploads/${out.upload.id}`)
          .send(out);
      },
    );
    app.get(
      '/evidence/uploads/:id',
      {
        config: { access: 'evidence.upload' },
        schema: {
          tags,
          summary: '上传进度（续传位置） Upload offset',
          params: uploadIdParams,
          response: { 200: uploadResponse },
        },
      },
      async (request, reply) => {
        const out = await getUpload(deps, requestContext(request), request.params.id);
        return reply
          .header('upload-offset', String(out.upload.offset))
          .header('upload-length', String(out.upload.size))
          .send(out);
      },
    );
    app.patch(
      '/evidence/uploads/:id',
      {
        config: { access: 'evidence.upload' },
        schema: {
          tags,
          summary: '续传数据块 Append bytes at Upload-Offset (Content-Type: application/offset+octet-stream)',
          params: uploadIdParams,
          headers: z.object({ 'upload-offset': z.coerce.number().int().min(0) }).loose(),
          response: { 200: uploadResponse },
        },
      },
      async (request, reply) => {
        if (request.headers['content-type'] !== CHUNK_CONTENT_TYPE)
          throw new AppError('BAD_REQUEST', { expected: CHUNK_CONTENT_TYPE });
        const out = await appendUploadChunk(
          deps,
          requestContext(request),
          request.params.id,
          request.headers['upload-offset'],
          request.raw,
        );
        return reply.header('upload-offset', String(out.upload.offset)).send(out);
      },
    );
    app.delete(
      '/evidence/uploads/:id',
      {
        config: { access: 'evidence.upload' },
        schema: {
          tags,
          summary: '取消上传 Cancel an upload',
          params: uploadIdParams,
          response: { 200: uploadResponse },
        },
      },
      async (request) => abortUpload(deps, requestContext(request), request.params.id),
    );

    app.get(
      '/evidence',
      {
        config: { access: 'evidence.read' },
        schema: {
          tags,
          summary: '证据检索 Search evidence',
          querystring: listEvidenceQuery,
          response: { 200: evidencePage },
        },
      },
      async (request) => listEvidence(deps, requestContext(request), request.query),
    );
    app.get(
      '/evidence/export',
      {
        config: { access: 'evidence.export' },
        schema: { tags, summary: '导出证据包 Export a verifiable bundle (zip)', querystring: exportQuery },
      },
      async (request, reply) => {
        const bundle = await exportEvidence(deps, requestContext(request), request.query);
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', attachmentDisposition(bundle.fileName))
          .header('cache-control', 'private, no-store')
          .send(bundle.stream);
      },
    );
    app.get(
      '/evidence/:id',
      {
        config: { access: 'evidence.read' },
        schema: {
          tags,
          summary: '查看证据 View an item',
          params: evidenceIdParams,
          response: { 200: evidenceResponse },
        },
      },
      async (request) => getEvidence(deps, requestContext(request), request.params.id),
    );
    app.get(
      '/evidence/:id/content',
      {
        config: { access: 'evidence.read' },
        schema: {
          tags,
          summary: '播放/下载 Play (HTTP Range, 206) or download (?download=1)',
          params: evidenceIdParams,
          querystring: z.object({ download: z.enum(['0', '1']).optional() }),
        },
      },
      async (request, reply) => {
        const download = request.query.download === '1';
        const content = await openEvidenceContent(deps, requestContext(request), request.params.id, {
          range: request.headers.range,
          download,
        });
        reply
          .status(content.status)
          .header('content-type', content.contentType)
          .header('content-length', String(content.length))
          .header('accept-ranges', 'bytes')
          .header('cache-control', 'private, no-store')
          .header('digest', `sha-256=${Buffer.from(content.sha256, 'hex').toString('base64')}`);
        if (content.range)
          reply.header('content-range', `bytes ${content.range.start}-${content.range.end}/${content.size}`);
        if (download) reply.header('content-disposition', attachmentDisposition(content.fileName));
        return reply.send(content.stream);
      },
    );
    app.get(
      '/evidence/:id/custody',
      {
        config: { access: 'evidence.read' },
        schema: {
          tags,
          summary: '保管链 Chain of custody',
          params: evidenceIdParams,
          response: { 200: custodyResponse },
        },
      },
      async (request) => listCustody(deps, requestContext(request), request.params.id),
    );
    app.post(
      '/evidence/:id/links',
      {
        config: { access: 'evidence.link' },
        schema: {
          tags,
          summary: '关联到案件环节 Link to a case stage',
          params: evidenceIdParams,
          body: linkBody,
          response: { 200: evidenceResponse },
        },
      },
      async (request) => linkEvidence(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/evidence/:id/unlink',
      {
        config: { access: 'evidence.link' },
        schema: {
          tags,
          summary: '取消关联 Unlink from a case (reason required)',
          params: evidenceIdParams,
          body: unlinkBody,
          response: { 200: evidenceResponse },
        },
      },
      async (request) => unlinkEvidence(deps, requestContext(request), request.params.id, request.body),
    );
  };
}
