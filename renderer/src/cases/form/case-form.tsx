import { useState } from 'react'
import { caseKindLabels, caseKinds } from '../../../../shared/domain/case'
import { ChoiceGroup } from '../../components/choice-group'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import { bindFields } from '../../lib/bind-fields'
import { useFormSubmit } from '../../lib/use-form-submit'
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
  const [draft, setDraft] = useState(initial)
  const set = (changes: Partial<CaseDraft>) => setDraft((previous) => ({ ...previous, ...changes }))
  const form = useFormSubmit(() => onSubmit(draft), { check: () => missingChoices(draft) })
  const { errors } = form
  const field = bindFields(draft, setDraft, errors.fieldError)

  const tableOptions = choosable(references.tables, [draft.tableId]).map((table) => ({
    value: table.id,
    label: table.name,
  }))
  // Each select keeps its own archived partner, so an old case still shows what it holds.
  const partnerOptions = (current: string) =>
    choosable(references.partners, [current]).map((partner) => ({ value: partner.id, label: partner.name }))

  return (
    <form {...form.props} className="form form--wide">
      <FormAlert message={errors.message} />
      <div className="field-row">
        <SelectField
          label="Ondermijningstafel"
          {...field('tableId')}
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
      <CaseCodeField
        mode={mode}
        draft={draft}
        references={references}
        error={errors.fieldError('code')}
        onChange={set}
      />
      <TextField
        label="Alias"
        hint="Een werknaam voor de casus, bijvoorbeeld ‘Stille Haven’. Gebruik nooit de naam van een persoon: de alias staat op agenda’s en in verslagen."
        autoComplete="off"
        {...field('alias')}
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
        choices={choosable(references.gemeenten, draft.gemeenteIds).map((gemeente) => ({
          value: gemeente.id,
          label: gemeente.name,
        }))}
        value={draft.gemeenteIds}
        error={errors.fieldError('gemeenteIds')}
        onChange={(gemeenteIds) => set({ gemeenteIds })}
      />
      <div className="field-row">
        <SelectField
          label="Aangedragen door"
          hint="De partner die het signaal heeft ingebracht."
          {...field('signalPartnerId')}
          options={[{ value: '', label: 'Niet vastgelegd' }, ...partnerOptions(draft.signalPartnerId)]}
        />
        <SelectField
          label="Trekker"
          hint="De partner die de casus trekt."
          {...field('leadPartnerId')}
          options={[{ value: '', label: 'Nog niet bekend' }, ...partnerOptions(draft.leadPartnerId)]}
        />
      </div>
      <TextField
        label="Casusregisseur"
        hint="De medewerker die de casus regisseert."
        autoComplete="off"
        {...field('caseDirector')}
      />
      <SummaryField
        value={draft.summary}
        error={errors.fieldError('summary')}
        onChange={(summary) => set({ summary })}
      />
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
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…" onCancel={onCancel}>
        {submitLabel}
      </FormActions>
    </form>
  )
}
