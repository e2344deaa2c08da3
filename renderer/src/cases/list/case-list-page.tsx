import { useCallback, useEffect, useId, useState } from 'react'
import type { CaseListRow } from '../../../../shared/contract/case.contract'
import { FormAlert } from '../../components/form-alert'
import { PageHeading } from '../../components/page-heading'
import { CASE_FILTER_PAUSE_MS } from '../../lib/typing-pause'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { useRegisterReferences } from '../../reference/use-register-references'
import { hrefFor } from '../../stores/route-store'
import { caseRoutes, openRoute } from '../../register/case-routes'
import { CaseFilters } from './case-filters'
import { CaseGrid } from './case-grid'
import { type CaseListFilter, hasFilter, useCaseList } from './case-list-store'
import { useCasePages } from './use-case-pages'

function countText(total: number | null, filtered: boolean): string {
  if (total === null) return 'Casussen worden geladen…'
  const cases = total === 1 ? '1 casus' : `${total.toLocaleString('nl-NL')} casussen`
  return filtered ? `${cases} gevonden` : cases
}

/** Casussen: every case of the register, filtered and sorted by the vault, thousands of rows smooth. */
export function CaseListPage() {
  const headingId = useId()
  const countId = useId()
  const helpId = useId()
  const filter = useCaseList((state) => state.filter)
  const sort = useCaseList((state) => state.sort)
  const setFilter = useCaseList((state) => state.setFilter)
  const setSort = useCaseList((state) => state.setSort)
  const leave = useCaseList((state) => state.leave)
  const arrived = useCaseList((state) => state.arrived)
  // Read once: where the user was when they opened a case.
  const [restore] = useState(() => {
    const { scrollOffset, activeIndex, returnToRow } = useCaseList.getState()
    return { scrollOffset, activeIndex, returnToRow }
  })
  useEffect(() => arrived(), [arrived])

  const { references, error: referenceError } = useRegisterReferences()
  const [text, setText] = useState(filter.text)
  const settledText = useDebouncedValue(text, CASE_FILTER_PAUSE_MS)
  useEffect(() => {
    const current = useCaseList.getState().filter
    if (settledText !== current.text) setFilter({ ...current, text: settledText })
  }, [settledText, setFilter])

  const pages = useCasePages(filter, sort)
  const onOpen = useCallback(
    (row: CaseListRow, index: number, scrollOffset: number) => {
      leave(scrollOffset, index)
      openRoute(caseRoutes.case(row.id))
    },
    [leave],
  )
  const changeFilter = (next: CaseListFilter) => {
    setText(next.text)
    // Typed text waits until the typing pauses; a choice in a select or an emptied field applies at once.
    if (next.text !== text && next.text.trim() !== '') return
    setFilter(next)
  }
  const filtered = hasFilter(filter)

  return (
    <div className="page case-list-page">
      <div className="page-header">
        <PageHeading focus={!restore.returnToRow}>
          <span id={headingId}>Casussen</span>
        </PageHeading>
        <div className="page-header__actions">
          <a className="button button--secondary" href={hrefFor('bewaartermijnen')}>
            Bewaartermijnen
          </a>
          <a className="button button--primary" href={hrefFor(caseRoutes.create)}>
            Nieuwe casus
          </a>
        </div>
      </div>
      <CaseFilters filter={{ ...filter, text }} references={references} onChange={changeFilter} />
      <FormAlert message={pages.error ?? referenceError} />
      <div className="case-list-page__meta">
        <p id={countId} className="table-count" role="status">
          {countText(pages.total, filtered)}
        </p>
        <p id={helpId} className="table-help">
          Pijltjestoetsen: door de lijst · Enter: casus openen
        </p>
      </div>
      <CaseGrid
        rows={pages.rows}
        total={pages.total}
        loading={pages.loading}
        queryKey={pages.key}
        sort={sort}
        onSort={setSort}
        ensureRange={pages.ensureRange}
        labelledBy={headingId}
        describedBy={`${countId} ${helpId}`}
        initialOffset={restore.scrollOffset}
        initialActive={restore.activeIndex}
        focusActiveOnMount={restore.returnToRow}
        onOpen={onOpen}
        empty={
          filtered ? (
            'Geen casussen gevonden met deze filters.'
          ) : (
            <>
              Er zijn nog geen casussen. <a href={hrefFor(caseRoutes.create)}>Registreer de eerste casus</a>.
            </>
          )
        }
      />
    </div>
  )
}
