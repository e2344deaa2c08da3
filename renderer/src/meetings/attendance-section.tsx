import { useId, useState } from 'react'
import type { Attendee } from '../../../shared/contract/attendance.contract'
import { type AttendanceStatus, attendanceStatuses, attendanceStatusLabels } from '../../../shared/domain/attendance'
import { messageOf } from '../api/request'
import { useVaultMutation } from '../api/use-vault-mutation'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { SelectField } from '../components/select-field'
import { TextField } from '../components/text-field'
import { useFormSubmit } from '../lib/use-form-submit'
import { announce } from '../stores/announcer-store'
import type { MeetingSession } from './meeting-session'
import { tracked } from './save-status'

const nameOf = (attendee: Attendee): string =>
  attendee.kind === 'partner'
    ? `${attendee.partner?.shortName ?? 'Partner'}${attendee.personName ? ` (${attendee.personName})` : ''}`
    : `${attendee.personName ?? 'Gast'} (${attendee.organisation ?? 'gast'})`

/** Who is invited, and per row aanwezig / afwezig / afgemeld: radio buttons, so arrow keys choose. */
export function AttendanceSection({ session }: { session: MeetingSession }) {
  const attendanceSetStatus = useVaultMutation('attendance:set-status')
  const attendanceRemove = useVaultMutation('attendance:remove')
  const attendanceInvitePartners = useVaultMutation('attendance:invite-partners')
  const headingId = useId()
  const [error, setError] = useState<string | null>(null)
  const [partnerId, setPartnerId] = useState('')
  // The choice shows at once; a refused save takes it back.
  const [chosen, setChosen] = useState<Record<string, AttendanceStatus>>({})
  const { meeting } = session
  const invited = new Set(meeting.attendance.flatMap((row) => (row.partner ? [row.partner.id] : [])))
  const notInvited = session.partners.filter((partner) => !invited.has(partner.id))
  const chosenPartner = notInvited.some((partner) => partner.id === partnerId) ? partnerId : (notInvited[0]?.id ?? '')
  const present = meeting.attendance.filter((row) => row.status === 'aanwezig').length

  const act = async (write: () => Promise<unknown>, done: string) => {
    try {
      await tracked(write())
      await session.reload()
      setError(null)
      announce(done)
      return true
    } catch (failure) {
      setError(messageOf(failure))
      return false
    }
  }

  return (
    <section aria-labelledby={headingId} className="meetings-section">
      <h2 id={headingId} className="section-title">
        Aanwezigheid
      </h2>
      <p className="muted">
        {meeting.attendance.length} genodigden, {present} aanwezig.
      </p>
      {error ? (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      ) : null}
      {meeting.attendance.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table attendance-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Genodigde</th>
                <th scope="col">Aanwezigheid</th>
                {session.editable ? (
                  <th scope="col" className="cell--actions">
                    <span className="visually-hidden">Acties</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {meeting.attendance.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{nameOf(row)}</th>
                  <td>
                    <fieldset className="attendance-choice" disabled={!session.editable}>
                      <legend className="visually-hidden">Aanwezigheid {nameOf(row)}</legend>
                      {attendanceStatuses.map((status) => (
                        <label key={status} className="attendance-choice__option">
                          <input
                            type="radio"
                            name={`attendance-${row.id}`}
                            value={status}
                            checked={(chosen[row.id] ?? row.status) === status}
                            onChange={() => {
                              setChosen((previous) => ({ ...previous, [row.id]: status }))
                              void act(
                                () => attendanceSetStatus.run({ id: row.id, status }),
                                `${nameOf(row)}: ${attendanceStatusLabels[status]}.`,
                              ).then((saved) => {
                                if (!saved) setChosen(({ [row.id]: _dropped, ...rest }) => rest)
                              })
                            }}
                          />
                          {attendanceStatusLabels[status]}
                        </label>
                      ))}
                    </fieldset>
                  </td>
                  {session.editable ? (
                    <td className="cell--actions">
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        onClick={() =>
                          void act(
                            () => attendanceRemove.run({ id: row.id }),
                            `${nameOf(row)} staat niet meer op de lijst.`,
                          )
                        }
                      >
                        Verwijderen<span className="visually-hidden"> {nameOf(row)}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Er is nog niemand uitgenodigd.</p>
      )}
      {session.editable ? (
        <div className="attendance-add">
          <div className="toolbar">
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void act(
                  () => attendanceInvitePartners.run({ meetingId: meeting.id, partnerIds: [] }),
                  'De convenantpartners zijn uitgenodigd.',
                )
              }
            >
              Alle convenantpartners uitnodigen
            </button>
          </div>
          {notInvited.length > 0 ? (
            <div className="toolbar">
              <SelectField
                label="Partner uitnodigen"
                value={chosenPartner}
                onChange={(event) => setPartnerId(event.target.value)}
                options={notInvited.map((partner) => ({
                  value: partner.id,
                  label: `${partner.shortName} – ${partner.name}`,
                }))}
              />
              <button
                type="button"
                className="button button--secondary toolbar__add"
                onClick={() =>
                  void act(
                    () => attendanceInvitePartners.run({ meetingId: meeting.id, partnerIds: [chosenPartner] }),
                    'De partner is uitgenodigd.',
                  )
                }
              >
                Uitnodigen
              </button>
            </div>
          ) : null}
          <GuestForm session={session} />
        </div>
      ) : null}
    </section>
  )
}

function GuestForm({ session }: { session: MeetingSession }) {
  const attendanceAdd = useVaultMutation('attendance:add')
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  const form = useFormSubmit(
    async () => {
      await tracked(
        attendanceAdd.run({
          meetingId: session.meeting.id,
          values: { kind: 'gast', personName: name, organisation, status: null },
        }),
      )
      await session.reload()
      announce(`Gast ${name} is toegevoegd.`)
      setName('')
      setOrganisation('')
    },
    { staysOpen: true },
  )
  const { errors } = form
  return (
    <form {...form.props} className="form" aria-label="Gast toevoegen">
      <FormAlert message={errors.message} />
      <div className="field-row">
        <TextField
          label="Naam van de gast"
          name="personName"
          width="medium"
          value={name}
          error={errors.fieldError('personName')}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          label="Organisatie van de gast"
          name="organisation"
          width="medium"
          value={organisation}
          error={errors.fieldError('organisation')}
          onChange={(event) => setOrganisation(event.target.value)}
        />
      </div>
      <FormActions busy={form.busy} busyLabel="Bezig met toevoegen…" variant="secondary">
        Gast toevoegen
      </FormActions>
    </form>
  )
}
