import { type Header, flexRender } from '@tanstack/react-table'
import { cx } from '../lib/class-names'

const ariaSort = { asc: 'ascending', desc: 'descending' } as const

/**
 * A real button inside the th, so sorting works with Enter and Space, and
 * aria-sort on the th so screen readers say how the column is ordered.
 */
export function SortableHeader<Row>({
  header,
  className,
}: {
  header: Header<Row, unknown>
  className?: string | undefined
}) {
  const column = header.column
  const content = flexRender(column.columnDef.header, header.getContext())
  const numeric = column.columnDef.meta?.numeric ?? false
  const fit = column.columnDef.meta?.fit ?? false
  if (!column.getCanSort() || header.isPlaceholder) {
    return (
      <th scope="col" className={cx(numeric && 'cell--numeric', column.id === 'actions' && 'cell--actions', className)}>
        {content}
      </th>
    )
  }
  const sorted = column.getIsSorted()
  return (
    <th
      scope="col"
      aria-sort={sorted ? ariaSort[sorted] : undefined}
      className={cx(numeric && 'cell--numeric', fit && 'cell--fit', className)}
    >
      <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
        {content}
        <span className={cx('sort-button__icon', sorted && 'is-active')} aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}
