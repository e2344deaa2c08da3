import { FormAlert } from '../../components/form-alert'
import type { CaseHistory } from '../use-case-history'
import { CaseActionsTable } from './case-action-items'
import { CaseAgendaTable } from './case-agenda-appearances'
import { CaseDecisionsTable } from './case-decisions'
import { RecordSection } from './record-section'
import './case-meetings-record.css'

/** What the OMT did with the case: its decisions, the agendas it was on, and the actions agreed. */
export function CaseMeetingsRecord({ history, error }: { history: CaseHistory | null; error: string | null }) {
  const loading = error === null
  return (
    <>
      <FormAlert message={error} />
      <RecordSection
        title="Besluiten"
        rows={history?.decisions ?? null}
        loading={loading}
        empty="De OMT heeft nog geen besluit over deze casus genomen."
      >
        {(decisions, headingId) => <CaseDecisionsTable decisions={decisions} headingId={headingId} />}
      </RecordSection>
      <RecordSection
        title="Op de agenda"
        rows={history?.agendaAppearances ?? null}
        loading={loading}
        empty="Deze casus heeft nog niet op een agenda gestaan."
      >
        {(appearances, headingId) => <CaseAgendaTable appearances={appearances} headingId={headingId} />}
      </RecordSection>
      <RecordSection
        title="Actiepunten"
        rows={history?.actionItems ?? null}
        loading={loading}
        empty="Er zijn geen actiepunten bij deze casus afgesproken."
      >
        {(actions, headingId) => <CaseActionsTable actions={actions} headingId={headingId} />}
      </RecordSection>
    </>
  )
}
