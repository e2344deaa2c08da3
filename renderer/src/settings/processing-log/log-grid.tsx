import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { type KeyboardEvent, type ReactNode, useEffect, useMemo } from 'react'
import type { LogRow } from '../../../../shared/contract/processing-log.contract'
import { cx } from '../../lib/class-names'
import { useVirtualGrid } from '../../lib/use-virtual-grid'
import { cellTitle, logColumns } from './log-columns'

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
  const count = rows.length + (more ? 1 : 0)
  // 2.5rem: the rows' height in processing-log.css.
  const grid = useVirtualGrid({ rows: rows.length, virtualRows: count, rowHeightRem: 2.5, queryKey })
  const { scrollRef, headRef, items, last, tabStop, before, after, setActive } = grid

  const windowRows = useMemo(() => items.flatMap((item) => rows[item.index] ?? []), [items, rows])
  // The table API returns fresh functions each render by design; the compiler rule does not apply to it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: windowRows, columns: logColumns, getCoreRowModel: getCoreRowModel() })
  const tableRows = table.getRowModel().rows
  const columnCount = logColumns.length

  // The next page is asked for while the reader is still a screenful from the end.
  useEffect(() => {
    if (more && last && last.index >= rows.length - 30) loadMore()
  }, [last?.index, rows.length, more, loadMore]) // eslint-disable-line react-hooks/exhaustive-deps

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!event.ctrlKey) grid.navigate(event)
  }

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
