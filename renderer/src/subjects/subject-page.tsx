import { useEffect, useId } from 'react'
import { Breadcrumbs } from '../components/breadcrumbs'
import { PageHeading } from '../components/page-heading'
import { PageUnavailable } from '../components/page-unavailable'
import { SubjectOverviewAction } from '../privacy/subject-overview/subject-overview-action'
import { caseRoutes } from '../register/case-routes'
import { PhaseBadge } from '../register/phase-badge'
import { longDate } from '../lib/dates'
import { cx } from '../lib/class-names'
import { hrefFor, useRoute } from '../stores/route-store'
import { InvolvementPeriods } from './involvement-periods'
import { subjectKindText } from './subject-facts'
import { useSubjectPage } from './use-subject-page'

/** #/subjecten/<id>: a subject or object and every case it is or was part of. */
export function SubjectRoute({ segments }: { segments: string[] }) {
  const replace = useRoute((state) => state.replace)
  const [id] = segments
  // There is no list of subjects on its own: they are found through search or a case.
  useEffect(() => {
    if (id === undefined) replace(caseRoutes.list)
  }, [id, replace])
  if (id === undefined) return null
  return <SubjectPage key={id} subjectId={id} />
}

function SubjectPage({ subjectId }: { subjectId: string }) {
  const casesId = useId()
  const { page, error, notFound } = useSubjectPage(subjectId)
  if (notFound)
    return (
      <PageUnavailable
        view={{
          state: 'not-found',
          heading: 'Subject niet gevonden',
          message: 'Dit subject of object bestaat niet (meer).',
          back: { label: 'Naar de lijst met casussen', path: caseRoutes.list },
        }}
      />
    )
  if (!page) {
    return (
      <PageUnavailable
        view={
          error
            ? { state: 'failed', heading: 'Subject', message: error }
            : { state: 'loading', text: 'Het subject wordt geladen…' }
        }
      />
    )
  }
  const { subject, cases } = page
  const current = cases.filter((entry) => entry.involved).length
  return (
    <div className="page subject-page">
      <Breadcrumbs crumbs={[{ label: 'Casussen', path: caseRoutes.list }, { label: subject.title }]} />
      <PageHeading>{subject.title}</PageHeading>
      <div className="card subject-facts-card">
        <dl className="facts">
          <div className="facts__item">
            <dt className="facts__label">Soort</dt>
            <dd className="facts__value">{subjectKindText(subject)}</dd>
          </div>
          {subject.kind === 'persoon' ? (
            <div className="facts__item">
              <dt className="facts__label">Geboortedatum</dt>
              <dd className="facts__value">
                {subject.birthDate ? longDate(subject.birthDate) : <span className="muted">Onbekend</span>}
              </dd>
            </div>
          ) : null}
          {subject.kind === 'rechtspersoon' ? (
            <div className="facts__item">
              <dt className="facts__label">KvK-nummer</dt>
              <dd className="facts__value">{subject.kvk ?? <span className="muted">Onbekend</span>}</dd>
            </div>
          ) : null}
          <div className="facts__item">
            <dt className="facts__label">Casussen</dt>
            <dd className="facts__value">
              {cases.length === 1 ? '1 casus' : `${String(cases.length)} casussen`}
              {current !== cases.length ? `, waarvan ${String(current)} nu betrokken` : ''}
            </dd>
          </div>
        </dl>
      </div>
      <section className="case-section" aria-labelledby={casesId}>
        <h2 id={casesId} className="case-section__title">
          Casussen
        </h2>
        {cases.length === 0 ? (
          <p className="muted">
            Dit {subject.kind === 'object' ? 'object' : 'subject'} is (nog) niet aan een casus gekoppeld.
          </p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-labelledby={casesId}>
              <thead>
                <tr>
                  <th scope="col">Casus</th>
                  <th scope="col">Tafel</th>
                  <th scope="col">Fase</th>
                  <th scope="col">Betrokken</th>
                </tr>
              </thead>
              <tbody>
                {cases.map((entry) => (
                  <tr key={entry.case.id} className={cx(!entry.involved && 'is-archived')}>
                    <td>
                      <a href={hrefFor(caseRoutes.case(entry.case.id))}>
                        <span className="case-code">{entry.case.code}</span> {entry.case.alias}
                      </a>
                      {entry.involved ? null : <span className="cell-sub">Niet meer betrokken</span>}
                    </td>
                    <td>{entry.case.tableCode}</td>
                    <td>
                      <PhaseBadge phase={entry.case.phase} />
                    </td>
                    <td>
                      <InvolvementPeriods involvements={entry.involvements} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <SubjectOverviewAction subjectId={subject.id} />
    </div>
  )
}
