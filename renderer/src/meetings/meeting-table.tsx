import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table'
import { useState } from 'react'
import type { MeetingSummary } from '../../../shared/contract/meeting.contract'
import { meetingStatusLabels } from '../../../shared/domain/meeting'
import { SortableHeader } from '../components/sortable-header'
import { shortDate } from '../lib/dates'
import { hrefFor } from '../stores/route-store'

const helper = createColumnHelper<MeetingSummary>()

const columns = (withTable: boolean) => [
  helper.accessor((row) => `${row.date} ${row.startTime}`, {
    id: 'date',
    header: 'Datum',
    cell: (info) => (
      <a href={hrefFor(`vergaderingen/${info.row.original.id}`)}>
        {shortDate(info.row.original.date)} {info.row.original.startTime}
      </a>
    ),
  }),
  ...(withTable ? [helper.accessor((row) => row.table.code, { id: 'table', header: 'Tafel' })] : []),
  helper.accessor('location', {
    header: 'Locatie',
    cell: (info) => info.getValue() || <span className="muted">Geen locatie</span>,
  }),
  helper.accessor((row) => meetingStatusLabels[row.status], { id: 'status', header: 'Status' }),
  helper.accessor('itemCount', { header: 'Agendapunten', meta: { numeric: true } }),
  helper.accessor('decisionCount', { header: 'Besluiten', meta: { numeric: true } }),
]

/** A sortable list of meetings; the date links to the meeting. */
export function MeetingTable({
  rows,
  labelledBy,
  withTable,
  initialSort,
}: {
  rows: MeetingSummary[]
  labelledBy: string
  withTable: boolean
  initialSort: 'asc' | 'desc'
}) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: initialSort === 'desc' }])
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: columns(withTable),
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })
  return (
    <div className="table-wrap">
      <table className="data-table" aria-labelledby={labelledBy}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'cell--numeric' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
