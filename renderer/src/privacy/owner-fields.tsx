import { TextField } from '../components/text-field'

export interface OwnerValues {
  ownerName: string
  ownerRole: string
}

interface OwnerFieldsProps {
  values: OwnerValues
  onChange: (values: OwnerValues) => void
  errors: { ownerName?: string | undefined; ownerRole?: string | undefined }
  autoFocus?: boolean
}

/** Who works with the vault: the processing log names them with every entry. */
export function OwnerFields({ values, onChange, errors, autoFocus = false }: OwnerFieldsProps) {
  return (
    <>
      <TextField
        label="Uw naam"
        name="ownerName"
        autoComplete="name"
        value={values.ownerName}
        onChange={(event) => onChange({ ...values, ownerName: event.target.value })}
        error={errors.ownerName}
        data-autofocus={autoFocus ? true : undefined}
        maxLength={120}
      />
      <TextField
        label="Uw functie"
        name="ownerRole"
        autoComplete="organization-title"
        hint="Bijvoorbeeld secretaris OMT of casusregisseur."
        value={values.ownerRole}
        onChange={(event) => onChange({ ...values, ownerRole: event.target.value })}
        error={errors.ownerRole}
        maxLength={120}
      />
    </>
  )
}
