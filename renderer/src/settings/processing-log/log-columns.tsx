import type { ColumnDef } from '@tanstack/react-table'
import type { LogRow } from '../../../../shared/contract/processing-log.contract'
import { type SubjectKind, subjectKindLabels } from '../../../../shared/domain/subject'

const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

export const logTime = (ms: number) => timeFormat.format(new Date(ms))

const statusLabels: Record<LogRow['status'], string> = { Ok: 'Gelukt', Error: 'Mislukt', Unset: 'Onbekend' }

const kindLabel = (type: string | null) =>
  type && type in subjectKindLabels ? subjectKindLabels[type as SubjectKind].toLowerCase() : (type ?? '')

export function subjectText(row: LogRow): string {
  if (row.dataSubjectId === null) return ''
  const name = row.dataSubjectName ?? `id ${row.dataSubjectId}`
  return `${name} (${kindLabel(row.dataSubjectType)})`
}

export const recordsText = (row: LogRow) => row.records.map((ref) => `${ref.kind} ${ref.id}`).join(', ')
export const userText = (row: LogRow) =>
  row.userName ? `${row.userName} (${row.userRole ?? ''})` : `onbekende gebruiker ${row.userId}`

/** A cell's full text as its tooltip, for the cells an ellipsis cuts short. */
export function cellTitle(column: string, row: LogRow): string | undefined {
  switch (column) {
    case 'subject':
      return subjectText(row) || undefined
    case 'records':
      return recordsText(row) || undefined
    case 'trace':
      return `trace ${row.traceId}, span ${row.spanId}${row.parentSpanId ? `, binnen span ${row.parentSpanId}` : ''}`
    case 'purpose':
      return row.purpose ?? undefined
    default:
      return undefined
  }
}

export const logColumns: ColumnDef<LogRow>[] = [
  {
    id: 'seq',
    header: 'Nr.',
    cell: ({ row }) => row.original.seq,
    meta: { className: 'log-grid__seq', numeric: true },
  },
  {
    id: 'time',
    header: 'Tijdstip',
    cell: ({ row }) => logTime(row.original.startTime),
    meta: { className: 'log-grid__time' },
  },
  {
    id: 'channel',
    header: 'Handeling',
    cell: ({ row }) => row.original.name,
    meta: { className: 'log-grid__channel' },
  },
  {
    id: 'activity',
    header: 'Activiteit',
    cell: ({ row }) => row.original.activityName ?? row.original.activityId,
    meta: { className: 'log-grid__activity' },
  },
  { id: 'user', header: 'Gebruiker', cell: ({ row }) => userText(row.original), meta: { className: 'log-grid__user' } },
  {
    id: 'subject',
    header: 'Betrokkene',
    cell: ({ row }) => subjectText(row.original),
    meta: { className: 'log-grid__subject' },
  },
  {
    id: 'records',
    header: 'Records',
    cell: ({ row }) => recordsText(row.original),
    meta: { className: 'log-grid__records' },
  },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => statusLabels[row.original.status],
    meta: { className: 'log-grid__status' },
  },
  {
    id: 'purpose',
    header: 'Doel',
    cell: ({ row }) => row.original.purpose ?? '',
    meta: { className: 'log-grid__purpose' },
  },
  {
    id: 'trace',
    header: 'Trace',
    cell: ({ row }) => row.original.traceId.slice(0, 8),
    meta: { className: 'log-grid__trace', mono: true },
  },
]
