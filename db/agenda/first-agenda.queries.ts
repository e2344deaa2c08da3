import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { AgendaItemValues } from '../../shared/contract/agenda.contract'
import { agendaItemTypeLabels, type AgendaItemType } from '../../shared/domain/agenda'
import { FINAL_PHASE_CODES } from '../../shared/domain/case'
import { emptyItemValues, insertItems, type NewItem } from './agenda-insert.queries'
import { sectionInsertIndex } from './agenda-sections'
import type { Db } from '../kernel/schema/database'
import type { AgendaItemTable } from '../kernel/schema/meeting.table'
import { agendaTemplate } from './agenda-template.queries'

interface Draft {
  id: string
  values: AgendaItemValues
  carriedOverFromId: string | null
}
interface DraftSection extends Draft {
  children: Draft[]
}

/** Sections whose sub-items ask for one decision each: once decided, they are not copied again. */
const DECIDED_SECTIONS: readonly AgendaItemType[] = ['signalen', 'start-casus', 'subjecten', 'afsluiting']

type SourceRow = Selectable<AgendaItemTable> & { phase_code: string | null }

/** What an item looks like again on a new agenda: same topic and plan, no notes or outcome. */
function copyValues(row: SourceRow): AgendaItemValues {
  return {
    title: row.title,
    type: row.item_type,
    caseId: row.case_id,
    presenterPartnerId: row.presenter_partner_id,
    durationMinutes: row.duration_minutes,
    confidential: row.confidential === 1,
    notes: '',
    chairNotes: '',
    status: 'gepland',
  }
}

async function liveItems(db: Db, meetingId: string): Promise<SourceRow[]> {
  return db
    .selectFrom('agenda_item as a')
    .leftJoin('omt_case as c', 'c.id', 'a.case_id')
    .leftJoin('phase as p', 'p.id', 'c.current_phase_id')
    .selectAll('a')
    .select('p.code as phase_code')
    .where('a.meeting_id', '=', meetingId)
    .where('a.deleted_at', 'is', null)
    .orderBy('a.position')
    .execute()
}

/**
 * A copy of the previous agenda: every section, and the sub-items still
 * current: not a case that has ended, not a proposal that was decided or
 * dropped. Items held over ("aangehouden") are marked as carried over.
 */
function copyOf(rows: readonly SourceRow[]): DraftSection[] {
  const tops = rows.filter((row) => row.parent_id === null)
  return tops.map((top) => ({
    id: randomUUID(),
    values: copyValues(top),
    carriedOverFromId: top.status === 'aangehouden' ? top.id : null,
    children: rows
      .filter((row) => row.parent_id === top.id)
      .filter((row) => row.status === 'aangehouden' || !(row.phase_code && FINAL_PHASE_CODES.includes(row.phase_code)))
      .filter(
        (row) =>
          row.status === 'aangehouden' ||
          !(row.status === 'vervallen' || (row.status === 'besproken' && DECIDED_SECTIONS.includes(top.item_type))),
      )
      .map((row) => ({
        id: randomUUID(),
        values: copyValues(row),
        carriedOverFromId: row.status === 'aangehouden' ? row.id : null,
      })),
  }))
}

function sectionFor(sections: DraftSection[], type: AgendaItemType): DraftSection {
  const found = sections.find((section) => section.values.type === type)
  if (found) return found
  const made: DraftSection = {
    id: randomUUID(),
    values: { ...emptyItemValues, title: agendaItemTypeLabels[type], type, durationMinutes: 0, confidential: false },
    carriedOverFromId: null,
    children: [],
  }
  sections.splice(
    sectionInsertIndex(
      sections.map((section) => section.values.type),
      type,
    ),
    0,
    made,
  )
  return made
}

/**
 * Items held over in the previous meeting come back, in their section; a
 * held-over standard section marks the new agenda's own section instead of
 * appearing twice. An item already carried to another meeting stays there.
 */
async function carryOver(db: Db, sections: DraftSection[], previousRows: readonly SourceRow[]): Promise<void> {
  const carried = new Set(
    sections
      .flatMap((section) => [section, ...section.children])
      .flatMap((draft) => (draft.carriedOverFromId ? [draft.carriedOverFromId] : [])),
  )
  const held = previousRows.filter((row) => row.status === 'aangehouden' && !carried.has(row.id))
  if (held.length === 0) return
  const elsewhere = new Set(
    (
      await db
        .selectFrom('agenda_item')
        .select('carried_over_from_id')
        .where(
          'carried_over_from_id',
          'in',
          held.map((row) => row.id),
        )
        .where('deleted_at', 'is', null)
        .execute()
    ).map((row) => row.carried_over_from_id),
  )
  const byId = new Map(previousRows.map((row) => [row.id, row]))
  for (const row of held) {
    if (elsewhere.has(row.id)) continue
    const parent = row.parent_id ? byId.get(row.parent_id) : undefined
    if (parent) {
      sectionFor(sections, parent.item_type).children.push({
        id: randomUUID(),
        values: copyValues(row),
        carriedOverFromId: row.id,
      })
      continue
    }
    const same =
      row.item_type === 'overig'
        ? undefined
        : sections.find((section) => section.values.type === row.item_type && !section.carriedOverFromId)
    if (same) same.carriedOverFromId = row.id
    else
      sections.splice(
        sectionInsertIndex(
          sections.map((section) => section.values.type),
          row.item_type,
        ),
        0,
        { id: randomUUID(), values: copyValues(row), carriedOverFromId: row.id, children: [] },
      )
  }
}

/** Writes a new meeting's first agenda: the template, a copy of the previous one, or nothing, plus what carries over. */
export async function writeFirstAgenda(
  db: Db,
  meetingId: string,
  source: 'sjabloon' | 'vorige' | 'leeg',
  previousId: string | null,
): Promise<void> {
  const previousRows = previousId ? await liveItems(db, previousId) : []
  let sections: DraftSection[] = []
  if (source === 'vorige') sections = copyOf(previousRows)
  if (source === 'sjabloon') {
    const { items } = await agendaTemplate(db)
    sections = items.map((item) => ({
      id: randomUUID(),
      values: { ...emptyItemValues, ...item },
      carriedOverFromId: null,
      children: [],
    }))
  }
  await carryOver(db, sections, previousRows)
  const items: NewItem[] = sections.flatMap((section, index) => [
    {
      id: section.id,
      meetingId,
      parentId: null,
      position: index + 1,
      values: section.values,
      carriedOverFromId: section.carriedOverFromId,
    },
    ...section.children.map((child, childIndex) => ({
      id: child.id,
      meetingId,
      parentId: section.id,
      position: childIndex + 1,
      values: child.values,
      carriedOverFromId: child.carriedOverFromId,
    })),
  ])
  await insertItems(db, items)
}
