import { useState } from 'react'
import type { AgendaItem, AgendaItemValues } from '../../../shared/contract/agenda.contract'
import { OmtError } from '../../../shared/contract/errors'
import {
  agendaItemStatuses,
  agendaItemStatusLabels,
  agendaItemTypeLabels,
  agendaItemTypes,
} from '../../../shared/domain/agenda'
import { messageOf } from '../api/request'
import { useVaultQuery } from '../api/use-vault-query'
import { CheckboxField } from '../components/checkbox-field'
import { SelectField } from '../components/select-field'
import { TextField } from '../components/text-field'
import { useDebouncedValue } from '../lib/use-debounced-value'
import type { MeetingSession } from './meeting-session'
import { NotesField } from './notes-field'
import { ActionForm } from './action-form'
import { AttachmentsPanel } from './attachments/attachments-panel'
import { DecisionForm } from './decisions/decision-form'

type Errors = Partial<Record<keyof AgendaItemValues | '_', string>>

/**
 * Every field of an agenda item, saved as soon as it changes (lists and boxes)
 * or when the user leaves it (typed values); the texts save while typing.
 */
export function AgendaItemEditor({ id, item, session }: { id: string; item: AgendaItem; session: MeetingSession }) {
  const [title, setTitle] = useState(item.title)
  const [duration, setDuration] = useState(String(item.durationMinutes))
  const [errors, setErrors] = useState<Errors>({})

  const save = async (patch: Partial<AgendaItemValues>) => {
    try {
      await session.update(item, patch)
      setErrors({})
    } catch (failure) {
      const fields = failure instanceof OmtError ? (failure.fields ?? {}) : {}
      setErrors(Object.keys(fields).length > 0 ? fields : { _: messageOf(failure) })
    }
  }

  return (
    <div id={id} className="agenda-editor" role="group" aria-label={`Agendapunt ${item.number} bewerken`}>
      {errors._ ? (
        <p className="alert alert--error" role="alert">
          {errors._}
        </p>
      ) : null}
      <TextField
        label="Titel"
        value={title}
        error={errors.title}
        onChange={(event) => setTitle(event.target.value)}
        onBlur={() => {
          if (title !== item.title) void save({ title })
        }}
      />
      <div className="field-row">
        <SelectField
          label="Soort"
          value={item.type}
          error={errors.type}
          onChange={(event) => void save({ type: event.target.value as AgendaItemValues['type'] })}
          options={agendaItemTypes.map((type) => ({ value: type, label: agendaItemTypeLabels[type] }))}
        />
        <TextField
          label="Duur in minuten"
          type="number"
          inputMode="numeric"
          min={0}
          max={600}
          width="short"
          value={duration}
          error={errors.durationMinutes}
          onChange={(event) => setDuration(event.target.value)}
          onBlur={() => {
            const minutes = duration.trim() === '' ? Number.NaN : Number(duration)
            if (minutes !== item.durationMinutes) void save({ durationMinutes: minutes })
          }}
        />
        <SelectField
          label="Status"
          value={item.status}
          error={errors.status}
          onChange={(event) => void save({ status: event.target.value as AgendaItemValues['status'] })}
          options={agendaItemStatuses.map((status) => ({ value: status, label: agendaItemStatusLabels[status] }))}
        />
      </div>
      <div className="field-row">
        <SelectField
          label="Inbreng door"
          value={item.presenter?.id ?? ''}
          error={errors.presenterPartnerId}
          onChange={(event) => void save({ presenterPartnerId: event.target.value || null })}
          options={[
            { value: '', label: 'Geen partner' },
            ...(item.presenter && !session.partners.some((partner) => partner.id === item.presenter?.id)
              ? [{ value: item.presenter.id, label: item.presenter.shortName }]
              : []),
            ...session.partners.map((partner) => ({ value: partner.id, label: partner.shortName })),
          ]}
        />
        <CheckboxField
          label="Vertrouwelijk"
          checked={item.confidential}
          onChange={(event) => void save({ confidential: event.target.checked })}
        />
      </div>
      <CasePicker
        item={item}
        tableId={session.meeting.table.id}
        error={errors.caseId}
        onPick={(caseId) => void save({ caseId })}
      />
      <NotesField itemId={item.id} field="notes" label="Verslagtekst" initial={item.notes} />
      <NotesField
        itemId={item.id}
        field="chairNotes"
        label="Notities voor de voorzitter"
        hint="Alleen voor de voorzitter; nooit in een document voor deelnemers."
        initial={item.chairNotes}
        rows={3}
      />
      <h3 className="agenda-editor__heading">Besluit vastleggen</h3>
      <DecisionForm item={item} tableId={session.meeting.table.id} onRecorded={() => void session.reload()} />
      <h3 className="agenda-editor__heading">Actiepunt vastleggen</h3>
      <ActionForm
        meetingId={session.meeting.id}
        agendaItemId={item.id}
        caseId={item.case?.id ?? null}
        partners={session.partners}
        label={`Actiepunt bij agendapunt ${item.number}`}
        onCreated={() => void session.reload()}
      />
      <AttachmentsPanel
        agendaItemId={item.id}
        itemNumber={item.number}
        attachments={item.attachments}
        editable={session.editable}
        onChanged={session.reload}
      />
    </div>
  )
}

/** Search the table's cases by code or alias, then choose one; the choice is saved at once. */
function CasePicker({
  item,
  tableId,
  error,
  onPick,
}: {
  item: AgendaItem
  tableId: string
  error: string | undefined
  onPick: (caseId: string | null) => void
}) {
  const [text, setText] = useState('')
  const query = useDebouncedValue(text.trim(), 250)
  // The cases found for the previous text stay choosable until the new ones arrive.
  const search = useVaultQuery(
    'case:list',
    {
      filter: { phaseIds: [], themeIds: [], tableIds: [tableId], kinds: [], gemeenteIds: [], text: query },
      sort: { by: 'code', direction: 'desc' },
      offset: 0,
      limit: 30,
    },
    { keepPrevious: true },
  )
  const found = search.data?.rows ?? []
  const searchError = search.error ?? undefined

  const linked = item.case
  const options = [
    { value: '', label: 'Geen casus' },
    ...(linked && !found.some((row) => row.id === linked.id)
      ? [{ value: linked.id, label: `${linked.code} ${linked.alias}` }]
      : []),
    ...found.map((row) => ({ value: row.id, label: `${row.code} ${row.alias} (${row.phase.name})` })),
  ]
  return (
    <div className="field-row">
      <TextField
        label="Casus zoeken"
        hint="Code of alias; de lijst hiernaast toont de casussen van deze tafel."
        type="search"
        value={text}
        error={searchError}
        onChange={(event) => setText(event.target.value)}
      />
      <SelectField
        label="Gekoppelde casus"
        value={linked?.id ?? ''}
        error={error}
        onChange={(event) => onPick(event.target.value || null)}
        options={options}
      />
    </div>
  )
}
