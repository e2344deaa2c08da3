// errors.ts directly: the contract index would pull every zod schema into the renderer bundle.
import { OmtError } from '../../../shared/contract/errors'
import type { Channel, Envelope, Input, Output, OutputFor } from '../../../shared/contract/index'
import { omtBridge } from './omt-bridge'

type Call<C extends Channel> = (input: Input<C>) => Promise<Envelope<Output<C>>>

const lockedListeners = new Set<() => void>()

/**
 * Main may lock the vault without the renderer hearing about it first (a missed
 * event, a request racing an idle lock). Any VAULT_LOCKED answer therefore
 * tells the session to show the unlock screen.
 */
export function onLockedAnswer(listener: () => void): () => void {
  lockedListeners.add(listener)
  return () => lockedListeners.delete(listener)
}

/**
 * Calls one channel and unwraps its envelope: the value, or an OmtError with
 * the code, Dutch message and field errors main sent. Screens use it through
 * useVaultQuery and useVaultMutation; stores call it themselves.
 */
export async function request<C extends Channel, I extends Input<C>>(channel: C, input: I): Promise<OutputFor<C, I>> {
  const bridge = omtBridge()
  if (!bridge) throw new OmtError('INTERNAL', 'Tafelwerk kan de kluis niet bereiken. Start Tafelwerk opnieuw.')
  let envelope: Envelope<Output<C>>
  try {
    // Indexing the bridge with a generic channel loses the pairing of input and output; the contract guarantees it.
    envelope = await (bridge[channel] as unknown as Call<C>)(input)
  } catch {
    // The bridge itself failed (IPC broke); main's errors always arrive as envelopes.
    throw new OmtError('INTERNAL')
  }
  // The by-kind channels answer the asked kind (see OutputFor); main checks that before answering.
  if (envelope.ok) return envelope.value as OutputFor<C, I>
  const { code, message, fields } = envelope.error
  if (code === 'VAULT_LOCKED') for (const listener of lockedListeners) listener()
  throw new OmtError(code, message, fields)
}

/** The Dutch message of anything a request can throw. */
export function messageOf(error: unknown): string {
  return error instanceof OmtError ? error.message : new OmtError('INTERNAL').message
}
