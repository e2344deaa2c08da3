import { useCallback, useEffect, useRef, useState } from 'react'
import type { Channel, Input, OutputFor } from '../../../shared/contract/index'
import { request } from './request'

export interface VaultMutationOptions {
  /** Runs after each successful write, before `run` resolves: typically a query's refetch. */
  after?: () => Promise<void> | void
}

export interface VaultMutation<C extends Channel> {
  /** Writes; resolves with the vault's answer, or rejects with its OmtError (code, Dutch message, field errors) for the form. */
  run: <I extends Input<C>>(input: I) => Promise<OutputFor<C, I>>
  /** A write is on its way. */
  busy: boolean
}

/** One write channel for a screen. `run` stays the same function across renders, so it can sit in memoised callbacks. */
export function useVaultMutation<C extends Channel>(channel: C, options: VaultMutationOptions = {}): VaultMutation<C> {
  const [pending, setPending] = useState(0)
  const after = useRef(options.after)
  useEffect(() => {
    after.current = options.after
  })
  const run = useCallback(
    async <I extends Input<C>>(input: I): Promise<OutputFor<C, I>> => {
      setPending((count) => count + 1)
      try {
        const answer = await request(channel, input)
        await after.current?.()
        return answer
      } finally {
        setPending((count) => count - 1)
      }
    },
    [channel],
  )
  return { run, busy: pending > 0 }
}
