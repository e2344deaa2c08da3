import {
  type ColumnDef,
  type FilterFn,
  type SortingFn,
  type SortingState,
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
} from '@tanstack/react-table'
import { useMemo, useState } from 'react'
import { SortableHeader } from '../../components/sortable-header'
import { cx } from '../../lib/class-names'
import { type AnyKindConfig, type DisplayContext, isExtensible } from './reference-config'
import { dutchCollator, fold } from './text-match'
import type { AnyRow } from './use-reference-list'

interface ReferenceTableProps {
  config: AnyKindConfig
  rows: AnyRow[]
  context: DisplayContext
  filter: string
  showArchived: boolean
  labelledBy: string
  countId: string
  onEdit: (row: AnyRow) => void
  onToggleArchived: (row: AnyRow) => void
}

const helper = createColumnHelper<AnyRow>()

const dutchSort: SortingFn<AnyRow> = (a, b, id) => dutchCollator.compare(String(a.getValue(id)), String(b.getValue(id)))

const foldedIncludes: FilterFn<AnyRow> = (row, columnId, filterValue: string) =>
  fold(String(row.getValue(columnId))).includes(fold(filterValue.trim()))

export function ReferenceTable(props: ReferenceTableProps) {
  const { config, rows, context, filter, showArchived, labelledBy, countId, onEdit, onToggleArchived } = props
  const [sorting, setSorting] = useState<SortingState>([config.initialSort])

  const columns = useMemo(() => {
    const data: ColumnDef<AnyRow, string | number>[] = config.columns.map((spec) =>
      helper.accessor((row) => spec.value(row, context), {
        id: spec.id,
        header: spec.header,
        sortingFn: spec.numeric ? 'basic' : dutchSort,
        meta: {
          numeric: spec.numeric ?? false,
          mono: spec.mono ?? false,
          fit: spec.fit ?? spec.mono ?? spec.numeric ?? false,
        },
        cell: (cell) => (spec.render ? spec.render(cell.row.original, context) : cell.getValue()),
      }),
    )
    const status = helper.accessor((row) => (row.archived ? 'Gearchiveerd' : 'Actief'), {
      id: 'status',
      header: 'Status',
      sortingFn: dutchSort,
      meta: { fit: true },
      cell: (cell) => (
        <span className={cx('badge', cell.row.original.archived && 'badge--muted')}>{cell.getValue()}</span>
      ),
    })
    const actions = helper.display({
      id: 'actions',
      header: () => <span className="visually-hidden">Acties</span>,
      cell: ({ row }) => (
        <RowActions row={row.original} config={config} onEdit={onEdit} onToggleArchived={onToggleArchived} />
      ),
    })
    return [...data, status, actions] as ColumnDef<AnyRow, unknown>[]
  }, [config, context, onEdit, onToggleArchived])

  // The table caches each row's cell values until its data array changes; a new copy whenever the
  // display context changes (districts loaded or renamed) makes it recompute the district names.
  const data = useMemo(() => (context ? [...rows] : rows), [rows, context])

  // The table API returns fresh functions each render by design; the compiler rule does not apply to it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter: filter, columnVisibility: { status: showArchived } },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    globalFilterFn: foldedIncludes,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })

  const visible = table.getRowModel().rows
  const total = rows.length
  const count =
    filter.trim() === ''
      ? `${total} ${total === 1 ? config.noun.one : config.noun.many}`
      : `${visible.length} van ${total} ${total === 1 ? config.noun.one : config.noun.many} getoond`

  return (
    <>
      <p id={countId} className="table-count" role="status">
        {count}
      </p>
      <div className="table-wrap">
        <table className="data-table" aria-labelledby={labelledBy} aria-describedby={countId}>
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
            {visible.map((row) => (
              <tr key={row.id} className={cx(row.original.archived && 'is-archived')}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta
                  return (
                    <td
                      key={cell.id}
                      className={cx(
                        meta?.numeric && 'cell--numeric',
                        meta?.mono && 'cell--mono',
                        meta?.fit && 'cell--fit',
                        cell.column.id === 'actions' && 'cell--actions',
                      )}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  )
                })}
              </tr>
            ))}
            {visible.length === 0 ? (
              <tr>
                <td className="cell--empty" colSpan={table.getVisibleLeafColumns().length}>
                  {filter.trim() === ''
                    ? `Er zijn geen ${config.noun.many}.`
                    : `Geen ${config.noun.many} gevonden met “${filter.trim()}”.`}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  )
}

interface RowActionsProps {
  row: AnyRow
  config: AnyKindConfig
  onEdit: (row: AnyRow) => void
  onToggleArchived: (row: AnyRow) => void
}

/** The row's name is in each button's accessible name, so "Wijzigen" alone is never ambiguous. */
function RowActions({ row, config, onEdit, onToggleArchived }: RowActionsProps) {
  const name = config.label(row)
  return (
    <div className="row-actions">
      <button type="button" className="button button--secondary button--small" onClick={() => onEdit(row)}>
        Wijzigen<span className="visually-hidden"> {name}</span>
      </button>
      {isExtensible(config) ? (
        <button type="button" className="button button--quiet button--small" onClick={() => onToggleArchived(row)}>
          {row.archived ? 'Terugzetten' : 'Archiveren'}
          <span className="visually-hidden"> {name}</span>
        </button>
      ) : null}
    </div>
  )
}
