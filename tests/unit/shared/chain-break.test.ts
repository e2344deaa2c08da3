import { describe, expect, it } from 'vitest'
import { chainBreakReasons } from '../../../shared/contract/processing-chain.contract'
import { chainBreakMessage } from '../../../shared/domain/chain-break'

const broken = (reason: (typeof chainBreakReasons)[number], firstBadSeq: number | null) => ({
  state: 'broken' as const,
  entries: 40,
  reason,
  firstBadSeq,
  firstBadAt: firstBadSeq === null ? null : '2026-11-04T08:30:00.000Z',
  checkedAt: '2026-12-03T10:00:00.000Z',
})

describe('the message for a broken processing log', () => {
  it('names the first bad entry and when it says it was made, in Dutch time', () => {
    expect(chainBreakMessage(broken('changed', 17))).toBe(
      'De eerste gewijzigde regel is regel 17 (vastgelegd op 04-11-2026 09:30): die is veranderd nadat hij was vastgelegd.',
    )
    expect(chainBreakMessage(broken('truncated', 31))).toContain('de regels vanaf regel 31 ontbreken')
  })

  it('has a distinct message for every reason, none mentioning an entry it does not know', () => {
    const messages = chainBreakReasons.map((reason) =>
      chainBreakMessage(broken(reason, reason.startsWith('anchor') ? null : 5)),
    )
    expect(new Set(messages).size).toBe(chainBreakReasons.length)
    for (const message of messages) expect(message).not.toContain('null')
  })
})
