import { useCallback, useId, useMemo, useRef, useState } from 'react'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { useVaultQuery } from '../../api/use-vault-query'
import { CheckboxField } from '../../components/checkbox-field'
import { FormAlert } from '../../components/form-alert'
import { ModalDialog } from '../../components/modal-dialog'
import { TextField } from '../../components/text-field'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { announce } from '../../stores/announcer-store'
import { districtContext } from './district-context'
import { type AnyKindConfig, isExtensible } from './reference-config'
import { ReferenceForm } from './reference-form'
import { ReferenceTable } from './reference-table'
import { type AnyRow, useReferenceList } from './use-reference-list'

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1)

const usesDistricts = (config: AnyKindConfig): boolean =>
  config.fields.some((field) => field.type === 'select' && field.options === 'districts')

/** One kind of reference data: filter, archived toggle, add, and the sortable table. */
export function ReferenceSection({ config, focusHeading }: { config: AnyKindConfig; focusHeading: boolean }) {
  const { run: referenceArchive } = useVaultMutation('reference:archive')
  const headingId = useId()
  const countId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)

  const [filter, setFilter] = useState('')
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<{ row: AnyRow | null } | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)

  const list = useReferenceList(config.kind, showArchived)
  const needsDistricts = usesDistricts(config)
  const districts = useVaultQuery('reference:list', needsDistricts ? { kind: 'district', includeArchived: true } : null)
  const districtRows = districts.data?.rows ?? null
  const context = useMemo(() => districtContext(districtRows), [districtRows])

  const onEdit = useCallback((row: AnyRow) => setEditing({ row }), [])
  const { reload } = list
  const onToggleArchived = useCallback(
    (row: AnyRow) => {
      const name = config.label(row)
      const archive = !row.archived
      setActionError(null)
      referenceArchive({ kind: config.kind, id: row.id, archived: archive })
        .then(reload)
        .then(() => {
          if (!archive) return announce(`${name} is teruggezet.`)
          if (showArchived) return announce(`${name} is gearchiveerd.`)
          announce(`${name} is gearchiveerd. Zet “Toon gearchiveerd” aan om het terug te zien.`)
          // The row and its button are gone: give focus a stable place to land.
          headingRef.current?.focus()
        })
        .catch((error: unknown) => setActionError(messageOf(error)))
    },
    [config, reload, showArchived, referenceArchive],
  )

  const saved = (isNew: boolean, name: string) => {
    void reload()
    void districts.refetch()
    announce(
      isNew
        ? `${capitalise(config.noun.one)} “${name}” is toegevoegd.`
        : `De wijzigingen in “${name}” zijn opgeslagen.`,
    )
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        {config.title}
      </h2>
      <p className="section-intro">{config.intro}</p>
      <div className="toolbar">
        <TextField
          className="toolbar__filter"
          type="search"
          label={`Zoeken in ${config.noun.many}`}
          autoComplete="off"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        {isExtensible(config) ? (
          <CheckboxField
            className="toolbar__toggle"
            label="Toon gearchiveerd"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
        ) : null}
        {isExtensible(config) ? (
          <button
            type="button"
            className="button button--primary toolbar__add"
            onClick={() => setEditing({ row: null })}
          >
            {capitalise(config.noun.one)} toevoegen
          </button>
        ) : null}
      </div>
      <FormAlert message={actionError ?? list.error ?? districts.error} />
      {/* Wait for the districts too, or the table would first show ids it cannot name yet. */}
      {list.rows && (!needsDistricts || districtRows) ? (
        <ReferenceTable
          config={config}
          rows={list.rows}
          context={context}
          filter={filter}
          showArchived={showArchived}
          labelledBy={headingId}
          countId={countId}
          onEdit={onEdit}
          onToggleArchived={onToggleArchived}
        />
      ) : (
        <p className="muted" aria-busy="true">
          {capitalise(config.noun.many)} worden geladen…
        </p>
      )}
      {editing ? (
        <ModalDialog
          title={editing.row ? `${capitalise(config.noun.one)} wijzigen` : `${capitalise(config.noun.one)} toevoegen`}
          onClose={() => setEditing(null)}
        >
          {(close) => (
            <ReferenceForm
              config={config}
              row={editing.row}
              districts={districtRows}
              onCancel={close}
              onSaved={(values) => {
                close()
                const name = typeof values.name === 'string' ? values.name.trim() : ''
                saved(editing.row === null, name || (editing.row ? config.label(editing.row) : ''))
              }}
            />
          )}
        </ModalDialog>
      ) : null}
    </section>
  )
}
