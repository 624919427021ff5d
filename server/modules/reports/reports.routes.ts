import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema } from '../../../shared/common.ts'
import {
  dashboardQuerySchema,
  dashboardSchema,
  reportExportParamsSchema,
  reportKeyParamsSchema,
  reportPageQuerySchema,
  reportPeopleQuerySchema,
  reportPeopleSchema,
  reportQuerySchema,
  reportSchema,
  reportScopeSchema,
} from '../../../shared/reports.ts'
import type { ReportsService } from './reports.service.ts'

/**
 * /api/reports: read-only reports (the study's Tables 2, 3 and 6 and four more), their
 * drill-down to names and their exports. Admin instansi: the whole instansi; a leader (head of a
 * unit today, incl. PLT/PLH): their units and below; anyone else 403. A unit outside the scope
 * answers 404. Exports call the same service method as the screen, so they follow the same rules.
 */
export function reportsRoutes(reports: ReportsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reports']
    const errors = {
      400: errorEnvelopeSchema,
      401: errorEnvelopeSchema,
      403: errorEnvelopeSchema,
      404: errorEnvelopeSchema,
    }

    app.get(
      '/scope',
      {
        schema: {
          tags,
          summary: 'What the viewer may report on: units (tree order), years with periods, periods',
          response: { 200: reportScopeSchema, ...errors },
        },
      },
      async (req) => reports.scope(req.requireActor()),
    )
    app.get(
      '/dashboard',
      {
        schema: {
          tags,
          summary:
            'A leader’s (their units) or an admin’s (whole instansi) dashboard: headcount, SKP, completion of the current period, predikat, daily progress of the last 30 days per unit',
          querystring: dashboardQuerySchema,
          response: { 200: dashboardSchema, ...errors },
        },
      },
      async (req) => reports.dashboard(req.requireActor(), req.query),
    )
    app.get(
      '/:key',
      {
        schema: {
          tags,
          summary: 'One report (columns, rows, totals, exclusions with reasons, notes)',
          description:
            'Filters: year (required), periodId (a period of that year), unitId (that unit and all below; 404 outside the viewer’s scope). periodic-completion = Table 2, annual-completion = Table 3, adoption = Table 6. progress-discipline (one row per person) is paged: page (≥ 1, default 1) and pageSize (1–200, default 50) choose the rows; total counts the rows of every page and the totals are over all of them. The other reports ignore page/pageSize (pageSize null: every row). Exports always hold every row.',
          params: reportKeyParamsSchema,
          querystring: reportPageQuerySchema,
          response: { 200: reportSchema, ...errors },
        },
      },
      async (req) => reports.report(req.requireActor(), req.params.key, req.query),
    )
    app.get(
      '/:key/people',
      {
        schema: {
          tags,
          summary: 'The names behind one cell of a report (rowKey and a drillable column)',
          params: reportKeyParamsSchema,
          querystring: reportPeopleQuerySchema,
          response: { 200: reportPeopleSchema, ...errors },
        },
      },
      async (req) => reports.people(req.requireActor(), req.params.key, req.query),
    )
    app.get(
      '/:key/export.:format',
      {
        schema: {
          tags,
          summary: 'The report as a file: XLSX, CSV (UTF-8 with BOM) or PDF (A4 landscape)',
          params: reportExportParamsSchema,
          querystring: reportQuerySchema,
          response: {
            200: {
              description: 'The report file (attachment)',
              content: {
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                  schema: z.any(),
                },
                'text/csv': { schema: z.any() },
                'application/pdf': { schema: z.any() },
              },
            },
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const file = await reports.exportReport(
          req.requireActor(),
          req.params.key,
          req.params.format,
          req.query,
        )
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(file.data)
      },
    )
  }
}
