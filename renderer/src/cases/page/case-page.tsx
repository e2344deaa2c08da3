import { useId } from 'react'
import { FINAL_PHASE_CODES } from '../../../../shared/domain/case'
import { Breadcrumbs } from '../../components/breadcrumbs'
import { FormAlert } from '../../components/form-alert'
import { MarkdownText } from '../../components/markdown-text'
import { PageHeading } from '../../components/page-heading'
import { PageUnavailable } from '../../components/page-unavailable'
import { useRegisterReferences } from '../../reference/use-register-references'
import { hrefFor } from '../../stores/route-store'
import { caseRoutes } from '../../register/case-routes'
import { useCaseDetail } from '../use-case-detail'
import { useCaseHistory } from '../use-case-history'
import { CaseFacts } from './case-facts'
import { CaseInterventions } from './case-interventions'
import { CaseMeetingsRecord } from './case-meetings-record'
import { CaseRetentionExtensions } from './case-retention-extensions'
import { CaseSubjects } from './case-subjects'
import { PhaseTimeline } from './phase-timeline'
import { RetentionNotice } from './retention-notice'

/** One case: its facts, summary, phase history, subjects and objects, its record in the meetings, and interventions. */
export function CasePage({ caseId }: { caseId: string }) {
  const summaryId = useId()
  const { detail, error, notFound, reload } = useCaseDetail(caseId)
  const { history, error: historyError } = useCaseHistory(caseId)
  const { references } = useRegisterReferences()

  if (notFound) {
    return (
      <PageUnavailable
        view={{
          state: 'not-found',
          heading: 'Casus niet gevonden',
          message: 'Deze casus bestaat niet (meer). Misschien is hij verwijderd, of hoorde hij bij de voorbeeldkluis.',
          back: { label: 'Naar de lijst met casussen', path: caseRoutes.list },
        }}
      />
    )
  }
  if (!detail) {
    return (
      <PageUnavailable
        view={
          error
            ? { state: 'failed', heading: 'Casus', message: error }
            : { state: 'loading', text: 'De casus wordt geladen…' }
        }
      />
    )
  }

  return (
    <div className="page case-page">
      <Breadcrumbs crumbs={[{ label: 'Casussen', path: caseRoutes.list }, { label: detail.code }]} />
      <div className="page-header">
        <PageHeading>
          <span className="case-code">{detail.code}</span> {detail.alias}
        </PageHeading>
        <a className="button button--secondary" href={hrefFor(caseRoutes.edit(detail.id))}>
          Gegevens wijzigen
        </a>
      </div>
      <FormAlert message={error} />
      <RetentionNotice caseId={detail.id} until={detail.retentionUntil} />
      <div className="case-layout">
        <div className="case-layout__main">
          <div className="card case-facts-card">
            <CaseFacts detail={detail} />
          </div>
          <section className="case-section case-section--card" aria-labelledby={summaryId}>
            <h2 id={summaryId} className="case-section__title">
              Samenvatting
            </h2>
            <MarkdownText
              source={detail.summary}
              topHeadingLevel={3}
              empty={<p className="muted">Er is nog geen samenvatting.</p>}
            />
          </section>
        </div>
        <div className="case-layout__side">
          <PhaseTimeline history={detail.phaseHistory} decisions={history?.decisions} />
        </div>
      </div>
      <CaseSubjects detail={detail} closed={FINAL_PHASE_CODES.includes(detail.phase.code)} onChanged={reload} />
      <CaseMeetingsRecord history={history} error={historyError} />
      <CaseInterventions detail={detail} partners={references?.partners ?? null} onChanged={reload} />
      <CaseRetentionExtensions caseId={detail.id} version={detail.updatedAt} />
    </div>
  )
}
