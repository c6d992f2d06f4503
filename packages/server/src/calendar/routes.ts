import { computeDeadline } from '@sanxiang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { requestContext } from '../http/request-context.js';
import { loadCalendar } from './load-calendar.js';
import { setCalendarDay } from './set-calendar-day.js';

const isoDate = z.iso.date();

export const deadlineQuery = z.object({
  from: isoDate,
  days: z.coerce.number().int().min(0).max(3650),
  unit: z.enum(['working', 'calendar']).default('working'),
});

export const deadlineResponse = z.object({
  from: z.string(),
  days: z.number(),
  unit: z.enum(['working', 'calendar']),
  start: z.string(),
  due: z.string(),
  explanation: z.string(),
  explanationEn: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), messageEn: z.string() })),
});

/** The deadline a party can check for itself (行政处罚法 art. 85, 民事诉讼法 art. 85). */
export async function deadlineFor(deps: AppDeps, query: z.infer<typeof deadlineQuery>) {
  const calendar = await loadCalendar(deps.db);
  try {
    const d = computeDeadline(calendar, { from: query.from, days: query.days, unit: query.unit });
    return {
      from: d.from,
      days: d.days,
      unit: d.unit,
      start: d.start,
      due: d.due,
      explanation: d.explanation,
      explanationEn: d.explanationEn,
      warnings: d.warnings,
    };
  } catch (e) {
    if (e instanceof RangeError)
      throw new AppError('VALIDATION_FAILED', [{ field: 'from', message: e.message, messageEn: e.message }]);
    throw e;
  }
}

export function calendarRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['calendar'];
    app.get(
      '/calendar/deadline',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: '期限计算 Deadline',
          querystring: deadlineQuery,
          response: { 200: deadlineResponse },
        },
      },
      async (request) => deadlineFor(deps, request.query),
    );
    app.get(
      '/calendar/years',
      {
        config: { access: 'calendar.read' },
        schema: {
          tags,
          summary: '日历年度 Calendar years',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  year: z.number(),
                  holidays: z.number(),
                  workdays: z.number(),
                  covered: z.boolean(),
                }),
              ),
            }),
          },
        },
      },
      async () => {
        const years = await deps.db
          .selectFrom('calendar_years')
          .select(['year', 'covered'])
          .orderBy('year', 'desc')
          .execute();
        const days = await deps.db.selectFrom('calendar_days').select(['date', 'kind']).execute();
        return {
          items: years.map((y) => ({
            year: y.year,
            covered: y.covered,
            holidays: days.filter((d) => d.date.startsWith(String(y.year)) && d.kind === 'holiday').length,
            workdays: days.filter((d) => d.date.startsWith(String(y.year)) && d.kind === 'workday').length,
          })),
        };
      },
    );
    app.get(
      '/calendar/years/:year',
      {
        config: { access: 'calendar.read' },
        schema: {
          tags,
          summary: '年度节假日 Year',
          params: z.object({ year: z.coerce.number().int().min(1990).max(2100) }),
          response: {
            200: z.object({
              year: z.number(),
              covered: z.boolean(),
              days: z.array(
                z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const { year } = request.params;
        const row = await deps.db
          .selectFrom('calendar_years')
          .select('covered')
          .where('year', '=', year)
          .executeTakeFirst();
        const days = await deps.db
          .selectFrom('calendar_days')
          .select(['date', 'kind', 'name'])
          .where('date', '>=', `${year}-01-01`)
          .where('date', '<=', `${year}-12-31`)
          .orderBy('date')
          .execute();
        return { year, covered: row?.covered ?? false, days };
      },
    );
    app.put(
      '/calendar/days/:date',
      {
        config: { access: 'calendar.write' },
        schema: {
          tags,
          summary: '修改日历 Set a day',
          params: z.object({ date: isoDate }),
          body: z.object({
            kind: z.enum(['holiday', 'workday', 'normal']),
            name: z.string().trim().max(20).optional(),
            reason: z.string().trim().min(2).max(500),
          }),
          response: {
            200: z.object({
              day: z.object({
                date: z.string(),
                kind: z.enum(['holiday', 'workday', 'normal']),
                name: z.string(),
              }),
            }),
          },
        },
      },
      async (request) =>
        setCalendarDay(deps, requestContext(request), { date: request.params.date, ...request.body }),
    );
  };
}
