import type { ExportRecord } from '../../../shared/contract/meeting.contract'
import { documentLabels, variantLabels } from '../../../shared/domain/export-options'

const when = (iso: string) => new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' })

/** What left the laptop for this meeting: the export log that compliance reads later. */
export function ExportHistory({ rows }: { rows: readonly ExportRecord[] }) {
  if (rows.length === 0) return <p className="export-history__empty">Van deze vergadering is nog niets geëxporteerd.</p>
  return (
    <table className="data-table export-history">
      <caption className="export-history__caption">Eerder geëxporteerd</caption>
      <thead>
        <tr>
          <th scope="col">Moment</th>
          <th scope="col">Document</th>
          <th scope="col">Bestand</th>
          <th scope="col">Verslag was</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{when(row.exportedAt)}</td>
            <td>
              {documentLabels[row.document]}, {variantLabels[row.variant].toLowerCase()}
            </td>
            <td>{row.fileName}</td>
            <td>{row.minutesStatus}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
