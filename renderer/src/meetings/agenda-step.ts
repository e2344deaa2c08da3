import type { AgendaItem } from '../../../shared/contract/agenda.contract'

/**
 * Where moving an item `delta` places among its siblings takes it, on the
 * agenda as it is now; null when the item is gone or the move would leave the
 * list (or not move at all), so nothing is sent.
 */
export function stepTarget<T extends Pick<AgendaItem, 'id' | 'parentId' | 'position'>>(
  items: readonly T[],
  itemId: string,
  delta: number,
): { item: T; position: number } | null {
  const item = items.find((other) => other.id === itemId)
  if (!item) return null
  const siblings = items.filter((other) => other.parentId === item.parentId).length
  const position = item.position + delta
  if (position < 1 || position > siblings || position === item.position) return null
  return { item, position }
}
