import type { ReferenceRow } from '../../../../shared/domain/reference'
import type { SelectOption } from '../../components/select-field'
import type { DisplayContext } from './reference-config'

type District = ReferenceRow<'district'>

const NO_DISTRICT = 'Geen district'

const districtLabel = (district: District): string =>
  `${district.code} – ${district.name}${district.archived ? ' (gearchiveerd)' : ''}`

/** Tables show district names, not ids; archived districts still resolve because old rows point at them. */
export function districtContext(districts: readonly District[] | null): DisplayContext {
  const byId = new Map((districts ?? []).map((district) => [district.id, district]))
  return {
    districtName(id) {
      if (id === null) return NO_DISTRICT
      const district = byId.get(id)
      return district ? districtLabel(district) : 'Onbekend district'
    },
  }
}

/** Active districts to choose from, plus the current one if it has been archived since. */
export function districtOptions(districts: readonly District[] | null, currentId: string): SelectOption[] {
  const choosable = (districts ?? []).filter((district) => !district.archived || district.id === currentId)
  return [
    { value: '', label: NO_DISTRICT },
    ...choosable.map((district) => ({ value: district.id, label: districtLabel(district) })),
  ]
}
