import { randomUUID } from 'node:crypto'
import type { CaseCreate, CaseUpdateValues } from '../../shared/contract/case.contract'
import { type FieldErrors, OmtError } from '../../shared/contract/errors'
import { INITIAL_PHASE_CODE } from '../../shared/domain/case'
import { dutchDate } from '../../shared/domain/iso-date'
import { checkReferences, partnerCheck, type ReferenceCheck } from '../kernel/reference-checks.queries'
import type { Answer, Db } from '../kernel/schema/database'
import { assertCodeFree, claimCaseCode, nextCaseCode } from './case-code.queries'

interface Linked {
  tableId: string | null
  leadPartnerId: string | null
  signalPartnerId: string | null
  themeIds: string[]
  gemeenteIds: string[]
}

const nothingLinked: Linked = {
  tableId: null,
  leadPartnerId: null,
  signalPartnerId: null,
  themeIds: [],
  gemeenteIds: [],
}

function referenceChecks(values: CaseUpdateValues | CaseCreate, linked: Linked): ReferenceCheck[] {
  return [
    {
      field: 'tableId',
      table: 'omt_table',
      ids: [values.tableId],
      alreadyLinked: linked.tableId ? [linked.tableId] : [],
      unknown: 'Deze ondermijningstafel bestaat niet (meer). Kies een tafel uit de lijst.',
      archived: 'Deze ondermijningstafel is gearchiveerd. Kies een actieve tafel.',
    },
    partnerCheck('leadPartnerId', values.leadPartnerId || null, linked.leadPartnerId),
    partnerCheck('signalPartnerId', values.signalPartnerId || null, linked.signalPartnerId),
    {
      field: 'themeIds',
      table: 'theme',
      ids: values.themeIds,
      alreadyLinked: linked.themeIds,
      unknown: 'Een gekozen thema bestaat niet (meer). Kies de thema’s opnieuw uit de lijst.',
      archived: 'Een gekozen thema is gearchiveerd. Kies een actief thema.',
    },
    {
      field: 'gemeenteIds',
      table: 'gemeente',
      ids: values.gemeenteIds,
      alreadyLinked: linked.gemeenteIds,
      unknown: 'Een gekozen gemeente bestaat niet (meer). Kies de gemeenten opnieuw uit de lijst.',
      archived: 'Een gekozen gemeente is gearchiveerd. Kies een actieve gemeente.',
    },
  ]
}

async function replaceLinks(db: Db, caseId: string, themeIds: string[], gemeenteIds: string[]): Promise<void> {
  await db.deleteFrom('case_theme').where('case_id', '=', caseId).execute()
  await db.deleteFrom('case_gemeente').where('case_id', '=', caseId).execute()
  if (themeIds.length > 0)
    await db
      .insertInto('case_theme')
      .values(themeIds.map((theme_id) => ({ case_id: caseId, theme_id })))
      .execute()
  if (gemeenteIds.length > 0) {
    await db
      .insertInto('case_gemeente')
      .values(gemeenteIds.map((gemeente_id) => ({ case_id: caseId, gemeente_id })))
      .execute()
  }
}

function throwIfProblems(problems: FieldErrors): void {
  if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
}

/** Registers a case in phase signaal, with the next code of its table unless one is given. */
export function createCase<T>(db: Db, values: CaseCreate, answer: Answer<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const problems: FieldErrors = {}
    await checkReferences(trx, referenceChecks(values, nothingLinked), problems)
    throwIfProblems(problems)

    const table = await trx
      .selectFrom('omt_table')
      .select('case_prefix')
      .where('id', '=', values.tableId)
      .executeTakeFirstOrThrow()
    const signal = await trx
      .selectFrom('phase')
      .select('id')
      .where('code', '=', INITIAL_PHASE_CODE)
      .executeTakeFirstOrThrow()
    let code: string
    if (values.code) {
      await assertCodeFree(trx, values.code, null)
      await claimCaseCode(trx, values.code)
      code = values.code
    } else {
      code = await nextCaseCode(trx, table.case_prefix, Number(values.registeredOn.slice(0, 4)))
    }

    const id = randomUUID()
    const now = new Date().toISOString()
    await trx
      .insertInto('omt_case')
      .values({
        id,
        code,
        alias: values.alias,
        table_id: values.tableId,
        kind: values.kind,
        lead_partner_id: values.leadPartnerId,
        signal_partner_id: values.signalPartnerId,
        case_director: values.caseDirector,
        registered_on: values.registeredOn,
        retention_until: values.retentionUntil,
        // Overwritten at once by the phase-history trigger; the history is the truth.
        current_phase_id: signal.id,
        phase_since: values.registeredOn,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await trx.insertInto('case_summary').values({ case_id: id, summary: values.summary }).execute()
    // Registration is not a decision: the first period has no decision_id.
    await trx
      .insertInto('case_phase')
      .values({
        id: randomUUID(),
        case_id: id,
        seq: 1,
        phase_id: signal.id,
        started_on: values.registeredOn,
        decision_id: null,
        recorded_at: now,
      })
      .execute()
    await replaceLinks(trx, id, values.themeIds, values.gemeenteIds)
    return answer(trx, id)
  })
}

/**
 * Changes what the secretary owns. Phase and subjects are not here: decisions
 * change them. The retention date may be shortened here but only a decision
 * extends it (WGS).
 */
export function updateCase<T>(db: Db, id: string, values: CaseUpdateValues, answer: Answer<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('omt_case')
      .select(['code', 'table_id', 'lead_partner_id', 'signal_partner_id', 'registered_on', 'retention_until'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!current) throw new OmtError('NOT_FOUND', 'Deze casus bestaat niet (meer).')
    const themeIds = (await trx.selectFrom('case_theme').select('theme_id').where('case_id', '=', id).execute()).map(
      (r) => r.theme_id,
    )
    const gemeenteIds = (
      await trx.selectFrom('case_gemeente').select('gemeente_id').where('case_id', '=', id).execute()
    ).map((r) => r.gemeente_id)

    const problems: FieldErrors = {}
    await checkReferences(
      trx,
      referenceChecks(values, {
        tableId: current.table_id,
        leadPartnerId: current.lead_partner_id,
        signalPartnerId: current.signal_partner_id,
        themeIds,
        gemeenteIds,
      }),
      problems,
    )
    if (values.retentionUntil > current.retention_until) {
      problems.retentionUntil = `Verlengen van de bewaartermijn gaat met een besluit van de OMT. Kies ${dutchDate(current.retention_until)} of een eerdere datum.`
    } else if (values.retentionUntil <= current.registered_on) {
      problems.retentionUntil = `De bewaartermijn moet na de registratiedatum (${dutchDate(current.registered_on)}) eindigen.`
    }
    throwIfProblems(problems)

    if (values.code.toLowerCase() !== current.code.toLowerCase()) {
      await assertCodeFree(trx, values.code, id)
      await claimCaseCode(trx, values.code)
    }
    await trx
      .updateTable('omt_case')
      .set({
        code: values.code,
        alias: values.alias,
        table_id: values.tableId,
        kind: values.kind,
        lead_partner_id: values.leadPartnerId,
        signal_partner_id: values.signalPartnerId,
        case_director: values.caseDirector,
        retention_until: values.retentionUntil,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute()
    await trx
      .updateTable('case_summary')
      .set({ summary: values.summary })
      .where('case_id', '=', id)
      .where('summary', '!=', values.summary)
      .execute()
    await replaceLinks(trx, id, values.themeIds, values.gemeenteIds)
    return answer(trx, id)
  })
}

/**
 * Removes a case registered by mistake. Once a decision points at the case (a
 * phase period, an involvement or a decision about it) it is part of the
 * record and is closed by decision instead.
 */
export function deleteCase(db: Db, id: string): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('omt_case').select('code').where('id', '=', id).executeTakeFirst()
    if (!found) throw new OmtError('NOT_FOUND', 'Deze casus bestaat niet (meer).')
    const decided = await trx
      .selectFrom('case_phase')
      .select('id')
      .where('case_id', '=', id)
      .where('decision_id', 'is not', null)
      .union(
        trx
          .selectFrom('involvement')
          .select('id')
          .where('case_id', '=', id)
          .where((eb) =>
            eb.or([eb('opened_by_decision_id', 'is not', null), eb('closed_by_decision_id', 'is not', null)]),
          ),
      )
      // A decision about the case without a phase or subject effect (retention, overig) counts too.
      .union(trx.selectFrom('decision').select('id').where('case_id', '=', id))
      .limit(1)
      .executeTakeFirst()
    if (decided) {
      throw new OmtError(
        'VALIDATION',
        `Over casus ${found.code} zijn al besluiten genomen, dus hij blijft bewaard. Sluit de casus af met een besluit; na de bewaartermijn wordt hij verwijderd.`,
      )
    }
    await trx.deleteFrom('omt_case').where('id', '=', id).execute()
    return { id }
  })
}
