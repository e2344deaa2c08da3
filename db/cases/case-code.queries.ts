import { OmtError } from '../../shared/contract/errors'
import { formatCaseCode, parseCaseCode } from '../../shared/domain/case'
import type { Db } from '../kernel/schema/database'

/**
 * The next free code for a table in a year. The counter lives per prefix and
 * year, so numbers are never handed out twice, not even after a deletion; a
 * code taken by hand (an imported case) is skipped.
 */
export async function nextCaseCode(db: Db, prefix: string, year: number): Promise<string> {
  for (;;) {
    const { last_number } = await db
      .insertInto('case_sequence')
      .values({ prefix, year, last_number: 1 })
      .onConflict((conflict) =>
        conflict.columns(['prefix', 'year']).doUpdateSet((eb) => ({ last_number: eb('last_number', '+', 1) })),
      )
      .returning('last_number')
      .executeTakeFirstOrThrow()
    const code = formatCaseCode(prefix, year, last_number)
    if (!(await caseWithCode(db, code, null))) return code
  }
}

/** A code typed by hand moves its series on, so the next generated code does not collide with it. */
export async function claimCaseCode(db: Db, code: string): Promise<void> {
  const parsed = parseCaseCode(code)
  if (!parsed) return
  await db
    .insertInto('case_sequence')
    .values({ prefix: parsed.prefix, year: parsed.year, last_number: parsed.number })
    .onConflict((conflict) =>
      conflict.columns(['prefix', 'year']).doUpdateSet((eb) => ({
        last_number: eb.fn('max', [eb.ref('case_sequence.last_number'), eb.ref('excluded.last_number')]),
      })),
    )
    .execute()
}

async function caseWithCode(db: Db, code: string, exceptId: string | null) {
  let query = db.selectFrom('omt_case').select(['id', 'alias']).where('code', '=', code)
  if (exceptId) query = query.where('id', '!=', exceptId)
  return query.executeTakeFirst()
}

export async function assertCodeFree(db: Db, code: string, exceptId: string | null): Promise<void> {
  const other = await caseWithCode(db, code, exceptId)
  if (!other) return
  const message = `Casuscode ${code} is al in gebruik bij casus ‘${other.alias}’. Kies een andere code, of laat Tafelwerk het volgende nummer kiezen.`
  throw new OmtError('CONFLICT', message, { code: message })
}
