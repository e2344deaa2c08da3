import { useState } from 'react'
import { agendaItemTypeLabels, agendaItemTypes, type AgendaItemType } from '../../../shared/domain/agenda'
import { FormActions } from '../components/form-actions'
import { FormAlert } from '../components/form-alert'
import { SelectField } from '../components/select-field'
import { TextField } from '../components/text-field'
import { useFormSubmit } from '../lib/use-form-submit'
import type { MeetingSession } from './meeting-session'

const TOP_LEVEL = ''

/** A new item at the end of the agenda or of a section; its other fields are edited in the list. */
export function AddItemForm({ session, onAdded }: { session: MeetingSession; onAdded: (id: string) => void }) {
  const [title, setTitle] = useState('')
  const [type, setType] = useState<AgendaItemType>('overig')
  const [duration, setDuration] = useState('10')
  const [parentId, setParentId] = useState(TOP_LEVEL)
  const sections = session.meeting.items.filter((item) => item.parentId === null)
  // A section deleted meanwhile (or undone away) silently falls back to the top level rather than a stale id.
  const parent = sections.some((item) => item.id === parentId) ? parentId : TOP_LEVEL

  const form = useFormSubmit(
    async () => {
      const values = {
        title,
        type,
        caseId: null,
        presenterPartnerId: null,
        durationMinutes: duration.trim() === '' ? Number.NaN : Number(duration),
        confidential: false,
        notes: '',
        chairNotes: '',
        status: 'gepland' as const,
      }
      const item = await session.add(values, parent === TOP_LEVEL ? null : parent)
      setTitle('')
      onAdded(item.id)
    },
    { staysOpen: true },
  )
  const { errors } = form

  return (
    <form {...form.props} className="form agenda-add" aria-label="Agendapunt toevoegen">
      <FormAlert message={errors.message} />
      <div className="field-row">
        <TextField
          label="Titel van het nieuwe agendapunt"
          name="title"
          value={title}
          error={errors.fieldError('title')}
          onChange={(event) => setTitle(event.target.value)}
        />
        <SelectField
          label="Soort"
          name="type"
          value={type}
          error={errors.fieldError('type')}
          onChange={(event) => setType(event.target.value as AgendaItemType)}
          options={agendaItemTypes.map((value) => ({ value, label: agendaItemTypeLabels[value] }))}
        />
        <TextField
          label="Duur in minuten"
          name="durationMinutes"
          type="number"
          min={0}
          max={600}
          width="short"
          value={duration}
          error={errors.fieldError('durationMinutes')}
          onChange={(event) => setDuration(event.target.value)}
        />
      </div>
      <SelectField
        label="Plaats op de agenda"
        name="parentId"
        value={parent}
        error={errors.fieldError('parentId')}
        onChange={(event) => setParentId(event.target.value)}
        options={[
          { value: TOP_LEVEL, label: 'Hoofdpunt, aan het eind van de agenda' },
          ...sections.map((item) => ({ value: item.id, label: `Subpunt onder ${item.number} ${item.title}` })),
        ]}
      />
      <FormActions busy={form.busy} busyLabel="Bezig met toevoegen…" variant="secondary">
        Agendapunt toevoegen
      </FormActions>
    </form>
  )
}
