import { expect, it } from 'vitest'
import { call, createMeeting, refuse } from '../../../support/meeting-fixtures'
import { useVault } from '../../../support/shared-vault'

const setup = useVault()

it('records attendance per partner and guests, with undo for each change', async () => {
  const meeting = await createMeeting(setup.made.dispatch, setup.ref, {}, 'leeg')
  expect(meeting.attendance).toHaveLength(13)
  const invited = await call(setup.made.dispatch, 'attendance:invite-partners', {
    meetingId: meeting.id,
    partnerIds: [setup.ref.partner('HEIT'), setup.ref.partner('Politie')],
  })
  expect(invited.rows).toHaveLength(14)
  expect(invited.rows.at(-1)?.partner?.shortName).toBe('HEIT')

  const police = invited.rows.find((row) => row.partner?.shortName === 'Politie')
  if (!police) throw new Error('fixture')
  const present = await call(setup.made.dispatch, 'attendance:set-status', { id: police.id, status: 'aanwezig' })
  expect([present.attendee.status, present.previous]).toEqual(['aanwezig', null])
  const second = await call(setup.made.dispatch, 'attendance:add', {
    meetingId: meeting.id,
    values: {
      kind: 'partner',
      partnerId: setup.ref.partner('Politie'),
      personName: 'Inspecteur Bos',
      status: 'afgemeld',
    },
  })
  expect(second).toMatchObject({
    kind: 'partner',
    partner: { shortName: 'Politie' },
    personName: 'Inspecteur Bos',
    status: 'afgemeld',
    position: 15,
  })
  const guest = await call(setup.made.dispatch, 'attendance:add', {
    meetingId: meeting.id,
    values: { kind: 'gast', personName: 'Dr. Kaya', organisation: 'Universiteit Leiden', status: 'aanwezig' },
  })
  expect(guest).toMatchObject({ kind: 'gast', partner: null, organisation: 'Universiteit Leiden' })

  const renamed = await call(setup.made.dispatch, 'attendance:update', {
    id: guest.id,
    values: { kind: 'gast', personName: 'Dr. A. Kaya', organisation: 'Universiteit Leiden', status: 'aanwezig' },
  })
  expect(renamed.previous).toEqual({
    kind: 'gast',
    personName: 'Dr. Kaya',
    organisation: 'Universiteit Leiden',
    status: 'aanwezig',
  })
  const removed = await call(setup.made.dispatch, 'attendance:remove', { id: second.id })
  expect(removed.removed).toEqual({
    kind: 'partner',
    partnerId: setup.ref.partner('Politie'),
    personName: 'Inspecteur Bos',
    status: 'afgemeld',
  })
  await call(setup.made.dispatch, 'attendance:add', { meetingId: meeting.id, values: removed.removed })
  expect(
    (await call(setup.made.dispatch, 'attendance:list', { meetingId: meeting.id })).rows
      .map((row) => row.personName)
      .filter(Boolean),
  ).toEqual(['Dr. A. Kaya', 'Inspecteur Bos'])

  const noOrganisation = await refuse(setup.made.dispatch, 'attendance:add', {
    meetingId: meeting.id,
    values: { kind: 'gast', personName: 'Iemand', organisation: '', status: null },
  })
  expect(noOrganisation.fields).toEqual({ organisation: 'Vul de organisatie van de gast in.' })
  const badStatus = await refuse(setup.made.dispatch, 'attendance:set-status', { id: guest.id, status: 'ziek' })
  expect(badStatus.fields).toEqual({ status: 'Kies aanwezig, afwezig of afgemeld.' })
})
