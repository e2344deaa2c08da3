import type { CaseDetail } from '../../../../shared/contract/case.contract'
import type { Decision } from '../../../../shared/contract/decision.contract'
import { caseKindLabels, caseKinds, type CaseKind } from '../../../../shared/domain/case'
import { type ClosingReason, closingReasonLabels, closingReasons } from '../../../../shared/domain/closing-reason'
import { type DecisionType, decisionTypeInfo, decisionTypes } from '../../../../shared/domain/decision-types'
import { useVaultQuery } from '../../api/use-vault-query'
import { ChoiceGroup } from '../../components/choice-group'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import { TextareaField } from '../../components/textarea-field'
import { shortDate } from '../../lib/dates'
import type { DecisionDraft } from './decision-draft'
import { useDecisionWrites } from './decision-writes'
import { NewSubjectFields } from './new-subject-fields'
import { usePendingReference } from './pending-reference'

const withReason: readonly DecisionType[] = [
  'niet-starten',
  'afsluiten',
  'aanhouden',
  'escaleren',
  'hervatten',
  'bewaartermijn-verlengen',
]

interface DecisionFieldsProps {
  draft: DecisionDraft
  set: (changes: Partial<DecisionDraft>) => void
  fieldError: (name: string) => string | undefined
  tableId: string
  /** The agenda item's case: offered even when the table's case list does not hold it. */
  itemCase: { id: string; code: string; alias: string } | null
  /** The decision being corrected: its own subjects stay choosable and it cannot refer to itself. */
  correcting: Decision | null
  slots: Map<number, number>
}

/** Which of the case's subjects a draft may pick, and the decision being corrected may keep. */
function subjectChoices(detail: CaseDetail | null, draft: DecisionDraft, correcting: Decision | null) {
  const ownId = correcting?.id
  const rows = detail?.id === draft.caseId ? detail.subjects : []
  const choosable =
    draft.type === 'subject-verwijderen'
      ? rows.filter(
          (row) =>
            row.involved ||
            row.involvements.some((period) => ownId !== undefined && period.closedByDecisionId === ownId),
        )
      : rows.filter(
          (row) =>
            !row.involved ||
            row.involvements.some(
              (period) => period.pendingDecision || (ownId !== undefined && period.openedByDecisionId === ownId),
            ),
        )
  return choosable.map((row) => ({ value: row.subject.id, label: row.subject.title }))
}

/** The facts of one decision, for recording it and for correcting it; the form around them submits. */
export function DecisionFields({ draft, set, fieldError, tableId, itemCase, correcting, slots }: DecisionFieldsProps) {
  const info = decisionTypeInfo[draft.type]
  const needsSubjects = draft.type === 'subject-toevoegen' || draft.type === 'subject-verwijderen'
  const pending = usePendingReference((state) => state.reference)
  const writes = useDecisionWrites((state) => state.count)

  // Every recorded decision (`writes`) asks again; the choices shown stay meanwhile, so they do not flicker away. A failed
  // read leaves a list empty: the form still submits, and the vault names what is wrong.
  const cases = useVaultQuery(
    'case:list',
    {
      filter: { phaseIds: [], themeIds: [], tableIds: [tableId], kinds: [], gemeenteIds: [], text: '' },
      sort: { by: 'code', direction: 'desc' },
      offset: 0,
      limit: 200,
    },
    { version: writes },
  ).data?.rows
  const detail = useVaultQuery('case:get', needsSubjects && draft.caseId ? { id: draft.caseId } : null, {
    version: writes,
  }).data
  const history = useVaultQuery('case:history', draft.caseId ? { caseId: draft.caseId } : null, { version: writes })
    .data?.decisions

  const caseOptions = [
    ...(info.caseRequired ? [] : [{ value: '', label: 'Geen casus' }]),
    ...(itemCase && !cases?.some((row) => row.id === itemCase.id)
      ? [{ value: itemCase.id, label: `${itemCase.code} ${itemCase.alias}` }]
      : []),
    ...(correcting?.case && correcting.case.id !== itemCase?.id && !cases?.some((row) => row.id === correcting.case?.id)
      ? [{ value: correcting.case.id, label: `${correcting.case.code} ${correcting.case.alias}` }]
      : []),
    ...(cases ?? []).map((row) => ({ value: row.id, label: `${row.code} ${row.alias} (${row.phase.name})` })),
  ]

  const earlier = (history ?? []).filter((decision) => decision.id !== correcting?.id)
  const referable = [
    ...earlier.map((decision) => ({
      value: decision.id,
      label: `${decision.code} ${decision.typeLabel} (${shortDate(decision.decidedOn)})${decision.status === 'ingetrokken' ? ', ingetrokken' : ''}`,
    })),
    ...(pending && pending.tableId === tableId && !earlier.some((decision) => decision.id === pending.decisionId)
      ? [{ value: pending.decisionId, label: pending.code }]
      : []),
    ...(correcting?.refersTo &&
    !earlier.some((decision) => decision.id === correcting.refersTo?.id) &&
    correcting.refersTo.id !== pending?.decisionId
      ? [{ value: correcting.refersTo.id, label: correcting.refersTo.code }]
      : []),
  ]

  const choices = needsSubjects ? subjectChoices(detail, draft, correcting) : []
  const newErrors = [...slots.values()].flatMap((slot) =>
    ['name', 'kvk', 'birthDate', 'objectKind', 'description'].map((name) =>
      fieldError(`subjects.${String(slot)}.${name}`),
    ),
  )
  // fieldError('subjects') also answers with an entry's error; only the list's own message belongs at the list.
  const subjectsError = fieldError('subjects')
  const listError = subjectsError && !newErrors.includes(subjectsError) ? subjectsError : undefined

  return (
    <>
      <div className="field-row">
        <SelectField
          label="Soort besluit"
          name="type"
          value={draft.type}
          error={fieldError('type')}
          onChange={(event) => set({ type: event.target.value as DecisionType, subjectIds: [] })}
          options={decisionTypes.map((type) => ({ value: type, label: decisionTypeInfo[type].label }))}
        />
        {draft.type === 'verslag-vastgesteld' ? null : (
          <SelectField
            label="Casus"
            name="caseId"
            value={draft.caseId}
            error={fieldError('caseId')}
            onChange={(event) => set({ caseId: event.target.value, refersToDecisionId: '' })}
            options={caseOptions.length > 0 ? caseOptions : [{ value: '', label: 'Geen casussen bij deze tafel' }]}
          />
        )}
      </div>
      {draft.type === 'start-casus' ? (
        <ChoiceGroup
          legend="Soort casus"
          name="caseKind"
          type="radio"
          choices={caseKinds.map((kind) => ({ value: kind, label: caseKindLabels[kind] }))}
          value={[draft.caseKind]}
          error={fieldError('caseKind')}
          onChange={(value) => set({ caseKind: (value[0] ?? 'lokaal') as CaseKind })}
        />
      ) : null}
      {needsSubjects && choices.length > 0 ? (
        <ChoiceGroup
          legend={
            draft.type === 'subject-verwijderen'
              ? 'Subjecten en objecten die vervallen'
              : 'Bestaande subjecten en objecten'
          }
          name="subjectIds"
          type="checkbox"
          choices={choices}
          value={draft.subjectIds}
          error={draft.type === 'subject-verwijderen' ? fieldError('subjectIds') : listError}
          onChange={(value) => set({ subjectIds: value })}
        />
      ) : null}
      {draft.type === 'subject-verwijderen' && choices.length === 0 ? (
        <p>Deze casus heeft geen subjecten of objecten om te verwijderen.</p>
      ) : null}
      {draft.type === 'subject-toevoegen' ? (
        <NewSubjectFields
          entries={draft.newSubjects}
          onChange={(newSubjects) => set({ newSubjects })}
          slots={slots}
          fieldError={fieldError}
          listError={choices.length > 0 ? undefined : listError}
        />
      ) : null}
      {draft.type === 'bewaartermijn-verlengen' ? (
        <TextField
          label="Nieuwe bewaartermijn tot"
          name="retentionUntil"
          type="date"
          width="medium"
          value={draft.retentionUntil}
          error={fieldError('retentionUntil')}
          onChange={(event) => set({ retentionUntil: event.target.value })}
        />
      ) : null}
      {draft.type === 'afsluiten' ? (
        <SelectField
          label="Reden van afsluiten"
          hint="De voortgangsrapportage telt afgesloten casussen naar deze reden."
          name="closingReason"
          value={draft.closingReason}
          error={fieldError('closingReason')}
          onChange={(event) => set({ closingReason: event.target.value as ClosingReason | '' })}
          options={[
            { value: '', label: 'Kies een reden' },
            ...closingReasons.map((reason) => ({ value: reason, label: closingReasonLabels[reason] })),
          ]}
        />
      ) : null}
      {withReason.includes(draft.type) ? (
        <TextareaField
          label={draft.type === 'afsluiten' ? 'Toelichting' : info.reasonRequired ? 'Reden' : 'Reden (optioneel)'}
          name="reason"
          rows={2}
          value={draft.reason}
          error={fieldError('reason')}
          onChange={(event) => set({ reason: event.target.value })}
        />
      ) : null}
      <TextareaField
        label={draft.type === 'overig' ? 'Tekst van het besluit' : 'Tekst van het besluit (optioneel)'}
        hint={draft.type === 'overig' ? undefined : 'Leeg: het verslag gebruikt een standaardzin.'}
        name="text"
        rows={2}
        value={draft.text}
        error={fieldError('text')}
        onChange={(event) => set({ text: event.target.value })}
      />
      {referable.length > 0 || draft.refersToDecisionId ? (
        <SelectField
          label="Verwijst naar besluit (optioneel)"
          hint="Het eerdere besluit over deze casus dat dit besluit wijzigt of aanvult."
          name="refersToDecisionId"
          value={draft.refersToDecisionId}
          error={fieldError('refersToDecisionId')}
          onChange={(event) => set({ refersToDecisionId: event.target.value })}
          options={[{ value: '', label: 'Geen eerder besluit' }, ...referable]}
        />
      ) : null}
    </>
  )
}
