import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { getLaw } from './get-law.js';
import { getLawArticle } from './get-law-article.js';
import { listLaws } from './list-laws.js';
import {
  articleDetail,
  articleParams,
  articleQuery,
  lawDetail,
  lawParams,
  lawSummary,
  searchQuery,
  searchResult,
} from './schemas.js';
import { searchLawArticles } from './search-law-articles.js';

/** The law library (Catalogues item 1). Statutes are public information: no sign-in. */
export function lawRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['laws'];
    app.get(
      '/laws',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '法律法规库 Laws',
          response: { 200: z.object({ items: z.array(lawSummary) }) },
        },
      },
      async () => listLaws(deps.db),
    );
    // Registered as a static path, so it wins over /laws/:id for 'search'.
    app.get(
      '/laws/search',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '检索条文 Search articles',
          description:
            '词语检索（分词后全文检索，按相关度排序）与字面检索（包含全部检索词）任一命中即返回。\n\nWord search (segmented, ranked) or substring match of every term.',
          querystring: searchQuery,
          response: { 200: searchResult },
        },
      },
      async (request) => searchLawArticles(deps.db, request.query),
    );
    app.get(
      '/laws/:id',
      {
        config: { access: 'public' },
        schema: { tags, summary: '法律法规全文 Law', params: lawParams, response: { 200: lawDetail } },
      },
      async (request) => getLaw(deps.db, request.params.id),
    );
    app.get(
      '/laws/:id/articles/:number',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '条文 Article',
          description:
            '插入条文（如第十条之一）以 ?suffix=之一 指定。An inserted article takes ?suffix=之一.',
          params: articleParams,
          querystring: articleQuery,
          response: { 200: articleDetail },
        },
      },
      async (request) =>
        getLawArticle(deps.db, request.params.id, request.params.number, request.query.suffix),
    );
  };
}
