import { type WithheldPartId, withheldParts } from '../../../../shared/domain/subject-overview'
import { CheckboxField } from '../../components/checkbox-field'
import { withheldFieldName } from './subject-overview-draft'

interface WithheldPartsConfirmationProps {
  confirmed: readonly WithheldPartId[]
  onChange: (confirmed: WithheldPartId[]) => void
  fieldError: (name: string) => string | undefined
}

/**
 * The parts the hand-out leaves out, each with its reason and legal ground,
 * to be ticked one by one: withholding is a decision the secretary takes
 * for every request, not a default that slips through.
 */
export function WithheldPartsConfirmation({ confirmed, onChange, fieldError }: WithheldPartsConfirmationProps) {
  const toggle = (id: WithheldPartId, checked: boolean) =>
    onChange(checked ? [...confirmed, id] : confirmed.filter((existing) => existing !== id))
  return (
    <fieldset className="field fieldset">
      <legend className="field__label fieldset__legend">Niet verstrekken</legend>
      <p className="field__hint">
        Deze onderdelen laat de versie voor de betrokkene weg. Bevestig per onderdeel dat het niet wordt verstrekt; het
        overzicht vermeldt welke onderdelen zijn weggelaten en op welke grond.
      </p>
      {withheldParts.map((part) => (
        <CheckboxField
          key={part.id}
          name={withheldFieldName(part.id)}
          label={part.title}
          hint={`${part.reason} Grond: ${part.ground}.`}
          checked={confirmed.includes(part.id)}
          error={fieldError(withheldFieldName(part.id))}
          onChange={(event) => toggle(part.id, event.target.checked)}
        />
      ))}
    </fieldset>
  )
}
