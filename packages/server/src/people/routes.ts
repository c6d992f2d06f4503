import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { actorOf, requestContext } from '../http/request-context.js';
import { getPerson } from './get-person.js';
import { listPeople } from './list-people.js';
import { listUnits } from './list-units.js';
import { idParams, listPeopleQuery, paginated, personDetail, personSummary, unitSchema } from './schemas.js';

export function peopleRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['people'];
    app.get(
      '/units',
      {
        config: { access: 'units.read' },
        schema: {
          tags,
          summary: '组织机构 Units',
          response: { 200: z.object({ items: z.array(unitSchema) }) },
        },
      },
      async (request) => listUnits(deps, actorOf(request)),
    );
    app.get(
      '/people',
      {
        config: { access: 'people.read' },
        schema: {
          tags,
          summary: '人员与执法证 People and certificates',
          querystring: listPeopleQuery,
          response: { 200: paginated(personSummary) },
        },
      },
      async (request) => listPeople(deps, actorOf(request), request.query),
    );
    app.get(
      '/people/:id',
      {
        config: { access: 'people.read' },
        schema: { tags, summary: '人员详情 Person', params: idParams, response: { 200: personDetail } },
      },
      async (request) => getPerson(deps, requestContext(request), request.params.id),
    );
  };
}
