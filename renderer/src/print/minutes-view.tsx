import { memo } from 'react'
import type { ExportModel } from '../../../shared/contract/export.contract'
import { ActionTable } from './action-table'
import { DecisionBlock } from './decision-block'
import { ItemHeading } from './item-heading'
import { TextBlocksView } from './text-blocks-view'
import { TocView } from './toc-view'

type Minutes = Extract<ExportModel, { document: 'verslag' }>

/** The minutes' body under the heading block: table of contents, errata, attendance, items, appendix. */
export function MinutesView({ model, tocPages }: { model: Minutes; tocPages: readonly number[] | null }) {
  return (
    <>
      {tocPages ? <TocView entries={model.toc} pages={tocPages} /> : null}
      <MinutesBody model={model} />
    </>
  )
}

/** Memoised: a later print pass changes only the table of contents' numbers, not the 30 pages below it. */
const MinutesBody = memo(function MinutesBody({ model }: { model: Minutes }) {
  return (
    <>
      {model.errata.length > 0 ? (
        <section className="doc-section doc-errata" aria-labelledby="errata">
          <h2 id="errata">Errata</h2>
          {model.errata.map((erratum) => (
            <div key={erratum.label} className="doc-erratum">
              <h3>{erratum.label}</h3>
              <TextBlocksView blocks={erratum.text} />
            </div>
          ))}
        </section>
      ) : null}
      <section className="doc-section" aria-labelledby="aanwezigheid">
        <h2 id="aanwezigheid">Aanwezigheid</h2>
        <table className="doc-table doc-attendance">
          <thead>
            <tr>
              <th scope="col">Organisatie</th>
              <th scope="col">Naam</th>
            </tr>
          </thead>
          {model.attendance.map((group) => (
            <tbody key={group.label}>
              <tr className="doc-attendance__group">
                <th scope="colgroup" colSpan={2}>
                  {group.label} ({group.rows.length})
                </th>
              </tr>
              {group.rows.map((row, index) => (
                <tr key={index}>
                  <td>{row.organisation}</td>
                  <td>{row.person || '—'}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
      {model.items.map((item) => (
        <section key={item.anchor} className={`doc-item doc-item--${String(item.level)}`} aria-labelledby={item.anchor}>
          <ItemHeading level={item.level} id={item.anchor} number={item.number} title={item.title} />
          {item.meta.length > 0 ? <p className="doc-meta">{item.meta.join(' · ')}</p> : null}
          <div className="doc-notes">
            <TextBlocksView blocks={item.notes} />
          </div>
          {item.decisions.map((decision) => (
            <DecisionBlock key={decision.code} decision={decision} />
          ))}
          {item.actions.length > 0 ? (
            <ActionTable actions={item.actions} caption="Actiepunten" withOrigin={false} />
          ) : null}
        </section>
      ))}
      <section className="doc-section doc-appendix" aria-labelledby="actielijst">
        <h2 id="actielijst">Bijlage: openstaande actiepunten</h2>
        {model.openActions.length > 0 ? (
          <ActionTable actions={model.openActions} caption="Alle openstaande actiepunten van de tafel" withOrigin />
        ) : (
          <p>Er zijn geen openstaande actiepunten.</p>
        )}
      </section>
    </>
  )
})
