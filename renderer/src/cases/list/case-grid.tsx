import { flexRender, getCoreRowModel, type SortingState, type Updater, useReactTable } from '@tanstack/react-table'
import { type KeyboardEvent, type ReactNode, useEffect, useMemo } from 'react'
import type { CaseListRow, CaseSortKey } from '../../../../shared/contract/case.contract'
import { SortableHeader } from '../../components/sortable-header'
import { cx } from '../../lib/class-names'
import { useVirtualGrid } from '../../lib/use-virtual-grid'
import { caseColumns, cellTitle } from './case-columns'
import type { CaseListSort } from './case-list-store'

interface CaseGridProps {
  rows: (CaseListRow | null)[]
  total: number | null
  loading: boolean
  /** Changes with every new filter or sort: the grid then starts at the top again. */
  queryKey: string
  sort: CaseListSort
  onSort: (by: CaseSortKey, direction: 'asc' | 'desc') => void
  ensureRange: (first: number, last: number) => void
  labelledBy: string
  describedBy: string
  initialOffset: number
  initialActive: number
  /** Back from a case: focus the row the user opened instead of the page heading. */
  focusActiveOnMount: boolean
  onOpen: (row: CaseListRow, index: number, scrollOffset: number) => void
  empty: ReactNode
}

/**
 * The case list as an ARIA grid over thousands of rows: only the rows in view
 * are in the DOM (aria-rowcount and aria-rowindex tell assistive technology
 * where they are), one row is in the tab order, arrow keys, Page Up/Down and
 * Home/End move between rows and Enter opens the case.
 */
export function CaseGrid(props: CaseGridProps) {
  const { rows, total, loading, queryKey, sort, onSort, ensureRange, labelledBy, describedBy, onOpen, empty } = props
  const count = total ?? 0
  // 2.75rem, the rows' height in CSS: every row is one line high.
  const grid = useVirtualGrid({
    rows: count,
    virtualRows: count,
    rowHeightRem: 2.75,
    queryKey,
    initialActive: props.initialActive,
    initialOffset: props.initialOffset,
    focusActiveOnMount: props.focusActiveOnMount,
  })
  const { scrollRef, headRef, items, first, last, active, setActive, tabStop, before, after } = grid

  const sorting: SortingState = [{ id: sort.by, desc: sort.direction === 'desc' }]
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === 'function' ? updater(sorting) : updater)[0]
    if (next) onSort(next.id as CaseSortKey, next.desc ? 'desc' : 'asc')
  }
  // The table sees only the rows in view: its row model stays a few dozen rows, however long the list.
  const windowRows = useMemo(() => items.map((item) => rows[item.index] ?? null), [items, rows])
  // The table API returns fresh functions each render by design; the compiler rule does not apply to it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: windowRows,
    columns: caseColumns,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
  })
  const tableRows = table.getRowModel().rows
  const columnCount = table.getVisibleLeafColumns().length

  useEffect(() => {
    if (first && last) ensureRange(first.index, last.index)
  }, [first?.index, last?.index, ensureRange]) // eslint-disable-line react-hooks/exhaustive-deps

  const open = (index: number) => {
    const row = rows[index]
    if (row) onOpen(row, index, scrollRef.current?.scrollTop ?? 0)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (grid.navigate(event)) return
    if (event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.metaKey && count > 0) {
      event.preventDefault()
      open(active)
    }
  }

  const virtual = count > 0

  return (
    <div ref={scrollRef} className="case-grid__scroll">
      <table
        role="grid"
        className="data-table case-grid"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-rowcount={virtual ? count + 1 : undefined}
        aria-busy={loading || undefined}
        aria-readonly="true"
      >
        <thead ref={headRef}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} className={header.column.columnDef.meta?.className} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 ? (
            <tr aria-hidden="true" className="case-grid__spacer">
              <td colSpan={columnCount} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item, position) => {
            const row = windowRows[position] ?? null
            return (
              <tr
                key={item.index}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === tabStop ? 0 : -1}
                className={cx('case-grid__row', !row && 'is-loading')}
                onFocus={() => setActive(item.index)}
                onClick={(event) => {
                  // Let the code link do its own work (a new window with a modifier).
                  if (!(event.target instanceof Element && event.target.closest('a'))) open(item.index)
                }}
              >
                {row ? (
                  tableRows[position]?.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={cell.column.columnDef.meta?.className}
                      title={cellTitle(cell.column.id, row)}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))
                ) : (
                  <td colSpan={columnCount} className="case-grid__loading">
                    Laden…
                  </td>
                )}
              </tr>
            )
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="case-grid__spacer">
              <td colSpan={columnCount} style={{ height: after }} />
            </tr>
          ) : null}
          {total === 0 ? (
            <tr>
              <td className="cell--empty" colSpan={columnCount}>
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
