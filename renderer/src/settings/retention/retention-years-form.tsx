import { useState } from 'react'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import { TextField } from '../../components/text-field'
import { useFormSubmit } from '../../lib/use-form-submit'

const yearsText = (years: number): string => `${years} jaar`

/** How many years a closed case is kept after its closing date, unless the OMT extends it by decision. */
export function RetentionYearsForm() {
  const settings = useVaultQuery('settings:get', {})
  const updateSettings = useVaultMutation('settings:update')
  const [typed, setYears] = useState<string | null>(null)
  const years = typed ?? (settings.data ? String(settings.data.retentionYears) : null)
  const [done, setDone] = useState<string | null>(null)

  const form = useFormSubmit(
    async () => {
      setDone(null)
      const trimmed = (years ?? '').trim()
      // Empty or not a number goes to the vault as NaN, which answers with its Dutch message.
      const saved = await updateSettings.run({ retentionYears: trimmed === '' ? Number.NaN : Number(trimmed) })
      setYears(String(saved.retentionYears))
      setDone(
        `Opgeslagen. Een casus die vanaf nu wordt afgesloten, wordt ${yearsText(saved.retentionYears)} na de afsluitdatum bewaard.`,
      )
    },
    { staysOpen: true },
  )

  if (years === null) return <FormAlert message={settings.error} />
  return (
    <form {...form.props} className="form">
      <p>
        Bij het afsluiten van een casus wordt de bewaartermijn de afsluitdatum plus dit aantal jaren. Een casus die al
        is afgesloten, houdt zijn datum. Verlengen gaat alleen met een besluit van de OMT.
      </p>
      <FormAlert message={form.errors.message} />
      <TextField
        label="Bewaartermijn na afsluiten (jaren)"
        name="retentionYears"
        hint="Van 1 tot en met 20 jaar."
        width="short"
        inputMode="numeric"
        autoComplete="off"
        value={years}
        onChange={(event) => setYears(event.target.value)}
        error={form.errors.fieldError('retentionYears')}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…">
        Opslaan
      </FormActions>
      <StatusNote message={done} />
    </form>
  )
}
