import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table'
import { useState } from 'react'
import type { RetentionRow } from '../../../shared/contract/retention.contract'
import { SortableHeader } from '../components/sortable-header'
import { shortDate } from '../lib/dates'
import { caseRoutes } from '../register/case-routes'
import { hrefFor } from '../stores/route-store'

const helper = createColumnHelper<RetentionRow>()

const columns = [
  helper.accessor('code', {
    header: 'Casus',
    cell: (info) => <a href={hrefFor(caseRoutes.case(info.row.original.caseId))}>{info.getValue()}</a>,
  }),
  helper.accessor('alias', { header: 'Alias' }),
  helper.accessor((row) => row.phase.name, { id: 'phase', header: 'Fase' }),
  helper.accessor('retentionUntil', {
    header: 'Bewaartermijn tot',
    cell: (info) => shortDate(info.getValue()),
  }),
  helper.accessor('extensions', {
    header: 'Verlengingen',
    meta: { numeric: true },
    cell: (info) =>
      info.getValue() >= 2 ? (
        <strong className="retention retention--expired">{info.getValue()}</strong>
      ) : (
        info.getValue()
      ),
  }),
]

/** Cases by their retention date; the code links to the case. */
export function RetentionTable({ rows, labelledBy }: { rows: RetentionRow[]; labelledBy: string }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'retentionUntil', desc: false }])
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
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
