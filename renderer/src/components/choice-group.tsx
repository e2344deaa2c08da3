import { type ReactNode, useId } from 'react'
import { cx } from '../lib/class-names'
import { FieldMessages } from './field-messages'

export interface Choice {
  value: string
  label: string
}

interface ChoiceGroupProps {
  /** The question the choices answer; also the name the form's errors use. */
  legend: ReactNode
  name: string
  type: 'checkbox' | 'radio'
  choices: readonly Choice[]
  /** The checked values (one at most for radios). */
  value: readonly string[]
  onChange: (value: string[]) => void
  hint?: ReactNode | undefined
  error?: string | undefined
  /** Many short choices (gemeenten) read best in columns. */
  columns?: boolean
  className?: string
  /** For a dialog: the first choice takes focus when it opens. */
  autoFocusFirst?: boolean
}

/**
 * Checkboxes or radio buttons in a fieldset: the legend is read with each
 * choice, and the error is tied to every box so focus lands on the first one.
 */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const {
    legend,
    name,
    type,
    choices,
    value,
    onChange,
    hint,
    error,
    columns = false,
    className,
    autoFocusFirst = false,
  } = props
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const toggle = (choice: string, checked: boolean) => {
    if (type === 'radio') onChange([choice])
    else onChange(checked ? [...value, choice] : value.filter((existing) => existing !== choice))
  }
  return (
    <fieldset className={cx('field', 'fieldset', error && 'field--invalid', className)} aria-describedby={describedBy}>
      <legend className="field__label fieldset__legend">{legend}</legend>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <div className={cx('choices', columns && 'choices--columns', type === 'radio' && 'choices--inline')}>
        {choices.map((choice, index) => (
          <label key={choice.value} className="choice">
            <input
              type={type}
              className="choice__input"
              name={name}
              value={choice.value}
              checked={value.includes(choice.value)}
              aria-invalid={error ? true : undefined}
              {...(autoFocusFirst && index === 0 ? { 'data-autofocus': true } : {})}
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            <span className="choice__label">{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
