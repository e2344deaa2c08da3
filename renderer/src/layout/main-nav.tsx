import { hrefFor } from '../stores/route-store'
import { pages } from './pages'

export function MainNav({ currentPath }: { currentPath: string }) {
  return (
    <nav className="main-nav" aria-label="Hoofdmenu">
      <ul className="main-nav__list">
        {pages.map((page) => (
          <li key={page.path}>
            <a
              className="main-nav__link"
              href={hrefFor(page.path)}
              aria-current={page.path === currentPath ? 'page' : undefined}
            >
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
