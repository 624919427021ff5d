import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { idSchema, okSchema, pageSchema } from '../../../shared/common.ts'
import {
  actingAssignmentSchema,
  atasanOverrideSchema,
  exclusionSchema,
  jabatanSchema,
  newActingAssignmentSchema,
  newAtasanOverrideSchema,
  newExclusionSchema,
  newJabatanSchema,
  newPegawaiSchema,
  newUnitSchema,
  pegawaiListQuerySchema,
  pegawaiSchema,
  unitSchema,
  updateJabatanSchema,
  updatePegawaiSchema,
  updateUnitSchema,
} from '../../../shared/org.ts'
import { instansiSchema, updateInstansiSchema } from '../../../shared/periods.ts'
import type { OrgService } from './org.service.ts'

const jabatanOut = jabatanSchema
const toJabatan = (j: {
  id: string
  instansiId: string
  unitId: string | null
  name: string
  jenis: z.infer<typeof jabatanSchema>['jenis']
  headsUnit: boolean
  active: boolean
}) => ({
  id: j.id,
  instansiId: j.instansiId,
  unitId: j.unitId,
  name: j.name,
  jenis: j.jenis,
  headsUnit: j.headsUnit,
  active: j.active,
})

export function orgRoutes(org: OrgService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['org']
    const pegawaiParams = z.object({ pegawaiId: idSchema })

    app.get(
      '/instansi',
      {
        schema: {
          tags,
          summary: 'The instansi of the signed-in account (name, time zone)',
          response: { 200: instansiSchema },
        },
      },
      async (req) => org.getInstansi(req.requireActor()),
    )
    app.patch(
      '/instansi',
      {
        schema: {
          tags,
          summary: 'Rename the instansi or set its time zone: WIB, WITA or WIT (admin)',
          body: updateInstansiSchema,
          response: { 200: instansiSchema },
        },
      },
      async (req) => org.updateInstansi(req.requireActor(), req.body),
    )

    app.get(
      '/units',
      {
        schema: {
          tags,
          summary: 'Unit tree of the instansi (flat, with heads and headcounts)',
          response: { 200: z.object({ items: z.array(unitSchema) }) },
        },
      },
      async (req) => ({ items: await org.listUnits(req.requireActor()) }),
    )
    app.post(
      '/units',
      {
        schema: {
          tags,
          summary: 'Add a unit (admin)',
          body: newUnitSchema,
          response: { 201: unitSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await org.createUnit(req.requireActor(), req.body)),
    )
    app.patch(
      '/units/:unitId',
      {
        schema: {
          tags,
          summary: 'Rename, move or (de)activate a unit (admin)',
          params: z.object({ unitId: idSchema }),
          body: updateUnitSchema,
          response: { 200: unitSchema },
        },
      },
      async (req) => org.updateUnit(req.requireActor(), req.params.unitId, req.body),
    )

    app.get(
      '/jabatan',
      {
        schema: {
          tags,
          summary: 'Jabatan of the instansi, optionally for one unit',
          querystring: z.object({ unitId: idSchema.optional() }),
          response: { 200: z.object({ items: z.array(jabatanOut) }) },
        },
      },
      async (req) => ({
        items: (await org.listJabatan(req.requireActor(), req.query.unitId)).map(toJabatan),
      }),
    )
    app.post(
      '/jabatan',
      {
        schema: {
          tags,
          summary: 'Add a jabatan (admin)',
          body: newJabatanSchema,
          response: { 201: jabatanOut },
        },
      },
      async (req, reply) =>
        reply.code(201).send(toJabatan(await org.createJabatan(req.requireActor(), req.body))),
    )
    app.patch(
      '/jabatan/:jabatanId',
      {
        schema: {
          tags,
          summary: 'Edit or (de)activate a jabatan (admin)',
          params: z.object({ jabatanId: idSchema }),
          body: updateJabatanSchema,
          response: { 200: jabatanOut },
        },
      },
      async (req) =>
        toJabatan(await org.updateJabatan(req.requireActor(), req.params.jabatanId, req.body)),
    )

    app.get(
      '/pegawai',
      {
        schema: {
          tags,
          summary: 'Pegawai visible to the actor (admins: all; others: self and subordinates)',
          querystring: pegawaiListQuerySchema,
          response: { 200: pageSchema(pegawaiSchema) },
        },
      },
      async (req) => org.listPegawai(req.requireActor(), req.query),
    )
    app.post(
      '/pegawai',
      {
        schema: {
          tags,
          summary: 'Add a pegawai (admin); creates the sign-in account (login = NIP)',
          body: newPegawaiSchema,
          response: { 201: pegawaiSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await org.createPegawai(req.requireActor(), req.body)),
    )
    app.get(
      '/pegawai/:pegawaiId',
      {
        schema: {
          tags,
          summary: 'One pegawai with derived atasan',
          params: pegawaiParams,
          response: { 200: pegawaiSchema },
        },
      },
      async (req) => org.getPegawai(req.requireActor(), req.params.pegawaiId),
    )
    app.patch(
      '/pegawai/:pegawaiId',
      {
        schema: {
          tags,
          summary: 'Edit a pegawai; unit/jabatan change = mutasi (admin)',
          params: pegawaiParams,
          body: updatePegawaiSchema,
          response: { 200: pegawaiSchema },
        },
      },
      async (req) => org.updatePegawai(req.requireActor(), req.params.pegawaiId, req.body),
    )

    app.get(
      '/pegawai/:pegawaiId/exclusions',
      {
        schema: {
          tags,
          summary: 'Exclusions (pensiun, mutasi keluar, cuti besar…)',
          params: pegawaiParams,
          response: { 200: z.object({ items: z.array(exclusionSchema) }) },
        },
      },
      async (req) => ({
        items: await org.listExclusions(req.requireActor(), req.params.pegawaiId),
      }),
    )
    app.post(
      '/pegawai/:pegawaiId/exclusions',
      {
        schema: {
          tags,
          summary: 'Add an exclusion with dates (admin)',
          params: pegawaiParams,
          body: newExclusionSchema,
          response: { 201: exclusionSchema },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await org.addExclusion(req.requireActor(), req.params.pegawaiId, req.body)),
    )
    app.delete(
      '/pegawai/:pegawaiId/exclusions/:exclusionId',
      {
        schema: {
          tags,
          summary: 'Remove an exclusion (admin)',
          params: z.object({ pegawaiId: idSchema, exclusionId: idSchema }),
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await org.removeExclusion(req.requireActor(), req.params.pegawaiId, req.params.exclusionId)
        return { ok: true as const }
      },
    )

    app.get(
      '/pegawai/:pegawaiId/atasan-overrides',
      {
        schema: {
          tags,
          summary: 'Atasan overrides of a pegawai',
          params: pegawaiParams,
          response: { 200: z.object({ items: z.array(atasanOverrideSchema) }) },
        },
      },
      async (req) => ({ items: await org.listOverrides(req.requireActor(), req.params.pegawaiId) }),
    )
    app.post(
      '/pegawai/:pegawaiId/atasan-overrides',
      {
        schema: {
          tags,
          summary: 'Set another atasan for a period (admin)',
          params: pegawaiParams,
          body: newAtasanOverrideSchema,
          response: { 201: atasanOverrideSchema },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await org.addOverride(req.requireActor(), req.params.pegawaiId, req.body)),
    )
    app.delete(
      '/pegawai/:pegawaiId/atasan-overrides/:overrideId',
      {
        schema: {
          tags,
          summary: 'Remove an atasan override (admin)',
          params: z.object({ pegawaiId: idSchema, overrideId: idSchema }),
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await org.removeOverride(req.requireActor(), req.params.pegawaiId, req.params.overrideId)
        return { ok: true as const }
      },
    )

    app.get(
      '/acting',
      {
        schema: {
          tags,
          summary: 'PLT/PLH assignments',
          response: { 200: z.object({ items: z.array(actingAssignmentSchema) }) },
        },
      },
      async (req) => ({ items: await org.listActing(req.requireActor()) }),
    )
    app.post(
      '/acting',
      {
        schema: {
          tags,
          summary: 'Appoint a PLT/PLH for a unit and period (admin)',
          body: newActingAssignmentSchema,
          response: { 201: actingAssignmentSchema },
        },
      },
      async (req, reply) => reply.code(201).send(await org.addActing(req.requireActor(), req.body)),
    )
    app.delete(
      '/acting/:actingId',
      {
        schema: {
          tags,
          summary: 'Remove a PLT/PLH assignment (admin)',
          params: z.object({ actingId: idSchema }),
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await org.removeActing(req.requireActor(), req.params.actingId)
        return { ok: true as const }
      },
    )

    app.get(
      '/me/profile',
      {
        schema: {
          tags,
          summary: 'Own pegawai record and derived atasan',
          response: {
            200: z.object({ pegawai: pegawaiSchema.nullable(), atasan: pegawaiSchema.nullable() }),
          },
        },
      },
      async (req) => org.myProfile(req.requireActor()),
    )
    app.get(
      '/me/subordinates',
      {
        schema: {
          tags,
          summary: 'Direct and indirect subordinates of the signed-in atasan',
          response: {
            200: z.object({ direct: z.array(pegawaiSchema), indirect: z.array(pegawaiSchema) }),
          },
        },
      },
      async (req) => org.mySubordinates(req.requireActor()),
    )
  }
}
