import type { AgendaItemValues } from '../../shared/contract/agenda.contract'
import { type FieldErrors, OmtError } from '../../shared/contract/errors'
import { checkReferences, partnerCheck } from '../kernel/reference-checks.queries'
import type { Db } from '../kernel/schema/database'
import type { AgendaItemTable } from '../kernel/schema/meeting.table'

/** A form's ids can be stale: the user gets a field message, not a foreign key error. */
export async function checkItemValues(
  db: Db,
  values: AgendaItemValues,
  current: Pick<AgendaItemTable, 'presenter_partner_id' | 'case_id'> | null,
): Promise<void> {
  const problems: FieldErrors = {}
  await checkReferences(
    db,
    [partnerCheck('presenterPartnerId', values.presenterPartnerId || null, current?.presenter_partner_id ?? null)],
    problems,
  )
  if (values.caseId && values.caseId !== current?.case_id) {
    const found = await db.selectFrom('omt_case').select('id').where('id', '=', values.caseId).executeTakeFirst()
    if (!found) problems.caseId = 'Deze casus bestaat niet (meer). Zoek de casus opnieuw.'
  }
  if (Object.keys(problems).length > 0) throw new OmtError('VALIDATION', undefined, problems)
}

/** A section takes sub-items; a sub-item does not (numbers go two levels deep: 2.1, never 2.1.1). */
export async function checkParent(
  db: Db,
  meetingId: string,
  parentId: string | null,
  movingId: string | null,
): Promise<void> {
  if (parentId === null) return
  if (parentId === movingId) throw new OmtError('VALIDATION', 'Een agendapunt kan niet onder zichzelf staan.')
  const parent = await db
    .selectFrom('agenda_item')
    .select(['meeting_id', 'parent_id', 'deleted_at'])
    .where('id', '=', parentId)
    .executeTakeFirst()
  if (!parent || parent.deleted_at !== null || parent.meeting_id !== meetingId) {
    throw new OmtError(
      'VALIDATION',
      'Het onderdeel waar dit punt onder moet, staat niet (meer) op deze agenda. Ververs de agenda.',
    )
  }
  if (parent.parent_id !== null)
    throw new OmtError('VALIDATION', 'Een subpunt kan zelf geen subpunten hebben. Kies een hoofdpunt als onderdeel.')
  if (movingId) {
    const child = await db
      .selectFrom('agenda_item')
      .select('id')
      .where('parent_id', '=', movingId)
      .where('deleted_at', 'is', null)
      .limit(1)
      .executeTakeFirst()
    if (child)
      throw new OmtError(
        'VALIDATION',
        'Dit punt heeft zelf subpunten en kan daarom niet onder een ander punt. Verplaats eerst de subpunten.',
      )
  }
}
