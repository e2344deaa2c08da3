import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers'

/**
 * The district report's floor: the same figures for the same columns, one
 * hand-written SQL query per figure, as a skilled engineer would write them
 * straight against SQLite (run on an unencrypted copy of the dataset).
 * Medians are read from the sorted durations the query returns.
 */
export function floorQueries(db: BetterSqlite3.Database, columns: { from: string; to: string }[]): () => number {
  const cols = `cols(i, f, t) AS (VALUES ${columns.map((c, i) => `(${String(i)}, '${c.from}', '${c.to}')`).join(', ')})`
  const firstStart = `first_start AS (
    SELECT p.case_id, min(p.started_on) AS s FROM case_phase p JOIN phase ph ON ph.id = p.phase_id
    WHERE ph.code = 'gestart' GROUP BY p.case_id)`
  // Every stay in a phase: from its start to the next phase's start (null while it lasts).
  const stays = `stays AS (
    SELECT p.case_id, ph.code, p.started_on AS f, lead(p.started_on) OVER (PARTITION BY p.case_id ORDER BY p.seq) AS t
    FROM case_phase p JOIN phase ph ON ph.id = p.phase_id)`
  const statements = [
    // Signals by partner.
    `WITH ${cols} SELECT c.i, o.signal_partner_id, count(*) FROM omt_case o
     JOIN cols c ON o.registered_on BETWEEN c.f AND c.t GROUP BY c.i, o.signal_partner_id`,
    // Share of signals started by the column's end.
    `WITH ${cols}, ${firstStart} SELECT c.i, count(*), count(fs.s) FROM omt_case o
     JOIN cols c ON o.registered_on BETWEEN c.f AND c.t
     LEFT JOIN first_start fs ON fs.case_id = o.id AND fs.s <= c.t GROUP BY c.i`,
    // Started, closed, not started.
    `WITH ${cols}, ${firstStart}
     SELECT c.i, 'gestart', count(*) FROM first_start fs JOIN cols c ON fs.s BETWEEN c.f AND c.t GROUP BY c.i
     UNION ALL
     SELECT c.i, ph.code, count(DISTINCT p.case_id) FROM case_phase p JOIN phase ph ON ph.id = p.phase_id
     JOIN cols c ON p.started_on BETWEEN c.f AND c.t WHERE ph.code IN ('afgesloten', 'niet-gestart') GROUP BY c.i, ph.code`,
    // Running at the column's end, by phase: the stay that spans the end.
    `WITH ${cols}, ${stays} SELECT c.i, st.code, count(*) FROM stays st
     JOIN cols c ON st.f <= c.t AND (st.t IS NULL OR st.t > c.t)
     WHERE st.code NOT IN ('afgesloten', 'niet-gestart') GROUP BY c.i, st.code`,
    // Closed by reason.
    `WITH ${cols} SELECT c.i, d.closing_reason, count(*) FROM case_phase p JOIN phase ph ON ph.id = p.phase_id
     LEFT JOIN decision d ON d.id = p.decision_id JOIN cols c ON p.started_on BETWEEN c.f AND c.t
     WHERE ph.code = 'afgesloten' GROUP BY c.i, d.closing_reason`,
    // Running during the column, by kind and theme: registered by its end and not ended before its start.
    `WITH ${cols}, ${stays}, ended AS (
       SELECT c.i, st.case_id FROM stays st JOIN cols c ON st.f < c.f AND (st.t IS NULL OR st.t >= c.f)
       WHERE st.code IN ('afgesloten', 'niet-gestart'))
     SELECT c.i, o.kind, t.theme_id, count(*) FROM omt_case o JOIN case_theme t ON t.case_id = o.id
     JOIN cols c ON o.registered_on <= c.t
     LEFT JOIN ended e ON e.i = c.i AND e.case_id = o.id WHERE e.case_id IS NULL GROUP BY c.i, o.kind, t.theme_id`,
    // Lead times: signal to start, start to closed, and each finished stay, sorted for the medians.
    `WITH ${cols}, ${firstStart}, ${stays},
     closed AS (
       SELECT p.case_id, max(p.started_on) AS s FROM case_phase p JOIN phase ph ON ph.id = p.phase_id
       WHERE ph.code = 'afgesloten' GROUP BY p.case_id),
     durations AS (
       SELECT 'signaal-start' AS k, fs.s AS d, julianday(fs.s) - julianday(o.registered_on) AS days
       FROM first_start fs JOIN omt_case o ON o.id = fs.case_id
       UNION ALL SELECT 'start-afgesloten', cl.s, julianday(cl.s) - julianday(fs.s) FROM closed cl JOIN first_start fs ON fs.case_id = cl.case_id
       UNION ALL SELECT code, t, julianday(t) - julianday(f) FROM stays WHERE t IS NOT NULL)
     SELECT c.i, du.k, du.days FROM durations du JOIN cols c ON du.d BETWEEN c.f AND c.t ORDER BY c.i, du.k, du.days`,
    // Interventions by measure.
    `WITH ${cols} SELECT c.i, n.subtype, count(*) FROM intervention n JOIN cols c ON n.started_on BETWEEN c.f AND c.t
     WHERE n.status <> 'ingetrokken' GROUP BY c.i, n.subtype`,
    // Interventions by partner.
    `WITH ${cols} SELECT c.i, n.partner_id, count(*) FROM intervention n JOIN cols c ON n.started_on BETWEEN c.f AND c.t
     WHERE n.status <> 'ingetrokken' GROUP BY c.i, n.partner_id`,
    // Amounts and the number of contributing cases.
    `WITH ${cols} SELECT c.i, n.subtype, sum(n.amount_cents), count(DISTINCT n.case_id) FROM intervention n
     JOIN cols c ON n.started_on BETWEEN c.f AND c.t
     WHERE n.status <> 'ingetrokken' AND n.amount_cents IS NOT NULL AND n.subtype IN ('beslag', 'ontneming', 'fiscale-invordering')
     GROUP BY c.i, n.subtype`,
    // Open and overdue action items per partner at the column's end.
    `WITH ${cols} SELECT c.i, a.owner_partner_id, count(*), sum(a.due_date < c.t) FROM action_item a
     JOIN cols c ON substr(a.created_at, 1, 10) <= c.t
     AND (a.status = 'open' OR a.status_changed_on IS NULL OR a.status_changed_on > c.t)
     GROUP BY c.i, a.owner_partner_id`,
    // Enforcement issues.
    `SELECT name, designated_on, plan_adopted_on, finished_on FROM enforcement_issue ORDER BY designated_on, name`,
  ].map((text) => db.prepare(text))
  return () => statements.reduce((rows, statement) => rows + statement.all().length, 0)
}
