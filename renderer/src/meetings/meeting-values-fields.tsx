import { TextField } from '../components/text-field'
import type { BoundField } from '../lib/bind-fields'

type MeetingValueName = 'date' | 'startTime' | 'location' | 'chair' | 'secretary' | 'numberPrefix'

interface MeetingValuesFieldsProps {
  field: (name: MeetingValueName) => BoundField
  /** In a dialog, which focuses [data-autofocus] once open. */
  focusFirst?: boolean
}

/** When, where, who chairs and takes the minutes, and how items are numbered: the same fields to plan a meeting and to change it. */
export function MeetingValuesFields({ field, focusFirst = false }: MeetingValuesFieldsProps) {
  return (
    <>
      <div className="field-row">
        <TextField
          label="Datum"
          type="date"
          width="medium"
          data-autofocus={focusFirst || undefined}
          {...field('date')}
        />
        <TextField label="Begintijd" type="time" width="short" {...field('startTime')} />
      </div>
      <TextField label="Locatie" {...field('location')} />
      <div className="field-row">
        <TextField label="Voorzitter" width="medium" autoComplete="off" {...field('chair')} />
        <TextField label="Secretaris" width="medium" autoComplete="off" {...field('secretary')} />
      </div>
      <TextField
        label="Voorvoegsel van de agendanummers"
        hint="Optioneel; bijvoorbeeld ‘A’ geeft A1, A2.1."
        width="short"
        {...field('numberPrefix')}
      />
    </>
  )
}
