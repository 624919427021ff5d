import type { FastifyError } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idSchema, pageSchema } from '../../../shared/common.ts'
import {
  atasanRhkOptionsSchema,
  atasanRhkQuerySchema,
  bulkApproveResultSchema,
  bulkApproveSchema,
  closeSkpSchema,
  dialogNoteInputSchema,
  dialogNoteSchema,
  ekspektasiInputSchema,
  matriksQuerySchema,
  matriksSchema,
  newSkpSchema,
  perjanjianKinerjaInputSchema,
  perjanjianKinerjaSchema,
  pkConflictSchema,
  pkParamsSchema,
  pkQuerySchema,
  returnSkpSchema,
  skpConflictSchema,
  skpContentInputSchema,
  skpListQuerySchema,
  skpRevisionSchema,
  skpSchema,
  skpSummarySchema,
  treeNodeSchema,
  treeQuerySchema,
  versionOnlySchema,
} from '../../../shared/skp.ts'
import { VersionConflictError, type SkpService } from './skp.service.ts'

/**
 * SKP, Perjanjian Kinerja, Matriks Peran Hasil and pohon kinerja under /api/skp.
 * A record the actor may not see answers 404; one they see but may not act on, 403.
 * A stale `version` answers 409 `{ error: { code: CONFLICT, reason: VERSION_CONFLICT }, current }`.
 */
export function skpRoutes(skp: SkpService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['skp']
    const params = z.object({ id: idSchema })
    const conflict = { 409: skpConflictSchema }

    // Encapsulated to these routes: a stale version carries the current document next to the
    // envelope; every other error goes on to the app's error handler.
    app.setErrorHandler((error: FastifyError, _req, reply) => {
      if (!(error instanceof VersionConflictError)) throw error
      const current: unknown = error.current
      return reply.code(409).send({
        error: { code: error.code, message: error.message, reason: error.reason },
        current,
      })
    })

    app.post(
      '/',
      {
        schema: {
          tags,
          summary:
            'Create the signed-in pegawai’s SKP for a year (optionally copying an earlier one)',
          body: newSkpSchema,
          response: { 201: skpSchema, ...conflict },
        },
      },
      async (req, reply) => reply.code(201).send(await skp.createSkp(req.requireActor(), req.body)),
    )
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'SKP list: mine, bawahan (I am the snapshotted atasan) or all (admin)',
          querystring: skpListQuerySchema,
          response: { 200: pageSchema(skpSummarySchema) },
        },
      },
      async (req) => skp.listSkp(req.requireActor(), req.query),
    )
    app.post(
      '/bulk-approve',
      {
        schema: {
          tags,
          summary: 'Approve many SKP as their atasan; each item succeeds or fails on its own',
          body: bulkApproveSchema,
          response: { 200: bulkApproveResultSchema },
        },
      },
      async (req) => skp.bulkApprove(req.requireActor(), req.body),
    )
    app.get(
      '/matriks',
      {
        schema: {
          tags,
          summary: 'Matriks Peran Hasil: a leader’s RHK × subordinates, with uncovered RHK',
          querystring: matriksQuerySchema,
          response: { 200: matriksSchema },
        },
      },
      async (req) => skp.matriks(req.requireActor(), req.query),
    )
    app.get(
      '/tree',
      {
        schema: {
          tags,
          summary: 'Pohon kinerja: Perjanjian Kinerja targets → JPT RHK → intervening RHK',
          querystring: treeQuerySchema,
          response: { 200: z.array(treeNodeSchema) },
        },
      },
      async (req) => skp.tree(req.requireActor(), req.query),
    )
    app.get(
      '/pk',
      {
        schema: {
          tags,
          summary: 'A unit’s Perjanjian Kinerja for a year (any member of the instansi)',
          querystring: pkQuerySchema,
          response: { 200: perjanjianKinerjaSchema },
        },
      },
      async (req) => skp.getPk(req.requireActor(), req.query),
    )
    app.put(
      '/pk/:unitId/:year',
      {
        schema: {
          tags,
          summary: 'Record a unit’s Perjanjian Kinerja (head of the unit incl. PLT/PLH, or admin)',
          params: pkParamsSchema,
          body: perjanjianKinerjaInputSchema,
          response: { 200: perjanjianKinerjaSchema, 409: pkConflictSchema },
        },
      },
      async (req) => skp.updatePk(req.requireActor(), req.params.unitId, req.params.year, req.body),
    )

    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary: 'One SKP with the actions the viewer may take',
          params,
          response: { 200: skpSchema },
        },
      },
      async (req) => skp.getSkp(req.requireActor(), req.params.id),
    )
    app.put(
      '/:id',
      {
        schema: {
          tags,
          summary: 'Replace the content (RHK, indicators, interventions, lampiran) while editable',
          params,
          body: skpContentInputSchema,
          response: { 200: skpSchema, ...conflict },
        },
      },
      async (req) => skp.updateContent(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/:id/submit',
      {
        schema: {
          tags,
          summary: 'Submit to the atasan (owner)',
          params,
          body: versionOnlySchema,
          response: { 200: skpSchema, ...conflict },
        },
      },
      async (req) => skp.submit(req.requireActor(), req.params.id, req.body.version),
    )
    app.post(
      '/:id/approve',
      {
        schema: {
          tags,
          summary: 'Approve (the snapshotted atasan, or an admin acting for them)',
          params,
          body: versionOnlySchema,
          response: { 200: skpSchema, ...conflict },
        },
      },
      async (req) => skp.approve(req.requireActor(), req.params.id, req.body.version),
    )
    app.post(
      '/:id/return',
      {
        schema: {
          tags,
          summary: 'Return with a reason (the snapshotted atasan, or an admin acting for them)',
          params,
          body: returnSkpSchema,
          response: { 200: skpSchema, ...conflict },
        },
      },
      async (req) => skp.returnSkp(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/:id/revise',
      {
        schema: {
          tags,
          summary: 'Turn an approved SKP into a draft of the next revision (owner)',
          params,
          body: versionOnlySchema,
          response: { 200: skpSchema, ...conflict },
        },
      },
      async (req) => skp.revise(req.requireActor(), req.params.id, req.body.version),
    )
    app.post(
      '/:id/close',
      {
        schema: {
          tags,
          summary: 'Close an SKP for good with a reason (admin)',
          params,
          body: closeSkpSchema,
          response: { 200: skpSchema, ...conflict },
        },
      },
      async (req) => skp.close(req.requireActor(), req.params.id, req.body),
    )
    app.put(
      '/:id/ekspektasi',
      {
        schema: {
          tags,
          summary: 'Ekspektasi khusus pimpinan per BerAKHLAK value (atasan)',
          params,
          body: ekspektasiInputSchema,
          response: { 200: skpSchema, ...conflict },
        },
      },
      async (req) => skp.updateEkspektasi(req.requireActor(), req.params.id, req.body),
    )
    app.get(
      '/:id/revisions',
      {
        schema: {
          tags,
          summary: 'Approved revisions, oldest first (owner, atasan, admin)',
          params,
          response: { 200: z.array(skpRevisionSchema) },
        },
      },
      async (req) => skp.listRevisions(req.requireActor(), req.params.id),
    )
    app.get(
      '/:id/atasan-rhk',
      {
        schema: {
          tags,
          summary:
            'RHK the owner may intervene: the atasan’s, plus a team lead’s with penugasanDari',
          params,
          querystring: atasanRhkQuerySchema,
          response: { 200: atasanRhkOptionsSchema },
        },
      },
      async (req) =>
        skp.atasanRhkOptions(req.requireActor(), req.params.id, req.query.penugasanDari),
    )
    app.get(
      '/:id/dialog',
      {
        schema: {
          tags,
          summary: 'Dialog kinerja notes (owner, atasan; admins read)',
          params,
          response: { 200: z.array(dialogNoteSchema) },
        },
      },
      async (req) => skp.listDialog(req.requireActor(), req.params.id),
    )
    app.post(
      '/:id/dialog',
      {
        schema: {
          tags,
          summary: 'Add a dialog kinerja note (owner or atasan)',
          params,
          body: dialogNoteInputSchema,
          response: { 201: dialogNoteSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await skp.addDialogNote(req.requireActor(), req.params.id, req.body)),
    )
  }
}
