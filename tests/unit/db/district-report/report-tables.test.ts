import { describe, expect, it } from 'vitest'
import { type ReportDb, reportColumns } from '../../../../db/district-report/report-tables'

/**
 * The district report's allowed reads (issue 11, privacy by construction):
 * never a table about people or meetings' words, never a free-text or name
 * column of case data. Names of reference data and of HHKs are labels; the
 * speaker notes are the report's own text, written for the audience.
 */
const FORBIDDEN_TABLES = [
  'subject',
  'involvement',
  'case_summary',
  'case_gemeente',
  'meeting',
  'agenda_item',
  'attendance',
  'attachment',
  'attachment_content',
  'erratum',
  'decision_correction',
  'decision_involvement',
  'search_document',
  'meeting_mode_clock',
  'export_record',
]
const FORBIDDEN_COLUMNS = [
  'alias',
  'code',
  'case_director',
  'summary',
  'text',
  'reason',
  'result',
  'notes',
  'chair_notes',
  'description',
  'birth_date',
  'kvk',
  'owner_person',
  'person_name',
  'subject_id',
  'title',
]
const LABEL_TABLES = new Set(['district', 'omt_table', 'phase', 'theme', 'partner', 'enforcement_issue'])
const OWN_TEXT = new Set(['district_report_note'])

describe('the district report reads', () => {
  const tables = Object.keys(reportColumns)

  it('no table about people or what was said in meetings', () => {
    expect(tables.filter((table) => FORBIDDEN_TABLES.includes(table))).toEqual([])
  })

  it('no name, note or free-text column of case data', () => {
    const offending = Object.entries(reportColumns).flatMap(([table, columns]) =>
      (columns as readonly string[])
        .filter((column) => {
          if (OWN_TEXT.has(table)) return false
          if (LABEL_TABLES.has(table) && (column === 'name' || column === 'code' || column === 'short_name'))
            return false
          return FORBIDDEN_COLUMNS.includes(column) || column === 'name' || column.endsWith('_name')
        })
        .map((column) => `${table}.${column}`),
    )
    expect(offending).toEqual([])
  })

  it('cannot even name a column outside the list', () => {
    const compileOnly = (db: ReportDb) => {
      // @ts-expect-error -- a case's alias is not among the report's columns
      void db.selectFrom('omt_case').select('alias').compile()
      // @ts-expect-error -- subjects are not a report table
      void db.selectFrom('subject')
      return db.selectFrom('omt_case').select('kind').compile()
    }
    // The check is the compiler's (npm run typecheck): the @ts-expect-error lines fail it if they ever compile.
    expect(compileOnly.length).toBe(1)
  })
})
