import { describe, expect, it } from 'vitest'
import { chainBreakReasons } from '../../../shared/contract/processing-chain.contract'
import { chainBreakMessage, chainIntactMessage } from '../../../shared/domain/chain-break'

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

describe('the message for an intact processing log', () => {
  const intact = (checkedFrom: number, checkedThrough: number) => ({
    state: 'intact' as const,
    entries: checkedThrough,
    checkedFrom,
    checkedThrough,
    checkedAt: '2026-12-03T10:00:00.000Z',
  })

  it('says which entries the check covered, in Dutch time', () => {
    expect(chainIntactMessage(intact(1, 40))).toBe(
      'Gecontroleerd op 03-12-2026 11:00: regel 1 tot en met 40 zijn in orde.',
    )
    expect(chainIntactMessage(intact(38, 40))).toBe(
      'Gecontroleerd op 03-12-2026 11:00: regel 38 tot en met 40 zijn in orde. De regels daarvoor waren al eerder gecontroleerd.',
    )
    expect(chainIntactMessage(intact(40, 40))).toBe(
      'Gecontroleerd op 03-12-2026 11:00: regel 40 is in orde. De regels daarvoor waren al eerder gecontroleerd.',
    )
  })

  it('never names a range backwards when an unlock found nothing new, nor an entry of an empty log', () => {
    expect(chainIntactMessage(intact(41, 40))).toBe(
      'Gecontroleerd op 03-12-2026 11:00: geen nieuwe regels sinds de vorige controle (het log telt 40 regels).',
    )
    expect(chainIntactMessage(intact(1, 0))).toBe(
      'Gecontroleerd op 03-12-2026 11:00: het log had toen nog geen regels.',
    )
  })
})
