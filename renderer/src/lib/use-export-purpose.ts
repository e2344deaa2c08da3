import { useRef, useState } from 'react'
import { ExportPurpose } from '../../../shared/contract/purpose'

/**
 * The purpose asked before case data leaves the vault (logged with the
 * processing). `take()` answers the checked purpose, or shows the Dutch
 * message at the field, moves focus there and answers null.
 */
export function useExportPurpose() {
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | undefined>()
  const ref = useRef<HTMLInputElement>(null)
  const take = (): string | null => {
    const parsed = ExportPurpose.safeParse(value)
    if (parsed.success) {
      setError(undefined)
      return parsed.data
    }
    setError(parsed.error.issues[0]?.message)
    ref.current?.focus()
    return null
  }
  const change = (next: string) => {
    setValue(next)
    // A shown error goes as soon as the purpose is good; a new one waits for the next save.
    if (error && ExportPurpose.safeParse(next).success) setError(undefined)
  }
  return { value, error, ref, take, change }
}
