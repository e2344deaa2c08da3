import { useState } from 'react'
import { Thresholds } from '../../../../shared/contract/district-report.contract'
import type { FieldErrors } from '../../../../shared/contract/errors'
import { SUPPRESSION_FLOOR } from '../../../../shared/domain/report-period'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import { TextField } from '../../components/text-field'
import { useFormSubmit } from '../../lib/use-form-submit'

type Field = keyof Thresholds
type Typed = Record<Field, string>

const fields: { name: Field; label: string; hint: string }[] = [
  {
    name: 'minCount',
    label: 'Aantallen tonen vanaf',
    hint: `Kleinere aantallen (behalve 0) tonen als “<…”. Minstens ${String(SUPPRESSION_FLOOR.minCount)}.`,
  },
  {
    name: 'minN',
    label: 'Mediaan en percentage vanaf (aantal casussen)',
    hint: `Met minder casussen tonen doorlooptijden en aandelen als “—”. Minstens ${String(SUPPRESSION_FLOOR.minN)}.`,
  },
  {
    name: 'minContributors',
    label: 'Bedragen vanaf (aantal casussen dat bijdraagt)',
    hint: `Met minder casussen tonen bedragen als “—”. Minstens ${String(SUPPRESSION_FLOOR.minContributors)}.`,
  },
]

const typedOf = (thresholds: Thresholds): Typed => ({
  minCount: String(thresholds.minCount),
  minN: String(thresholds.minN),
  minContributors: String(thresholds.minContributors),
})

// Empty or not a number becomes NaN, which the contract answers with "Vul een aantal in."
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()))
const valuesOf = (typed: Typed) => ({
  minCount: numberOf(typed.minCount),
  minN: numberOf(typed.minN),
  minContributors: numberOf(typed.minContributors),
})

/**
 * The small-number rule's thresholds: they may be raised, never set below the
 * floors of issue 11. Checked with the contract before saving, so the
 * messages are the vault's own; the vault checks again.
 */
export function ReportThresholdsForm() {
  const options = useVaultQuery('districtReport:options', {})
  const save = useVaultMutation('districtReport:thresholds')
  const [typed, setTyped] = useState<Typed | null>(null)
  const shown = typed ?? (options.data ? typedOf(options.data.thresholds) : null)
  const [done, setDone] = useState<string | null>(null)

  const form = useFormSubmit(
    async () => {
      setDone(null)
      const saved = await save.run(valuesOf(shown ?? typedOf(SUPPRESSION_FLOOR)))
      setTyped(typedOf(saved))
      setDone('Opgeslagen. De voortgangsrapportage rekent voortaan met deze drempels.')
    },
    {
      staysOpen: true,
      check: (): FieldErrors => {
        const parsed = Thresholds.safeParse(valuesOf(shown ?? typedOf(SUPPRESSION_FLOOR)))
        if (parsed.success) return {}
        return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
      },
    },
  )

  if (!shown) return <FormAlert message={options.error} />
  return (
    <form {...form.props} className="form">
      <p>
        Kleine aantallen kunnen naar personen herleid worden. De rapportage verbergt ze voordat iets op het scherm, in
        een notitie, in de PDF of in een export komt.
      </p>
      <FormAlert message={form.errors.message} />
      {fields.map((field) => (
        <TextField
          key={field.name}
          label={field.label}
          name={field.name}
          hint={field.hint}
          width="short"
          inputMode="numeric"
          autoComplete="off"
          value={shown[field.name]}
          onChange={(event) => setTyped({ ...shown, [field.name]: event.target.value })}
          error={form.errors.fieldError(field.name)}
        />
      ))}
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…">
        Opslaan
      </FormActions>
      <StatusNote message={done} />
    </form>
  )
}
