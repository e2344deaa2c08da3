import type { Input, Output } from '../../../../shared/contract/index'
import { newIntervention } from '../../../support/case-fixtures'
import {
  call,
  caseItem,
  createMeeting,
  decisionInput,
  type Reference,
  reference,
  registerCase,
  section,
} from '../../../support/meeting-fixtures'
import type { TempVault } from '../../../support/temp-vault'

/**
 * The small register every channel of the declarations test is called
 * against: a meeting with a case item, a case with a person and a company
 * added by decision, an intervention on the person, an action and an
 * attachment, and a closed case whose retention expired years ago. Rows that
 * change or remove something make their own fresh records (`freshCase`), so
 * the shared ones answer the same to every read.
 */
export interface ChannelWorld {
  made: TempVault
  ref: Reference
  send: <C extends Parameters<typeof call>[1]>(channel: C, input: Input<C>) => Promise<Output<C>>
  meetingId: string
  itemId: string
  caseId: string
  personId: string
  companyId: string
  addedDecision: Output<'decision:record'>
  interventionId: string
  actionId: string
  attachmentId: string
  expired: { caseId: string }
  /** A case of its own with an agenda item at the shared meeting, for rows that change or remove. */
  freshCase: (alias: string) => Promise<{ caseId: string; itemId: string }>
}

const PERSON = { kind: 'persoon', name: 'Pieter Kwelderbloem', birthDate: '1970-02-03' } as const
const COMPANY = { kind: 'rechtspersoon', name: 'Kwelder Handel B.V.', kvk: '27123456' } as const

export async function channelWorld(made: TempVault): Promise<ChannelWorld> {
  const { dispatch, vault } = made
  const ref = await reference(vault)
  const send = <C extends Parameters<typeof call>[1]>(channel: C, input: Input<C>) => call(dispatch, channel, input)
  const meeting = await createMeeting(dispatch, ref, { date: '2025-03-12' })
  const parentId = section(meeting, 'voortgang').id
  const freshCase = async (alias: string) => {
    const created = await registerCase(dispatch, ref, { alias })
    return { caseId: created.id, itemId: await caseItem(dispatch, meeting.id, parentId, created.id, alias) }
  }

  const { caseId, itemId } = await freshCase('Stille Haven')
  await send('decision:record', { agendaItemId: itemId, values: decisionInput('start-analyse', caseId) })
  const addedDecision = await send('decision:record', {
    agendaItemId: itemId,
    values: decisionInput('subject-toevoegen', caseId, { subjects: [PERSON, COMPANY] }),
  })
  const idOf = (name: string) => {
    const found = addedDecision.effect.subjects.find((subject) => subject.title === name)
    if (!found) throw new Error(`no subject ${name}`)
    return found.subjectId
  }
  const personId = idOf(PERSON.name)
  const companyId = idOf(COMPANY.name)
  const intervention = await send('intervention:create', {
    caseId,
    values: newIntervention(ref, { subjectId: personId }),
  })
  const action = await send('action:create', {
    meetingId: meeting.id,
    agendaItemId: itemId,
    decisionId: addedDecision.id,
    values: {
      text: 'Bibob-toets starten',
      ownerPartnerId: ref.partner('Gemeente'),
      ownerPerson: null,
      dueDate: null,
      caseId,
    },
  })
  const attachment = await send('attachment:add', {
    agendaItemId: itemId,
    fileName: 'notitie.txt',
    mediaType: 'text/plain',
    contentBase64: Buffer.from('Gespreksnotitie').toString('base64'),
  })

  // Closed at a meeting in 2015: its retention (closing date plus the default years) ran out long ago.
  const old = await createMeeting(dispatch, ref, { date: '2015-03-12' })
  const oldCase = await registerCase(dispatch, ref, {
    alias: 'Oude Haven',
    registeredOn: '2015-01-10',
    retentionUntil: '2020-01-10',
  })
  const oldItem = await caseItem(dispatch, old.id, section(old, 'voortgang').id, oldCase.id, 'Oude Haven')
  for (const type of ['start-analyse', 'start-casus', 'plan-van-aanpak', 'evaluatie', 'afsluiten'] as const)
    await send('decision:record', { agendaItemId: oldItem, values: decisionInput(type, oldCase.id) })

  return {
    made,
    ref,
    send,
    meetingId: meeting.id,
    itemId,
    caseId,
    personId,
    companyId,
    addedDecision,
    interventionId: intervention.id,
    actionId: action.id,
    attachmentId: attachment.id,
    expired: { caseId: oldCase.id },
    freshCase,
  }
}
