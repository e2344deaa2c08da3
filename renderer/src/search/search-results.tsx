import type { SearchGroup, SearchResult } from '../../../shared/contract/search.contract'
import { MarkedText } from '../components/marked-text'
import { cx } from '../lib/class-names'
import { markTerms } from '../lib/fold-text'
import { groupLabel, resultKey } from './search-target'

interface SearchResultsProps {
  listboxId: string
  groups: readonly SearchGroup[]
  query: string
  activeKey: string | null
  optionId: (result: SearchResult) => string
  onChoose: (result: SearchResult) => void
  onHover: (result: SearchResult) => void
}

/**
 * The hits as one listbox with a group per kind. Focus stays in the search
 * field (aria-activedescendant points at the active option); the matched
 * words are marked as text, never as markup.
 */
export function SearchResults({
  listboxId,
  groups,
  query,
  activeKey,
  optionId,
  onChoose,
  onHover,
}: SearchResultsProps) {
  return (
    <div id={listboxId} role="listbox" aria-label="Zoekresultaten" className="search-results">
      {groups.map((group) => {
        const labelId = `${listboxId}-${group.kind}`
        const more = group.total - group.results.length
        return (
          <div key={group.kind} role="group" aria-labelledby={labelId} className="search-group">
            <div role="presentation" id={labelId} className="search-group__label">
              {groupLabel(group)}
              <span className="search-group__count">
                {more > 0
                  ? ` · ${String(group.results.length)} van ${group.total.toLocaleString('nl-NL')}`
                  : ` · ${String(group.total)}`}
              </span>
            </div>
            {group.results.map((result) => {
              const active = resultKey(result) === activeKey
              return (
                <div
                  key={resultKey(result)}
                  id={optionId(result)}
                  role="option"
                  aria-selected={active}
                  className={cx('search-option', active && 'is-active')}
                  // Keep focus in the field; the click itself chooses.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => {
                    if (!active) onHover(result)
                  }}
                  onClick={() => onChoose(result)}
                >
                  <span className="search-option__title">
                    <MarkedText parts={markTerms(result.title, query)} />
                  </span>
                  <span className="search-option__detail">{result.detail}</span>
                  {result.snippet.length > 0 ? (
                    <span className="search-option__snippet">
                      <MarkedText parts={result.snippet} />
                    </span>
                  ) : null}
                </div>
              )
            })}
          </div>
        )
      })}
    </div>
  )
}
