import { useEffect, useId, useState } from 'react'
import type { MeetingSummary } from '../../../shared/contract/meeting.contract'
import { PageHeading } from '../components/page-heading'
import { SelectField } from '../components/select-field'
import { messageOf, request } from '../api/request'
import { hrefFor } from '../stores/route-store'
import { MeetingTable } from './meeting-table'
import { useTables } from './use-tables'

type Load = { rows: MeetingSummary[] | null; error: string | null }

/** Coming meetings of every table, and all meetings of one chosen table. */
export function MeetingOverviewPage() {
  const upcomingId = useId()
  const perTableId = useId()
  const { tables, error: tablesError } = useTables()
  const [upcoming, setUpcoming] = useState<Load>({ rows: null, error: null })
  const [tableId, setTableId] = useState('')
  const [perTable, setPerTable] = useState<Load & { tableId: string }>({ rows: null, error: null, tableId: '' })

  useEffect(() => {
    let current = true
    request('meeting:upcoming', { from: null, limit: 50 })
      .then((answer) => current && setUpcoming({ rows: answer.rows, error: null }))
      .catch((error: unknown) => current && setUpcoming({ rows: null, error: messageOf(error) }))
    return () => {
      current = false
    }
  }, [])

  const chosen = tableId || tables?.[0]?.id || ''
  useEffect(() => {
    if (!chosen) return
    let current = true
    request('meeting:list', { tableId: chosen })
      .then((answer) => current && setPerTable({ rows: answer.rows, error: null, tableId: chosen }))
      .catch((error: unknown) => current && setPerTable({ rows: null, error: messageOf(error), tableId: chosen }))
    return () => {
      current = false
    }
  }, [chosen])

  const chosenTable = tables?.find((table) => table.id === chosen)
  return (
    <>
      <PageHeading>Vergaderingen</PageHeading>
      <div className="button-row">
        <a className="button button--primary" href={hrefFor('vergaderingen/nieuw')}>
          Nieuwe vergadering
        </a>
      </div>

      <section aria-labelledby={upcomingId} className="meetings-section">
        <h2 id={upcomingId} className="section-title">
          Komende vergaderingen
        </h2>
        {upcoming.error ? <p role="alert">{upcoming.error}</p> : null}
        {upcoming.rows === null ? (
          upcoming.error ? null : <p className="muted">Laden…</p>
        ) : upcoming.rows.length === 0 ? (
          <p>Er zijn geen komende vergaderingen.</p>
        ) : (
          <MeetingTable rows={upcoming.rows} labelledBy={upcomingId} withTable initialSort="asc" />
        )}
      </section>

      <section aria-labelledby={perTableId} className="meetings-section">
        <h2 id={perTableId} className="section-title">
          Vergaderingen per tafel{chosenTable ? `: ${chosenTable.name}` : ''}
        </h2>
        {tablesError ? <p role="alert">{tablesError}</p> : null}
        {tables && tables.length > 0 ? (
          <div className="toolbar">
            <SelectField
              label="Ondermijningstafel"
              value={chosen}
              onChange={(event) => setTableId(event.target.value)}
              options={tables.map((table) => ({ value: table.id, label: `${table.code} – ${table.name}` }))}
            />
          </div>
        ) : null}
        {perTable.error ? <p role="alert">{perTable.error}</p> : null}
        {perTable.rows === null || perTable.tableId !== chosen ? null : perTable.rows.length === 0 ? (
          <p>Deze tafel heeft nog geen vergaderingen.</p>
        ) : (
          <MeetingTable rows={perTable.rows} labelledBy={perTableId} withTable={false} initialSort="desc" />
        )}
      </section>
    </>
  )
}
