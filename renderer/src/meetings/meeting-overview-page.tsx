import { useId, useState } from 'react'
import { PageHeading } from '../components/page-heading'
import { SelectField } from '../components/select-field'
import { useVaultQuery } from '../api/use-vault-query'
import { hrefFor } from '../stores/route-store'
import { MeetingTable } from './meeting-table'
import { useTables } from './use-tables'

/** Coming meetings of every table, and all meetings of one chosen table. */
export function MeetingOverviewPage() {
  const upcomingId = useId()
  const perTableId = useId()
  const { tables, error: tablesError } = useTables()
  const upcomingQuery = useVaultQuery('meeting:upcoming', { from: null, limit: 50 })
  const upcoming = { rows: upcomingQuery.data?.rows ?? null, error: upcomingQuery.error }
  const [tableId, setTableId] = useState('')

  const chosen = tableId || tables?.[0]?.id || ''
  const perTableQuery = useVaultQuery('meeting:list', chosen ? { tableId: chosen } : null)
  const perTable = { rows: perTableQuery.data?.rows ?? null, error: perTableQuery.error }

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
          upcoming.error ? null : (
            <p className="muted">Laden…</p>
          )
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
        {perTable.rows === null ? null : perTable.rows.length === 0 ? (
          <p>Deze tafel heeft nog geen vergaderingen.</p>
        ) : (
          <MeetingTable rows={perTable.rows} labelledBy={perTableId} withTable={false} initialSort="desc" />
        )}
      </section>
    </>
  )
}
