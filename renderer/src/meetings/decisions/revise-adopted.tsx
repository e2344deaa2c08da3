import { useMemo } from 'react'
import type { Decision } from '../../../../shared/contract/decision.contract'
import type { MeetingSummary } from '../../../../shared/contract/meeting.contract'
import { ADOPTED } from '../../../../shared/domain/meeting'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormAlert } from '../../components/form-alert'
import { longDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'
import { setPendingReference } from './pending-reference'

/** The table's meetings after the decision's own whose minutes are still concept, soonest first. */
function laterConceptMeetings(rows: MeetingSummary[], decision: Decision): MeetingSummary[] {
  return rows
    .filter(
      (meeting) =>
        meeting.id !== decision.meetingId && meeting.status !== ADOPTED && meeting.date >= decision.decidedOn,
    )
    .sort((a, b) => a.date.localeCompare(b.date))
}

/**
 * An adopted decision is revised by a new decision that refers to it, in a
 * meeting whose minutes are still concept. This says so and leads there; the
 * reference goes along, so that meeting's decision form starts with it.
 */
export function ReviseAdopted({ decision, id }: { decision: Decision; id: string }) {
  // Asked again for every new version of the decision, as its table's meetings may have moved on meanwhile.
  const { data, error } = useVaultQuery('meeting:list', { tableId: decision.table.id }, { version: decision })
  const meetings = useMemo(() => (data ? laterConceptMeetings(data.rows, decision) : null), [data, decision])

  const remember = () =>
    setPendingReference({
      decisionId: decision.id,
      code: decision.code,
      tableId: decision.table.id,
      caseId: decision.case?.id ?? null,
    })
  const next = meetings?.[0]

  return (
    <div id={id} className="decision-revise">
      <p>
        Dit besluit is vastgesteld. Wijzig het met een nieuw besluit in een volgende vergadering. Het nieuwe besluit
        verwijst dan naar {decision.code}
        {decision.case ? ` en hoort bij een agendapunt over casus ${decision.case.code}` : ''}.
      </p>
      <FormAlert message={error} />
      {next ? (
        <p>
          <a href={hrefFor(`vergaderingen/${next.id}`)} onClick={remember}>
            Nieuw besluit vastleggen in de vergadering van {longDate(next.date)}
          </a>
        </p>
      ) : meetings ? (
        <p>
          Deze tafel heeft nog geen latere vergadering met een conceptverslag.{' '}
          <a href={hrefFor('vergaderingen/nieuw')} onClick={remember}>
            Nieuwe vergadering plannen
          </a>
        </p>
      ) : null}
    </div>
  )
}
