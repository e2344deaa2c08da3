import { expect, it } from 'vitest'
import { call, caseInPhase, createMeeting, decisionInput, itemValues } from '../../../support/meeting-fixtures'
import { useMeetingVault } from '../../../support/shared-vault'

const setup = useMeetingVault()

async function found(text: string): Promise<Record<string, string[]>> {
  const { groups } = await call(setup.made.dispatch, 'search:query', { text, limitPerKind: 10 })
  return Object.fromEntries(groups.map((group) => [group.kind, group.results.map((result) => result.id)]))
}

it('finds agenda items by title and minutes text, and forgets them when deleted', async () => {
  const { item } = await call(setup.made.dispatch, 'agenda:add', {
    meetingId: setup.meetingId,
    parentId: null,
    position: null,
    values: itemValues({
      title: 'Presentatie havenbeveiliging',
      notes: 'De Zeehavenpolitie licht de containercontroles toe.',
    }),
  })
  expect(await found('havenbeveil')).toEqual({ 'agenda-item': [item.id] })
  expect(await found('containercontroles')).toEqual({ 'agenda-item': [item.id] })
  const { groups } = await call(setup.made.dispatch, 'search:query', { text: 'containercontroles', limitPerKind: 10 })
  expect(groups[0]).toMatchObject({
    label: 'Agendapunten',
    results: [
      {
        title: 'Presentatie havenbeveiliging',
        detail: 'OMT D 12-03-2025 · Overig',
        meetingId: setup.meetingId,
        caseId: null,
      },
    ],
  })
  expect(groups[0]?.results[0]?.snippet.some((part) => part.hit && part.text === 'containercontroles')).toBe(true)

  await call(setup.made.dispatch, 'agenda:set-text', { id: item.id, field: 'notes', text: 'Uitgesteld wegens ziekte.' })
  expect(await found('containercontroles')).toEqual({})
  expect(await found('ziekte')).toEqual({ 'agenda-item': [item.id] })
  await call(setup.made.dispatch, 'agenda:delete', { id: item.id })
  expect(await found('havenbeveiliging')).toEqual({})
  await call(setup.made.dispatch, 'agenda:restore', { id: item.id })
  expect(await found('havenbeveiliging')).toEqual({ 'agenda-item': [item.id] })
  // Chair notes are preparation for the chair, not part of the record: they are not indexed.
  await call(setup.made.dispatch, 'agenda:set-text', {
    id: item.id,
    field: 'chairNotes',
    text: 'Vraag naar bemanningslijsten.',
  })
  expect(await found('bemanningslijsten')).toEqual({})
})

it('finds decisions by number and text, and action items by text and person', async () => {
  const { caseId, itemId } = await caseInPhase(
    setup.made.dispatch,
    setup.ref,
    setup.meetingId,
    setup.parentId,
    'evaluatie',
    'Stille Haven',
  )
  const decision = await call(setup.made.dispatch, 'decision:record', {
    agendaItemId: itemId,
    values: decisionInput('afsluiten', caseId, {
      reason: 'Alle interventies zijn afgerond; criminogene uitstraling weggenomen.',
    }),
  })
  expect((await found('criminogene'))['decision']).toEqual([decision.id])
  expect((await found(decision.code))['decision']).toEqual([decision.id])
  const { groups } = await call(setup.made.dispatch, 'search:query', { text: 'criminogene', limitPerKind: 10 })
  expect(groups.find((g) => g.kind === 'decision')?.results[0]).toMatchObject({
    title: decision.code,
    detail: `Afsluiten · 12-03-2025 · ${decision.case?.code ?? ''}`,
    caseId,
    meetingId: setup.meetingId,
  })

  const action = await call(setup.made.dispatch, 'action:create', {
    meetingId: setup.meetingId,
    agendaItemId: itemId,
    decisionId: decision.id,
    values: {
      text: 'Eindrapportage opstellen voor de burgemeester',
      ownerPartnerId: setup.ref.partner('RIEC'),
      ownerPerson: 'Sanne Vermeulen',
      dueDate: '2025-04-30',
      caseId: null,
    },
  })
  expect(await found('eindrapportage')).toEqual({ 'action-item': [action.id] })
  expect(await found('vermeulen')).toEqual({ 'action-item': [action.id] })
  const hit = (await call(setup.made.dispatch, 'search:query', { text: 'eindrapportage', limitPerKind: 10 })).groups[0]
    ?.results[0]
  expect(hit).toMatchObject({
    title: 'Eindrapportage opstellen voor de burgemeester',
    detail: 'OMT D · RIEC (Sanne Vermeulen) · Open · uiterlijk 30-04-2025',
    caseId,
    meetingId: setup.meetingId,
  })
  await call(setup.made.dispatch, 'action:update', {
    id: action.id,
    values: {
      text: 'Slotbrief opstellen',
      ownerPartnerId: setup.ref.partner('RIEC'),
      ownerPerson: null,
      dueDate: null,
      caseId,
    },
  })
  expect(await found('eindrapportage')).toEqual({})
  expect(await found('vermeulen')).toEqual({})
  await call(setup.made.dispatch, 'action:delete', { id: action.id })
  expect(await found('slotbrief')).toEqual({})
})

it('forgets a deleted meeting’s items', async () => {
  const planned = await createMeeting(setup.made.dispatch, setup.ref, { date: '2025-09-03' }, 'leeg')
  await call(setup.made.dispatch, 'agenda:add', {
    meetingId: planned.id,
    parentId: null,
    position: null,
    values: itemValues({ title: 'Eenmalige werkbespreking' }),
  })
  expect(Object.keys(await found('werkbespreking'))).toEqual(['agenda-item'])
  await call(setup.made.dispatch, 'meeting:delete', { id: planned.id })
  expect(await found('werkbespreking')).toEqual({})
})
