import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Output } from '../../../../shared/contract/index'
import { tempVault, type TempVault } from '../../../support/temp-vault'
import {
  call,
  caseInPhase,
  createMeeting,
  itemValues,
  type Reference,
  reference,
  refuse,
  registerCase,
  section,
} from '../../../support/meeting-fixtures'

let made: TempVault
let ref: Reference
let meeting: Output<'meeting:create'>
beforeAll(async () => {
  made = await tempVault()
  ref = await reference(made.vault)
  meeting = await createMeeting(made.dispatch, ref, { numberPrefix: 'A', startTime: '13:00' })
})
afterAll(() => made.cleanup())

type Order = Output<'agenda:move'>['order']
const numbers = (order: Order, titles: Map<string, string>) =>
  order.items.map((slot) => `${slot.number} ${titles.get(slot.id) ?? '?'}`)

describe('numbering follows every reorder, and every change can be undone', () => {
  const titles = new Map<string, string>()
  const sub: string[] = []
  let first: Order

  beforeAll(async () => {
    for (const item of meeting.items) titles.set(item.id, item.type)
    const voortgang = section(meeting, 'voortgang').id
    for (const title of ['x', 'y', 'z']) {
      const { item } = await call(made.dispatch, 'agenda:add', {
        meetingId: meeting.id,
        parentId: voortgang,
        position: null,
        values: itemValues({ title, durationMinutes: 5 }),
      })
      titles.set(item.id, title)
      sub.push(item.id)
    }
    const detail = await call(made.dispatch, 'meeting:get', { id: meeting.id })
    first = {
      meetingId: meeting.id,
      plannedEnd: detail.plannedEnd,
      items: detail.items.map((item) => ({
        id: item.id,
        parentId: item.parentId,
        position: item.position,
        number: item.number,
        depth: item.depth,
        startTime: item.startTime,
        endTime: item.endTime,
      })),
    }
  })

  it('numbers sub-items within their section, with the meeting’s prefix, and times them after the section', () => {
    expect(numbers(first, titles).slice(5, 10)).toEqual(['A6 voortgang', 'A6.1 x', 'A6.2 y', 'A6.3 z', 'A7 subjecten'])
    const slot = (id: string) => first.items.find((item) => item.id === id)
    expect([
      slot(section(meeting, 'voortgang').id)?.startTime,
      slot(sub[0] ?? '')?.startTime,
      slot(sub[2] ?? '')?.endTime,
    ]).toEqual(['14:00', '14:40', '14:55'])
  })

  it('moves an item among its siblings and back', async () => {
    const z = sub[2] ?? ''
    const moved = await call(made.dispatch, 'agenda:move', {
      id: z,
      parentId: section(meeting, 'voortgang').id,
      position: 1,
    })
    expect(numbers(moved.order, titles).slice(5, 9)).toEqual(['A6 voortgang', 'A6.1 z', 'A6.2 x', 'A6.3 y'])
    expect(moved.previous).toEqual({ parentId: section(meeting, 'voortgang').id, position: 3 })
    const undone = await call(made.dispatch, 'agenda:move', { id: z, ...moved.previous })
    expect(undone.order).toEqual(first)
  })

  it('moves an item out of its section to the top level, and into another section', async () => {
    const [x] = sub as [string]
    const out = await call(made.dispatch, 'agenda:move', { id: x, parentId: null, position: 2 })
    expect(numbers(out.order, titles).slice(0, 3)).toEqual(['A1 opening', 'A2 x', 'A3 verslag'])
    expect(numbers(out.order, titles).slice(6, 9)).toEqual(['A7 voortgang', 'A7.1 y', 'A7.2 z'])
    const into = await call(made.dispatch, 'agenda:move', {
      id: x,
      parentId: section(meeting, 'signalen').id,
      position: 99,
    })
    expect(numbers(into.order, titles).slice(3, 5)).toEqual(['A4 signalen', 'A4.1 x'])
    await call(made.dispatch, 'agenda:move', { id: x, ...into.previous })
    const back = await call(made.dispatch, 'agenda:move', { id: x, ...out.previous })
    expect(back.order).toEqual(first)
  })

  it('moves a section with its sub-items, keeping them numbered under it', async () => {
    const voortgang = section(meeting, 'voortgang').id
    const moved = await call(made.dispatch, 'agenda:move', { id: voortgang, parentId: null, position: 1 })
    expect(numbers(moved.order, titles).slice(0, 5)).toEqual([
      'A1 voortgang',
      'A1.1 x',
      'A1.2 y',
      'A1.3 z',
      'A2 opening',
    ])
    expect(moved.order.items[0]?.startTime).toBe('13:00')
    expect((await call(made.dispatch, 'agenda:move', { id: voortgang, ...moved.previous })).order).toEqual(first)
  })

  it('refuses a third level and a section under another item', async () => {
    const [x, y] = sub as [string, string]
    expect((await refuse(made.dispatch, 'agenda:move', { id: y, parentId: x, position: 1 })).message).toBe(
      'Een subpunt kan zelf geen subpunten hebben. Kies een hoofdpunt als onderdeel.',
    )
    expect(
      (
        await refuse(made.dispatch, 'agenda:move', {
          id: section(meeting, 'voortgang').id,
          parentId: section(meeting, 'signalen').id,
          position: 1,
        })
      ).message,
    ).toBe('Dit punt heeft zelf subpunten en kan daarom niet onder een ander punt. Verplaats eerst de subpunten.')
  })

  it('deletes a section with its sub-items and restores them where they were', async () => {
    const voortgang = section(meeting, 'voortgang').id
    const deleted = await call(made.dispatch, 'agenda:delete', { id: voortgang })
    expect(deleted.deletedIds.sort()).toEqual([voortgang, ...sub].sort())
    expect(numbers(deleted.order, titles).slice(5, 7)).toEqual(['A6 subjecten', 'A7 afsluiting'])
    expect((await call(made.dispatch, 'meeting:get', { id: meeting.id })).itemCount).toBe(9)
    const restored = await call(made.dispatch, 'agenda:restore', { id: voortgang })
    expect(restored.order).toEqual(first)
    expect(restored.item).toMatchObject({ number: 'A6', type: 'voortgang' })
  })

  it('restores a sub-item only under its section, and gives the edit’s previous values for undo', async () => {
    const [x] = sub as [string]
    await call(made.dispatch, 'agenda:delete', { id: x })
    await call(made.dispatch, 'agenda:delete', { id: section(meeting, 'voortgang').id })
    expect((await refuse(made.dispatch, 'agenda:restore', { id: x })).message).toBe(
      'Zet eerst ‘Voortgang lopende casussen’ terug; dit punt stond daaronder.',
    )
    await call(made.dispatch, 'agenda:restore', { id: section(meeting, 'voortgang').id })
    expect((await call(made.dispatch, 'agenda:restore', { id: x })).order).toEqual(first)

    const edited = await call(made.dispatch, 'agenda:update', {
      id: x,
      values: itemValues({ title: 'x2', durationMinutes: 15, confidential: true, chairNotes: 'Let op.' }),
    })
    expect(edited.previous).toEqual(itemValues({ title: 'x', durationMinutes: 5 }))
    expect(edited.item).toMatchObject({
      title: 'x2',
      number: 'A6.1',
      startTime: '14:40',
      endTime: '14:55',
      confidential: true,
      chairNotes: 'Let op.',
    })
    const undone = await call(made.dispatch, 'agenda:update', { id: x, values: edited.previous })
    expect(undone.previous.title).toBe('x2')
    const text = await call(made.dispatch, 'agenda:set-text', {
      id: x,
      field: 'notes',
      text: 'Besproken; geen bijzonderheden.',
    })
    expect(text.previous).toBe('')
    expect((await call(made.dispatch, 'agenda:set-status', { id: x, status: 'besproken' })).previous).toBe('gepland')
  })
})

describe('cases that ask for a decision go on the agenda in one call', () => {
  it('lists the table’s cases by the decision their phase asks for, and adds them under their sections', async () => {
    const other = await createMeeting(made.dispatch, ref, { date: '2025-03-26' })
    const signal = await registerCase(made.dispatch, ref, { alias: 'Nieuw Signaal' })
    const analysed = await caseInPhase(
      made.dispatch,
      ref,
      other.id,
      section(other, 'signalen').id,
      'analyse',
      'In Analyse',
    )
    const evaluated = await caseInPhase(
      made.dispatch,
      ref,
      other.id,
      section(other, 'voortgang').id,
      'evaluatie',
      'In Evaluatie',
    )
    const running = await caseInPhase(
      made.dispatch,
      ref,
      other.id,
      section(other, 'voortgang').id,
      'uitvoering',
      'Met Voorstel',
    )
    await call(made.dispatch, 'case:link-subject', {
      caseId: running.caseId,
      openedOn: '2025-03-01',
      subject: { kind: 'persoon', name: 'Voorgestelde Persoon', birthDate: null },
    })
    await caseInPhase(made.dispatch, ref, other.id, section(other, 'voortgang').id, 'afgesloten', 'Al Klaar')
    await registerCase(made.dispatch, ref, { alias: 'Andere Tafel', tableId: ref.table('E') })

    const next = await createMeeting(made.dispatch, ref, { date: '2025-04-23' }, 'leeg')
    await call(made.dispatch, 'agenda:add', {
      meetingId: next.id,
      parentId: null,
      position: null,
      values: itemValues({ title: 'Opening', type: 'opening' }),
    })
    await call(made.dispatch, 'agenda:add', {
      meetingId: next.id,
      parentId: null,
      position: null,
      values: itemValues({ title: 'Rondvraag', type: 'rondvraag' }),
    })
    const { candidates } = await call(made.dispatch, 'agenda:decision-candidates', { meetingId: next.id })
    const asked = new Map(
      candidates.map((c) => [c.case.alias, [c.decisionType, c.section, c.pendingSubjects, c.onAgenda]]),
    )
    expect(asked.get('Nieuw Signaal')).toEqual(['start-analyse', 'signalen', 0, false])
    expect(asked.get('In Analyse')).toEqual(['start-casus', 'start-casus', 0, false])
    expect(asked.get('In Evaluatie')).toEqual(['afsluiten', 'afsluiting', 0, false])
    expect(asked.get('Met Voorstel')).toEqual(['subject-toevoegen', 'subjecten', 1, false])
    expect(asked.has('Al Klaar')).toBe(false)
    expect(asked.has('Andere Tafel')).toBe(false)

    const wanted = [signal.id, analysed.caseId, evaluated.caseId, running.caseId]
    const { added, order } = await call(made.dispatch, 'agenda:add-cases', { meetingId: next.id, caseIds: wanted })
    expect(added.map((item) => [item.number, item.title, item.type, item.confidential])).toEqual([
      ['2.1', `${signal.code} Nieuw Signaal`, 'signalen', true],
      ['3.1', `${analysed.code} In Analyse`, 'start-casus', true],
      ['4.1', `${running.code} Met Voorstel`, 'subjecten', true],
      ['5.1', `${evaluated.code} In Evaluatie`, 'afsluiting', true],
    ])
    const meetingNow = await call(made.dispatch, 'meeting:get', { id: next.id })
    expect(meetingNow.items.filter((item) => item.depth === 1).map((item) => item.type)).toEqual([
      'opening',
      'signalen',
      'start-casus',
      'subjecten',
      'afsluiting',
      'rondvraag',
    ])
    expect(order.items).toHaveLength(10)
    // Asked again: nothing added twice.
    expect((await call(made.dispatch, 'agenda:add-cases', { meetingId: next.id, caseIds: wanted })).added).toEqual([])
    expect(
      (await call(made.dispatch, 'agenda:decision-candidates', { meetingId: next.id })).candidates.every(
        (c) => c.onAgenda,
      ),
    ).toBe(true)
  })
})
