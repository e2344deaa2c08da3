import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type Channel, channels, contract } from '../../../shared/contract/index'
import {
  isNoProcessing,
  type Processing,
  processingActivityIds,
  type ProcessingDeclaration,
} from '../../../shared/contract/processing'

/*
 * The processing log is only as complete as the declarations beside the
 * channels. The type of `contract` already refuses a channel without one;
 * this walks them at run time and checks what a type cannot: that a data
 * channel names what it touches, and that a channel of a case-data area does
 * not wave itself out of the log without a reason written down here.
 */

/** Areas whose channels read or change case data, by their name's prefix (issue 12). */
const CASE_DATA_AREAS = ['case:', 'subject:', 'decision:', 'intervention:', 'search:', 'export:', 'agenda:', 'meeting:']

/** Channels of those areas that touch no case data, each with why. A stale entry fails too. */
const NO_CASE_DATA_IN_A_CASE_AREA: Partial<Record<Channel, string>> = {
  'meeting:list': 'a table’s meetings: date, time, place, status and counts; no agenda item, case or decision',
  'meeting:upcoming': 'the coming meetings of every table, the same summary as meeting:list',
  'meeting:exports': 'which documents left the laptop and when; the export itself is logged by export:save',
  'meeting:template-get': 'the default agenda: titles and durations that never link to a case',
  'meeting:template-set': 'the default agenda: titles and durations that never link to a case',
}

/** Keys in an input or output that name case data; a noCaseData channel has none of them. */
const CASE_DATA_KEYS = new Set([
  'case',
  'caseId',
  'caseIds',
  'cases',
  'subject',
  'subjectId',
  'subjects',
  'involvements',
  'interventions',
  'decisions',
  'items',
])

/** Every object key anywhere in a schema, through arrays, unions, nullables and pipes. */
function keysOf(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>()): string[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.core.$ZodType>).flatMap(([key, value]) => [
      key,
      ...keysOf(value, seen),
    ])
  if (schema instanceof z.ZodArray) return keysOf(schema.element, seen)
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return keysOf(schema.unwrap(), seen)
  if (schema instanceof z.ZodUnion)
    return (schema.options as z.core.$ZodType[]).flatMap((option) => keysOf(option, seen))
  if (schema instanceof z.ZodPipe) return [...keysOf(schema.in, seen), ...keysOf(schema.out, seen)]
  if (schema instanceof z.ZodRecord) return keysOf(schema.valueType, seen)
  return []
}

const declarationOf = (channel: Channel): ProcessingDeclaration<never, never> | undefined =>
  (contract[channel] as { processing?: ProcessingDeclaration<never, never> }).processing

const dataChannels = channels.filter((channel) => {
  const declaration = declarationOf(channel)
  return declaration !== undefined && !isNoProcessing(declaration)
})
const declared = (channel: Channel) => declarationOf(channel) as Processing<never, never>

describe('every channel declares what it processes', () => {
  it('has a processing declaration on every channel of the contract', () => {
    expect(channels.filter((channel) => declarationOf(channel) === undefined)).toEqual([])
    // The walk is over the real contract: it has both kinds, and many of each.
    expect(dataChannels.length).toBeGreaterThan(40)
    expect(channels.length - dataChannels.length).toBeGreaterThan(20)
  })

  it('gives every channel without case data a reason in a sentence', () => {
    for (const channel of channels) {
      const declaration = declarationOf(channel)
      if (!declaration || !isNoProcessing(declaration)) continue
      expect(declaration.none.trim().length, channel).toBeGreaterThan(15)
    }
  })

  it('names an activity of the register and what the call touches on every data channel', () => {
    for (const channel of dataChannels) {
      const processing = declared(channel)
      expect(processingActivityIds, channel).toContain(processing.activity)
      expect(Boolean(processing.records ?? processing.subjects), `${channel} names neither records nor subjects`).toBe(
        true,
      )
    }
  })

  it('lets no channel of a case-data area claim to touch no case data, but those listed here with a reason', () => {
    const inArea = (channel: Channel) => CASE_DATA_AREAS.some((prefix) => channel.startsWith(prefix))
    const claimingNone = channels.filter((channel) => inArea(channel) && !dataChannels.includes(channel))
    expect(claimingNone.sort()).toEqual(Object.keys(NO_CASE_DATA_IN_A_CASE_AREA).sort())
  })

  it('finds no case, subject or decision in the input or output of a channel that claims to touch no case data', () => {
    const offenders = channels
      .filter((channel) => !dataChannels.includes(channel))
      .flatMap((channel) => {
        const { input, output } = contract[channel]
        const keys = new Set([...keysOf(input), ...keysOf(output)])
        return [...keys].filter((key) => CASE_DATA_KEYS.has(key)).map((key) => `${channel}: ${key}`)
      })
    // The walk sees through the schemas: a data channel's output shows its keys.
    expect(keysOf(contract['case:get'].output)).toEqual(expect.arrayContaining(['subjects', 'interventions']))
    // The default agenda's `items` are template items, titles and durations only (see the allow-list).
    expect(offenders.filter((offence) => !offence.startsWith('meeting:template-'))).toEqual([])
  })

  it('asks a purpose of every channel that hands case data out of the vault, and refuses one too short to say anything', () => {
    const handingOut = dataChannels.filter((channel) => declared(channel).activity === 'verstrekken')
    expect(handingOut).toEqual(expect.arrayContaining(['export:save', 'attachment:save']))
    for (const channel of handingOut) {
      expect(declared(channel).purpose, `${channel} asks no purpose`).toBeTypeOf('function')
      expect(keysOf(contract[channel].input), channel).toContain('purpose')
    }
    const base = { meetingId: 'm1', document: 'verslag', variant: 'volledig', format: 'pdf' }
    const save = contract['export:save'].input
    expect(save.safeParse(base).success).toBe(false)
    const short = save.safeParse({ ...base, purpose: '  ab ' })
    expect(short.error?.issues[0]?.message).toBe(
      'Vul in waarvoor u dit exporteert, bijvoorbeeld ‘verslag aan de partners’.',
    )
    expect(save.safeParse({ ...base, purpose: 'x'.repeat(501) }).success).toBe(false)
    const good = save.safeParse({ ...base, purpose: '  verslag aan de partners ' })
    expect(good.data?.purpose).toBe('verslag aan de partners')
    expect(declared('export:save').purpose?.(good.data as never)).toBe('verslag aan de partners')
  })
})
