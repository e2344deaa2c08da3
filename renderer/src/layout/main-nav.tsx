import { hrefFor } from '../stores/route-store'
import { menuPages, type PageEntry } from './pages'

/** "page" on the current page's item; "true" on the item a deeper page belongs to (a subject under Casussen). */
function currentFor(entry: PageEntry, page: PageEntry | undefined): 'page' | 'true' | undefined {
  if (page?.path === entry.path) return 'page'
  return page?.partOf === entry.path ? 'true' : undefined
}

export function MainNav({ page }: { page: PageEntry | undefined }) {
  return (
    <nav className="main-nav" aria-label="Hoofdmenu">
      <ul className="main-nav__list">
        {menuPages.map((entry) => (
          <li key={entry.path}>
            <a className="main-nav__link" href={hrefFor(entry.path)} aria-current={currentFor(entry, page)}>
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
