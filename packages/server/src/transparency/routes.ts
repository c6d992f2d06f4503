import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { requestContext } from '../http/request-context.js';
import { pageQuery, paginated } from '../people/schemas.js';
import { getConsistencyProof, getInclusionProof } from './get-proofs.js';
import { getLatestTreeHead, listPublicKeys, listTreeHeads } from './list-tree-heads.js';
import { signTreeHead } from './sign-tree-head.js';

// the public endpoints of the verifiable log, shaped so any RFC 6962 verifier can use them (hashes
// in lowercase hex), and the administrators' "sign now".
const hex = z.string().regex(/^[0-9a-f]*$/);
const treeHead = z.object({
  treeSize: z.number().int(),
  rootHash: hex,
  algorithm: z.enum(['sm3', 'sha256']),
  timestamp: z.string(),
  signature: hex,
});
const listedHead = treeHead.extend({
  id: z.string(),
  keyId: z.string(),
  trigger: z.enum(['schedule', 'request', 'seed']),
});
const count = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export function transparencyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['transparency'];
    app.get(
      '/transparency/tree-head',
      {
        config: { access: 'public' },
        schema: { tags, summary: '最新签名树头 Latest signed tree head', response: { 200: treeHead } },
      },
      async () => {
        const head = await getLatestTreeHead(deps.db);
        if (!head) throw new AppError('TRANSPARENCY_NO_TREE_HEAD');
        return {
          treeSize: head.treeSize,
          rootHash: head.rootHash,
          algorithm: head.algorithm,
          timestamp: head.timestamp,
          signature: head.signature,
        };
      },
    );
    app.get(
      '/transparency/tree-heads',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '已签名树头 Signed tree heads',
          querystring: z.object(pageQuery),
          response: { 200: paginated(listedHead) },
        },
      },
      async (request) => listTreeHeads(deps.db, request.query),
    );
    app.get(
      '/transparency/keys',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '签名公钥 Signing public keys',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  keyId: z.string(),
                  algorithm: z.literal('SM2'),
                  publicKey: hex,
                  publicKeyPem: z.string(),
                  userId: z.string(),
                  createdAt: z.string(),
                  retiredAt: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async () => listPublicKeys(deps.db),
    );
    app.get(
      '/transparency/proof/inclusion',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '包含证明 Inclusion proof',
          querystring: z.object({ index: count, treeSize: count.optional() }),
          response: {
            200: z.object({
              leafIndex: z.number().int(),
              treeSize: z.number().int(),
              leafHash: hex,
              auditPath: z.array(hex),
            }),
          },
        },
      },
      async (request) => getInclusionProof(deps.db, request.query),
    );
    app.get(
      '/transparency/proof/consistency',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '一致性证明 Consistency proof',
          querystring: z.object({ from: count, to: count }),
          response: { 200: z.object({ from: z.number().int(), to: z.number().int(), proof: z.array(hex) }) },
        },
      },
      async (request) => getConsistencyProof(deps.db, request.query),
    );
    app.post(
      '/transparency/tree-heads',
      {
        // The audit administrator is read-only, but signing attests to the log as it stands.
        config: { access: 'transparency.sign', readOnlyMayCall: true },
        schema: { tags, summary: '立即签署树头 Sign a tree head now', response: { 201: listedHead } },
      },
      async (request, reply) => {
        const head = await signTreeHead(deps.db, requestContext(request), 'request');
        return reply.status(201).send(head!);
      },
    );
  };
}
