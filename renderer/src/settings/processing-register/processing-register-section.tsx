import { useId, useRef, useState } from 'react'
import type { ProcessingActivityId } from '../../../../shared/contract/processing'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormAlert } from '../../components/form-alert'
import { ModalDialog } from '../../components/modal-dialog'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { announce } from '../../stores/announcer-store'
import { ProcessingActivityForm } from './processing-activity-form'
import { ProcessingActivityHistory } from './processing-activity-history'
import { type RegisterActivity, ProcessingRegisterTable } from './processing-register-table'
import { RegisterExportButton } from './register-export-button'
import './processing-register.css'

/** `reloaded`: the edit form was opened again on the newest version after a conflict. */
type Open = { kind: 'edit' | 'history'; activity: RegisterActivity; reloaded?: boolean }

/**
 * Instellingen › Kluis › Verwerkingsregister: the register of processing
 * activities (AVG art. 30) the log's entries point to. Every change is a new
 * version; the privacy officer gets the current one as PDF.
 */
export function ProcessingRegisterSection({ focusHeading }: { focusHeading: boolean }) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)
  const list = useVaultQuery('processing-register:list', {})
  const [open, setOpen] = useState<Open | null>(null)
  const activities = list.data?.activities ?? null

  const reloadNewest = (id: string) => {
    void list.refetch().then((data) => {
      const newest = data?.activities.find((activity) => activity.id === id)
      if (newest) setOpen({ kind: 'edit', activity: newest, reloaded: true })
    })
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        Verwerkingsregister
      </h2>
      <p className="section-intro">
        Welke verwerkingen van persoonsgegevens de tafel doet, waarvoor en op welke grond (AVG artikel 30). Elke regel
        in het verwerkingenlog verwijst naar een van deze verwerkingen. Een wijziging wordt een nieuwe versie; eerdere
        versies blijven bewaard.
      </p>
      <RegisterExportButton />
      <FormAlert message={list.error} />
      {activities ? (
        <ProcessingRegisterTable
          activities={activities}
          labelledBy={headingId}
          onEdit={(activity) => setOpen({ kind: 'edit', activity })}
          onHistory={(activity) => setOpen({ kind: 'history', activity })}
        />
      ) : (
        <p className="muted" aria-busy="true">
          Het verwerkingsregister wordt geladen…
        </p>
      )}
      {open?.kind === 'edit' ? (
        <ModalDialog title={`Verwerking wijzigen: ${open.activity.name}`} onClose={() => setOpen(null)}>
          {(close) => (
            <ProcessingActivityForm
              // A new version in the form is a new form: its fields start from that version.
              key={open.activity.version}
              activity={open.activity}
              reloaded={open.reloaded ?? false}
              onReload={() => reloadNewest(open.activity.id)}
              onCancel={close}
              onConflict={() => void list.refetch()}
              onSaved={(saved) => {
                close()
                void list.refetch()
                announce(`Versie ${String(saved.version)} van “${saved.name}” is opgeslagen.`)
              }}
            />
          )}
        </ModalDialog>
      ) : null}
      {open?.kind === 'history' ? (
        <ModalDialog title={`Versies van ${open.activity.name}`} onClose={() => setOpen(null)}>
          {() => <ProcessingActivityHistory id={open.activity.id as ProcessingActivityId} />}
        </ModalDialog>
      ) : null}
    </section>
  )
}
