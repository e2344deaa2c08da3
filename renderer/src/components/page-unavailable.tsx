import { hrefFor } from '../stores/route-store'
import { Breadcrumbs, type Crumb } from './breadcrumbs'
import { FormAlert } from './form-alert'
import { PageHeading } from './page-heading'

/** Why a page has nothing of its own to show: its data is on its way, gone, or could not be read. */
export type Unavailable =
  | { state: 'loading'; text: string }
  /** A link to something that no longer exists (deleted, or from a closed demo vault); `back` leads somewhere that does. */
  | { state: 'not-found'; heading: string; message: string; back?: { label: string; path: string } }
  | { state: 'failed'; heading: string; message: string }

/** The one loading, not-found and failure screen of the app's pages, so each looks and is announced the same. */
export function PageUnavailable({ view, crumbs }: { view: Unavailable; crumbs?: readonly Crumb[] }) {
  const trail = crumbs ? <Breadcrumbs crumbs={crumbs} /> : null
  switch (view.state) {
    case 'loading':
      // Announced as busy, no layout jump worth noticing.
      return (
        <div className="page" aria-busy="true">
          {trail}
          <p className="muted">{view.text}</p>
        </div>
      )
    case 'not-found':
      return (
        <div className="page">
          {trail}
          <PageHeading>{view.heading}</PageHeading>
          <p>{view.message}</p>
          {view.back ? (
            <p>
              <a href={hrefFor(view.back.path)}>{view.back.label}</a>
            </p>
          ) : null}
        </div>
      )
    case 'failed':
      return (
        <div className="page">
          {trail}
          <PageHeading>{view.heading}</PageHeading>
          <FormAlert message={view.message} />
        </div>
      )
  }
}
