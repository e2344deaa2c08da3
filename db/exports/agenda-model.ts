import type { AgendaEntry, ExportModel } from '../../shared/contract/export.contract'
import type { MeetingDetail } from '../../shared/contract/meeting.contract'
import type { ExportVariant } from '../../shared/domain/minutes-export'
import { caseLabelOf } from './decision-entry'
import { documentHead } from './document-head'
import { durationText, shortDate } from './dutch-text'

type Agenda = Extract<ExportModel, { document: 'agenda' }>

export const WITHHELD_TITLE = 'Vertrouwelijk agendapunt'

const notices: Partial<Record<ExportVariant, string>> = {
  'vertrouwelijk-verborgen': 'Vertrouwelijke agendapunten staan op deze agenda zonder onderwerp, casus en inbreng.',
  'zonder-vertrouwelijk':
    'Vertrouwelijke agendapunten zijn op deze agenda weggelaten; de nummering is die van de vergadering.',
}

/**
 * The participants' agenda: numbers, times, titles, presenters. Never the
 * chair's notes or the minutes text. Confidential items appear in full, as
 * "Vertrouwelijk agendapunt", or not at all, as the secretary chose; the
 * numbers stay those of the meeting, so the minutes refer to the same items.
 */
export function agendaModel(meeting: MeetingDetail, variant: ExportVariant): Agenda {
  const items: AgendaEntry[] = meeting.items.flatMap((item) => {
    if (item.confidential && variant === 'zonder-vertrouwelijk') return []
    const withheld = item.confidential && variant === 'vertrouwelijk-verborgen'
    return [
      {
        number: item.number,
        level: item.depth === 1 ? (2 as const) : (3 as const),
        title: withheld ? WITHHELD_TITLE : item.title,
        time: `${item.startTime} – ${item.endTime}`,
        duration: durationText(item.durationMinutes),
        presenter: withheld ? null : (item.presenter?.shortName ?? null),
        caseLabel: withheld ? null : caseLabelOf(item.case),
        withheld,
        confidential: item.confidential,
        carriedOver: item.carriedOverFrom !== null && !withheld,
      },
    ]
  })
  const invitees = meeting.attendance.map((attendee) => {
    const organisation = attendee.partner?.name ?? attendee.organisation ?? ''
    return attendee.personName ? `${organisation} (${attendee.personName})` : organisation
  })
  const carried = meeting.items.some((item) => item.carriedOverFrom)
  const previous = meeting.previousMeeting
    ? ` Aangehouden punten komen uit de vergadering van ${shortDate(meeting.previousMeeting.date)}.`
    : ''
  const notice = [notices[variant] ?? '', carried ? previous.trim() : ''].filter(Boolean).join(' ') || null
  return {
    document: 'agenda',
    head: documentHead(meeting, {
      document: 'agenda',
      variant,
      confidential: variant === 'met-vertrouwelijk' && meeting.items.some((item) => item.confidential),
      notice,
    }),
    invitees,
    items,
  }
}
