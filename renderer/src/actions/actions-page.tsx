import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useId, useMemo, useState } from 'react'
import type { ActionItem } from '../../../shared/contract/action.contract'
import { type ActionStatus, actionStatuses, actionStatusLabels } from '../../../shared/domain/action'
import { messageOf } from '../api/request'
import { useVaultQuery } from '../api/use-vault-query'
import { CheckboxField } from '../components/checkbox-field'
import { PageHeading } from '../components/page-heading'
import { SelectField } from '../components/select-field'
import { TextField } from '../components/text-field'
import { shortDate } from '../lib/dates'
import { announce } from '../stores/announcer-store'
import { hrefFor } from '../stores/route-store'
import { ActionDueDate, actionRowClass } from './action-due-date'
import { actionOwnerText } from './action-owner'
import { ActionStatusSelect, useSetActionStatus } from './action-status'

const helper = createColumnHelper<ActionItem>()
const columnsFor = (onStatus: (row: ActionItem, status: ActionStatus) => void) => [
  helper.accessor('text', { header: 'Actie' }),
  helper.accessor(actionOwnerText, { id: 'owner', header: 'Eigenaar' }),
  helper.accessor((row) => row.table.code, { id: 'table', header: 'Tafel' }),
  helper.accessor('dueDate', {
    header: 'Uiterste datum',
    cell: (info) => <ActionDueDate action={info.row.original} />,
  }),
  helper.accessor((row) => actionStatusLabels[row.status], {
    id: 'status',
    header: 'Status',
    cell: (info) => (
      <ActionStatusSelect action={info.row.original} onChange={(status) => onStatus(info.row.original, status)} />
    ),
  }),
  helper.accessor((row) => row.origin.meetingDate, {
    id: 'origin',
    header: 'Afgesproken in',
    cell: (info) => (
      <a href={hrefFor(`vergaderingen/${info.row.original.origin.meetingId}`)}>
        Vergadering {shortDate(info.row.original.origin.meetingDate)}
      </a>
    ),
  }),
]

function countText({ total, overdueTotal }: { total: number; overdueTotal: number }): string {
  return `${total === 1 ? '1 actiepunt' : `${String(total)} actiepunten`}, waarvan ${String(overdueTotal)} te laat.`
}

/** Actiepunten of every table: filtered by table, partner, status and due date; overdue ones say so in words. */
export function ActionsPage() {
  const headingId = useId()
  const tableList = useVaultQuery('reference:list', { kind: 'table', includeArchived: false })
  const partnerList = useVaultQuery('reference:list', { kind: 'partner', includeArchived: false })
  const tables = tableList.data?.rows ?? []
  const partners = partnerList.data?.rows ?? []
  const [tableId, setTableId] = useState('')
  const [partnerId, setPartnerId] = useState('')
  const [status, setStatus] = useState<ActionStatus | ''>('open')
  const [dueUntil, setDueUntil] = useState('')
  const [overdueOnly, setOverdueOnly] = useState(false)
  const [statusError, setStatusError] = useState<string | null>(null)

  const validDue = /^\d{4}-\d{2}-\d{2}$/u.test(dueUntil) ? dueUntil : null
  // The rows for the previous filters stay up until the new ones arrive.
  const actions = useVaultQuery(
    'action:list',
    {
      filter: {
        tableIds: tableId ? [tableId] : [],
        partnerIds: partnerId ? [partnerId] : [],
        statuses: status ? [status] : [],
        dueFrom: null,
        dueUntil: validDue,
        overdueOnly,
        caseId: null,
      },
      sort: { by: 'due', direction: 'asc' },
      offset: 0,
      limit: 500,
    },
    { keepPrevious: true },
  )
  const result = actions.data
  const error = statusError ?? actions.error ?? tableList.error ?? partnerList.error

  const setActionStatus = useSetActionStatus()
  const { setData: setRows } = actions
  const columns = useMemo(
    () =>
      columnsFor((row, next) => {
        setActionStatus(row.id, next)
          .then((item) => {
            // Shown changed in place: a row that no longer fits the filters stays until they change.
            setRows((now) => ({ ...now, rows: now.rows.map((other) => (other.id === item.id ? item : other)) }))
            setStatusError(null)
          })
          .catch((failure: unknown) => {
            setStatusError(messageOf(failure))
            announce(messageOf(failure))
          })
      }),
    [setActionStatus, setRows],
  )
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: result?.rows ?? [], columns, getCoreRowModel: getCoreRowModel() })
  return (
    <div className="page">
      <PageHeading>Actiepunten</PageHeading>
      <div className="toolbar">
        <SelectField
          label="Tafel"
          value={tableId}
          onChange={(event) => setTableId(event.target.value)}
          options={[{ value: '', label: 'Alle tafels' }, ...tables.map((row) => ({ value: row.id, label: row.code }))]}
        />
        <SelectField
          label="Partner"
          value={partnerId}
          onChange={(event) => setPartnerId(event.target.value)}
          options={[
            { value: '', label: 'Alle partners' },
            ...partners.map((row) => ({ value: row.id, label: row.shortName })),
          ]}
        />
        <SelectField
          label="Status"
          value={status}
          onChange={(event) => setStatus(event.target.value as ActionStatus | '')}
          options={[
            { value: '', label: 'Alle statussen' },
            ...actionStatuses.map((value) => ({ value, label: actionStatusLabels[value] })),
          ]}
        />
        <TextField
          label="Uiterlijk tot en met"
          type="date"
          width="medium"
          value={dueUntil}
          onChange={(event) => setDueUntil(event.target.value)}
        />
        <CheckboxField
          label="Alleen te laat"
          checked={overdueOnly}
          onChange={(event) => setOverdueOnly(event.target.checked)}
        />
      </div>
      {error ? (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      ) : null}
      <p role="status" id={`${headingId}-count`}>
        {result ? countText(result) : ''}
      </p>
      <h2 id={headingId} className="visually-hidden">
        Lijst van actiepunten
      </h2>
      {result && result.rows.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col">
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className={actionRowClass(row.original)}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : result ? (
        <p>Geen actiepunten met deze filters.</p>
      ) : null}
    </div>
  )
}
