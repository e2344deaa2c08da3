import type { TextPart } from '../lib/fold-text'

/** Text with the search terms marked; every part is a text node, never markup. */
export function MarkedText({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, index) =>
    part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  )
}
