import { basename } from 'node:path'
import type { Kysely } from 'kysely'
import type {
  LogExportFormat,
  LogExportRequest,
  LogExportResult,
  LogFilters,
  LogRow,
} from '../../shared/contract/processing-log.contract'
import type { Database } from '../kernel/schema/database'
import { writeFileAtomically } from '../kernel/write-file-atomically'
import { logCsv, logJson } from './log-export-shape'
import { filteredSubject, readLogRows } from './log-page.queries'

const CHUNK = 5000

/** Every entry the filters select, newest first, read in keyset pages so no statement holds the whole log. */
export async function allLogRows(db: Kysely<Database>, filters: LogFilters): Promise<LogRow[]> {
  const rows: LogRow[] = []
  let cursor: { seq: number; startTime: number } | null = null
  for (;;) {
    const page = await readLogRows(db, filters, cursor, CHUNK)
    rows.push(...page)
    const last = page.at(-1)
    if (page.length < CHUNK || !last) return rows
    cursor = { seq: last.seq, startTime: last.startTime }
  }
}

export const logExtensions: Record<LogExportFormat, string> = { csv: 'csv', json: 'json' }

/** "Verwerkingenlog 2026-12-03.csv": the day of the export, not of the entries. */
export function logFileName(format: LogExportFormat, now: Date): string {
  return `Verwerkingenlog ${now.toISOString().slice(0, 10)}.${logExtensions[format]}`
}

/**
 * The last steps of a log export, the same in the app and in the tests: read,
 * shape, then write atomically where the user chose (never a temp folder).
 */
export async function saveLogExport(
  db: Kysely<Database>,
  request: LogExportRequest,
  target: string,
  now: Date,
): Promise<LogExportResult> {
  const rows = await allLogRows(db, request.filters)
  const text = request.format === 'csv' ? logCsv(rows) : logJson(rows, now)
  await writeFileAtomically(target, new TextEncoder().encode(text))
  return {
    saved: true,
    fileName: basename(target),
    count: rows.length,
    subject: await filteredSubject(db, request.filters.subjectId),
  }
}
