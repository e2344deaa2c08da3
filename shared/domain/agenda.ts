import { fromMinutes, toMinutes } from './meeting'

/** The item types of the default OMT agenda (domain.md), plus "overig" for anything else. */
export const agendaItemTypes = [
  'opening',
  'verslag',
  'actielijst',
  'signalen',
  'start-casus',
  'voortgang',
  'subjecten',
  'afsluiting',
  'handhavingsknelpunten',
  'rondvraag',
  'overig',
] as const
export type AgendaItemType = (typeof agendaItemTypes)[number]

export const agendaItemTypeLabels: Record<AgendaItemType, string> = {
  opening: 'Opening en mededelingen',
  verslag: 'Vaststellen verslag en besluitenlijst vorige vergadering',
  actielijst: 'Actielijst',
  signalen: 'Nieuwe signalen',
  'start-casus': 'Voorstellen start casus',
  voortgang: 'Voortgang lopende casussen',
  subjecten: 'Wijziging subjecten/objecten',
  afsluiting: 'Voorstellen afsluiting',
  handhavingsknelpunten: 'Handhavingsknelpunten',
  rondvraag: 'Rondvraag en sluiting',
  overig: 'Overig',
}

/** "aangehouden" items return on the next meeting's agenda, marked as carried over. */
export const agendaItemStatuses = ['gepland', 'besproken', 'aangehouden', 'vervallen'] as const
export type AgendaItemStatus = (typeof agendaItemStatuses)[number]

export const agendaItemStatusLabels: Record<AgendaItemStatus, string> = {
  gepland: 'Gepland',
  besproken: 'Besproken',
  aangehouden: 'Aangehouden',
  vervallen: 'Vervallen',
}

export interface TemplateItem {
  title: string
  type: AgendaItemType
  durationMinutes: number
  confidential: boolean
}

/** The default agenda of domain.md; durations are a starting point the secretary adjusts. */
export const DEFAULT_AGENDA_TEMPLATE: readonly TemplateItem[] = [
  { type: 'opening', durationMinutes: 5, confidential: false },
  { type: 'verslag', durationMinutes: 5, confidential: false },
  { type: 'actielijst', durationMinutes: 10, confidential: false },
  { type: 'signalen', durationMinutes: 20, confidential: true },
  { type: 'start-casus', durationMinutes: 20, confidential: true },
  { type: 'voortgang', durationMinutes: 40, confidential: true },
  { type: 'subjecten', durationMinutes: 10, confidential: true },
  { type: 'afsluiting', durationMinutes: 10, confidential: true },
  { type: 'handhavingsknelpunten', durationMinutes: 15, confidential: false },
  { type: 'rondvraag', durationMinutes: 5, confidential: false },
].map((item) => ({
  ...item,
  type: item.type as AgendaItemType,
  title: agendaItemTypeLabels[item.type as AgendaItemType],
}))

/** Items deeper than a section's sub-items make numbering like 2.1.3 that no OMT uses. */
export const MAX_AGENDA_DEPTH = 2
export const MAX_DURATION_MINUTES = 600

export interface AgendaNode {
  id: string
  parentId: string | null
  position: number
  durationMinutes: number
}

export interface AgendaSlot {
  id: string
  /** "2", "2.1", with the meeting's prefix in front: "A2.1". */
  number: string
  depth: 1 | 2
  startTime: string
  endTime: string
}

/**
 * Numbers and planned times of an agenda, in reading order. A section is
 * discussed before its sub-items: its own duration comes first, then theirs.
 * Positions need not be dense; only their order counts.
 */
export function layoutAgenda(
  items: readonly AgendaNode[],
  options: { prefix: string; startTime: string },
): { slots: AgendaSlot[]; plannedEnd: string } {
  const children = new Map<string | null, AgendaNode[]>()
  for (const item of items) {
    const list = children.get(item.parentId) ?? []
    list.push(item)
    children.set(item.parentId, list)
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
  const slots: AgendaSlot[] = []
  let clock = toMinutes(options.startTime)
  const place = (item: AgendaNode, number: string, depth: 1 | 2) => {
    const start = clock
    clock += item.durationMinutes
    slots.push({
      id: item.id,
      number: `${options.prefix}${number}`,
      depth,
      startTime: fromMinutes(start),
      endTime: fromMinutes(clock),
    })
  }
  ;(children.get(null) ?? []).forEach((top, index) => {
    const number = String(index + 1)
    place(top, number, 1)
    ;(children.get(top.id) ?? []).forEach((child, childIndex) => place(child, `${number}.${String(childIndex + 1)}`, 2))
  })
  return { slots, plannedEnd: fromMinutes(clock) }
}
