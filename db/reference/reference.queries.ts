import { randomUUID } from 'node:crypto'
import type { ReferenceCreate, ReferenceList, ReferenceUpdate } from '../../shared/contract/reference.contract'
import { OmtError } from '../../shared/contract/errors'
import type { ReferenceKind } from '../../shared/domain/reference'
import type { Database, Db } from '../kernel/schema/database'

const tableOf = {
  table: 'omt_table',
  district: 'district',
  gemeente: 'gemeente',
  partner: 'partner',
  theme: 'theme',
  phase: 'phase',
} as const satisfies Record<ReferenceKind, keyof Database>

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0)

export async function listReference(db: Db, kind: ReferenceKind, includeArchived: boolean): Promise<ReferenceList> {
  const archived: (0 | 1)[] = includeArchived ? [0, 1] : [0]
  switch (kind) {
    case 'table': {
      const rows = await db
        .selectFrom('omt_table')
        .selectAll()
        .where('archived', 'in', archived)
        .orderBy('code')
        .execute()
      return {
        kind,
        rows: rows.map((r) => ({
          id: r.id,
          code: r.code,
          name: r.name,
          districtId: r.district_id,
          casePrefix: r.case_prefix,
          archived: r.archived === 1,
        })),
      }
    }
    case 'district': {
      const rows = await db
        .selectFrom('district')
        .selectAll()
        .where('archived', 'in', archived)
        .orderBy('code')
        .execute()
      return { kind, rows: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, archived: r.archived === 1 })) }
    }
    case 'gemeente': {
      const rows = await db
        .selectFrom('gemeente')
        .selectAll()
        .where('archived', 'in', archived)
        .orderBy('name')
        .execute()
      return {
        kind,
        rows: rows.map((r) => ({ id: r.id, name: r.name, districtId: r.district_id, archived: r.archived === 1 })),
      }
    }
    case 'partner': {
      const rows = await db
        .selectFrom('partner')
        .selectAll()
        .where('archived', 'in', archived)
        .orderBy('name')
        .execute()
      return {
        kind,
        rows: rows.map((r) => ({
          id: r.id,
          name: r.name,
          shortName: r.short_name,
          convenant: r.convenant === 1,
          archived: r.archived === 1,
        })),
      }
    }
    case 'theme': {
      const rows = await db.selectFrom('theme').selectAll().where('archived', 'in', archived).orderBy('name').execute()
      return { kind, rows: rows.map((r) => ({ id: r.id, name: r.name, scope: r.scope, archived: r.archived === 1 })) }
    }
    case 'phase': {
      const rows = await db
        .selectFrom('phase')
        .selectAll()
        .where('archived', 'in', archived)
        .orderBy('sort_order')
        .execute()
      return {
        kind,
        rows: rows.map((r) => ({
          id: r.id,
          code: r.code,
          name: r.name,
          sortOrder: r.sort_order,
          kind: r.kind,
          archived: r.archived === 1,
        })),
      }
    }
  }
}

/** Column values for an insert or update, in the database's naming. */
function columns(input: ReferenceCreate) {
  switch (input.kind) {
    case 'table':
      return {
        code: input.values.code,
        name: input.values.name,
        district_id: input.values.districtId,
        case_prefix: input.values.casePrefix,
      }
    case 'district':
      return { code: input.values.code, name: input.values.name }
    case 'gemeente':
      return { name: input.values.name, district_id: input.values.districtId }
    case 'partner':
      return { name: input.values.name, short_name: input.values.shortName, convenant: flag(input.values.convenant) }
    case 'theme':
      return { name: input.values.name, scope: input.values.scope }
    case 'phase':
      return { name: input.values.name, sort_order: input.values.sortOrder }
  }
}

export async function createReference(db: Db, input: ReferenceCreate): Promise<{ id: string }> {
  if (input.kind === 'phase') throw phasesAreFixed()
  const id = randomUUID()
  await db
    .insertInto(tableOf[input.kind])
    .values({ id, ...columns(input) })
    .execute()
  return { id }
}

export async function updateReference(db: Db, input: ReferenceUpdate): Promise<{ id: string }> {
  const result = await db
    .updateTable(tableOf[input.kind])
    .set(columns(input) as never)
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw new OmtError('NOT_FOUND')
  return { id: input.id }
}

export async function archiveReference(
  db: Db,
  kind: ReferenceKind,
  id: string,
  archived: boolean,
): Promise<{ id: string }> {
  if (kind === 'phase') throw phasesAreFixed()
  const result = await db
    .updateTable(tableOf[kind])
    .set({ archived: flag(archived) })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw new OmtError('NOT_FOUND')
  return { id }
}

function phasesAreFixed(): OmtError {
  return new OmtError(
    'VALIDATION',
    'Fasen horen bij de besluitregels en kunnen niet worden toegevoegd of gearchiveerd. U kunt wel de naam en volgorde aanpassen.',
  )
}
