import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { blobStoreFor } from '../storage/open-blob-store.js';
import { acceptMultipart, attachmentDisposition, receiveUpload } from '../storage/receive-upload.js';
import { addRuleAttachment, RULE_ATTACHMENT_RULES } from './add-rule-attachment.js';
import { createRule } from './create-rule.js';
import { fileRule } from './file-rule.js';
import { getRuleAttachment } from './get-rule-attachment.js';
import { listPublicRules } from './list-public-rules.js';
import { listRules } from './list-rules.js';
import {
  fileRuleBody,
  listRulesQuery,
  paginatedRules,
  publicRuleSchema,
  ruleBody,
  ruleIdParams,
  ruleResponse,
  ruleSchema,
} from './schemas.js';
import { updateRule } from './update-rule.js';

// I-01: the bureau's rules register (docs/contracts/catalogues-api.md, "Bureau rules register").
export function rulesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await acceptMultipart(app);
    const tags = ['rules'];
    app.get(
      '/rules',
      {
        config: { access: 'catalog.read' },
        schema: {
          tags,
          summary: '制度汇编登记 Rules register',
          querystring: listRulesQuery,
          response: { 200: paginatedRules(ruleSchema) },
        },
      },
      async (request) => listRules(deps, request.query),
    );
    app.post(
      '/rules',
      {
        config: { access: 'rules.edit' },
        schema: {
          tags,
          summary: '登记制度 Register a rule',
          body: ruleBody,
          response: { 201: ruleResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createRule(deps, requestContext(request), request.body)),
    );
    app.put(
      '/rules/:id',
      {
        config: { access: 'rules.edit' },
        schema: {
          tags,
          summary: '修改制度登记 Change a rule',
          params: ruleIdParams,
          body: ruleBody,
          response: { 200: ruleResponse },
        },
      },
      async (request) => updateRule(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/rules/:id/attachment',
      {
        config: { access: 'rules.edit' },
        schema: {
          tags,
          summary: '上传制度文本 Upload the document (multipart field "file", ≤ 20 MB)',
          consumes: ['multipart/form-data'],
          params: ruleIdParams,
          response: { 200: ruleResponse },
        },
      },
      async (request) =>
        addRuleAttachment(deps, requestContext(request), request.params.id, () =>
          receiveUpload(request, blobStoreFor(deps.config), RULE_ATTACHMENT_RULES),
        ),
    );
    app.get(
      '/rules/:id/attachment',
      {
        config: { access: 'catalog.read' },
        schema: { tags, summary: '下载制度文本 Download the document', params: ruleIdParams },
      },
      async (request, reply) => {
        const file = await getRuleAttachment(deps, request.params.id);
        return reply
          .header('content-type', file.contentType)
          .header('content-length', String(file.size))
          .header('content-disposition', attachmentDisposition(file.name))
          .header('cache-control', 'private, no-cache')
          .send(file.stream);
      },
    );
    app.post(
      '/rules/:id/file',
      {
        config: { access: 'rules.edit' },
        schema: {
          tags,
          summary: '登记备案 Record the filing',
          params: ruleIdParams,
          body: fileRuleBody,
          response: { 200: ruleResponse },
        },
      },
      async (request) => fileRule(deps, requestContext(request), request.params.id, request.body),
    );
    app.get(
      '/public/rules',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '已备案制度 Filed rules (public)',
          querystring: listRulesQuery.pick({ page: true, pageSize: true }),
          response: { 200: paginatedRules(publicRuleSchema) },
        },
      },
      async (request) => listPublicRules(deps, request.query),
    );
  };
}
