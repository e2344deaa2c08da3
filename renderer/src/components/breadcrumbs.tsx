import { hrefFor } from '../stores/route-store'

export interface Crumb {
  label: string
  /** A route path; the last crumb (the current page) has none. */
  path?: string
}

/** Where the page sits: "Casussen › D-2025-014", the way back one click away. */
export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Kruimelpad">
      <ol className="breadcrumbs__list">
        {crumbs.map((crumb, index) => (
          <li key={index} className="breadcrumbs__item">
            {crumb.path !== undefined ? (
              <a href={hrefFor(crumb.path)}>{crumb.label}</a>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
