import { useEffect, useState } from 'react'
import type { RestoreSummary } from '../../../shared/contract/backup.contract'
import type { VaultStatus } from '../../../shared/contract/vault.contract'
import { useVaultMutation } from '../api/use-vault-mutation'
import { announce } from '../stores/announcer-store'
import { useSession } from '../stores/session-store'
import { backupMoment } from './backup-dates'
import { type Picked, RestoreChoice } from './restore-choice'
import { RestoreConfirmForm } from './restore-confirm-form'
import { RestoreSecretForm } from './restore-secret-form'

type Step = { step: 'choose' } | { step: 'secret'; picked: Picked } | { step: 'confirm'; summary: RestoreSummary }

/**
 * Herstellen uit een back-up, in three steps: which file, the secret of when
 * it was made (then Tafelwerk checks it on a copy), and what it holds with
 * "Herstellen". Until that last button nothing of the current vault changes.
 */
export function RestoreFlow({ replacesOpenVault, onCancel }: { replacesOpenVault: boolean; onCancel?: () => void }) {
  const restoredSession = useSession((state) => state.restored)
  const [step, setStep] = useState<Step>({ step: 'choose' })
  const cancelRequest = useVaultMutation('restore:cancel').run

  // A checked copy waits in main with its key; leaving the flow drops both.
  useEffect(
    () => () => {
      cancelRequest({}).catch(() => undefined)
    },
    [cancelRequest],
  )
  const cancel = () => {
    cancelRequest({}).catch(() => undefined)
    setStep({ step: 'choose' })
    onCancel?.()
  }
  const restored = (status: VaultStatus, createdAt: string) => {
    announce(`De kluis is hersteld uit de back-up van ${backupMoment(createdAt)}.`)
    restoredSession(status)
  }

  switch (step.step) {
    case 'choose':
      return <RestoreChoice onPicked={(picked) => setStep({ step: 'secret', picked })} />
    case 'secret':
      return (
        <RestoreSecretForm
          picked={step.picked}
          onChecked={(summary) => setStep({ step: 'confirm', summary })}
          onCancel={cancel}
        />
      )
    case 'confirm':
      return (
        <RestoreConfirmForm
          summary={step.summary}
          replacesOpenVault={replacesOpenVault}
          onRestored={(status) => restored(status, step.summary.createdAt)}
          onCancel={cancel}
        />
      )
  }
}
