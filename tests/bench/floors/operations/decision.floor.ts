import type { Floor } from '../floor-row'
import { commitFloor } from '../commit-floor'

export interface DecisionFloorIds {
  meetingId: string
  agendaItemId: string
  caseId: string
}

/**
 * A recorded decision by hand: what it must read first (the agenda item
 * with its meeting, the case in its phase, the meeting's last number, the
 * case's current involvements), its row in the search index, as many other
 * rows as the real call wrote (decision, phase change, case, links: counted
 * in the warm-up) in ONE committed transaction (commit-floor.ts), and the
 * decision read back with its table, case and phases. The real call commits
 * twice: the decision with its effect, then its processing-log entries
 * (whose floor the row times beside it, as for reads).
 */
export function decisionFloor(ids: DecisionFloorIds, rowsWritten: () => number): Floor {
  return (sqlite) => {
    const reads = [
      [
        'SELECT a.*, m.status, m.date, m.table_id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?',
        ids.agendaItemId,
      ],
      ['SELECT c.*, p.code FROM omt_case c JOIN phase p ON p.id = c.current_phase_id WHERE c.id = ?', ids.caseId],
      ['SELECT coalesce(max(number), 0) FROM decision WHERE meeting_id = ?', ids.meetingId],
      ['SELECT * FROM involvement WHERE case_id = ? AND closed_on IS NULL', ids.caseId],
    ].map(([text, id]) => ({ statement: sqlite.prepare(text ?? ''), id }))
    const readBack =
      sqlite.prepare(`SELECT d.*, t.code, c.code, c.alias, pf.code, pf.name, pt.code, pt.name FROM decision d
      JOIN omt_table t ON t.id = d.table_id LEFT JOIN omt_case c ON c.id = d.case_id
      LEFT JOIN phase pf ON pf.id = d.phase_from_id LEFT JOIN phase pt ON pt.id = d.phase_to_id
      WHERE d.meeting_id = ? ORDER BY d.number DESC LIMIT 1`)
    const document = sqlite.prepare("INSERT INTO search_document (kind, ref_id) VALUES ('decision', ?)")
    const indexed = sqlite.prepare("INSERT INTO search_fts (rowid, kind, title, body) VALUES (?, 'decision', ?, ?)")
    // The two index rows are among the rows the real call wrote.
    const write = commitFloor(
      sqlite,
      () => Math.max(0, rowsWritten() - 2),
      (run) => {
        const { lastInsertRowid } = document.run(`floor-decision-${String(run)}-${String(Math.random())}`)
        indexed.run(lastInsertRowid, `B-floor-${String(run)}`, 'Start analyse: het OMT besluit de casus te analyseren.')
      },
    )
    return (run) => {
      for (const read of reads) read.statement.all(read.id)
      write(run)
      return readBack.all(ids.meetingId).length
    }
  }
}
