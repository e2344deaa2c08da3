import { useId, useState } from 'react'
import { decisionTypeInfo } from '../../../shared/domain/decision-types'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'
import { useVaultQuery } from '../api/use-vault-query'
import { announce } from '../stores/announcer-store'
import { tracked } from './save-status'
import type { MeetingSession } from './meeting-session'

/** Cases of the table whose phase asks for a decision: all of them onto the agenda with one button. */
export function DecisionCandidates({ session }: { session: MeetingSession }) {
  const headingId = useId()
  const [addError, setAddError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const meetingId = session.meeting.id
  // A changed agenda changes which candidates are on it: ask again, keeping the list shown meanwhile.
  const query = useVaultQuery('agenda:decision-candidates', { meetingId }, { version: session.meeting.items.length })
  const addCases = useVaultMutation('agenda:add-cases')
  const candidates = query.data?.candidates ?? null
  const error = addError ?? query.error

  if (!candidates || candidates.length === 0) return null
  const waiting = candidates.filter((candidate) => !candidate.onAgenda)

  const addAll = async () => {
    if (busy || waiting.length === 0) return
    setBusy(true)
    setAddError(null)
    try {
      const answer = await tracked(addCases.run({ meetingId, caseIds: waiting.map((candidate) => candidate.case.id) }))
      await session.reload()
      announce(
        answer.added.length === 1
          ? '1 casus is op de agenda gezet.'
          : `${String(answer.added.length)} casussen zijn op de agenda gezet.`,
      )
    } catch (failure) {
      setAddError(messageOf(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby={headingId} className="meetings-section card">
      <h2 id={headingId} className="section-title">
        Casussen die een besluit vragen
      </h2>
      {error ? (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      ) : null}
      <ul className="candidate-list">
        {candidates.map((candidate) => (
          <li key={candidate.case.id}>
            <strong>{candidate.case.code}</strong> {candidate.case.alias} – fase {candidate.case.phase.name}; voorstel:{' '}
            {decisionTypeInfo[candidate.decisionType].label}
            {candidate.pendingSubjects > 0
              ? `; ${String(candidate.pendingSubjects)} subject(en) wachten op een besluit`
              : ''}
            {candidate.onAgenda ? <span className="badge badge--muted">Staat op de agenda</span> : null}
          </li>
        ))}
      </ul>
      {session.editable && waiting.length > 0 ? (
        <button
          type="button"
          className="button button--secondary"
          aria-busy={busy || undefined}
          onClick={() => void addAll()}
        >
          {waiting.length === 1
            ? 'Deze casus op de agenda zetten'
            : `Deze ${String(waiting.length)} casussen op de agenda zetten`}
        </button>
      ) : null}
    </section>
  )
}
