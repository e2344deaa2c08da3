import { type FormEvent, useRef, useState } from 'react'
import { OmtError } from '../../../../shared/contract/errors'
import { caseKindLabels, caseKinds } from '../../../../shared/domain/case'
import { ChoiceGroup } from '../../components/choice-group'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { SubmitButton } from '../../components/submit-button'
import { TextField } from '../../components/text-field'
import { useFormErrors } from '../../lib/use-form-errors'
import { choosable, type RegisterReferences } from '../../reference/use-register-references'
import { CaseCodeField } from './case-code-field'
import { type CaseDraft, missingChoices, withRegisteredOn } from './case-draft'
import { SummaryField } from './summary-field'

interface CaseFormProps {
  mode: 'create' | 'edit'
  initial: CaseDraft
  references: RegisterReferences
  submitLabel: string
  /** Sends the draft; a rejection carries the vault's Dutch field errors. */
  onSubmit: (draft: CaseDraft) => Promise<void>
  onCancel: () => void
}

/** Registers or edits a case. The vault validates; its messages appear next to the fields they are about. */
export function CaseForm({ mode, initial, references, submitLabel, onSubmit, onCancel }: CaseFormProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [draft, setDraft] = useState(initial)
  const [busy, setBusy] = useState(false)
  const set = (changes: Partial<CaseDraft>) => setDraft((previous) => ({ ...previous, ...changes }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    errors.clear()
    const missing = missingChoices(draft)
    if (Object.keys(missing).length > 0) return errors.fail(new OmtError('VALIDATION', undefined, missing))
    setBusy(true)
    try {
      await onSubmit(draft)
    } catch (error) {
      errors.fail(error)
      setBusy(false)
    }
  }

  const tableOptions = choosable(references.tables, [draft.tableId]).map((table) => ({ value: table.id, label: table.name }))
  const partnerOptions = choosable(references.partners, [draft.leadPartnerId]).map((partner) => ({ value: partner.id, label: partner.name }))

  return (
    <form ref={formRef} className="form form--wide" noValidate onChange={errors.onFormChange} onSubmit={(event) => void submit(event)}>
      <FormAlert message={errors.message} />
      <div className="field-row">
        <SelectField
          name="tableId"
          label="Ondermijningstafel"
          value={draft.tableId}
          error={errors.fieldError('tableId')}
          onChange={(event) => set({ tableId: event.target.value })}
          options={[{ value: '', label: 'Kies een tafel' }, ...tableOptions]}
        />
        <ChoiceGroup
          legend="Soort casus"
          name="kind"
          type="radio"
          choices={caseKinds.map((kind) => ({ value: kind, label: caseKindLabels[kind] }))}
          value={[draft.kind]}
          error={errors.fieldError('kind')}
          onChange={([kind]) => set({ kind: kind ?? '' })}
        />
      </div>
      <CaseCodeField mode={mode} draft={draft} references={references} error={errors.fieldError('code')} onChange={set} />
      <TextField
        name="alias"
        label="Alias"
        hint="Een werknaam voor de casus, bijvoorbeeld ‘Stille Haven’. Gebruik nooit de naam van een persoon: de alias staat op agenda’s en in verslagen."
        autoComplete="off"
        value={draft.alias}
        error={errors.fieldError('alias')}
        onChange={(event) => set({ alias: event.target.value })}
      />
      <ChoiceGroup
        legend="Thema’s"
        hint="De verschijningsvormen van ondermijning waar de casus over gaat. Kies er een of meer."
        name="themeIds"
        type="checkbox"
        choices={choosable(references.themes, draft.themeIds).map((theme) => ({ value: theme.id, label: theme.name }))}
        value={draft.themeIds}
        error={errors.fieldError('themeIds')}
        onChange={(themeIds) => set({ themeIds })}
      />
      <ChoiceGroup
        legend="Gemeenten"
        hint="De gemeenten waar de casus speelt."
        name="gemeenteIds"
        type="checkbox"
        columns
        choices={choosable(references.gemeenten, draft.gemeenteIds).map((gemeente) => ({ value: gemeente.id, label: gemeente.name }))}
        value={draft.gemeenteIds}
        error={errors.fieldError('gemeenteIds')}
        onChange={(gemeenteIds) => set({ gemeenteIds })}
      />
      <div className="field-row">
        <SelectField
          name="leadPartnerId"
          label="Trekker"
          hint="De partner die de casus trekt."
          value={draft.leadPartnerId}
          error={errors.fieldError('leadPartnerId')}
          onChange={(event) => set({ leadPartnerId: event.target.value })}
          options={[{ value: '', label: 'Nog niet bekend' }, ...partnerOptions]}
        />
        <TextField
          name="caseDirector"
          label="Casusregisseur"
          hint="De medewerker die de casus regisseert."
          autoComplete="off"
          value={draft.caseDirector}
          error={errors.fieldError('caseDirector')}
          onChange={(event) => set({ caseDirector: event.target.value })}
        />
      </div>
      <SummaryField value={draft.summary} error={errors.fieldError('summary')} onChange={(summary) => set({ summary })} />
      <div className="field-row">
        {mode === 'create' ? (
          <TextField
            type="date"
            name="registeredOn"
            label="Registratiedatum"
            hint="De datum van het signaal. De code krijgt dit jaartal."
            width="medium"
            value={draft.registeredOn}
            error={errors.fieldError('registeredOn')}
            onChange={(event) => setDraft((previous) => withRegisteredOn(previous, event.target.value))}
          />
        ) : null}
        <TextField
          type="date"
          name="retentionUntil"
          label="Bewaartermijn tot"
          hint={
            mode === 'create'
              ? 'Standaard vijf jaar na registratie. Verlengen kan later alleen met een besluit van de OMT.'
              : 'Verlengen gaat met een besluit van de OMT; hier kunt u de termijn alleen inkorten.'
          }
          width="medium"
          value={draft.retentionUntil}
          error={errors.fieldError('retentionUntil')}
          onChange={(event) => set({ retentionUntil: event.target.value, retentionTouched: true })}
        />
      </div>
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Bezig met opslaan…">
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  )
}
