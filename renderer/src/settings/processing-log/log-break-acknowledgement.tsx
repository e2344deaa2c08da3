import { useState } from 'react'
import type { ChainState } from '../../../../shared/contract/processing-chain.contract'
import { useVaultMutation } from '../../api/use-vault-mutation'
import { FormAlert } from '../../components/form-alert'
import { SubmitButton } from '../../components/submit-button'
import { TextareaField } from '../../components/textarea-field'
import { useFormSubmit } from '../../lib/use-form-submit'

/**
 * For the privacy officer, once a break is looked into: what happened and
 * what was done. The statement becomes a log entry itself, and verification
 * goes on after the break; the banner then goes.
 */
export function LogBreakAcknowledgement({ onAcknowledged }: { onAcknowledged: (chain: ChainState) => void }) {
  const acknowledge = useVaultMutation('processing-log:acknowledge-break')
  const [reason, setReason] = useState('')
  const form = useFormSubmit(async () => onAcknowledged(await acknowledge.run({ reason })))
  return (
    <form {...form.props} className="form log-break" aria-label="Breuk in het log verantwoorden">
      <FormAlert message={form.errors.message} />
      <TextareaField
        label="Wat is er gebeurd en wat heeft u gedaan?"
        hint="Voor de functionaris gegevensbescherming; noem geen namen van betrokkenen. De verklaring komt zelf in het log; daarna gaat de controle verder na de breuk."
        name="reason"
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={form.errors.fieldError('reason')}
      />
      <SubmitButton busy={form.busy} busyLabel="Bezig met vastleggen…">
        Verklaring vastleggen
      </SubmitButton>
    </form>
  )
}
