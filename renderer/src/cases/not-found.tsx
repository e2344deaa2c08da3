import { PageHeading } from '../components/page-heading'
import { hrefFor } from '../stores/route-store'
import { caseRoutes } from './case-routes'

/** A link to a case or subject that no longer exists (deleted, or from a closed demo vault). */
export function RegisterNotFound({ title, message }: { title: string; message: string }) {
  return (
    <div className="page">
      <PageHeading>{title}</PageHeading>
      <p>{message}</p>
      <p>
        <a href={hrefFor(caseRoutes.list)}>Naar de lijst met casussen</a>
      </p>
    </div>
  )
}

/** While a page's data is on its way: announced as busy, no layout jump worth noticing. */
export function RegisterLoading({ text }: { text: string }) {
  return (
    <div className="page" aria-busy="true">
      <p className="muted">{text}</p>
    </div>
  )
}
