import type { ReportPeriod } from '../../shared/domain/report-period'
import type { ReportDb } from './report-tables'

/** The accountmanager's speaker notes for one report (scope and period), by slide. */
export async function readNotes(db: ReportDb, scope: string, period: ReportPeriod): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('district_report_note')
    .select(['slide', 'text'])
    .where('scope', '=', scope)
    .where('period_from', '=', period.from)
    .where('period_to', '=', period.to)
    .execute()
  return Object.fromEntries(rows.map((row) => [row.slide, row.text]))
}

/** An empty note is removed, so a report keeps only the notes that say something. */
export async function saveNote(
  db: ReportDb,
  note: { scope: string; period: ReportPeriod; slide: string; text: string },
  now: string,
): Promise<void> {
  const key = { scope: note.scope, period_from: note.period.from, period_to: note.period.to, slide: note.slide }
  if (note.text.trim() === '') {
    await db
      .deleteFrom('district_report_note')
      .where('scope', '=', key.scope)
      .where('period_from', '=', key.period_from)
      .where('period_to', '=', key.period_to)
      .where('slide', '=', key.slide)
      .execute()
    return
  }
  await db
    .insertInto('district_report_note')
    .values({ ...key, text: note.text, updated_at: now })
    .onConflict((conflict) =>
      conflict
        .columns(['scope', 'period_from', 'period_to', 'slide'])
        .doUpdateSet({ text: note.text, updated_at: now }),
    )
    .execute()
}
