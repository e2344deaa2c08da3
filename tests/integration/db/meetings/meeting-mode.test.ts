import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { PASSPHRASE, type TempVault } from '../../../support/temp-vault'
import {
  call,
  createMeeting,
  itemValues,
  meetingValues,
  openMeetingVault,
  type Reference,
  refuse,
} from '../../../support/meeting-fixtures'

let made: TempVault
let ref: Reference
let meetingId: string
let items: string[]
beforeAll(async () => {
  ;({ made, ref, meetingId } = await openMeetingVault())
  items = (await call(made.dispatch, 'meeting:get', { id: meetingId })).items.map((item) => item.id)
})
afterAll(() => made.cleanup())
afterEach(() => vi.useRealTimers())

/** The fixture's meeting is on 12 March 2025: the clock only runs on that day. */
const START = Date.parse('2025-03-12T13:00:00.000Z')
/** Main's clock at `seconds` into the meeting. */
const at = (seconds: number) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(START + seconds * 1000)
}
/** Main's clock at midday on `date` (local time, as main takes "today"). */
const onDay = (date: string, time = '12:00') => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${date}T${time}:00`))
}
const item = (index: number) => items[index] ?? ''
const move = (itemId: string) => call(made.dispatch, 'meeting-mode:move', { meetingId, itemId })

describe('meeting mode keeps its item and clocks in the vault', () => {
  it('answers null before meeting mode first opens', async () => {
    expect(await call(made.dispatch, 'meeting-mode:get', { meetingId })).toBeNull()
  })

  it('adds the stretch to the item that was on, continues a clock when going back, and leaves the item that is on alone', async () => {
    at(0)
    expect(await move(item(0))).toEqual({ itemId: item(0), since: new Date(START).toISOString(), spentMs: {} })
    at(90)
    expect(await move(item(1))).toEqual({
      itemId: item(1),
      since: new Date(START + 90_000).toISOString(),
      spentMs: { [item(0)]: 90_000 },
    })
    at(100)
    // The item that is on already: its "since" stays, no stretch counted twice.
    expect(await move(item(1))).toEqual({
      itemId: item(1),
      since: new Date(START + 90_000).toISOString(),
      spentMs: { [item(0)]: 90_000 },
    })
    at(150)
    await move(item(2))
    at(160)
    const back = await move(item(0))
    expect(back).toEqual({
      itemId: item(0),
      since: new Date(START + 160_000).toISOString(),
      spentMs: { [item(0)]: 90_000, [item(1)]: 60_000, [item(2)]: 10_000 },
    })
    // What the vault answers after a restart of the app is what it answered the move.
    expect(await call(made.dispatch, 'meeting-mode:get', { meetingId })).toEqual(back)
  })

  it('keeps the position when the vault is locked and opened again, as after a crash', async () => {
    const before = await call(made.dispatch, 'meeting-mode:get', { meetingId })
    made.vault.lock()
    await made.vault.unlock(PASSPHRASE)
    expect(await call(made.dispatch, 'meeting-mode:get', { meetingId })).toEqual(before)
  })

  it('never counts a negative stretch when main’s clock was set back', async () => {
    at(1000)
    await move(item(3))
    at(900)
    const moved = await move(item(4))
    expect(moved?.spentMs[item(3)]).toBeUndefined()
  })

  it('keeps each meeting’s position apart', async () => {
    const other = await createMeeting(made.dispatch, ref, { date: '2025-04-09' })
    const first = other.items[0]?.id ?? ''
    onDay('2025-04-09')
    const moved = await call(made.dispatch, 'meeting-mode:move', { meetingId: other.id, itemId: first })
    expect(moved?.itemId).toBe(first)
    expect((await call(made.dispatch, 'meeting-mode:get', { meetingId }))?.itemId).toBe(item(4))
  })
})

describe('the clock only runs on the day of the meeting', () => {
  const NOT_TODAY =
    'De klok van de vergadermodus loopt alleen op de dag van de vergadering. De vergadering van OMT D op 10-09-2025 is niet vandaag; er is niets vastgelegd.'

  it('refuses a move the day before the meeting and the day after, records nothing, and counts from the first move on the day', async () => {
    const meeting = await createMeeting(made.dispatch, ref, { date: '2025-09-10' })
    const [first, second] = meeting.items.map((other) => other.id)
    if (!first || !second) throw new Error('fixture')
    for (const [date, time] of [
      ['2025-09-09', '23:59'],
      ['2025-09-11', '00:00'],
      ['2025-09-17', '14:00'],
    ] as const) {
      onDay(date, time)
      expect(
        await refuse(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: first }),
        date,
      ).toMatchObject({ code: 'VALIDATION', message: NOT_TODAY })
    }
    expect(await call(made.dispatch, 'meeting-mode:get', { meetingId: meeting.id })).toBeNull()

    onDay('2025-09-10', '14:00')
    await call(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: first })
    onDay('2025-09-10', '14:05')
    expect(
      (await call(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: second }))?.spentMs,
    ).toEqual({ [first]: 300_000 })
    // The day after, the position stays as left and nothing more is counted.
    onDay('2025-09-11', '09:00')
    await refuse(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: first })
    expect(await call(made.dispatch, 'meeting-mode:get', { meetingId: meeting.id })).toMatchObject({
      itemId: second,
      spentMs: { [first]: 300_000 },
    })
  })

  it('never adds a stretch begun on an earlier day, as when the meeting was moved to another date', async () => {
    const meeting = await createMeeting(made.dispatch, ref, { date: '2025-10-08', startTime: '09:00' })
    const [first, second] = meeting.items.map((other) => other.id)
    if (!first || !second) throw new Error('fixture')
    onDay('2025-10-08', '09:00')
    await call(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: first })
    await call(made.dispatch, 'meeting:update', {
      id: meeting.id,
      values: meetingValues({ date: '2025-10-15', startTime: '09:00' }),
    })

    onDay('2025-10-15', '09:10')
    const moved = await call(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: second })
    expect(moved).toEqual({ itemId: second, since: new Date('2025-10-15T09:10:00').toISOString(), spentMs: {} })
    onDay('2025-10-15', '09:12')
    expect((await call(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: first }))?.spentMs).toEqual(
      { [second]: 120_000 },
    )
  })
})

describe('refusals change nothing', () => {
  const clocks = () => made.vault.db.selectFrom('meeting_mode_clock').selectAll().orderBy('agenda_item_id').execute()

  it('refuses an item of another meeting, a removed item, and a meeting that does not exist', async () => {
    const other = await createMeeting(made.dispatch, ref, { date: '2025-05-14' })
    const before = await clocks()
    at(2000)
    const foreign = await refuse(made.dispatch, 'meeting-mode:move', { meetingId, itemId: other.items[0]?.id })
    expect(foreign).toMatchObject({
      code: 'VALIDATION',
      message:
        'Dit agendapunt staat niet op de agenda van de vergadering van OMT D op 12-03-2025. Kies een agendapunt van deze vergadering.',
    })

    const { item: extra } = await call(made.dispatch, 'agenda:add', {
      meetingId,
      parentId: null,
      position: null,
      values: itemValues({ title: 'Weggehaald punt' }),
    })
    await call(made.dispatch, 'agenda:delete', { id: extra.id })
    const removed = await refuse(made.dispatch, 'meeting-mode:move', { meetingId, itemId: extra.id })
    expect(removed).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Dit agendapunt bestaat niet (meer). Ververs de agenda en probeer het opnieuw.',
    })

    const gone = await refuse(made.dispatch, 'meeting-mode:move', { meetingId: 'bestaat-niet', itemId: item(0) })
    expect(gone).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Deze vergadering bestaat niet (meer). Ververs de lijst en kies de vergadering opnieuw.',
    })
    expect((await refuse(made.dispatch, 'meeting-mode:get', { meetingId: 'bestaat-niet' })).code).toBe('NOT_FOUND')
    expect((await refuse(made.dispatch, 'meeting-mode:move', { meetingId, itemId: '' })).code).toBe('VALIDATION')
    expect(await clocks()).toEqual(before)
  })

  it('refuses every move once the minutes are adopted, in the application and in the vault itself', async () => {
    const meeting = await createMeeting(made.dispatch, ref, { date: '2025-06-11' })
    const [first, second] = meeting.items.map((other) => other.id)
    if (!first || !second) throw new Error('fixture')
    onDay('2025-06-11')
    await call(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: first })
    vi.useRealTimers()
    await call(made.dispatch, 'meeting:set-status', { id: meeting.id, status: 'gehouden' })
    await call(made.dispatch, 'meeting:adopt-minutes', { id: meeting.id, adoptedOn: '2025-06-25', confirm: true })
    const before = await clocks()

    const refused = await refuse(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: second })
    expect(refused).toMatchObject({ code: 'VALIDATION' })
    expect(refused.message).toBe(
      'Het verslag van de vergadering van OMT D op 11-06-2025 is vastgesteld en kan niet meer worden gewijzigd. Leg een wijziging vast als erratum bij het verslag.',
    )
    const db = made.vault.db
    await expect(
      db.updateTable('meeting_mode_clock').set({ spent_ms: 5 }).where('agenda_item_id', '=', first).execute(),
    ).rejects.toThrow(/adopted/u)
    await expect(
      db
        .insertInto('meeting_mode_clock')
        .values({ agenda_item_id: second, meeting_id: meeting.id, spent_ms: 0, on_since: null })
        .execute(),
    ).rejects.toThrow(/adopted/u)
    expect(await clocks()).toEqual(before)
    // Reading stays possible: the adopted meeting still opens in meeting mode.
    expect((await call(made.dispatch, 'meeting-mode:get', { meetingId: meeting.id }))?.itemId).toBe(first)
  })

  it('the vault itself refuses a clock row whose item is of another meeting', async () => {
    const other = await createMeeting(made.dispatch, ref, { date: '2025-07-09' })
    await expect(
      made.vault.db
        .insertInto('meeting_mode_clock')
        .values({ agenda_item_id: other.items[1]?.id ?? '', meeting_id: meetingId, spent_ms: 0, on_since: null })
        .execute(),
    ).rejects.toThrow(/not of this meeting/u)
  })

  it('goes with its meeting when the meeting is removed', async () => {
    const meeting = await createMeeting(made.dispatch, ref, { date: '2025-08-13' })
    onDay('2025-08-13')
    await call(made.dispatch, 'meeting-mode:move', { meetingId: meeting.id, itemId: meeting.items[0]?.id ?? '' })
    await call(made.dispatch, 'meeting:delete', { id: meeting.id })
    expect(
      await made.vault.db.selectFrom('meeting_mode_clock').selectAll().where('meeting_id', '=', meeting.id).execute(),
    ).toEqual([])
  })
})
