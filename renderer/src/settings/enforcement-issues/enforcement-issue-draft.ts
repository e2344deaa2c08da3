import type { EnforcementIssue } from '../../../../shared/contract/enforcement-issue.contract'
import type { Input } from '../../../../shared/contract/index'
import type { ReferenceRow } from '../../../../shared/domain/reference'
import type { SelectOption } from '../../components/select-field'

/** The HHK form while it is filled in: every control's own value, as typed. */
export interface EnforcementIssueDraft {
  districtId: string
  name: string
  designatedOn: string
  planAdoptedOn: string
  finishedOn: string
}

export const blankIssue = (districtId: string): EnforcementIssueDraft => ({
  districtId,
  name: '',
  designatedOn: '',
  planAdoptedOn: '',
  finishedOn: '',
})

export const draftOfIssue = (issue: EnforcementIssue): EnforcementIssueDraft => ({
  districtId: issue.district?.id ?? '',
  name: issue.name,
  designatedOn: issue.designatedOn,
  planAdoptedOn: issue.planAdoptedOn ?? '',
  finishedOn: issue.finishedOn ?? '',
})

/** Empty later dates have not happened yet; an empty designation goes as it is, so the vault asks for it. */
export const issueValues = (draft: EnforcementIssueDraft): Input<'enforcement-issue:create'> => ({
  districtId: draft.districtId || null,
  name: draft.name,
  designatedOn: draft.designatedOn,
  planAdoptedOn: draft.planAdoptedOn || null,
  finishedOn: draft.finishedOn || null,
})

export const REGIONAL = 'Regionaal (hele regio)'

/** Active districts to choose from, plus the HHK's own if it was archived since. */
export function districtChoices(districts: readonly ReferenceRow<'district'>[], currentId: string): SelectOption[] {
  return [
    { value: '', label: REGIONAL },
    ...districts
      .filter((district) => !district.archived || district.id === currentId)
      .map((district) => ({
        value: district.id,
        label: `${district.code} – ${district.name}${district.archived ? ' (gearchiveerd)' : ''}`,
      })),
  ]
}
