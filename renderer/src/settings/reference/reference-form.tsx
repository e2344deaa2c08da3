import { useState } from 'react'
import type { Input } from '../../../../shared/contract/index'
import type { ReferenceRow } from '../../../../shared/domain/reference'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { CheckboxField } from '../../components/checkbox-field'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { SelectField } from '../../components/select-field'
import { TextField } from '../../components/text-field'
import { useFormSubmit } from '../../lib/use-form-submit'
import { districtOptions } from './district-context'
import type { AnyKindConfig, FieldSpec, FormValues } from './reference-config'
import type { AnyRow } from './use-reference-list'

interface ReferenceFormProps {
  config: AnyKindConfig
  /** Null to add a new row. */
  row: AnyRow | null
  districts: readonly ReferenceRow<'district'>[] | null
  onSaved: (values: FormValues) => void
  onCancel: () => void
}

/** Adds or edits one row; the vault validates, and its Dutch field errors land next to the fields. */
export function ReferenceForm({ config, row, districts, onSaved, onCancel }: ReferenceFormProps) {
  const referenceUpdate = useVaultMutation('reference:update')
  const referenceCreate = useVaultMutation('reference:create')
  const [values, setValues] = useState<FormValues>(() => (row ? config.toForm(row) : config.blank))
  const form = useFormSubmit(async () => {
    const fields = config.toValues(values)
    // The config ties kind and values together; the union type cannot see that through a generic kind.
    if (row) await referenceUpdate.run({ kind: config.kind, id: row.id, values: fields } as Input<'reference:update'>)
    else await referenceCreate.run({ kind: config.kind, values: fields } as Input<'reference:create'>)
    onSaved(values)
  })

  const set = (name: string, value: string | boolean) => setValues((previous) => ({ ...previous, [name]: value }))

  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      {config.fields.map((field, index) => (
        <FormField
          key={field.name}
          field={field}
          first={index === 0}
          value={values[field.name] ?? ''}
          error={form.errors.fieldError(field.name)}
          districts={districts}
          onChange={(value) => set(field.name, value)}
        />
      ))}
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…" onCancel={onCancel}>
        Opslaan
      </FormActions>
    </form>
  )
}

interface FormFieldProps {
  field: FieldSpec
  first: boolean
  value: string | boolean
  error: string | undefined
  districts: readonly ReferenceRow<'district'>[] | null
  onChange: (value: string | boolean) => void
}

function FormField({ field, first, value, error, districts, onChange }: FormFieldProps) {
  // The dialog focuses [data-autofocus] after showModal; React's autoFocus runs too early for a dialog.
  const focus = first ? { 'data-autofocus': true } : {}
  const common = { ...focus, name: field.name, label: field.label, hint: field.hint, error }
  const text = typeof value === 'string' ? value : ''
  switch (field.type) {
    case 'checkbox':
      return <CheckboxField {...common} checked={value === true} onChange={(event) => onChange(event.target.checked)} />
    case 'select':
      return (
        <SelectField
          {...common}
          value={text}
          options={field.options === 'districts' ? districtOptions(districts, text) : field.options}
          onChange={(event) => onChange(event.target.value)}
        />
      )
    case 'number':
      return (
        <TextField
          {...common}
          width="short"
          // Text with a numeric keyboard: type="number" silently drops what it cannot parse.
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      )
    case 'text':
      return (
        <TextField
          {...common}
          width={field.width}
          autoComplete="off"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      )
  }
}
