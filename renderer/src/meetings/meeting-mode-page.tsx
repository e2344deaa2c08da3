import { useCallback, useEffect, useRef, useState } from 'react'
import { agendaItemTypeLabels } from '../../../shared/domain/agenda'
import { todayIso } from '../../../shared/domain/iso-date'
import { messageOf } from '../api/request'
import { Breadcrumbs } from '../components/breadcrumbs'
import { FormAlert } from '../components/form-alert'
import { PageHeading } from '../components/page-heading'
import { PageUnavailable } from '../components/page-unavailable'
import { announce } from '../stores/announcer-store'
import { elapsedMs, useMeetingModeStore, useModePosition } from '../stores/meeting-mode-store'
import { hrefFor } from '../stores/route-store'
import { ActionForm } from './action-form'
import { AttachmentsPanel } from './attachments/attachments-panel'
import { DecisionForm } from './decisions/decision-form'
import { DecisionList } from './decisions/decision-list'
import { meetingTitle, meetingUnavailable } from './meeting-page'
import { type MeetingSession, useMeetingSession } from './meeting-session'
import { NotesField } from './notes-field'
import { SaveIndicator } from './save-status'

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)))

const clock = (seconds: number): string =>
  `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`

/** #/vergaderingen/<id>/vergadermodus: one screen for during the meeting. */
export function MeetingModePage({ meetingId }: { meetingId: string }) {
  const { session, error } = useMeetingSession(meetingId)
  if (!session) {
    return <PageUnavailable view={meetingUnavailable(error)} />
  }
  return <MeetingMode session={session} />
}

function MeetingMode({ session }: { session: MeetingSession }) {
  const { meeting, editable } = session
  const items = meeting.items
  const position = useModePosition(meeting.id)
  const goTo = useMeetingModeStore((state) => state.goTo)
  const [now, setNow] = useState(() => Date.now())
  /**
   * The clock only runs on the day of the meeting, as the vault enforces: on any other day (preparing,
   * looking back) and for adopted minutes, moving records nothing, so the item shown is kept here.
   */
  const recording = editable && meeting.date === todayIso(new Date(now))
  const [browsedId, setBrowsedId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const shownId = (recording ? null : browsedId) ?? position?.itemId
  const found = items.findIndex((item) => item.id === shownId)
  // The remembered item may have been deleted meanwhile: then the agenda starts again at the top.
  const index = Math.max(0, found)
  const current = items[index]

  const record = useCallback(
    (itemId: string) => {
      goTo(meeting.id, itemId).then(
        () => setError(null),
        (failure: unknown) => setError(messageOf(failure)),
      )
    },
    [goTo, meeting.id],
  )

  // Only once the vault has answered: starting at the top before that would overwrite where the meeting was.
  const startId = recording && position !== undefined && current && found === -1 ? current.id : null
  /** Set while an automatic start is under way or was refused: a refusal is shown, not retried for ever. */
  const autoStarted = useRef(false)
  useEffect(() => {
    if (!startId || autoStarted.current) return
    autoStarted.current = true
    goTo(meeting.id, startId).then(
      () => {
        autoStarted.current = false
        setError(null)
      },
      (failure: unknown) => setError(messageOf(failure)),
    )
  }, [goTo, meeting.id, startId])

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])

  const go = (next: number) => {
    const item = items[next]
    // Not before the vault has answered: a move then would overwrite the position it was about to return.
    if (!item || next === index || position === undefined) return
    if (recording) record(item.id)
    else setBrowsedId(item.id)
    setNow(Date.now())
    announce(`Agendapunt ${item.number}: ${item.title}`)
  }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const back =
        (event.altKey && event.key === 'PageUp') ||
        (!event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'k' && !typing(event.target))
      const forward =
        (event.altKey && event.key === 'PageDown') ||
        (!event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'j' && !typing(event.target))
      if (!back && !forward) return
      event.preventDefault()
      go(index + (forward ? 1 : -1))
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  })

  const title = meetingTitle(meeting)
  if (!current) {
    return (
      <div className="page">
        <Breadcrumbs
          crumbs={[
            { label: 'Vergaderingen', path: 'vergaderingen' },
            { label: title, path: `vergaderingen/${meeting.id}` },
            { label: 'Vergadermodus' },
          ]}
        />
        <PageHeading>Vergadermodus</PageHeading>
        <p>Deze agenda heeft nog geen agendapunten.</p>
      </div>
    )
  }

  if (position === undefined) {
    return (
      <div className="page">
        <FormAlert message={error} />
        {error ? null : (
          <p className="muted" aria-busy="true">
            Vergadermodus wordt geladen…
          </p>
        )}
      </div>
    )
  }

  const elapsed = position && found !== -1 ? Math.floor(elapsedMs(position, Math.max(now, position.since)) / 1000) : 0
  const planned = current.durationMinutes * 60
  const over = elapsed > planned
  return (
    <div className="page meeting-mode">
      <Breadcrumbs
        crumbs={[
          { label: 'Vergaderingen', path: 'vergaderingen' },
          { label: title, path: `vergaderingen/${meeting.id}` },
          { label: 'Vergadermodus' },
        ]}
      />
      <div className="meeting-header">
        <PageHeading>Vergadermodus</PageHeading>
        <SaveIndicator />
      </div>
      <p className="muted">
        {title}. Volgend agendapunt: Alt+Page Down of J; vorig: Alt+Page Up of K (niet tijdens het typen).
      </p>
      {editable && !recording ? <p className="muted">De klok loopt alleen op de dag van de vergadering.</p> : null}
      <nav className="meeting-mode__nav" aria-label="Agendapunten">
        <button
          type="button"
          className="button button--secondary"
          aria-keyshortcuts="Alt+PageUp K"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          Vorig agendapunt
        </button>
        <span aria-live="off">
          {index + 1} van {items.length}
        </span>
        <button
          type="button"
          className="button button--secondary"
          aria-keyshortcuts="Alt+PageDown J"
          disabled={index >= items.length - 1}
          onClick={() => go(index + 1)}
        >
          Volgend agendapunt
        </button>
      </nav>
      <FormAlert message={error} />
      <section className="meeting-mode__current" aria-labelledby="current-item-title">
        <h2 id="current-item-title" className="meeting-mode__title">
          <span className="meeting-mode__number">{current.number}</span> {current.title}
        </h2>
        <p className="agenda-item__meta">
          <span>{agendaItemTypeLabels[current.type]}</span>
          <span>
            Gepland {current.startTime}–{current.endTime}
          </span>
          {current.presenter ? <span>Inbreng: {current.presenter.shortName}</span> : null}
          {current.case ? (
            <a href={hrefFor(`casussen/${current.case.id}`)}>
              {current.case.code} {current.case.alias} (fase {current.case.phase.name})
            </a>
          ) : null}
          {current.confidential ? <span className="badge badge--confidential">Vertrouwelijk</span> : null}
        </p>
        {recording ? (
          <p className={over ? 'meeting-mode__timer is-over' : 'meeting-mode__timer'}>
            Verstreken <span className="meeting-mode__clock">{clock(elapsed)}</span> van {current.durationMinutes} min
            {over ? <strong> – {clock(elapsed - planned)} over tijd</strong> : null}
          </p>
        ) : null}
        {current.chairNotes ? <p className="meeting-mode__chair">Voor de voorzitter: {current.chairNotes}</p> : null}
      </section>
      <NotesField
        key={`notes-${current.id}`}
        itemId={current.id}
        field="notes"
        label={`Verslagtekst bij agendapunt ${current.number}`}
        initial={current.notes}
        rows={6}
      />
      {current.attachments.length > 0 ? (
        <AttachmentsPanel
          key={`attachments-${current.id}`}
          agendaItemId={current.id}
          itemNumber={current.number}
          attachments={current.attachments}
          editable={false}
          onChanged={session.reload}
        />
      ) : null}
      <section aria-labelledby="mode-decisions" className="meetings-section">
        <h2 id="mode-decisions" className="section-title">
          Besluiten
        </h2>
        <DecisionList decisions={current.decisions} adopted={!editable} onChanged={() => void session.reload()} />
        {editable ? (
          <DecisionForm
            key={`decision-${current.id}`}
            item={current}
            tableId={meeting.table.id}
            onRecorded={() => void session.reload()}
          />
        ) : null}
      </section>
      <section aria-labelledby="mode-actions" className="meetings-section">
        <h2 id="mode-actions" className="section-title">
          Actiepunten
        </h2>
        <ul className="decision-list">
          {meeting.actionList
            .filter((action) => action.origin.agendaItemId === current.id)
            .map((action) => (
              <li key={action.id}>
                {action.ownerPartner.shortName}: {action.text}
                {action.dueDate ? ` (uiterlijk ${action.dueDate})` : ''}
              </li>
            ))}
        </ul>
        {editable ? (
          <ActionForm
            key={`action-${current.id}`}
            meetingId={meeting.id}
            agendaItemId={current.id}
            caseId={current.case?.id ?? null}
            partners={session.partners}
            label={`Actiepunt bij agendapunt ${current.number}`}
            onCreated={() => void session.reload()}
          />
        ) : null}
      </section>
    </div>
  )
}
