import type { Floor } from '../floor-row'

export interface MeetingRef {
  id: string
  table_id: string
  date: string
  start_time: string
}

const ACTIONS = `SELECT a.*, t.code, p.short_name, m.date, d.code, c.code, c.alias FROM action_item a
  JOIN omt_table t ON t.id = a.table_id JOIN partner p ON p.id = a.owner_partner_id JOIN meeting m ON m.id = a.meeting_id
  LEFT JOIN decision d ON d.id = a.decision_id LEFT JOIN omt_case c ON c.id = a.case_id`
const ACTION_ORDER = 'ORDER BY a.due_date IS NULL, a.due_date, a.created_at'

/**
 * Opening a meeting by hand: the meeting with its counts, the agenda with
 * each item's case, phase, presenter and source, the meeting's decisions
 * with their phases and subject effects, attachment descriptions,
 * attendance, its own and the carried-over open actions, errata and the
 * previous meeting. Eleven statements, none per item.
 */
export function meetingFloor(meetings: MeetingRef[]): Floor {
  return (sqlite) => {
    const byId = [
      `SELECT m.*, t.code, t.name, ad.code,
        (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id AND i.deleted_at IS NULL),
        (SELECT sum(i.duration_minutes) FROM agenda_item i WHERE i.meeting_id = m.id AND i.deleted_at IS NULL),
        (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id AND d.status = 'geldig')
       FROM meeting m JOIN omt_table t ON t.id = m.table_id LEFT JOIN decision ad ON ad.id = m.minutes_adopted_by_decision_id
       WHERE m.id = ?`,
      `${ACTIONS} WHERE a.meeting_id = ? ${ACTION_ORDER}`,
      `SELECT a.*, c.code, c.alias, p.id, p.code, p.name, pr.short_name, src.meeting_id, sm.date FROM agenda_item a
       LEFT JOIN omt_case c ON c.id = a.case_id LEFT JOIN phase p ON p.id = c.current_phase_id
       LEFT JOIN partner pr ON pr.id = a.presenter_partner_id LEFT JOIN agenda_item src ON src.id = a.carried_over_from_id
       LEFT JOIN meeting sm ON sm.id = src.meeting_id WHERE a.meeting_id = ? AND a.deleted_at IS NULL`,
      `SELECT d.*, t.code, c.code, c.alias, mm.date, r.code, pf.code, pf.name, pt.code, pt.name,
        (SELECT count(*) FROM decision_correction dc WHERE dc.decision_id = d.id)
       FROM decision d JOIN omt_table t ON t.id = d.table_id LEFT JOIN omt_case c ON c.id = d.case_id
       LEFT JOIN phase pf ON pf.id = d.phase_from_id LEFT JOIN phase pt ON pt.id = d.phase_to_id
       LEFT JOIN meeting mm ON mm.id = d.minutes_meeting_id LEFT JOIN decision r ON r.id = d.refers_to_decision_id
       WHERE d.meeting_id = ? ORDER BY d.number`,
      `SELECT di.decision_id, di.change, s.id, s.kind, s.name, s.description FROM decision d
       JOIN decision_involvement di ON di.decision_id = d.id JOIN involvement i ON i.id = di.involvement_id
       JOIN subject s ON s.id = i.subject_id WHERE d.meeting_id = ? ORDER BY s.name_key`,
      `SELECT a.id, a.agenda_item_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.created_at FROM attachment a
       JOIN agenda_item i ON i.id = a.agenda_item_id WHERE i.meeting_id = ? ORDER BY a.created_at`,
      `SELECT a.*, p.name, p.short_name FROM attendance a LEFT JOIN partner p ON p.id = a.partner_id
       WHERE a.meeting_id = ? ORDER BY a.position`,
      'SELECT * FROM erratum WHERE meeting_id = ? ORDER BY seq',
    ].map((text) => sqlite.prepare(text))
    const carried = sqlite.prepare(
      `${ACTIONS} WHERE a.table_id = ? AND a.status = 'open' AND a.meeting_id != ? AND (m.date, m.start_time) < (?, ?) ${ACTION_ORDER}`,
    )
    const previous = sqlite.prepare(
      `SELECT id, date, start_time, status FROM meeting WHERE table_id = ? AND (date < ? OR (date = ? AND start_time < ?))
       ORDER BY date DESC, start_time DESC LIMIT 1`,
    )
    return (run) => {
      const m = meetings[run % meetings.length]
      if (!m) throw new Error('no meeting')
      let rows = byId.reduce((sum, statement) => sum + statement.all(m.id).length, 0)
      rows += carried.all(m.table_id, m.id, m.date, m.start_time).length
      rows += previous.all(m.table_id, m.date, m.date, m.start_time).length
      return rows
    }
  }
}
