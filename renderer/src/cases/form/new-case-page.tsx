import { useState } from 'react'
import { todayIso } from '../../../../shared/domain/iso-date'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { Breadcrumbs } from '../../components/breadcrumbs'
import { FormAlert } from '../../components/form-alert'
import { PageHeading } from '../../components/page-heading'
import { useRegisterReferences } from '../../reference/use-register-references'
import { announce } from '../../stores/announcer-store'
import { useRoute } from '../../stores/route-store'
import { caseRoutes, leaveForm } from '../../register/case-routes'
import { blankDraft, createInput } from './case-draft'
import { CaseForm } from './case-form'

/** Nieuwe casus: registered in phase signaal; the case page opens once it is saved. */
export function NewCasePage() {
  const caseCreate = useVaultMutation('case:create')
  const replace = useRoute((state) => state.replace)
  const { references, error } = useRegisterReferences()
  const [initial] = useState(() => blankDraft(todayIso()))
  return (
    <div className="page">
      <Breadcrumbs crumbs={[{ label: 'Casussen', path: caseRoutes.list }, { label: 'Nieuwe casus' }]} />
      <PageHeading>Nieuwe casus</PageHeading>
      <p className="section-intro">
        Een nieuwe casus begint in de fase signaal. Daarna verandert de fase alleen door besluiten van de OMT.
      </p>
      <FormAlert message={error} />
      {references ? (
        <CaseForm
          mode="create"
          initial={initial}
          references={references}
          submitLabel="Casus registreren"
          onCancel={() => leaveForm(caseRoutes.list, replace)}
          onSubmit={async (draft) => {
            const created = await caseCreate.run(createInput(draft))
            // Replace, so Back from the new case skips the filled-in form.
            replace(caseRoutes.case(created.id))
            announce(`Casus ${created.code} ‘${created.alias}’ is geregistreerd.`)
          }}
        />
      ) : (
        <p className="muted" aria-busy="true">
          Het formulier wordt geladen…
        </p>
      )}
    </div>
  )
}
