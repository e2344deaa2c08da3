import { useCallback, useEffect, useRef, useState } from 'react'
import { OmtError } from '../../../shared/contract/errors'
import type { Channel, ErrorCode, Input, OutputFor } from '../../../shared/contract/index'
import { messageOf, request } from './request'

export interface VaultQueryOptions {
  /** A new value asks again with the same input (a write elsewhere changed the answer); the answer shown stays meanwhile. */
  version?: unknown
  /** While a new input's answer is on its way, keep showing the previous input's (filters, search as you type). */
  keepPrevious?: boolean
}

export interface VaultQuery<I, T> {
  /** The answer for the current input (or, with keepPrevious, the latest one); null before it, after its first read failed, or when there is nothing to ask. */
  data: T | null
  /** The input `data` answers, and the `version` it was asked at. */
  answered: I | null
  answeredVersion: unknown
  /** The current input has no answer yet. */
  loading: boolean
  /** The Dutch message of the current input's failure. A VAULT_LOCKED answer has already sent the session to the unlock screen. */
  error: string | null
  /** Its code, e.g. NOT_FOUND for a record that is gone. */
  errorCode: ErrorCode | null
  /** Asks again, e.g. after a write; resolves once the answer (or failure) is shown, with the answer (null after a failure or a newer question). */
  refetch: () => Promise<T | null>
  /** Changes the shown answer in place, for a write whose result the screen already has. */
  setData: (change: (data: T) => T) => void
}

interface Settled<I, T> {
  key: string
  input: I
  version: unknown
  data: T | null
  failure: unknown
}

/**
 * Asks the vault for `input` on `channel` (nothing while `input` is null) and
 * asks again when the input's content or `version` changes. An answer to an
 * earlier input, or one arriving after the screen closed, is dropped.
 */
export function useVaultQuery<C extends Channel, I extends Input<C>>(
  channel: C,
  input: I | null,
  options: VaultQueryOptions = {},
): VaultQuery<I, OutputFor<C, I>> {
  type T = OutputFor<C, I>
  const { version, keepPrevious = false } = options
  // Payloads are plain JSON, so equal text means an equal question.
  const key = input === null ? null : JSON.stringify(input)
  const [settled, setSettled] = useState<Settled<I, T> | null>(null)
  /** Each question gets a number; only the newest one's answer counts. */
  const asked = useRef(0)

  const ask = useCallback(
    async (question: I, questionKey: string, questionVersion: unknown): Promise<OutputFor<C, I> | null> => {
      const ticket = ++asked.current
      try {
        const data = await request(channel, question)
        if (ticket !== asked.current) return null
        setSettled({ key: questionKey, input: question, version: questionVersion, data, failure: null })
        return data
      } catch (failure) {
        // A failed refetch keeps the answer shown beside its error; a new input has no answer to keep.
        if (ticket === asked.current)
          setSettled((now) => ({
            key: questionKey,
            input: question,
            version: questionVersion,
            data: now?.key === questionKey ? now.data : null,
            failure,
          }))
        return null
      }
    },
    [channel],
  )

  useEffect(() => {
    if (input === null || key === null) return
    void ask(input, key, version)
    return () => {
      asked.current += 1
    }
    // The key stands for the input's content: the object itself is new every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask, key, version])

  const refetch = useCallback(async () => {
    return input !== null && key !== null ? ask(input, key, version) : null
    // As above: the key stands for the input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ask, key, version])

  const setData = useCallback((change: (data: T) => T) => {
    setSettled((now) => (now?.data ? { ...now, data: change(now.data) } : now))
  }, [])

  const own = settled !== null && settled.key === key
  const shown = key !== null && (own || keepPrevious) ? settled : null
  const failure = own ? settled.failure : null
  return {
    data: shown?.data ?? null,
    answered: shown?.input ?? null,
    answeredVersion: shown?.version,
    loading: key !== null && !own,
    error: failure ? messageOf(failure) : null,
    errorCode: failure instanceof OmtError ? failure.code : failure ? 'INTERNAL' : null,
    refetch,
    setData,
  }
}
