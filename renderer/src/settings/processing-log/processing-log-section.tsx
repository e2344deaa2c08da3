import { useId, useMemo, useRef, useState } from 'react'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormAlert } from '../../components/form-alert'
import { useFocusOnMount } from '../../lib/use-focus-on-mount'
import { emptyTypedFilters, filtersOf, hasTypedFilter, type TypedLogFilters } from './log-filter-values'
import { LogFilterForm } from './log-filters'
import { LogChainState } from './log-chain-state'
import { LogExportForm } from './log-export-form'
import { LogGrid } from './log-grid'
import { useLogPages } from './use-log-pages'
import './processing-log.css'

const counted = (count: number) => `${count.toLocaleString('nl-NL')} ${count === 1 ? 'regel' : 'regels'}`

/**
 * Instellingen › Kluis › Verwerkingenlog: every processing the vault logged,
 * newest first, for the privacy officer (functionaris gegevensbescherming).
 * Reading it is itself logged (activity "Toezicht op verwerkingen").
 */
export function ProcessingLogSection({ focusHeading }: { focusHeading: boolean }) {
  const headingId = useId()
  const summaryId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useFocusOnMount(headingRef, focusHeading)
  const [applied, setApplied] = useState<TypedLogFilters>(emptyTypedFilters)
  // Asked again on every apply: the log grows while the viewer is open, and its new operations should be choosable.
  const options = useVaultQuery('processing-log:options', {}, { version: applied })
  const filters = useMemo(() => filtersOf(applied), [applied])
  const pages = useLogPages(filters)
  const filtered = hasTypedFilter(applied)

  const summary =
    pages.loading && pages.rows.length === 0
      ? 'Het log wordt gelezen…'
      : pages.total !== null
        ? `${counted(pages.total)} in het log, nieuwste eerst.`
        : pages.done
          ? `${counted(pages.rows.length)} met deze filters, nieuwste eerst.`
          : `Meer dan ${counted(pages.rows.length)} met deze filters, nieuwste eerst; scroll voor de rest.`

  return (
    <section className="settings-section processing-log" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        Verwerkingenlog
      </h2>
      <p className="section-intro">
        Elke verwerking van casusgegevens: wie, wanneer, wat en waarom, naar de standaard Logboek Dataverwerkingen.
      </p>
      <LogChainState />
      <FormAlert message={options.error} />
      <LogFilterForm options={options.data} applied={applied} onApply={setApplied} />
      <p id={summaryId} className="table-help" role="status">
        {summary} Pijltjestoetsen, Page Up/Down en Home/End gaan langs de regels.
      </p>
      <FormAlert message={pages.error} />
      <LogGrid
        rows={pages.rows}
        more={!pages.done && pages.error === null}
        loading={pages.loading}
        queryKey={JSON.stringify(filters)}
        loadMore={pages.loadMore}
        labelledBy={headingId}
        describedBy={summaryId}
        empty={
          filtered
            ? 'Geen verwerkingen gevonden met deze filters. Pas de filters aan of wis ze.'
            : 'Het log is nog leeg: er zijn nog geen casusgegevens verwerkt.'
        }
      />
      <h3 className="card__title processing-log__export-title">Exporteren</h3>
      <LogExportForm filters={filters} />
    </section>
  )
}
