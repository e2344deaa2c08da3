import { type FormEvent, useEffect, useRef, useState } from 'react'
import type { AgendaItem } from '../../../shared/contract/agenda.contract'
import type { CaseDetail, CaseListRow } from '../../../shared/contract/case.contract'
import type { Decision } from '../../../shared/contract/decision.contract'
import type { Input } from '../../../shared/contract/index'
import { caseKindLabels, caseKinds, type CaseKind } from '../../../shared/domain/case'
import { type DecisionType, decisionTypeInfo, decisionTypes } from '../../../shared/domain/decision-types'
import { request } from '../api/request'
import { ChoiceGroup } from '../components/choice-group'
import { FormAlert } from '../components/form-alert'
import { SelectField } from '../components/select-field'
import { SubmitButton } from '../components/submit-button'
import { TextField } from '../components/text-field'
import { TextareaField } from '../components/textarea-field'
import { useFormErrors } from '../lib/use-form-errors'
import { announce } from '../stores/announcer-store'
import { tracked } from './save-status'

type Values = Input<'decision:record'>['values']

/** The fields a type needs; the vault checks the rest and answers in Dutch. */
function valuesFor(state: DraftState): Values {
  const common = { text: state.text, refersToDecisionId: null }
  const caseId = state.caseId
  switch (state.type) {
    case 'start-analyse':
    case 'plan-van-aanpak':
    case 'evaluatie':
      return { type: state.type, caseId, ...common }
    case 'start-casus':
      return { type: 'start-casus', caseId, caseKind: state.caseKind, ...common }
    case 'niet-starten':
    case 'afsluiten':
    case 'aanhouden':
    case 'escaleren':
    case 'hervatten':
      return { type: state.type, caseId, reason: state.reason, ...common }
    case 'subject-toevoegen': {
      const existing = state.subjectIds.map((id) => ({ kind: 'bestaand' as const, id }))
      const added = state.newName.trim() ? [{ kind: 'persoon' as const, name: state.newName, birthDate: state.newBirthDate || null }] : []
      return { type: 'subject-toevoegen', caseId, subjects: [...existing, ...added], ...common }
    }
    case 'subject-verwijderen':
      return { type: 'subject-verwijderen', caseId, subjectIds: state.subjectIds, ...common }
    case 'bewaartermijn-verlengen':
      return { type: 'bewaartermijn-verlengen', caseId, retentionUntil: state.retentionUntil, reason: state.reason, ...common }
    case 'verslag-vastgesteld':
      return { type: 'verslag-vastgesteld', meetingId: null, ...common }
    case 'overig':
      return { type: 'overig', caseId: caseId || null, ...common }
  }
}

interface DraftState {
  type: DecisionType
  caseId: string
  caseKind: CaseKind
  reason: string
  text: string
  subjectIds: string[]
  newName: string
  newBirthDate: string
  retentionUntil: string
}

/** Records a decision on one agenda item; a refusal ("Casus … is al afgesloten") appears above the form. */
export function DecisionForm({ item, tableId, onRecorded }: { item: AgendaItem; tableId: string; onRecorded: (decision: Decision) => void }) {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [busy, setBusy] = useState(false)
  const [state, setState] = useState<DraftState>({
    type: item.case?.phase.code === 'analyse' ? 'start-casus' : item.case ? 'start-analyse' : 'overig',
    caseId: item.case?.id ?? '',
    caseKind: 'lokaal',
    reason: '',
    text: '',
    subjectIds: [],
    newName: '',
    newBirthDate: '',
    retentionUntil: '',
  })
  const set = <K extends keyof DraftState>(field: K, value: DraftState[K]) => setState((previous) => ({ ...previous, [field]: value }))
  const info = decisionTypeInfo[state.type]
  const [cases, setCases] = useState<CaseListRow[]>([])
  const [caseDetail, setCaseDetail] = useState<CaseDetail | null>(null)

  useEffect(() => {
    let current = true
    request('case:list', { filter: { phaseIds: [], themeIds: [], tableIds: [tableId], kinds: [], gemeenteIds: [], text: '' }, sort: { by: 'code', direction: 'desc' }, offset: 0, limit: 200 })
      .then((answer) => current && setCases(answer.rows))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [tableId])

  const needsSubjects = state.type === 'subject-toevoegen' || state.type === 'subject-verwijderen'
  useEffect(() => {
    if (!needsSubjects || !state.caseId) return
    let current = true
    request('case:get', { id: state.caseId })
      .then((answer) => current && setCaseDetail(answer))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [needsSubjects, state.caseId])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    try {
      const decision = await tracked(request('decision:record', { agendaItemId: item.id, values: valuesFor(state) }))
      announce(`Besluit ${decision.code} (${decision.typeLabel}) is vastgelegd.`)
      setState((previous) => ({ ...previous, text: '', reason: '', subjectIds: [], newName: '', newBirthDate: '' }))
      onRecorded(decision)
    } catch (failure) {
      errors.fail(failure)
    } finally {
      setBusy(false)
    }
  }

  const subjects = caseDetail?.id === state.caseId ? caseDetail.subjects : []
  const subjectChoices =
    state.type === 'subject-verwijderen'
      ? subjects.filter((row) => row.involved).map((row) => ({ value: row.subject.id, label: row.subject.title }))
      : subjects.filter((row) => !row.involved || row.involvements.some((period) => period.pendingDecision)).map((row) => ({ value: row.subject.id, label: row.subject.title }))
  const caseOptions = [
    ...(info.caseRequired ? [] : [{ value: '', label: 'Geen casus' }]),
    ...(item.case && !cases.some((row) => row.id === item.case?.id) ? [{ value: item.case.id, label: `${item.case.code} ${item.case.alias}` }] : []),
    ...cases.map((row) => ({ value: row.id, label: `${row.code} ${row.alias} (${row.phase.name})` })),
  ]

  return (
    <form ref={formRef} className="form decision-form" noValidate aria-label={`Besluit vastleggen bij agendapunt ${item.number}`} onSubmit={(event) => void submit(event)} onChange={errors.onFormChange}>
      <FormAlert message={errors.message} />
      <div className="field-row">
        <SelectField
          label="Soort besluit"
          name="type"
          value={state.type}
          error={errors.fieldError('type')}
          onChange={(event) => set('type', event.target.value as DecisionType)}
          options={decisionTypes.map((type) => ({ value: type, label: decisionTypeInfo[type].label }))}
        />
        {state.type === 'verslag-vastgesteld' ? null : (
          <SelectField label="Casus" name="caseId" value={state.caseId} error={errors.fieldError('caseId')} onChange={(event) => set('caseId', event.target.value)} options={caseOptions.length > 0 ? caseOptions : [{ value: '', label: 'Geen casussen bij deze tafel' }]} />
        )}
      </div>
      {state.type === 'start-casus' ? (
        <ChoiceGroup
          legend="Soort casus"
          name="caseKind"
          type="radio"
          choices={caseKinds.map((kind) => ({ value: kind, label: caseKindLabels[kind] }))}
          value={[state.caseKind]}
          error={errors.fieldError('caseKind')}
          onChange={(value) => set('caseKind', (value[0] ?? 'lokaal') as CaseKind)}
        />
      ) : null}
      {needsSubjects ? (
        <>
          {subjectChoices.length > 0 ? (
            <ChoiceGroup
              legend={state.type === 'subject-verwijderen' ? 'Subjecten en objecten die vervallen' : 'Bestaande subjecten en objecten'}
              name="subjectIds"
              type="checkbox"
              choices={subjectChoices}
              value={state.subjectIds}
              error={errors.fieldError(state.type === 'subject-verwijderen' ? 'subjectIds' : 'subjects')}
              onChange={(value) => set('subjectIds', value)}
            />
          ) : state.type === 'subject-verwijderen' ? (
            <p>Deze casus heeft geen subjecten of objecten om te verwijderen.</p>
          ) : null}
          {state.type === 'subject-toevoegen' ? (
            <div className="field-row">
              <TextField label="Nieuw subject: naam van de persoon" name="subjects" width="medium" autoComplete="off" value={state.newName} error={subjectChoices.length > 0 ? undefined : errors.fieldError('subjects')} onChange={(event) => set('newName', event.target.value)} />
              <TextField label="Geboortedatum (optioneel)" name="birthDate" type="date" width="medium" value={state.newBirthDate} onChange={(event) => set('newBirthDate', event.target.value)} />
            </div>
          ) : null}
        </>
      ) : null}
      {state.type === 'bewaartermijn-verlengen' ? (
        <TextField label="Nieuwe bewaartermijn tot" name="retentionUntil" type="date" width="medium" value={state.retentionUntil} error={errors.fieldError('retentionUntil')} onChange={(event) => set('retentionUntil', event.target.value)} />
      ) : null}
      {['niet-starten', 'afsluiten', 'aanhouden', 'escaleren', 'hervatten', 'bewaartermijn-verlengen'].includes(state.type) ? (
        <TextareaField label={info.reasonRequired ? 'Reden' : 'Reden (optioneel)'} name="reason" rows={2} value={state.reason} error={errors.fieldError('reason')} onChange={(event) => set('reason', event.target.value)} />
      ) : null}
      <TextareaField
        label={state.type === 'overig' ? 'Tekst van het besluit' : 'Tekst van het besluit (optioneel)'}
        hint={state.type === 'overig' ? undefined : 'Leeg: het verslag gebruikt een standaardzin.'}
        name="text"
        rows={2}
        value={state.text}
        error={errors.fieldError('text')}
        onChange={(event) => set('text', event.target.value)}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met vastleggen…">
          Besluit vastleggen
        </SubmitButton>
      </div>
    </form>
  )
}

/** The decisions of an item, newest last, with their effect in words. */
export function DecisionList({ decisions }: { decisions: Decision[] }) {
  if (decisions.length === 0) return null
  return (
    <ul className="decision-list">
      {decisions.map((decision) => (
        <li key={decision.id}>
          <strong>{decision.code}</strong> {decision.typeLabel}
          {decision.case ? ` – ${decision.case.code} ${decision.case.alias}` : ''}
          {decision.effect.phase ? `: fase ${decision.effect.phase.from.name} → ${decision.effect.phase.to.name}` : ''}
          {decision.effect.subjects.length > 0 ? `: ${decision.effect.subjects.map((subject) => `${subject.title} ${subject.change}`).join(', ')}` : ''}
          {decision.status === 'ingetrokken' ? ' (ingetrokken)' : ''}
          {decision.text ? <span className="decision-list__text">{decision.text}</span> : null}
        </li>
      ))}
    </ul>
  )
}
