import { useState } from 'react'
import { cx } from '../lib/class-names'
import { useFieldIds } from './field-ids'
import { FieldFrame } from './field-frame'
import type { TextFieldProps } from './text-field'

/**
 * A passphrase input with a "Toon" toggle: long passphrases are easier to get
 * right when you can see them, and nobody looks over a shoulder at every desk.
 */
type PassphraseFieldProps = Omit<TextFieldProps, 'type' | 'width' | 'label'> & { label: string }

export function PassphraseField({ label, hint, error, className, ref, ...input }: PassphraseFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(Boolean(hint), error)
  const [visible, setVisible] = useState(false)
  return (
    <FieldFrame id={id} hintId={hintId} errorId={errorId} label={label} hint={hint} error={error} className={className}>
      <div className="input-with-button">
        <input
          ref={ref}
          id={id}
          type={visible ? 'text' : 'password'}
          className={cx('input', 'input--full')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          {...input}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={visible}
          aria-controls={id}
          onClick={() => setVisible((shown) => !shown)}
        >
          {/* The field's label makes each toggle's name unique when a form has several. */}
          Toon<span className="visually-hidden">: {label}</span>
        </button>
      </div>
    </FieldFrame>
  )
}
