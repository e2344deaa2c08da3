import { dutchFieldErrors } from '../../shared/contract/dutch-issues'
import { OmtError } from '../../shared/contract/errors'
import { answersWhileLocked, contract, type Envelope, isChannel } from '../../shared/contract/index'
import { spansForCall } from '../processing-log/spans-for-call'
import type { Vault } from '../vault/vault'
import { createHandlers } from './create-handlers'
import type { ElectronHandlers, Handlers } from './handler-types'
import { toErrorPayload } from './to-error-payload'

/** What may be logged about an unexpected failure: never its message, which can hold data. */
export interface UnexpectedFailure {
  channel: string
  errorName: string
  sqliteCode: string | null
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>

const fail = (error: OmtError): Envelope<never> => ({ ok: false, error: error.toPayload() })

/**
 * The single entry for every request, used by Electron's IPC and the test
 * bridge alike: known channel, unlocked vault unless it is a vault channel,
 * parsed input, and an output stripped to the contract's shape.
 */
export function createDispatcher(
  vault: Vault,
  onUnexpected: (failure: UnexpectedFailure) => void = () => undefined,
  handlers: Handlers & Partial<ElectronHandlers> = createHandlers(vault),
): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return fail(new OmtError('UNKNOWN_CHANNEL'))
    if (!answersWhileLocked(channel) && !vault.isUnlocked) return fail(new OmtError('VAULT_LOCKED'))
    // An Electron-only channel without its handler (plain Node, tests) is as unknown as a misspelt one.
    if (!Object.hasOwn(handlers, channel)) return fail(new OmtError('UNKNOWN_CHANNEL'))
    const definition = contract[channel]
    const parsed = definition.input.safeParse(input)
    if (!parsed.success) {
      const fields = dutchFieldErrors(parsed.error)
      return fail(new OmtError('VALIDATION', undefined, fields))
    }
    const declaration = ('processing' in definition ? definition.processing : undefined) as Declaration
    const startTime = Date.now()
    try {
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>
      const value: unknown = definition.output.parse(await handler(parsed.data))
      // Logged before the answer leaves: data whose reading could not be logged is not handed out.
      await appendSpans(vault, declaration, {
        channel,
        input: parsed.data,
        output: value,
        startTime,
        endTime: Date.now(),
      })
      return { ok: true, value }
    } catch (error) {
      await tryAppendSpans(vault, declaration, { channel, input: parsed.data, startTime, endTime: Date.now() })
      const { payload, unexpected } = toErrorPayload(error)
      // A damaged page met at read time: this session's lock must not vouch for the file.
      if (payload.code === 'VAULT_DAMAGED') vault.noteDamageFound()
      if (unexpected) {
        const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null
        onUnexpected({ channel, errorName: error instanceof Error ? error.name : typeof error, sqliteCode: code })
      }
      return { ok: false, error: payload }
    } finally {
      vault.noteActivity()
    }
  }
}

type Declaration = Parameters<typeof spansForCall>[0]
type Call = Parameters<typeof spansForCall>[1]

/**
 * Appended while holding Kysely's connection, as every query does: never in
 * the middle of another request's open transaction, whose rollback would
 * take the entries with it.
 */
async function appendSpans(vault: Vault, declaration: Declaration, call: Call): Promise<void> {
  const spans = spansForCall(declaration, call)
  if (spans.length === 0 || !vault.isUnlocked) return
  await vault.db.connection().execute(() => {
    vault.processingLog.append(spans)
    return Promise.resolve()
  })
}

/** A refused call is logged as one (status Error); a log that cannot be written then must not hide the refusal. */
async function tryAppendSpans(vault: Vault, declaration: Declaration, call: Call): Promise<void> {
  try {
    await appendSpans(vault, declaration, call)
  } catch {
    // The refusal's own envelope follows.
  }
}
