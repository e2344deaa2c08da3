import { EditCasePage } from './form/edit-case-page'
import { NewCasePage } from './form/new-case-page'
import { CaseListPage } from './list/case-list-page'
import { CasePage } from './page/case-page'

/** #/casussen, #/casussen/nieuw, #/casussen/<id> and #/casussen/<id>/wijzigen. */
export function CasesPage({ segments }: { segments: string[] }) {
  const [first, second] = segments
  if (first === undefined) return <CaseListPage />
  if (first === 'nieuw') return <NewCasePage />
  // Keyed by id: another case is a new page (fresh data, heading focused again).
  if (second === 'wijzigen') return <EditCasePage key={first} caseId={first} />
  return <CasePage key={first} caseId={first} />
}
