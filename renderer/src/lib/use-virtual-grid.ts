import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react'

/** A row height given in rem, in pixels at the user's own text size. */
function remToPx(rem: number): number {
  return rem * (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16)
}

interface VirtualGridOptions {
  /** Rows the keyboard can reach. */
  rows: number
  /** Rows the scroll area makes room for: `rows`, or one more for a loading row at the end. */
  virtualRows: number
  rowHeightRem: number
  /** Changes with every new filter or sort: the grid then starts at the top again. */
  queryKey: string
  initialActive?: number
  initialOffset?: number
  /** Focus the active row once it is rendered (back from a record the user opened). */
  focusActiveOnMount?: boolean
}

/**
 * What an ARIA grid over many rows needs beside its table: only the rows in
 * view are rendered (under a sticky header inside the scroll area), one row
 * is the tab stop, and the arrow keys, Page Up/Down and Home/End move focus
 * between rows, scrolling them into view first. Shared by the case list and
 * the processing log.
 */
export function useVirtualGrid(options: VirtualGridOptions) {
  const { rows, virtualRows, queryKey } = options
  const scrollRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLTableSectionElement>(null)
  const [rowHeight] = useState(() => remToPx(options.rowHeightRem))
  const [headerHeight, setHeaderHeight] = useState(rowHeight)
  const [active, setActive] = useState(options.initialActive ?? 0)
  const pendingFocus = useRef<number | null>(options.focusActiveOnMount ? (options.initialActive ?? 0) : null)

  // A new query starts at the first row.
  const [seenKey, setSeenKey] = useState(queryKey)
  if (seenKey !== queryKey) {
    setSeenKey(queryKey)
    setActive(0)
  }

  // The virtualizer's API returns fresh functions each render by design; the compiler rule does not apply to it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtualRows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // The sticky header sits above the rows inside the scroll area.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    initialOffset: options.initialOffset ?? 0,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]

  useLayoutEffect(() => {
    const head = headRef.current
    if (!head) return
    const observer = new ResizeObserver(() => setHeaderHeight(head.offsetHeight))
    observer.observe(head)
    return () => observer.disconnect()
  }, [])

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
    const next = Math.max(0, Math.min(rows - 1, index))
    setActive(next)
    pendingFocus.current = next
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  /** Moves on a navigation key and answers true; leaves any other key to the grid. */
  const navigate = (event: KeyboardEvent<HTMLElement>): boolean => {
    if (rows === 0 || event.altKey || event.metaKey) return false
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
      End: () => rows - 1,
    }
    const move = moves[event.key]
    if (!move) return false
    event.preventDefault()
    moveTo(move())
    return true
  }

  // The active row is the grid's one tab stop; when it has scrolled out of the DOM, the first rendered row stands in.
  const tabStop = items.some((item) => item.index === active && item.index < rows) ? active : (first?.index ?? -1)
  return {
    scrollRef,
    headRef,
    virtualizer,
    items,
    first,
    last,
    active,
    setActive,
    navigate,
    tabStop,
    /** Spacer heights above and below the rendered rows. */
    before: first ? first.start - headerHeight : 0,
    after: last ? virtualizer.getTotalSize() - last.end : 0,
  }
}
