import { useId, useState } from 'react'
import type { ActionItem } from '../../../shared/contract/action.contract'
import type { MeetingDetail } from '../../../shared/contract/meeting.contract'
import type { ActionStatus } from '../../../shared/domain/action'
import { messageOf } from '../api/request'
import { FormAlert } from '../components/form-alert'
import { shortDate } from '../lib/dates'
import { hrefFor } from '../stores/route-store'
import { ActionStatusSelect, useSetActionStatus } from '../actions/action-status'
import { ActionTable } from '../actions/action-table'
import type { MeetingSession } from './meeting-session'
import { tracked } from './save-status'

type ActionRow = MeetingDetail['actionList'][number]

/**
 * The rows to show: the vault's list, with the changes made here. A carried-over
 * action marked gereed leaves the vault's list (it holds open ones only), but it
 * stays in view until the page is left, so the table does not jump while the
 * meeting goes through it.
 */
function rowsOf(list: readonly ActionRow[], changed: ReadonlyMap<string, ActionRow>): ActionRow[] {
  const rows = list.map((row) => {
    const mine = changed.get(row.id)
    return mine && mine.updatedAt >= row.updatedAt ? mine : row
  })
  const gone = [...changed.values()].filter((row) => !list.some((other) => other.id === row.id))
  return [...gone, ...rows].sort((a, b) => Number(b.carriedOver) - Number(a.carriedOver))
}

/** Actielijst: open actions carried over from earlier meetings of this table, then those agreed in this one. */
export function MeetingActionList({ session }: { session: MeetingSession }) {
  const { meeting } = session
  const headingId = useId()
  const [changed, setChanged] = useState<ReadonlyMap<string, ActionRow>>(new Map())
  const [error, setError] = useState<string | null>(null)
  const rows = rowsOf(meeting.actionList, changed)
  const setActionStatus = useSetActionStatus()
  const itemNumber = (action: ActionItem) =>
    meeting.items.find((item) => item.id === action.origin.agendaItemId)?.number

  const onStatus = (row: ActionRow, status: ActionStatus) => {
    tracked(setActionStatus(row.id, status))
      .then((item) => {
        setChanged((now) => new Map(now).set(item.id, { ...item, carriedOver: row.carriedOver }))
        setError(null)
      })
      .catch((failure: unknown) => setError(messageOf(failure)))
  }

  return (
    <section aria-labelledby={headingId} className="meetings-section">
      <h2 id={headingId} className="section-title">
        Actielijst
      </h2>
      <FormAlert message={error} />
      {rows.length === 0 ? (
        <p>
          Er staan geen actiepunten uit eerdere vergaderingen open, en in deze vergadering is nog niets afgesproken.
        </p>
      ) : (
        <ActionTable
          rows={rows}
          labelledBy={headingId}
          status={(row) => <ActionStatusSelect action={row} onChange={(status) => onStatus(row, status)} />}
          origin={{
            header: 'Herkomst',
            cell: (row) => {
              if (!row.carriedOver) {
                const number = itemNumber(row)
                return <>Deze vergadering{number ? `, agendapunt ${number}` : ''}</>
              }
              return (
                <>
                  <span className="badge badge--muted">Uit vorige vergadering</span>{' '}
                  <a href={hrefFor(`vergaderingen/${row.origin.meetingId}`)}>
                    vergadering van {shortDate(row.origin.meetingDate)}
                  </a>
                </>
              )
            },
          }}
        />
      )}
    </section>
  )
}
