import { type FormEvent, useId, useState } from 'react'
import { todayIso } from '../../../shared/domain/iso-date'
import { ADOPTABLE } from '../../../shared/domain/meeting'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { ModalDialog } from '../components/modal-dialog'
import { SubmitButton } from '../components/submit-button'
import { TextareaField } from '../components/textarea-field'
import { longDate } from '../lib/dates'
import { announce } from '../stores/announcer-store'
import { hrefFor } from '../stores/route-store'
import type { MeetingSession } from './meeting-session'
import { tracked } from './save-status'

/** The minutes: adopt them (confirmed in a dialog), then only errata; and the way to the export. */
export function MinutesPanel({ session }: { session: MeetingSession }) {
  const { meeting } = session
  const headingId = useId()
  const [confirming, setConfirming] = useState(false)
  const adopted = meeting.minutesStatus === 'vastgesteld'
  const focusHeading = () => window.requestAnimationFrame(() => document.getElementById(headingId)?.focus())

  return (
    <section aria-labelledby={headingId} className="meetings-section">
      <h2 id={headingId} className="section-title" tabIndex={-1}>
        Verslag
      </h2>
      {adopted ? (
        <p>
          Het verslag is <strong>vastgesteld</strong>
          {meeting.minutesAdoptedOn ? ` op ${longDate(meeting.minutesAdoptedOn)}` : ''}. Het is alleen-lezen; leg
          wijzigingen vast als erratum.
        </p>
      ) : ADOPTABLE.includes(meeting.status) ? (
        <p>
          Het verslag is nog concept.{' '}
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            Verslag vaststellen
          </button>
        </p>
      ) : (
        <p>Het verslag is nog concept. U kunt het vaststellen zodra de vergadering de status ‘Gehouden’ heeft.</p>
      )}
      <p>
        <a href={hrefFor(`exporteren/${meeting.id}`)}>Verslag en besluitenlijst exporteren</a>
      </p>
      {adopted ? <Errata session={session} /> : null}
      {confirming ? (
        <ModalDialog title="Verslag vaststellen" onClose={() => setConfirming(false)}>
          {(close) => (
            <AdoptForm
              session={session}
              onCancel={close}
              onAdopted={async () => {
                close()
                await session.reload()
                announce('Het verslag is vastgesteld. Wijzigingen gaan voortaan als erratum.')
                focusHeading()
              }}
            />
          )}
        </ModalDialog>
      ) : null}
    </section>
  )
}

function AdoptForm({
  session,
  onCancel,
  onAdopted,
}: {
  session: MeetingSession
  onCancel: () => void
  onAdopted: () => Promise<void>
}) {
  const meetingAdoptMinutes = useVaultMutation('meeting:adopt-minutes')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    tracked(meetingAdoptMinutes.run({ id: session.meeting.id, adoptedOn: todayIso(), confirm: true }))
      .then(onAdopted)
      .catch((failure: unknown) => {
        setError(messageOf(failure))
        setBusy(false)
      })
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert message={error} />
      <p>Na vaststellen is het verslag alleen-lezen; latere wijzigingen gaan als erratum.</p>
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met vaststellen…">
          Verslag vaststellen
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel} data-autofocus>
          Annuleren
        </button>
      </div>
    </form>
  )
}

function Errata({ session }: { session: MeetingSession }) {
  const meetingAddErratum = useVaultMutation('meeting:add-erratum')
  const { meeting } = session
  const headingId = useId()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>(undefined)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    tracked(meetingAddErratum.run({ meetingId: meeting.id, values: { text, date: todayIso() } }))
      .then(async (erratum) => {
        setText('')
        setError(undefined)
        await session.reload()
        announce(`Erratum ${String(erratum.seq)} is toegevoegd.`)
      })
      .catch((failure: unknown) => setError(messageOf(failure)))
      .finally(() => setBusy(false))
  }
  return (
    <>
      <h3 id={headingId}>Errata</h3>
      {meeting.errata.length === 0 ? (
        <p>Er zijn nog geen errata.</p>
      ) : (
        <ol aria-labelledby={headingId}>
          {meeting.errata.map((erratum) => (
            <li key={erratum.id}>
              {longDate(erratum.date)}: {erratum.text}
            </li>
          ))}
        </ol>
      )}
      <form className="form" onSubmit={submit} noValidate aria-label="Erratum toevoegen">
        <TextareaField
          label="Tekst van het erratum"
          value={text}
          error={error}
          rows={3}
          onChange={(event) => setText(event.target.value)}
        />
        <FormActions busy={busy} busyLabel="Bezig met toevoegen…">
          Erratum toevoegen
        </FormActions>
      </form>
    </>
  )
}
