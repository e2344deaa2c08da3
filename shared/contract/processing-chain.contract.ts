import { z } from 'zod'
import { noCaseData } from './processing'

export const chainBreakReasons = [
  'changed',
  'missing',
  'truncated',
  'replaced',
  'anchor-invalid',
  'anchor-missing',
] as const
export type ChainBreakReason = (typeof chainBreakReasons)[number]

/** What the last verification of the processing log's chain found. */
export const ChainState = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('intact'),
    entries: z.number().int(),
    /** The entries this verification checked: from the last verified one on, or all of them. */
    checkedFrom: z.number().int(),
    checkedThrough: z.number().int(),
    checkedAt: z.string(),
  }),
  z.object({
    state: z.literal('broken'),
    entries: z.number().int(),
    reason: z.enum(chainBreakReasons),
    /** The first entry that does not verify; null when the anchor beside the vault is what failed. */
    firstBadSeq: z.number().int().nullable(),
    /** When that entry says it was made (it may itself be what was changed). */
    firstBadAt: z.string().nullable(),
    checkedAt: z.string(),
  }),
])
export type ChainState = z.output<typeof ChainState>

const chainOnly = noCaseData('reports the chain state: sequence numbers and times, no record or subject')

export const processingChainContract = {
  /** The state found at unlock (or by the last full verification). */
  'processing-log:chain': { input: z.object({}), output: ChainState, processing: chainOnly },
  /** Verifies the whole chain from its first entry, for the privacy officer's periodic check. */
  'processing-log:verify-all': { input: z.object({}), output: ChainState, processing: chainOnly },
  /**
   * The privacy officer has seen a break and recorded why: the verification
   * continues after it from now on. The acknowledgement is itself a log entry,
   * so the chain is carried over in the open, never recomputed silently.
   */
  'processing-log:acknowledge-break': {
    input: z.object({
      reason: z
        .string()
        .trim()
        .min(10, 'Beschrijf in minstens 10 tekens wat er is gebeurd en wat u heeft gedaan.')
        .max(500, 'Gebruik hoogstens 500 tekens.'),
    }),
    output: ChainState,
    processing: chainOnly,
  },
} as const
