import { sql } from 'kysely'
import { createHandlers } from '../../../db/handlers/create-handlers'
import { createDispatcher } from '../../../db/handlers/dispatch'
import { spansForCall } from '../../../db/processing-log/spans-for-call'
import type { Vault } from '../../../db/vault/vault'
import type { LogShape } from './log-floor'
import { type Channel, contract, type Input, type Output } from '../../../shared/contract/index'

/** Rows inserted, updated or deleted on the vault's connection so far (triggers' included). */
export async function totalChanges(vault: Vault): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT total_changes() AS n`.execute(vault.db)
  return Number(rows[0]?.n ?? 0)
}

type Declaration = Parameters<typeof spansForCall>[0]

/**
 * A channel taken apart for the timings: the whole call through the
 * dispatcher, the handler alone on the parsed input, and the processing-log
 * append the dispatcher makes for that call's answer. The last two tell where
 * the time between the floor and the whole call goes.
 */
export function channelParts<C extends Channel>(vault: Vault, channel: C) {
  const dispatch = createDispatcher(vault)
  const handlers = createHandlers(vault) as unknown as Record<string, (input: unknown) => Promise<unknown>>
  const definition = contract[channel]
  const declaration = ('processing' in definition ? definition.processing : undefined) as Declaration
  const handler = handlers[channel]
  if (!handler) throw new Error(`no handler for ${channel}`)
  return {
    async call(input: Input<C>): Promise<Output<C>> {
      const answer = await dispatch(channel, input)
      // A refused request answers fast; it must never pass for a fast one.
      if (!answer.ok) throw new Error(`${channel} failed: ${answer.error.code} ${answer.error.message}`)
      return answer.value as Output<C>
    },
    /** What the dispatcher logs for one answered call: its entries, and the record rows they name. */
    logShape(input: Input<C>, output: Output<C>): LogShape {
      const spans = spansForCall(declaration, {
        channel,
        input: definition.input.parse(input),
        output,
        startTime: 0,
        endTime: 0,
      })
      const records = spans.reduce((sum, span) => sum + new Set(span.records.map((r) => `${r.kind}:${r.id}`)).size, 0)
      return { entries: spans.length, records }
    },
    parseOutput(output: Output<C>): unknown {
      return definition.output.parse(output)
    },
    handler(input: Input<C>): Promise<unknown> {
      return handler(definition.input.parse(input))
    },
    /** The spans of one answered call on its parsed input, appended as the dispatcher appends them (extra entries in a bench vault). */
    appendLog(input: Input<C>, output: Output<C>): void {
      const at = Date.now()
      vault.processingLog.append(
        spansForCall(declaration, {
          channel,
          input: definition.input.parse(input),
          output,
          startTime: at,
          endTime: at,
        }),
      )
    },
  }
}
