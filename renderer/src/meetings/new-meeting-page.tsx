import { useState } from 'react'
import type { meetingSources } from '../../../shared/contract/meeting.contract'
import { todayIso } from '../../../shared/domain/iso-date'
import { useVaultMutation } from '../api/use-vault-mutation'
import { Breadcrumbs } from '../components/breadcrumbs'
import { ChoiceGroup } from '../components/choice-group'
import { FormAlert } from '../components/form-alert'
import { PageHeading } from '../components/page-heading'
import { SelectField } from '../components/select-field'
import { SubmitButton } from '../components/submit-button'
import { bindFields } from '../lib/bind-fields'
import { useFormSubmit } from '../lib/use-form-submit'
import { announce } from '../stores/announcer-store'
import { hrefFor, useRoute } from '../stores/route-store'
import { MeetingValuesFields } from './meeting-values-fields'
import { useTables } from './use-tables'

type Source = (typeof meetingSources)[number]

const sourceChoices: { value: Source; label: string }[] = [
  { value: 'sjabloon', label: 'Standaardagenda (sjabloon)' },
  { value: 'vorige', label: 'Kopie van de vorige vergadering' },
  { value: 'leeg', label: 'Lege agenda' },
]

/** Nieuwe vergadering: the vault checks the values and answers Dutch field errors. */
export function NewMeetingPage() {
  const meetingCreate = useVaultMutation('meeting:create')
  const replace = useRoute((state) => state.replace)
  const { tables, error: tablesError } = useTables()
  const [values, setValues] = useState({
    tableId: '',
    date: todayIso(),
    startTime: '14:00',
    location: '',
    chair: '',
    secretary: '',
    numberPrefix: '',
    source: 'sjabloon' as Source,
  })
  const tableId = values.tableId || tables?.[0]?.id || ''
  const form = useFormSubmit(async () => {
    const created = await meetingCreate.run({
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
  })
  const { errors } = form
  const field = bindFields(values, setValues, errors.fieldError)

  return (
    <div className="page">
      <Breadcrumbs crumbs={[{ label: 'Vergaderingen', path: 'vergaderingen' }, { label: 'Nieuwe vergadering' }]} />
      <PageHeading>Nieuwe vergadering</PageHeading>
      <FormAlert message={errors.message ?? tablesError} />
      {tables ? (
        <form {...form.props} className="form form--wide">
          <SelectField
            label="Ondermijningstafel"
            name="tableId"
            value={tableId}
            error={errors.fieldError('tableId')}
            onChange={(event) => setValues((previous) => ({ ...previous, tableId: event.target.value }))}
            options={tables.map((table) => ({ value: table.id, label: `${table.code} – ${table.name}` }))}
          />
          <MeetingValuesFields field={field} />
          <ChoiceGroup
            legend="Agenda"
            name="source"
            type="radio"
            choices={sourceChoices}
            value={[values.source]}
            error={errors.fieldError('source')}
            hint="Open actiepunten en aangehouden agendapunten van de vorige vergadering gaan altijd mee."
            onChange={([source]) =>
              setValues((previous) => ({
                ...previous,
                source: sourceChoices.find((choice) => choice.value === source)?.value ?? 'sjabloon',
              }))
            }
          />
          <div className="form__actions">
            <SubmitButton busy={form.busy} busyLabel="Bezig met aanmaken…">
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
