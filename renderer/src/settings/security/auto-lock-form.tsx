import { useState } from 'react'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { useVaultQuery } from '../../api/use-vault-query'
import { FormActions } from '../../components/form-actions'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'
import { TextField } from '../../components/text-field'
import { useFormSubmit } from '../../lib/use-form-submit'

const minutesText = (minutes: number): string => `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`

/** How long Tafelwerk may sit unused before main locks the vault. */
export function AutoLockForm() {
  const settings = useVaultQuery('settings:get', {})
  const updateSettings = useVaultMutation('settings:update')
  // What the user typed, over what the vault has.
  const [typed, setMinutes] = useState<string | null>(null)
  const minutes = typed ?? (settings.data ? String(settings.data.autoLockMinutes) : null)
  const loadError = settings.error
  const [done, setDone] = useState<string | null>(null)

  const form = useFormSubmit(
    async () => {
      setDone(null)
      // The form shows once the minutes are loaded, so they are there to send.
      const trimmed = (minutes ?? '').trim()
      // Empty or not a number goes to the vault as NaN, which answers with its Dutch message.
      const saved = await updateSettings.run({ autoLockMinutes: trimmed === '' ? Number.NaN : Number(trimmed) })
      setMinutes(String(saved.autoLockMinutes))
      setDone(`Opgeslagen. De kluis vergrendelt na ${minutesText(saved.autoLockMinutes)} zonder activiteit.`)
    },
    { staysOpen: true },
  )

  if (minutes === null) return <FormAlert message={loadError} />
  return (
    <form {...form.props} className="form">
      <p>
        De kluis gaat ook op slot als u het scherm van de computer vergrendelt of de computer in de slaapstand gaat.
      </p>
      <FormAlert message={form.errors.message} />
      <TextField
        label="Vergrendelen na (minuten zonder activiteit)"
        name="autoLockMinutes"
        hint="Van 1 tot en met 240 minuten."
        width="short"
        inputMode="numeric"
        autoComplete="off"
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={form.errors.fieldError('autoLockMinutes')}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…">
        Opslaan
      </FormActions>
      <StatusNote message={done} />
    </form>
  )
}
