import { type AgendaItemType, agendaItemTypes } from '../../shared/domain/agenda'

/** The default agenda's order: where a section belongs among the others. */
const rank = (type: AgendaItemType) => (type === 'overig' ? -1 : agendaItemTypes.indexOf(type))

/**
 * Where a missing section goes among the top-level items (given in order):
 * before the first standard section that comes after it in the default agenda,
 * so "Voorstellen afsluiting" lands between "Voortgang" and "Rondvraag".
 */
export function sectionInsertIndex(topTypes: readonly AgendaItemType[], type: AgendaItemType): number {
  const own = rank(type)
  const index = topTypes.findIndex((other) => rank(other) > own && own >= 0)
  return index === -1 ? topTypes.length : index
}
