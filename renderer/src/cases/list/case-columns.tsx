import { type ColumnDef, createColumnHelper } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { CaseListRow, CaseSortKey } from '../../../../shared/contract/case.contract'
import { shortDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'
import { caseRoutes } from '../../register/case-routes'
import { PhaseBadge } from '../../register/phase-badge'

type Slot = CaseListRow | null

interface ColumnSpec {
  id: string
  header: string
  /** The vault's sort key when the column sorts. */
  sort?: CaseSortKey
  /** Newest first is what people want from a date column. */
  descFirst?: boolean
  className: string
  render: (row: CaseListRow) => ReactNode
  /** Plain text for a tooltip on cells that may be cut off. */
  title?: (row: CaseListRow) => string
}

const kindShort = { betekenisvol: 'Betekenisvol', lokaal: 'Lokaal' } as const

const specs: ColumnSpec[] = [
  {
    id: 'code',
    header: 'Code',
    sort: 'code',
    className: 'col-code',
    // A real link for the mouse (and a new window), out of the tab order: the row itself takes focus.
    render: (row) => (
      <a href={hrefFor(caseRoutes.case(row.id))} tabIndex={-1} className="case-grid__link">
        {row.code}
      </a>
    ),
  },
  {
    id: 'alias',
    header: 'Alias',
    sort: 'alias',
    className: 'col-alias',
    render: (row) => row.alias,
    title: (row) => row.alias,
  },
  {
    id: 'phase',
    header: 'Fase',
    sort: 'phase',
    className: 'col-phase',
    render: (row) => <PhaseBadge phase={row.phase} short />,
  },
  {
    id: 'table',
    header: 'Tafel',
    sort: 'table',
    className: 'col-table',
    render: (row) => row.table.code,
    title: (row) => row.table.name,
  },
  { id: 'kind', header: 'Soort', className: 'col-kind', render: (row) => kindShort[row.kind] },
  {
    id: 'themes',
    header: 'Thema’s',
    className: 'col-themes',
    render: (row) => row.themes.map((theme) => theme.name).join(', '),
    title: (row) => row.themes.map((theme) => theme.name).join(', '),
  },
  {
    id: 'gemeenten',
    header: 'Gemeenten',
    className: 'col-gemeenten',
    render: (row) => row.gemeenten.map((gemeente) => gemeente.name).join(', '),
    title: (row) => row.gemeenten.map((gemeente) => gemeente.name).join(', '),
  },
  { id: 'lead', header: 'Trekker', className: 'col-lead', render: (row) => row.leadPartner?.shortName ?? '—' },
  {
    id: 'updated',
    header: 'Gewijzigd',
    sort: 'updated',
    descFirst: true,
    className: 'col-updated',
    render: (row) => shortDate(row.updatedAt),
  },
]

const helper = createColumnHelper<Slot>()

/** The columns as react-table definitions; sorting is done by the vault, so the accessors only name the columns. */
export const caseColumns = specs.map((spec) =>
  helper.accessor((row) => row?.id ?? '', {
    id: spec.id,
    header: spec.header,
    enableSorting: spec.sort !== undefined,
    sortDescFirst: spec.descFirst ?? false,
    meta: { className: spec.className },
    cell: ({ row }) => (row.original ? spec.render(row.original) : null),
  }),
) as ColumnDef<Slot, unknown>[]

export const cellTitle = (columnId: string, row: CaseListRow): string | undefined =>
  specs.find((spec) => spec.id === columnId)?.title?.(row)
