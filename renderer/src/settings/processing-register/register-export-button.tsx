import { useState } from 'react'
import { messageOf } from '../../api/request'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormAlert } from '../../components/form-alert'
import { StatusNote } from '../../components/status-note'

/** Saves the register as PDF where the user chooses; the status line says under which name. */
export function RegisterExportButton() {
  const save = useVaultMutation('processing-register:save')
  const [saved, setSaved] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const exportRegister = () => {
    if (save.busy) return
    setSaved(null)
    setError(null)
    save.run({}).then(
      (result) =>
        setSaved(
          result.saved ? `Opgeslagen als ‘${result.fileName}’.` : 'Niets opgeslagen: het opslaan is afgebroken.',
        ),
      (failure: unknown) => setError(messageOf(failure)),
    )
  }
  return (
    <div className="register-export">
      <button
        type="button"
        className="button button--secondary"
        aria-busy={save.busy || undefined}
        onClick={exportRegister}
      >
        {save.busy ? 'Bezig met exporteren…' : 'Exporteren als PDF'}
      </button>
      <StatusNote message={saved} />
      <FormAlert message={error} />
    </div>
  )
}
