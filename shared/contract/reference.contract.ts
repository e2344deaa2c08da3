import { z } from 'zod'
import { noCaseData } from './processing'
import { Id, type ReferenceKind, referenceFields, referenceKinds, referenceRows } from '../domain/reference'

const Kind = z.enum(referenceKinds)

// One discriminated union per operation keeps the value type tied to its kind.
const ReferenceList = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), rows: z.array(referenceRows.table) }),
  z.object({ kind: z.literal('district'), rows: z.array(referenceRows.district) }),
  z.object({ kind: z.literal('gemeente'), rows: z.array(referenceRows.gemeente) }),
  z.object({ kind: z.literal('partner'), rows: z.array(referenceRows.partner) }),
  z.object({ kind: z.literal('theme'), rows: z.array(referenceRows.theme) }),
  z.object({ kind: z.literal('phase'), rows: z.array(referenceRows.phase) }),
])
export type ReferenceList = z.output<typeof ReferenceList>
/** The answer to a list of one kind: reference:list always answers the kind it was asked for. */
export type ReferenceListOf<K extends ReferenceKind> = Extract<ReferenceList, { kind: K }>

const ReferenceCreate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), values: referenceFields.table }),
  z.object({ kind: z.literal('district'), values: referenceFields.district }),
  z.object({ kind: z.literal('gemeente'), values: referenceFields.gemeente }),
  z.object({ kind: z.literal('partner'), values: referenceFields.partner }),
  z.object({ kind: z.literal('theme'), values: referenceFields.theme }),
  z.object({ kind: z.literal('phase'), values: referenceFields.phase }),
])
export type ReferenceCreate = z.output<typeof ReferenceCreate>

const ReferenceUpdate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), id: Id, values: referenceFields.table }),
  z.object({ kind: z.literal('district'), id: Id, values: referenceFields.district }),
  z.object({ kind: z.literal('gemeente'), id: Id, values: referenceFields.gemeente }),
  z.object({ kind: z.literal('partner'), id: Id, values: referenceFields.partner }),
  z.object({ kind: z.literal('theme'), id: Id, values: referenceFields.theme }),
  z.object({ kind: z.literal('phase'), id: Id, values: referenceFields.phase }),
])
export type ReferenceUpdate = z.output<typeof ReferenceUpdate>

const Saved = z.object({ id: Id })
const referenceData = noCaseData(
  'Reference data: tables, districts, gemeenten, partners, themes and phases; no case data.',
)

export const referenceContract = {
  'reference:list': {
    input: z.object({ kind: Kind, includeArchived: z.boolean() }),
    output: ReferenceList,
    outputByKind: true,
    processing: referenceData,
  },
  'reference:create': { input: ReferenceCreate, output: Saved, processing: referenceData },
  'reference:update': { input: ReferenceUpdate, output: Saved, processing: referenceData },
  'reference:archive': {
    input: z.object({ kind: Kind, id: Id, archived: z.boolean() }),
    output: Saved,
    processing: referenceData,
  },
} as const
