import { type FocusEvent, type KeyboardEvent, type Ref, useEffect, useId, useState } from 'react'
import type { SearchResult } from '../../../shared/contract/search.contract'
import { cx } from '../lib/class-names'
import { searchShortcut } from '../lib/platform'
import { useSearch } from './use-search'
import { SearchResults } from './search-results'
import { resultKey, routeOf } from './search-target'

function statusText(total: number, query: string): string {
  if (total === 0) return `Geen resultaten voor ‘${query}’.`
  return total === 1
    ? '1 resultaat. Kies met pijl omlaag.'
    : `${total.toLocaleString('nl-NL')} resultaten. Kies met pijl omlaag.`
}

/**
 * The one search field of the app, in the header: a combobox whose results
 * drop down grouped by kind. Arrow keys choose, Enter opens, Escape closes.
 */
export function SearchBox({ inputRef }: { inputRef: Ref<HTMLInputElement> }) {
  const inputId = useId()
  const listboxId = useId()
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const { groups, query, settled, error } = useSearch(text)

  const options = groups.flatMap((group) => group.results)
  const activeIndex = options.findIndex((option) => resultKey(option) === activeKey)
  const active = activeIndex === -1 ? null : (options[activeIndex] ?? null)
  const hasText = text.trim() !== ''
  const expanded = open && hasText && options.length > 0
  const optionId = (result: SearchResult) => `${listboxId}-${result.kind}-${result.id}`
  const total = groups.reduce((sum, group) => sum + group.total, 0)

  useEffect(() => {
    if (active) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  const choose = (result: SearchResult) => {
    const route = routeOf(result)
    setOpen(false)
    setActiveKey(null)
    if (route) window.location.hash = `#/${route}`
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return
        event.preventDefault()
        setOpen(true)
        const step = event.key === 'ArrowDown' ? 1 : -1
        const next = activeIndex === -1 ? (step === 1 ? 0 : options.length - 1) : activeIndex + step
        const option = next < 0 || next >= options.length ? null : options[next]
        setActiveKey(option ? resultKey(option) : null)
        return
      }
      case 'Enter': {
        const target = active ?? (settled ? options[0] : undefined)
        if (!target) return
        event.preventDefault()
        choose(target)
        return
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActiveKey(null)
        } else if (text !== '') {
          event.preventDefault()
          setText('')
        }
        return
    }
  }

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setOpen(false)
  }

  return (
    <div className="search" role="search" onBlur={onBlur}>
      <label htmlFor={inputId} className="visually-hidden">
        Zoeken in casussen, subjecten, interventies, agendapunten, besluiten en actiepunten
      </label>
      <div className="search__field">
        <span className="search__icon" aria-hidden="true" />
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          className="search__input"
          placeholder="Zoeken"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active ? optionId(active) : undefined}
          aria-keyshortcuts={searchShortcut.aria}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setActiveKey(null)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        <kbd className="search__shortcut" aria-hidden="true">
          {searchShortcut.label}
        </kbd>
      </div>
      <div className={cx('search__panel', !(open && hasText && (expanded || settled || error)) && 'is-hidden')}>
        <div hidden={!expanded}>
          <SearchResults
            listboxId={listboxId}
            groups={groups}
            query={query}
            activeKey={activeKey}
            optionId={optionId}
            onChoose={choose}
            onHover={(result) => setActiveKey(resultKey(result))}
          />
        </div>
        {settled && options.length === 0 && !error ? (
          <p className="search__empty">Niets gevonden voor ‘{query}’.</p>
        ) : null}
        {error ? <p className="search__error">{error}</p> : null}
        {expanded ? (
          <p className="search__keys" aria-hidden="true">
            ↑ ↓ kiezen · Enter openen · Esc sluiten
          </p>
        ) : null}
      </div>
      <div role="status" className="visually-hidden">
        {open && settled && !error ? statusText(total, query) : ''}
      </div>
    </div>
  )
}
