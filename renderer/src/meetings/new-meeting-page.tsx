import { type FormEvent, useRef, useState } from 'react'
import type { meetingSources } from '../../../shared/contract/meeting.contract'
import { todayIso } from '../../../shared/domain/iso-date'
import { request } from '../api/request'
import { Breadcrumbs } from '../components/breadcrumbs'
import { ChoiceGroup } from '../components/choice-group'
import { FormAlert } from '../components/form-alert'
import { PageHeading } from '../components/page-heading'
import { SelectField } from '../components/select-field'
import { SubmitButton } from '../components/submit-button'
import { TextField } from '../components/text-field'
import { useFormErrors } from '../lib/use-form-errors'
import { announce } from '../stores/announcer-store'
import { hrefFor, useRoute } from '../stores/route-store'
import { useTables } from './use-tables'

type Source = (typeof meetingSources)[number]

const sourceChoices: { value: Source; label: string }[] = [
  { value: 'sjabloon', label: 'Standaardagenda (sjabloon)' },
  { value: 'vorige', label: 'Kopie van de vorige vergadering' },
  { value: 'leeg', label: 'Lege agenda' },
]

/** Nieuwe vergadering: the vault checks the values and answers Dutch field errors. */
export function NewMeetingPage() {
  const replace = useRoute((state) => state.replace)
  const { tables, error: tablesError } = useTables()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = useFormErrors(formRef)
  const [busy, setBusy] = useState(false)
  const [values, setValues] = useState({ tableId: '', date: todayIso(), startTime: '14:00', location: '', chair: '', secretary: '', numberPrefix: '', source: 'sjabloon' as Source })
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }))
  const tableId = values.tableId || tables?.[0]?.id || ''

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    errors.clear()
    try {
      const created = await request('meeting:create', {
        tableId,
        source: values.source,
        values: {
          date: values.date,
          startTime: values.startTime,
          location: values.location,
          chair: values.chair,
          secretary: values.secretary,
          numberPrefix: values.numberPrefix,
        },
      })
      replace(`vergaderingen/${created.id}`)
      announce(`Vergadering van ${created.table.code} is aangemaakt.`)
    } catch (error) {
      errors.fail(error)
      setBusy(false)
    }
  }

  return (
    <div className="page">
      <Breadcrumbs crumbs={[{ label: 'Vergaderingen', path: 'vergaderingen' }, { label: 'Nieuwe vergadering' }]} />
      <PageHeading>Nieuwe vergadering</PageHeading>
      <FormAlert message={errors.message ?? tablesError} />
      {tables ? (
        <form ref={formRef} className="form form--wide" noValidate onSubmit={(event) => void submit(event)} onChange={errors.onFormChange}>
          <SelectField
            label="Ondermijningstafel"
            name="tableId"
            value={tableId}
            error={errors.fieldError('tableId')}
            onChange={(event) => set('tableId')(event.target.value)}
            options={tables.map((table) => ({ value: table.id, label: `${table.code} – ${table.name}` }))}
          />
          <div className="field-row">
            <TextField label="Datum" name="date" type="date" width="medium" value={values.date} error={errors.fieldError('date')} onChange={(event) => set('date')(event.target.value)} />
            <TextField label="Begintijd" name="startTime" type="time" width="short" value={values.startTime} error={errors.fieldError('startTime')} onChange={(event) => set('startTime')(event.target.value)} />
          </div>
          <TextField label="Locatie" name="location" value={values.location} error={errors.fieldError('location')} onChange={(event) => set('location')(event.target.value)} />
          <div className="field-row">
            <TextField label="Voorzitter" name="chair" width="medium" autoComplete="off" value={values.chair} error={errors.fieldError('chair')} onChange={(event) => set('chair')(event.target.value)} />
            <TextField label="Secretaris" name="secretary" width="medium" autoComplete="off" value={values.secretary} error={errors.fieldError('secretary')} onChange={(event) => set('secretary')(event.target.value)} />
          </div>
          <TextField
            label="Voorvoegsel van de agendanummers"
            hint="Optioneel; bijvoorbeeld ‘A’ geeft A1, A2.1."
            name="numberPrefix"
            width="short"
            value={values.numberPrefix}
            error={errors.fieldError('numberPrefix')}
            onChange={(event) => set('numberPrefix')(event.target.value)}
          />
          <ChoiceGroup
            legend="Agenda"
            name="source"
            type="radio"
            choices={sourceChoices}
            value={[values.source]}
            error={errors.fieldError('source')}
            hint="Open actiepunten en aangehouden agendapunten van de vorige vergadering gaan altijd mee."
            onChange={(value) => set('source')(value[0] ?? 'sjabloon')}
          />
          <div className="form__actions">
            <SubmitButton busy={busy} busyLabel="Bezig met aanmaken…">
              Vergadering aanmaken
            </SubmitButton>
            <a className="button button--secondary" href={hrefFor('vergaderingen')}>
              Annuleren
            </a>
          </div>
        </form>
      ) : tablesError ? null : (
        <p className="muted" aria-busy="true">
          Het formulier wordt geladen…
        </p>
      )}
    </div>
  )
}
