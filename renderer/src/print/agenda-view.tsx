import type { ExportModel } from '../../../shared/contract/export.contract'
import { cx } from '../lib/class-names'

type Agenda = Extract<ExportModel, { document: 'agenda' }>

/** The participants' agenda: a timed table of items, then who is invited. */
export function AgendaView({ model }: { model: Agenda }) {
  return (
    <>
      <section className="doc-section" aria-labelledby="agendapunten">
        <h2 id="agendapunten">Agendapunten</h2>
        <table className="doc-table doc-agenda">
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Tijd</th>
              <th scope="col">Onderwerp</th>
              <th scope="col">Inbreng</th>
            </tr>
          </thead>
          <tbody>
            {model.items.map((item) => (
              <tr key={item.number} className={cx(item.level === 3 && 'doc-agenda__sub')}>
                <th scope="row" className="doc-nowrap">
                  {item.number}
                </th>
                <td className="doc-nowrap">{item.time}</td>
                <td>
                  <span className={cx('doc-agenda__title', item.withheld && 'doc-agenda__title--withheld')}>
                    {item.title}
                  </span>
                  {item.caseLabel ? <span className="doc-table__sub">{item.caseLabel}</span> : null}
                  {item.carriedOver ? (
                    <span className="doc-table__sub">Aangehouden uit de vorige vergadering</span>
                  ) : null}
                  {item.confidential && !item.withheld ? (
                    <span className="doc-table__sub doc-agenda__confidential">Vertrouwelijk</span>
                  ) : null}
                </td>
                <td>{item.presenter ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {model.invitees.length > 0 ? (
        <section className="doc-section" aria-labelledby="genodigden">
          <h2 id="genodigden">Genodigden</h2>
          <ul className="doc-invitees">
            {model.invitees.map((invitee, index) => (
              <li key={index}>{invitee}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
