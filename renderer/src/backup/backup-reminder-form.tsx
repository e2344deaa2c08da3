import { useState } from 'react'
import { useVaultMutation } from '../api/use-vault-mutation'
import { useVaultQuery } from '../api/use-vault-query'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { StatusNote } from '../components/status-note'
import { TextField } from '../components/text-field'
import { useFormSubmit } from '../lib/use-form-submit'
import { useBackupChanges } from '../stores/backup-store'

/** After how many days without a back-up the app reminds the user. */
export function BackupReminderForm() {
  const settings = useVaultQuery('settings:get', {})
  const changed = useBackupChanges((state) => state.changed)
  const updateSettings = useVaultMutation('settings:update')
  const [typed, setDays] = useState<string | null>(null)
  const days = typed ?? (settings.data ? String(settings.data.backupReminderDays) : null)
  const [done, setDone] = useState<string | null>(null)

  const form = useFormSubmit(
    async () => {
      setDone(null)
      const trimmed = (days ?? '').trim()
      // Empty or not a number goes to the vault as NaN, which answers with its Dutch message.
      const saved = await updateSettings.run({ backupReminderDays: trimmed === '' ? Number.NaN : Number(trimmed) })
      setDays(String(saved.backupReminderDays))
      changed()
      setDone(
        `Opgeslagen. Tafelwerk herinnert u als de laatste back-up ouder is dan ${String(saved.backupReminderDays)} dagen.`,
      )
    },
    { staysOpen: true },
  )

  if (days === null) return <FormAlert message={settings.error} />
  return (
    <form {...form.props} className="form">
      <FormAlert message={form.errors.message} />
      <TextField
        label="Herinneren na (dagen zonder back-up)"
        name="backupReminderDays"
        hint="Van 1 tot en met 90 dagen."
        width="short"
        inputMode="numeric"
        autoComplete="off"
        value={days}
        onChange={(event) => setDays(event.target.value)}
        error={form.errors.fieldError('backupReminderDays')}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met opslaan…">
        Opslaan
      </FormActions>
      <StatusNote message={done} />
    </form>
  )
}
