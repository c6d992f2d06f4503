import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { actorOf, requestContext } from '../http/request-context.js';
import { getCertificateLink } from './get-certificate-link.js';
import { findPublicCertificate } from './public-certificate.js';
import { revokeCertificate } from './revoke-certificate.js';
import {
  certificateLinkSchema,
  certificateNumberParams,
  publicCertificateQuery,
  publicCertificateSchema,
  revokeCertificateBody,
  revokedCertificateSchema,
} from './schemas.js';

/** The origin the request came in on: the QR code points back at the portal the staff member uses. */
export function originOf(request: { protocol: string; host: string }): string {
  return `${request.protocol}://${request.host}`;
}

// P-07: public verification of a 执法证, its QR code for the card, and revocation.
export function certificateRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['certificates'];
    app.get(
      '/public/certificates',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '执法证公开查询 Verify a certificate (by number or QR token)',
          querystring: publicCertificateQuery,
          response: { 200: publicCertificateSchema },
        },
      },
      async (request) => {
        const q = request.query;
        const found = await findPublicCertificate(
          deps.db,
          q.number !== undefined ? { number: q.number } : { token: q.token ?? '' },
        );
        if (!found) throw new AppError('NOT_FOUND');
        return found;
      },
    );
    app.get(
      '/certificates/:number/qr',
      {
        config: { access: 'people.read' },
        schema: {
          tags,
          summary: '执法证二维码 The QR code printed on a certificate',
          params: certificateNumberParams,
          response: { 200: certificateLinkSchema },
        },
      },
      async (request) => getCertificateLink(deps, actorOf(request), request.params.number, originOf(request)),
    );
    app.post(
      '/certificates/:number/revoke',
      {
        config: { access: 'certificates.revoke' },
        schema: {
          tags,
          summary: '注销执法证 Revoke a certificate',
          params: certificateNumberParams,
          body: revokeCertificateBody,
          response: { 200: revokedCertificateSchema },
        },
      },
      async (request) =>
        revokeCertificate(deps, requestContext(request), request.params.number, request.body.reason),
    );
  };
}
