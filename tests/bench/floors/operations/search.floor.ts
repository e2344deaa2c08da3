import { ftsMatch, toFtsTerms } from '../../../../db/search/fts-query'
import { type SearchKind, searchKinds } from '../../../../shared/domain/search'
import type { Floor } from '../floor-row'

/** Ranking by bm25 only up to this many hits of a kind, as the search does (search.queries.ts). */
const RANK_AT_MOST = 2000

/** Per kind what a hit shows, joined from its index row to its record. */
const DISPLAY: Record<SearchKind, string> = {
  case: `SELECT c.id, c.code, c.alias, cs.summary, p.name, t.name FROM search_document d JOIN omt_case c ON c.id = d.ref_id
    JOIN phase p ON p.id = c.current_phase_id JOIN omt_table t ON t.id = c.table_id
    LEFT JOIN case_summary cs ON cs.case_id = c.id`,
  subject: `SELECT s.id, s.kind, s.name, s.birth_date, s.kvk, s.object_kind, s.description,
    (SELECT count(DISTINCT i.case_id) FROM involvement i WHERE i.subject_id = s.id) FROM search_document d
    JOIN subject s ON s.id = d.ref_id`,
  intervention: `SELECT i.id, i.case_id, i.subtype, i.status, i.result, c.code, c.alias, p.short_name FROM search_document d
    JOIN intervention i ON i.id = d.ref_id JOIN omt_case c ON c.id = i.case_id JOIN partner p ON p.id = i.partner_id`,
  'agenda-item': `SELECT a.id, a.title, a.item_type, a.notes, a.case_id, a.meeting_id, m.date, t.code FROM search_document d
    JOIN agenda_item a ON a.id = d.ref_id AND a.deleted_at IS NULL JOIN meeting m ON m.id = a.meeting_id
    JOIN omt_table t ON t.id = m.table_id`,
  decision: `SELECT dc.id, dc.code, dc.type, dc.status, dc.text, dc.reason, dc.decided_on, dc.case_id, dc.meeting_id, c.code
    FROM search_document d JOIN decision dc ON dc.id = d.ref_id LEFT JOIN omt_case c ON c.id = dc.case_id`,
  'action-item': `SELECT a.id, a.text, a.status, a.due_date, a.owner_person, a.case_id, a.meeting_id, p.short_name, t.code
    FROM search_document d JOIN action_item a ON a.id = d.ref_id JOIN partner p ON p.id = a.owner_partner_id
    JOIN omt_table t ON t.id = a.table_id`,
}

/**
 * Search by hand. Up to 2,000 hits in all: one pass over the index for every
 * kind, each hit's kind from its document row, counted and ranked by bm25 per
 * kind. Beyond that, per kind: the hits counted, then title hits newest
 * first, filled up with body hits. Per kind the best 20 are read with their
 * display data in one join.
 */
export function searchFloor(terms: string[], limit: number): Floor {
  return (sqlite) => {
    const count = sqlite.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?').pluck()
    const ranked = sqlite
      .prepare(
        'SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 0.0, 10.0, 1.0), rowid LIMIT ?',
      )
      .pluck()
    const newest = sqlite
      .prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?')
      .pluck()
    const display = Object.fromEntries(
      searchKinds.map((kind) => [
        kind,
        sqlite.prepare(`${DISPLAY[kind]} WHERE d.id IN (SELECT value FROM json_each(?))`),
      ]),
    ) as Record<SearchKind, ReturnType<typeof sqlite.prepare>>
    const onePass = sqlite.prepare(`SELECT f.rowid AS id, d.kind, bm25(search_fts, 0.0, 10.0, 1.0) AS score
      FROM search_fts f JOIN search_document d ON d.id = f.rowid WHERE search_fts MATCH ? LIMIT ?`)
    const inOnePass = (fts: string): Map<string, number[]> | null => {
      const hits = onePass.all(`{title body} : (${fts})`, RANK_AT_MOST + 1) as {
        id: number
        kind: string
        score: number
      }[]
      if (hits.length > RANK_AT_MOST) return null
      hits.sort((a, b) => a.score - b.score || a.id - b.id)
      const byKind = new Map<string, number[]>()
      for (const hit of hits) byKind.set(hit.kind, [...(byKind.get(hit.kind) ?? []), hit.id])
      return new Map([...byKind].map(([kind, ids]) => [kind, ids.slice(0, limit)]))
    }
    const top = (kind: SearchKind, fts: string): number[] => {
      const all = ftsMatch(kind, fts, 'all')
      const total = Number(count.get(all))
      if (total === 0) return []
      if (total <= RANK_AT_MOST) return ranked.all(all, limit) as number[]
      const ids = newest.all(ftsMatch(kind, fts, 'title'), limit) as number[]
      if (ids.length < limit)
        for (const id of newest.all(all, limit * 2) as number[])
          if (ids.length < limit && !ids.includes(id)) ids.push(id)
      return ids
    }
    const prepared = terms.map((text) => toFtsTerms(text) ?? '""')
    return (run) => {
      const fts = prepared[run % prepared.length] ?? '""'
      let shown = 0
      const ranked = inOnePass(fts)
      for (const kind of searchKinds) {
        const ids = ranked ? (ranked.get(kind) ?? []) : top(kind, fts)
        if (ids.length > 0) shown += display[kind].all(JSON.stringify(ids)).length
      }
      return shown
    }
  }
}
