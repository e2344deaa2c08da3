import { agendaItemStatusLabels } from '../../../../shared/domain/agenda'
import { shortDate } from '../../lib/dates'
import { hrefFor } from '../../stores/route-store'
import type { CaseHistory } from '../use-case-history'

type Appearance = CaseHistory['agendaAppearances'][number]

/** Every agenda item that discussed the case, newest meeting first, numbered as on that agenda. */
export function CaseAgendaTable({ appearances, headingId }: { appearances: readonly Appearance[]; headingId: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table record-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Vergadering</th>
            <th scope="col">Tafel</th>
            <th scope="col">Agendapunt</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {appearances.map((appearance) => (
            <tr key={appearance.agendaItemId}>
              <td className="cell--nowrap">
                <a href={hrefFor(`vergaderingen/${appearance.meetingId}`)}>
                  Vergadering {shortDate(appearance.meetingDate)}
                </a>
              </td>
              <td className="cell--nowrap">OMT {appearance.table.code}</td>
              <td className="cell--prose">
                <span className="record-table__number">{appearance.number}</span> {appearance.title}
              </td>
              <td className="cell--nowrap">{agendaItemStatusLabels[appearance.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
