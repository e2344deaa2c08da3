import { FINAL_PHASE_CODES } from '../../shared/domain/case'
import { addYears } from '../../shared/domain/iso-date'
import type { Db } from '../kernel/schema/database'
import { getSettings } from '../settings/settings.queries'

/**
 * The retention a closing decision sets: its date plus the years in the
 * settings. Both final phases count as closing (afsluiten, niet starten):
 * from then on nothing more happens in the case, so its data only waits out
 * its term. A later date set by an extension decision that is still in
 * force wins, so closing never silently shortens what the OMT decided.
 * Null when nothing changes. Written as the decision's retention_from/_to,
 * so withdrawing or correcting the closing decision restores the old date
 * through the same path as an extension (revertEffects).
 */
export async function closingRetention(
  db: Db,
  state: { id: string; retentionUntil: string },
  phaseToCode: string,
  decidedOn: string,
): Promise<{ from: string; to: string } | null> {
  if (!FINAL_PHASE_CODES.includes(phaseToCode)) return null
  const { retentionYears } = await getSettings(db)
  const byClosing = addYears(decidedOn, retentionYears)
  const extended = await db
    .selectFrom('decision')
    .select('id')
    .where('case_id', '=', state.id)
    .where('type', '=', 'bewaartermijn-verlengen')
    .where('status', '=', 'geldig')
    .where('retention_to', '=', state.retentionUntil)
    .limit(1)
    .executeTakeFirst()
  if (extended && state.retentionUntil > byClosing) return null
  if (byClosing === state.retentionUntil) return null
  return { from: state.retentionUntil, to: byClosing }
}
