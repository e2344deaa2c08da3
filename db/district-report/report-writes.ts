import type { Thresholds } from '../../shared/contract/district-report.contract'
import { type ReportPeriod, type ReportScope, scopeKey } from '../../shared/domain/report-period'
import { saveNote } from './report-notes.queries'
import type { ReportDb } from './report-tables'
import { readThresholds, saveThresholds } from './report-thresholds.queries'

/** Keeps a speaker note with its report; answers when it was saved. */
export async function saveReportNote(
  db: ReportDb,
  note: { scope: ReportScope; period: ReportPeriod; slideId: string; text: string },
  now: Date = new Date(),
): Promise<{ savedAt: string }> {
  const savedAt = now.toISOString()
  await saveNote(
    db,
    { scope: scopeKey(note.scope), period: note.period, slide: note.slideId, text: note.text },
    savedAt,
  )
  return { savedAt }
}

export async function saveReportThresholds(db: ReportDb, thresholds: Thresholds): Promise<Thresholds> {
  await saveThresholds(db, thresholds)
  return readThresholds(db)
}
