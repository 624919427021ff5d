import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idSchema, okSchema } from '../../../shared/common.ts'
import {
  calendarSchema,
  currentPeriodSchema,
  holidaySchema,
  loadDefaultsResultSchema,
  loadDefaultsSchema,
  newHolidaySchema,
  newYearSchema,
  periodSchema,
  updateCalendarSchema,
  updatePeriodSchema,
  updateYearSchema,
  yearDetailSchema,
  yearParamsSchema,
  yearSummarySchema,
} from '../../../shared/periods.ts'
import type { PeriodsService } from './periods.service.ts'

/** /api/periods: performance years, assessment periods, working calendar and holidays. */
export function periodsRoutes(periods: PeriodsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['periods']

    app.get(
      '/current',
      {
        schema: {
          tags,
          summary: "Today's period (instansi time zone), its year and the nearest batas pengisian",
          response: { 200: currentPeriodSchema },
        },
      },
      async (req) => periods.current(req.requireActor()),
    )

    app.get(
      '/years',
      {
        schema: {
          tags,
          summary: 'Performance years set up in the instansi, newest first',
          response: { 200: z.object({ items: z.array(yearSummarySchema) }) },
        },
      },
      async (req) => ({ items: await periods.listYears(req.requireActor()) }),
    )
    app.post(
      '/years',
      {
        schema: {
          tags,
          summary:
            'Set up a year (admin): SKP period, periods from the frequency + annual, Mon–Fri calendar, optional default holidays',
          body: newYearSchema,
          response: { 201: yearDetailSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await periods.createYear(req.requireActor(), req.body)),
    )
    app.get(
      '/years/:year',
      {
        schema: {
          tags,
          summary: 'One year with its periods, calendar and holidays',
          params: yearParamsSchema,
          response: { 200: yearDetailSchema },
        },
      },
      async (req) => periods.getYear(req.requireActor(), req.params.year),
    )
    app.patch(
      '/years/:year',
      {
        schema: {
          tags,
          summary:
            'Change the frequency or SKP dates (admin); the affected periods are regenerated',
          params: yearParamsSchema,
          body: updateYearSchema,
          response: { 200: yearDetailSchema },
        },
      },
      async (req) => periods.updateYear(req.requireActor(), req.params.year, req.body),
    )

    app.patch(
      '/periods/:periodId',
      {
        schema: {
          tags,
          summary: 'Edit a period: name, start, end, batas pengisian (admin)',
          params: z.object({ periodId: idSchema }),
          body: updatePeriodSchema,
          response: { 200: periodSchema },
        },
      },
      async (req) => periods.updatePeriod(req.requireActor(), req.params.periodId, req.body),
    )

    app.put(
      '/years/:year/calendar',
      {
        schema: {
          tags,
          summary: 'Set the working weekdays of a year (admin; ISO 1 = Monday … 7 = Sunday)',
          params: yearParamsSchema,
          body: updateCalendarSchema,
          response: { 200: calendarSchema },
        },
      },
      async (req) =>
        periods.setWorkingWeekdays(req.requireActor(), req.params.year, req.body.workingWeekdays),
    )

    app.post(
      '/years/:year/holidays',
      {
        schema: {
          tags,
          summary: 'Add a holiday to a year (admin)',
          params: yearParamsSchema,
          body: newHolidaySchema,
          response: { 201: holidaySchema },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await periods.addHoliday(req.requireActor(), req.params.year, req.body)),
    )
    app.post(
      '/years/:year/holidays/load-defaults',
      {
        schema: {
          tags,
          summary:
            'Load the built-in national and/or local holidays into a year (admin; skips days already there)',
          params: yearParamsSchema,
          body: loadDefaultsSchema,
          response: { 200: loadDefaultsResultSchema },
        },
      },
      async (req) => periods.loadDefaults(req.requireActor(), req.params.year, req.body),
    )
    app.delete(
      '/holidays/:holidayId',
      {
        schema: {
          tags,
          summary: 'Remove a holiday (admin)',
          params: z.object({ holidayId: idSchema }),
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await periods.removeHoliday(req.requireActor(), req.params.holidayId)
        return { ok: true as const }
      },
    )
  }
}
