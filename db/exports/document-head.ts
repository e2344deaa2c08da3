import type { DocumentHead } from '../../shared/contract/export.contract'
import type { MeetingDetail } from '../../shared/contract/meeting.contract'
import type { ExportDocument, ExportVariant } from '../../shared/domain/minutes-export'
import { longDate, safeFileName, weekdayDate } from './dutch-text'

const kinds: Record<ExportDocument, string> = { verslag: 'Verslag', besluitenlijst: 'Besluitenlijst', agenda: 'Agenda' }

/** What the file name and the document subject add for a variant; the ordinary ones add nothing. */
const variantSuffix: Record<ExportVariant, string | null> = {
  volledig: null,
  gepseudonimiseerd: 'gepseudonimiseerd',
  'met-vertrouwelijk': null,
  'vertrouwelijk-verborgen': 'vertrouwelijke punten verborgen',
  'zonder-vertrouwelijk': 'zonder vertrouwelijke punten',
}

function statusFact(meeting: MeetingDetail): string {
  if (meeting.minutesStatus === 'concept') return 'Concept, nog niet vastgesteld'
  const on = meeting.minutesAdoptedOn ? ` op ${longDate(meeting.minutesAdoptedOn)}` : ''
  return `Vastgesteld${on}${meeting.minutesAdoptedBy ? ` (besluit ${meeting.minutesAdoptedBy.code})` : ''}`
}

export interface HeadOptions {
  document: ExportDocument
  variant: ExportVariant
  confidential: boolean
  notice: string | null
}

/**
 * The heading block, running header and file properties every document
 * shares. Only minutes and decision lists are concept; an agenda is not.
 */
export function documentHead(
  meeting: MeetingDetail,
  { document, variant, confidential, notice }: HeadOptions,
): DocumentHead {
  const kind = kinds[document]
  const table = meeting.table
  const concept = document !== 'agenda' && meeting.minutesStatus === 'concept'
  const suffix = variantSuffix[variant]
  const time = document === 'agenda' ? `${meeting.startTime} – ${meeting.plannedEnd} uur` : `${meeting.startTime} uur`
  const facts = [
    { label: 'Tafel', value: table.name },
    { label: 'Datum', value: weekdayDate(meeting.date) },
    { label: document === 'agenda' ? 'Tijd' : 'Aanvang', value: time },
    ...(meeting.location ? [{ label: 'Locatie', value: meeting.location }] : []),
    ...(meeting.chair ? [{ label: 'Voorzitter', value: meeting.chair }] : []),
    ...(meeting.secretary ? [{ label: 'Secretaris', value: meeting.secretary }] : []),
    ...(document === 'agenda' ? [] : [{ label: 'Status', value: statusFact(meeting) }]),
  ]
  const status = concept ? 'concept' : document === 'agenda' ? null : 'vastgesteld'
  const subject = [kind, [status, suffix].filter(Boolean).join(', ')].filter(Boolean)
  return {
    meetingId: meeting.id,
    kind,
    heading: `${kind} ${table.name}`,
    subheading: `Vergadering van ${weekdayDate(meeting.date)}`,
    facts,
    runningHeader: `OMT ${table.code} · ${longDate(meeting.date)} · ${kind}`,
    confidential,
    concept,
    notice,
    fileBaseName: safeFileName(`${kind} OMT ${table.code} ${meeting.date}${suffix ? ` (${suffix})` : ''}`),
    properties: {
      title: `${kind} ${table.name}, ${longDate(meeting.date)}`,
      author: meeting.secretary ? `${meeting.secretary}, secretaris ${table.name}` : `Secretariaat ${table.name}`,
      subject: subject.length > 1 ? `${subject[0] ?? ''} (${subject[1] ?? ''})` : kind,
    },
  }
}
