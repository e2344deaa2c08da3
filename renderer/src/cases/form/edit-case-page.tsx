import { useVaultMutation } from '../../api/use-vault-mutation'
import { Breadcrumbs } from '../../components/breadcrumbs'
import { PageHeading } from '../../components/page-heading'
import { PageUnavailable } from '../../components/page-unavailable'
import { useRegisterReferences } from '../../reference/use-register-references'
import { announce } from '../../stores/announcer-store'
import { useRoute } from '../../stores/route-store'
import { caseRoutes, leaveForm } from '../../register/case-routes'
import { useCaseDetail } from '../use-case-detail'
import { draftOf, updateValues } from './case-draft'
import { CaseForm } from './case-form'

/** The details the secretary owns; phase and subjects are not here, decisions change those. */
export function EditCasePage({ caseId }: { caseId: string }) {
  const caseUpdate = useVaultMutation('case:update')
  const replace = useRoute((state) => state.replace)
  const { detail, error, notFound } = useCaseDetail(caseId)
  const { references, error: referenceError } = useRegisterReferences()

  if (notFound)
    return (
      <PageUnavailable
        view={{
          state: 'not-found',
          heading: 'Casus niet gevonden',
          message: 'Deze casus bestaat niet (meer).',
          back: { label: 'Naar de lijst met casussen', path: caseRoutes.list },
        }}
      />
    )
  if (!detail || !references) {
    const failure = error ?? referenceError
    return (
      <PageUnavailable
        view={
          failure
            ? { state: 'failed', heading: 'Casus wijzigen', message: failure }
            : { state: 'loading', text: 'De casus wordt geladen…' }
        }
      />
    )
  }

  return (
    <div className="page">
      <Breadcrumbs
        crumbs={[
          { label: 'Casussen', path: caseRoutes.list },
          { label: detail.code, path: caseRoutes.case(detail.id) },
          { label: 'Wijzigen' },
        ]}
      />
      <PageHeading>
        <span className="case-code">{detail.code}</span> {detail.alias} wijzigen
      </PageHeading>
      <p className="section-intro">
        De fase en de subjecten en objecten veranderen alleen door besluiten van de OMT en staan daarom niet in dit
        formulier.
      </p>
      <CaseForm
        mode="edit"
        initial={draftOf(detail)}
        references={references}
        submitLabel="Wijzigingen opslaan"
        onCancel={() => leaveForm(caseRoutes.case(detail.id), replace)}
        onSubmit={async (draft) => {
          const saved = await caseUpdate.run({ id: detail.id, values: updateValues(draft) })
          replace(caseRoutes.case(saved.id))
          announce(`De wijzigingen in casus ${saved.code} zijn opgeslagen.`)
        }}
      />
    </div>
  )
}
