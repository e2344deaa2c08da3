import { useId, useState } from 'react'
import type { SubjectOverviewSaveResult } from '../../../../shared/contract/subject-overview.contract'
import { ModalDialog } from '../../components/modal-dialog'
import { StatusNote } from '../../components/status-note'
import { SubjectOverviewForm } from './subject-overview-form'

const outcomeOf = (result: SubjectOverviewSaveResult) =>
  result.saved
    ? `Opgeslagen als ‘${result.fileName}’. Het verwerkingenlog vermeldt het, met het opgegeven doel.`
    : 'Niets opgeslagen: het opslaan is afgebroken.'

/** On a subject's page: answer the subject's inzageverzoek (AVG art. 15) with an overview of what is held. */
export function SubjectOverviewAction({ subjectId }: { subjectId: string }) {
  const headingId = useId()
  const [open, setOpen] = useState(false)
  const [outcome, setOutcome] = useState<string | null>(null)
  return (
    <section className="card subject-overview-action" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        Inzageverzoek
      </h2>
      <p>
        Vraagt de betrokkene wat er over hem, haar of de onderneming is vastgelegd? Maak een overzicht van de casussen,
        besluiten, interventies en van wie de gegevens wanneer heeft ingezien.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          setOutcome(null)
          setOpen(true)
        }}
      >
        Inzageverzoek afhandelen
      </button>
      <StatusNote message={outcome} />
      {open ? (
        <ModalDialog title="Inzageverzoek afhandelen" onClose={() => setOpen(false)}>
          {(close) => (
            <SubjectOverviewForm
              subjectId={subjectId}
              onCancel={close}
              onSaved={(result) => {
                setOutcome(outcomeOf(result))
                close()
              }}
            />
          )}
        </ModalDialog>
      ) : null}
    </section>
  )
}
