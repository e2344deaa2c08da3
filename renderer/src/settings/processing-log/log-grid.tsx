import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { LogRow } from '../../../../shared/contract/processing-log.contract'
import { cx } from '../../lib/class-names'
import { cellTitle, logColumns } from './log-columns'

/** The rows' height in CSS (2.5rem), in pixels at the user's own text size. */
function rowHeightPx(): number {
  return 2.5 * (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16)
}

interface LogGridProps {
  rows: LogRow[]
  /** More pages follow: the grid shows a loading row at the end and asks for them when it comes into view. */
  more: boolean
  loading: boolean
  /** Changes with the filters: the grid then starts at the top again. */
  queryKey: string
  loadMore: () => void
  labelledBy: string
  describedBy: string
  empty: ReactNode
}

/**
 * The log as an ARIA grid over any number of entries: only the rows in view
 * are in the DOM, the next page is asked for as the end comes near, one row
 * is in the tab order and the arrow keys, Page Up/Down and Home/End move
 * between the loaded rows.
 */
export function LogGrid({ rows, more, loading, queryKey, loadMore, labelledBy, describedBy, empty }: LogGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLTableSectionElement>(null)
  const [rowHeight] = useState(rowHeightPx)
  const [headerHeight, setHeaderHeight] = useState(rowHeight)
  const [active, setActive] = useState(0)
  const pendingFocus = useRef<number | null>(null)
  const count = rows.length + (more ? 1 : 0)

  const [seenKey, setSeenKey] = useState(queryKey)
  if (seenKey !== queryKey) {
    setSeenKey(queryKey)
    setActive(0)
  }

  // The virtualizer and table APIs return fresh functions each render by design; the compiler rule does not apply to them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]

  const windowRows = useMemo(() => items.flatMap((item) => rows[item.index] ?? []), [items, rows])
  const table = useReactTable({ data: windowRows, columns: logColumns, getCoreRowModel: getCoreRowModel() })
  const tableRows = table.getRowModel().rows
  const columnCount = logColumns.length

  useLayoutEffect(() => {
    const head = headRef.current
    if (!head) return
    const observer = new ResizeObserver(() => setHeaderHeight(head.offsetHeight))
    observer.observe(head)
    return () => observer.disconnect()
  }, [])

  // The next page is asked for while the reader is still a screenful from the end.
  useEffect(() => {
    if (more && last && last.index >= rows.length - 30) loadMore()
  }, [last?.index, rows.length, more, loadMore]) // eslint-disable-line react-hooks/exhaustive-deps

  const lastKey = useRef(queryKey)
  useEffect(() => {
    if (lastKey.current === queryKey) return
    lastKey.current = queryKey
    virtualizer.scrollToOffset(0)
  }, [queryKey, virtualizer])

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
    const next = Math.max(0, Math.min(rows.length - 1, index))
    setActive(next)
    pendingFocus.current = next
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (rows.length === 0 || event.altKey || event.metaKey || event.ctrlKey) return
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
      End: () => rows.length - 1,
    }
    const move = moves[event.key]
    if (move) {
      event.preventDefault()
      moveTo(move())
    }
  }

  const tabStop = items.some((item) => item.index === active && item.index < rows.length)
    ? active
    : (first?.index ?? -1)
  const before = first ? first.start - headerHeight : 0
  const after = last ? virtualizer.getTotalSize() - last.end : 0

  return (
    <div ref={scrollRef} className="log-grid__scroll">
      <table
        role="grid"
        className="data-table log-grid"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-rowcount={more ? -1 : rows.length + 1}
        aria-busy={loading || undefined}
        aria-readonly="true"
      >
        <thead ref={headRef}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={header.column.columnDef.meta?.className}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 ? (
            <tr aria-hidden="true" className="log-grid__spacer">
              <td colSpan={columnCount} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item, position) => {
            const row = item.index < rows.length ? tableRows[position] : undefined
            const entry = rows[item.index]
            return (
              <tr
                key={item.index}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={row && item.index === tabStop ? 0 : -1}
                className={cx('log-grid__row', !row && 'is-loading')}
                onFocus={() => {
                  if (row) setActive(item.index)
                }}
              >
                {row && entry ? (
                  row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={cell.column.columnDef.meta?.className}
                      title={cellTitle(cell.column.id, entry)}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))
                ) : (
                  <td colSpan={columnCount} className="log-grid__loading">
                    Meer regels laden…
                  </td>
                )}
              </tr>
            )
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="log-grid__spacer">
              <td colSpan={columnCount} style={{ height: after }} />
            </tr>
          ) : null}
          {count === 0 && !loading ? (
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
