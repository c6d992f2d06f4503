import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldIssue } from './app-error.js';

/** Turns anything thrown into `{code, message, messageEn, details?}`; stacks stay in the server log. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return reply.status(error.status).send(error.toJSON());
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details: FieldIssue[] = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const field = path || String((v.params as { missingProperty?: string })?.missingProperty ?? where);
        return { field, message: `${field}：${v.message}`, messageEn: `${field}: ${v.message}` };
      });
      return reply.status(400).send(new AppError('VALIDATION_FAILED', details).toJSON());
    }
    if (
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error.statusCode === 400 ||
      error.statusCode === 415
    ) {
      return reply.status(400).send(new AppError('BAD_REQUEST').toJSON());
    }
    if (error.statusCode === 413) {
      return reply
        .status(413)
        .send({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大', messageEn: 'Request too large' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(new AppError('INTERNAL').toJSON());
  });
  app.setNotFoundHandler((_request, reply) => {
    reply.status(404).send(new AppError('NOT_FOUND').toJSON());
  });
}
