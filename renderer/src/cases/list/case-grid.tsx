import { flexRender, getCoreRowModel, type SortingState, type Updater, useReactTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { CaseListRow, CaseSortKey } from '../../../../shared/contract/case.contract'
import { SortableHeader } from '../../components/sortable-header'
import { cx } from '../../lib/class-names'
import { caseColumns, cellTitle } from './case-columns'
import type { CaseListSort } from './case-list-store'

/** The rows' height in CSS (2.75rem), in pixels at the user's own text size: every row is one line high. */
function rowHeightPx(): number {
  return 2.75 * (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16)
}

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
  const scrollRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLTableSectionElement>(null)
  const [rowHeight] = useState(rowHeightPx)
  const [headerHeight, setHeaderHeight] = useState(rowHeight)
  const [active, setActive] = useState(props.initialActive)
  const pendingFocus = useRef<number | null>(props.focusActiveOnMount ? props.initialActive : null)
  const count = total ?? 0

  // A new query starts at the first row.
  const [seenKey, setSeenKey] = useState(queryKey)
  if (seenKey !== queryKey) {
    setSeenKey(queryKey)
    setActive(0)
  }

  const sorting: SortingState = [{ id: sort.by, desc: sort.direction === 'desc' }]
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === 'function' ? updater(sorting) : updater)[0]
    if (next) onSort(next.id as CaseSortKey, next.desc ? 'desc' : 'asc')
  }
  // The virtualizer and table APIs return fresh functions each render by design; the compiler rule does not apply to them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // The sticky header sits above the rows inside the scroll area.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    initialOffset: props.initialOffset,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]

  // The table sees only the rows in view: its row model stays a few dozen rows, however long the list.
  const windowRows = useMemo(() => items.map((item) => rows[item.index] ?? null), [items, rows])
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

  useLayoutEffect(() => {
    const head = headRef.current
    if (!head) return
    const observer = new ResizeObserver(() => setHeaderHeight(head.offsetHeight))
    observer.observe(head)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (first && last) ensureRange(first.index, last.index)
  }, [first?.index, last?.index, ensureRange]) // eslint-disable-line react-hooks/exhaustive-deps

  const lastKey = useRef(queryKey)
  useEffect(() => {
    if (lastKey.current === queryKey) return
    lastKey.current = queryKey
    virtualizer.scrollToOffset(0)
  }, [queryKey, virtualizer])

  // Focus follows the active row once it is rendered (it may have to scroll into view first).
  useLayoutEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${String(index)}"]`)
    if (row) {
      row.focus({ preventScroll: true })
      pendingFocus.current = null
    }
  })

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index))
    setActive(next)
    pendingFocus.current = next
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }
  const open = (index: number) => {
    const row = rows[index]
    if (row) onOpen(row, index, scrollRef.current?.scrollTop ?? 0)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (count === 0 || event.altKey || event.metaKey) return
    const page = Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? rowHeight * 10) - headerHeight) / rowHeight) - 1,
    )
    const moves: Record<string, () => number> = {
      ArrowDown: () => active + 1,
      ArrowUp: () => active - 1,
      PageDown: () => active + page,
      PageUp: () => active - page,
      Home: () => 0,
      End: () => count - 1,
    }
    const move = moves[event.key]
    if (move) {
      event.preventDefault()
      moveTo(move())
    } else if (event.key === 'Enter' && !event.ctrlKey) {
      event.preventDefault()
      open(active)
    }
  }

  // The active row is the grid's one tab stop; when it has scrolled out of the DOM, the first rendered row stands in.
  const tabStop = items.some((item) => item.index === active) ? active : (first?.index ?? -1)
  const before = first ? first.start - headerHeight : 0
  const after = last ? virtualizer.getTotalSize() - last.end : 0
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
