import { useId, useRef, useState } from 'react'
import type { EnforcementIssue } from '../../../../shared/contract/enforcement-issue.contract'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { useVaultQuery } from '../../api/use-vault-query'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { FormAlert } from '../../components/form-alert'
import { ModalDialog } from '../../components/modal-dialog'
import { SelectField } from '../../components/select-field'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { announce } from '../../stores/announcer-store'
import { REGIONAL } from './enforcement-issue-draft'
import { EnforcementIssueForm } from './enforcement-issue-form'
import { EnforcementIssueTable } from './enforcement-issue-table'

const ALL = 'alle'
const REGIONAL_FILTER = 'regionaal'

/**
 * The handhavingsknelpunten (HHK) of the region and its districts: the
 * Stuurgroep designates them, an OMT adopts their plan of approach. Their
 * dates are what the district report shows as progress.
 */
export function EnforcementIssueSection({ focusHeading }: { focusHeading: boolean }) {
  const headingId = useId()
  const countId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)
  const list = useVaultQuery('enforcement-issue:list', {})
  const districts = useVaultQuery('reference:list', { kind: 'district', includeArchived: true })
  const remove = useVaultMutation('enforcement-issue:delete')
  const [filter, setFilter] = useState(ALL)
  const [editing, setEditing] = useState<{ issue: EnforcementIssue | null } | null>(null)
  const [deleting, setDeleting] = useState<EnforcementIssue | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)

  const districtRows = districts.data?.rows ?? null
  const all = list.data?.rows ?? null
  const shown = (all ?? []).filter((issue) =>
    filter === ALL ? true : filter === REGIONAL_FILTER ? issue.district === null : issue.district?.id === filter,
  )
  const filterOptions = [
    { value: ALL, label: 'Alle districten en regionaal' },
    { value: REGIONAL_FILTER, label: REGIONAL },
    ...(districtRows ?? [])
      .filter((district) => !district.archived || all?.some((issue) => issue.district?.id === district.id))
      .map((district) => ({ value: district.id, label: `${district.code} – ${district.name}` })),
  ]
  const defaultDistrictId = filter === ALL || filter === REGIONAL_FILTER ? '' : filter

  const confirmDelete = (issue: EnforcementIssue) => {
    setActionError(null)
    remove
      .run({ id: issue.id })
      .then(() => list.refetch())
      .then(() => {
        announce(`Handhavingsknelpunt “${issue.name}” is verwijderd.`)
        // The row and its button are gone: give focus a stable place to land.
        headingRef.current?.focus()
      })
      .catch((error: unknown) => setActionError(messageOf(error)))
  }

  const count = filter === ALL ? `${String(shown.length)}` : `${String(shown.length)} van ${String(all?.length ?? 0)}`

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        Handhavingsknelpunten
      </h2>
      <p className="section-intro">
        De knelpunten die de Stuurgroep aanwees, per district of voor de hele regio. De voortgang volgt uit de datums:
        aangewezen, plan van aanpak vastgesteld in de OMT, afgerond. De voortgangsrapportage toont ze zo.
      </p>
      <div className="toolbar">
        <div className="toolbar__filter">
          <SelectField
            label="Tonen voor"
            value={filter}
            options={filterOptions}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="button button--primary toolbar__add"
          disabled={!districtRows}
          onClick={() => setEditing({ issue: null })}
        >
          Knelpunt toevoegen
        </button>
      </div>
      <FormAlert message={actionError ?? list.error ?? districts.error} />
      {all && districtRows ? (
        <>
          <p id={countId} className="table-count" role="status">
            {count} {shown.length === 1 && filter === ALL ? 'handhavingsknelpunt' : 'handhavingsknelpunten'}
          </p>
          <EnforcementIssueTable
            issues={shown}
            labelledBy={headingId}
            describedBy={countId}
            onEdit={(issue) => setEditing({ issue })}
            onDelete={setDeleting}
          />
        </>
      ) : (
        <p className="muted" aria-busy="true">
          De handhavingsknelpunten worden geladen…
        </p>
      )}
      {editing && districtRows ? (
        <ModalDialog
          title={editing.issue ? 'Handhavingsknelpunt wijzigen' : 'Handhavingsknelpunt toevoegen'}
          onClose={() => setEditing(null)}
        >
          {(close) => (
            <EnforcementIssueForm
              issue={editing.issue}
              defaultDistrictId={defaultDistrictId}
              districts={districtRows}
              onCancel={close}
              onSaved={(saved) => {
                close()
                void list.refetch()
                announce(
                  editing.issue
                    ? `De wijzigingen in “${saved.name}” zijn opgeslagen.`
                    : `Handhavingsknelpunt “${saved.name}” is toegevoegd.`,
                )
              }}
            />
          )}
        </ModalDialog>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Handhavingsknelpunt verwijderen"
          confirmLabel="Verwijderen"
          onConfirm={() => confirmDelete(deleting)}
          onClose={() => setDeleting(null)}
        >
          <p>
            “{deleting.name}” verdwijnt uit het register en uit de voortgangsrapportage. Doe dit alleen voor een
            knelpunt dat per vergissing is vastgelegd.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
