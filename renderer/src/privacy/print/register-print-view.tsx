import type { Output } from '../../../../shared/contract/index'
import { processingActivityFields } from '../../../../shared/contract/processing-register.contract'
import { activityFieldLabels } from '../activity-field-labels'
import { dutchDateOf } from './dutch-timestamp'

type RegisterDocument = Output<'processing-register:document'>

/**
 * The register of processing activities (AVG art. 30) as the privacy officer
 * files it: one section per activity, its fields as a definition table that
 * a screen reader reads in pairs, and the version it is at.
 */
export function RegisterPrintView({ register }: { register: RegisterDocument }) {
  const fields = processingActivityFields.filter((field) => field !== 'name')
  return (
    <article className="doc privacy-doc" lang="nl">
      <header className="doc-head">
        <p className="doc-head__kicker">
          <span>AVG artikel 30</span>
        </p>
        <h1 className="doc-title">Verwerkingsregister</h1>
        <p className="doc-subtitle">Register van verwerkingsactiviteiten van de ondermijningstafel</p>
        <table className="doc-facts">
          <tbody>
            <tr>
              <th scope="row">Stand van</th>
              <td>{dutchDateOf(register.printedOn)}</td>
            </tr>
            <tr>
              <th scope="row">Verwerkingen</th>
              <td>{register.activities.length}</td>
            </tr>
          </tbody>
        </table>
      </header>
      {register.activities.map((activity, index) => (
        <section key={activity.id} className="privacy-doc__activity" aria-labelledby={`verwerking-${activity.id}`}>
          <h2 id={`verwerking-${activity.id}`}>
            <span className="doc-num">{index + 1}.</span> {activity.name}
          </h2>
          <table className="doc-facts privacy-doc__fields">
            <tbody>
              {fields.map((field) => (
                <tr key={field}>
                  <th scope="row">{activityFieldLabels[field]}</th>
                  <td className="privacy-doc__text">{activity[field]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Versie</th>
                <td>
                  {activity.version}, vastgelegd op {dutchDateOf(activity.createdAt)}
                </td>
              </tr>
            </tbody>
          </table>
        </section>
      ))}
    </article>
  )
}
