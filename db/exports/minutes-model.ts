import type {
  ActionEntry,
  AttendanceGroup,
  ExportModel,
  MinutesItem,
  TocEntry,
} from '../../shared/contract/export.contract'
import type { MeetingDetail } from '../../shared/contract/meeting.contract'
import { agendaItemStatusLabels } from '../../shared/domain/agenda'
import type { AttendanceStatus } from '../../shared/domain/attendance'
import { parseTextBlocks } from '../../shared/domain/text-blocks'
import { toActionEntry } from './action-entry'
import { caseLabelOf, toDecisionEntry } from './decision-entry'
import { documentHead } from './document-head'
import { longDate, shortDate } from './dutch-text'

type Minutes = Extract<ExportModel, { document: 'verslag' }>

const groups: { status: AttendanceStatus | null; label: string }[] = [
  { status: 'aanwezig', label: 'Aanwezig' },
  { status: 'afgemeld', label: 'Afgemeld' },
  { status: 'afwezig', label: 'Afwezig zonder afmelding' },
  { status: null, label: 'Geen aanwezigheid vastgelegd' },
]

export const ATTENDANCE_HEADING = 'Aanwezigheid'
export const ERRATA_HEADING = 'Errata'
export const ACTIONS_HEADING = 'Bijlage: openstaande actiepunten'

function attendanceGroups(meeting: MeetingDetail): AttendanceGroup[] {
  return groups.flatMap(({ status, label }) => {
    const rows = meeting.attendance
      .filter((attendee) => attendee.status === status)
      .map((attendee) => ({
        organisation: attendee.partner?.name ?? attendee.organisation ?? '',
        person: attendee.personName ?? '',
      }))
    return rows.length > 0 ? [{ label, rows }] : []
  })
}

function itemMeta(item: MeetingDetail['items'][number]): string[] {
  return [
    ...(item.case ? [caseLabelOf(item.case) ?? ''] : []),
    ...(item.presenter ? [`Inbreng: ${item.presenter.shortName}`] : []),
    ...(item.status === 'aangehouden' || item.status === 'vervallen' ? [agendaItemStatusLabels[item.status]] : []),
    ...(item.carriedOverFrom
      ? [`Aangehouden uit de vergadering van ${shortDate(item.carriedOverFrom.meetingDate)}`]
      : []),
    ...(item.confidential ? ['Vertrouwelijk'] : []),
  ]
}

/**
 * The full minutes: attendance, every agenda item with its notes, decisions
 * and the actions agreed on it, errata once adopted, and the open action list
 * as an appendix. Never the chair's notes: the minutes go to every partner.
 */
export function minutesModel(meeting: MeetingDetail): Minutes {
  const numbers = new Map(meeting.items.map((item) => [item.id, item.number]))
  const items: MinutesItem[] = meeting.items.map((item, index) => {
    const heading = `${item.number} ${item.title}`
    const actions: ActionEntry[] = meeting.actionList
      .filter((action) => action.origin.meetingId === meeting.id && action.origin.agendaItemId === item.id)
      .map((action) => toActionEntry(action, meeting.id, numbers))
    return {
      anchor: `punt-${String(index + 1)}`,
      number: item.number,
      title: item.title,
      heading,
      level: item.depth === 1 ? 2 : 3,
      meta: itemMeta(item),
      notes: parseTextBlocks(item.notes),
      decisions: item.decisions.map((decision) => toDecisionEntry(decision, heading, null)),
      actions,
    }
  })
  const errata = meeting.minutesStatus === 'vastgesteld' ? meeting.errata : []
  const openActions = meeting.actionList
    .filter((action) => action.status === 'open')
    .map((action) => toActionEntry(action, meeting.id, numbers))
  const toc: TocEntry[] = [
    ...(errata.length > 0 ? [{ anchor: 'errata', label: ERRATA_HEADING, level: 2 as const }] : []),
    { anchor: 'aanwezigheid', label: ATTENDANCE_HEADING, level: 2 },
    ...items.map((item) => ({ anchor: item.anchor, label: item.heading, level: item.level })),
    { anchor: 'actielijst', label: ACTIONS_HEADING, level: 2 },
  ]
  return {
    document: 'verslag',
    head: documentHead(meeting, { document: 'verslag', variant: 'volledig', confidential: true, notice: null }),
    attendance: attendanceGroups(meeting),
    items,
    openActions,
    errata: errata.map((erratum) => ({
      label: `Erratum ${String(erratum.seq)} van ${longDate(erratum.date)}`,
      text: parseTextBlocks(erratum.text),
    })),
    toc,
  }
}
