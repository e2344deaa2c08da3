import { useId, useState } from 'react'
import type { MeetingDetail } from '../../../shared/contract/meeting.contract'
import { todayIso } from '../../../shared/domain/iso-date'
import { type MeetingStatus, meetingStatusLabels, meetingStatusTransitions } from '../../../shared/domain/meeting'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'
import { Breadcrumbs } from '../components/breadcrumbs'
import { PageHeading } from '../components/page-heading'
import { PageUnavailable, type Unavailable } from '../components/page-unavailable'
import { SelectField } from '../components/select-field'
import { longDate } from '../lib/dates'
import { announce } from '../stores/announcer-store'
import { useModePosition } from '../stores/meeting-mode-store'
import { hrefFor } from '../stores/route-store'
import { AddItemForm } from './add-item-form'
import { AgendaList } from './agenda-list'
import { AttendanceSection } from './attendance-section'
import { DecisionCandidates } from './decision-candidates'
import { MeetingActionList } from './meeting-action-list'
import { MeetingDetailsButton } from './meeting-details-dialog'
import { type MeetingSession, useMeetingSession } from './meeting-session'
import { MinutesPanel } from './minutes-panel'
import { SaveIndicator, tracked } from './save-status'

export const meetingTitle = (meeting: MeetingDetail): string => `${meeting.table.name}, ${longDate(meeting.date)}`

/** What the meeting screens show while the meeting is not there: a failed read is taken for a meeting that is gone. */
export const meetingUnavailable = (error: string | null): Unavailable =>
  error
    ? { state: 'failed', heading: 'Vergadering niet gevonden', message: error }
    : { state: 'loading', text: 'De vergadering wordt geladen…' }

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { session, error } = useMeetingSession(meetingId)
  if (!session) {
    return (
      <PageUnavailable
        view={meetingUnavailable(error)}
        crumbs={[{ label: 'Vergaderingen', path: 'vergaderingen' }, { label: 'Vergadering' }]}
      />
    )
  }
  return <MeetingScreen session={session} />
}

function MeetingScreen({ session }: { session: MeetingSession }) {
  const { meeting } = session
  const agendaId = useId()
  const title = meetingTitle(meeting)
  return (
    <div className="page">
      <Breadcrumbs crumbs={[{ label: 'Vergaderingen', path: 'vergaderingen' }, { label: title }]} />
      <div className="meeting-header">
        <PageHeading>{title}</PageHeading>
        <SaveIndicator />
      </div>
      <dl className="meeting-facts">
        <div>
          <dt>Tijd</dt>
          <dd>
            {meeting.startTime} – {meeting.plannedEnd} (gepland einde)
          </dd>
        </div>
        <div>
          <dt>Locatie</dt>
          <dd>{meeting.location || 'Geen locatie'}</dd>
        </div>
        <div>
          <dt>Voorzitter</dt>
          <dd>{meeting.chair ?? 'Niet ingevuld'}</dd>
        </div>
        <div>
          <dt>Secretaris</dt>
          <dd>{meeting.secretary ?? 'Niet ingevuld'}</dd>
        </div>
        <div>
          <dt>Voorvoegsel nummers</dt>
          <dd>{meeting.numberPrefix || 'Geen'}</dd>
        </div>
      </dl>
      <StatusField session={session} />
      <div className="meeting-actions">
        <a className="button button--primary" href={hrefFor(`vergaderingen/${meeting.id}/vergadermodus`)}>
          Vergadermodus
        </a>
        <MeetingModeResume session={session} />
        <MeetingDetailsButton session={session} />
      </div>
      <MinutesPanel session={session} />

      <section aria-labelledby={agendaId} className="meetings-section">
        <h2 id={agendaId} className="section-title">
          Agenda
        </h2>
        {meeting.items.length === 0 ? (
          <p>Deze agenda heeft nog geen agendapunten.</p>
        ) : (
          <AgendaList items={meeting.items} labelledBy={agendaId} session={session} />
        )}
        {session.editable ? (
          <AddItemForm
            session={session}
            onAdded={(id) => {
              window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus())
            }}
          />
        ) : (
          <p>Het verslag van deze vergadering is vastgesteld; de agenda kan niet meer veranderen.</p>
        )}
      </section>
      <MeetingActionList session={session} />
      <DecisionCandidates session={session} />
      <AttendanceSection session={session} />
    </div>
  )
}

/** The meeting's status, with only the steps the lifecycle allows; a refusal is shown at the field. */
function StatusField({ session }: { session: MeetingSession }) {
  const meetingSetStatus = useVaultMutation('meeting:set-status')
  const { meeting } = session
  const [error, setError] = useState<string | undefined>(undefined)
  const choices: MeetingStatus[] = [meeting.status, ...meetingStatusTransitions[meeting.status]]
  if (choices.length === 1) {
    return (
      <p>
        Status: <span className="badge">{meetingStatusLabels[meeting.status]}</span>
      </p>
    )
  }
  return (
    <div className="meeting-status">
      <SelectField
        label="Status"
        value={meeting.status}
        error={error}
        onChange={(event) => {
          const status = event.target.value as MeetingStatus
          tracked(meetingSetStatus.run({ id: meeting.id, status }))
            .then(async () => {
              setError(undefined)
              await session.reload()
              announce(`Status: ${meetingStatusLabels[status]}.`)
            })
            .catch((failure: unknown) => setError(messageOf(failure)))
        }}
        options={choices.map((status) => ({ value: status, label: meetingStatusLabels[status] }))}
      />
    </div>
  )
}

/**
 * Where meeting mode was left, so the secretary sees it picks up there; only on the day of the
 * meeting, as the clock does not run on other days and there is nothing to resume.
 */
function MeetingModeResume({ session }: { session: MeetingSession }) {
  return session.meeting.date === todayIso() ? <MeetingModeResumeLine session={session} /> : null
}

function MeetingModeResumeLine({ session }: { session: MeetingSession }) {
  const itemId = useModePosition(session.meeting.id)?.itemId
  const item = session.meeting.items.find((other) => other.id === itemId)
  return item ? <span className="muted">Vergadermodus staat bij agendapunt {item.number}.</span> : null
}
