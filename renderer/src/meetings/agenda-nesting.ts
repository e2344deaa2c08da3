import type { AgendaItem } from '../../../shared/contract/agenda.contract'

type Slot = Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'number' | 'title'>

export type NestDirection = 'in' | 'out'

/** Where an item goes when it moves a level: the section it lands in (null: top level), or why it cannot. */
export type NestTarget = { parentId: string | null; position: number; section: Slot | null } | { refusal: string }

/**
 * "In" puts a top-level item last under the top-level item above it; "out"
 * puts a sub-item right after its section. Refusals are said here, before a
 * round trip, in the words the secretary needs to fix it.
 */
export function nestTarget(items: readonly Slot[], item: Slot, direction: NestDirection): NestTarget {
  if (direction === 'out') {
    const section = items.find((other) => other.id === item.parentId)
    if (!section) return { refusal: `Agendapunt ${item.number} staat al op het hoogste niveau.` }
    return { parentId: null, position: section.position + 1, section: null }
  }
  if (item.parentId !== null)
    return { refusal: `Agendapunt ${item.number} is al een subpunt; dieper dan twee niveaus gaat niet.` }
  if (items.some((other) => other.parentId === item.id)) {
    return {
      refusal: `Agendapunt ${item.number} heeft zelf subpunten en kan daarom niet onder een ander punt. Verplaats eerst de subpunten.`,
    }
  }
  const above = items
    .filter((other) => other.parentId === null && other.position < item.position)
    .reduce<Slot | undefined>((best, other) => (best && best.position > other.position ? best : other), undefined)
  if (!above) return { refusal: `Boven agendapunt ${item.number} staat geen punt om het onder te plaatsen.` }
  const children = items.filter((other) => other.parentId === above.id).length
  return { parentId: above.id, position: children + 1, section: above }
}

/**
 * Where a dragged item lands when dropped on another: on a sub-item it takes
 * that sub-item's place (in whichever section); on a top-level item a
 * sub-item goes last into that section, and a top-level item takes its place.
 * Null when the drop changes nothing.
 */
export function dropTarget(items: readonly Slot[], item: Slot, target: Slot): NestTarget | null {
  if (item.id === target.id) return null
  const intoSection = target.parentId === null && item.parentId !== null
  const parentId = intoSection ? target.id : target.parentId
  if (parentId !== null && items.some((other) => other.parentId === item.id)) {
    return {
      refusal: `Agendapunt ${item.number} heeft zelf subpunten en kan daarom niet onder een ander punt. Verplaats eerst de subpunten.`,
    }
  }
  const section = parentId === null ? null : (items.find((other) => other.id === parentId) ?? null)
  if (!intoSection)
    return item.parentId === parentId && item.position === target.position
      ? null
      : { parentId, position: target.position, section }
  const others = items.filter((other) => other.parentId === parentId && other.id !== item.id).length
  return item.parentId === parentId && item.position === others + 1 ? null : { parentId, position: others + 1, section }
}
