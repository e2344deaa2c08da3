/**
 * SVG text does not wrap or measure itself before it is drawn, and the chart
 * must lay out the same in the app, the print window and a test page. So
 * widths are estimated from the character count: an average glyph of Source
 * Sans 3 and the system sans fonts is a little over half the font size wide.
 */
const AVERAGE_GLYPH = 0.56

export function estimatedWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH
}

/**
 * Breaks a label into at most `maxLines` lines that fit `width` at
 * `fontSize`; what does not fit ends in "…" (the full label is in the data
 * table and the accessible name).
 */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  // A hair of slack: a label measured to fit (estimatedWidth) must not break on rounding.
  const perLine = Math.max(4, Math.floor((width + 0.5) / (fontSize * AVERAGE_GLYPH)))
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    if (candidate.length <= perLine) current = candidate
    else {
      if (current) lines.push(current)
      current = word
    }
  }
  if (current) lines.push(current)
  const fitted = lines.map((line) => (line.length > perLine ? `${line.slice(0, perLine - 1)}…` : line))
  if (fitted.length <= maxLines) return fitted
  const kept = fitted.slice(0, maxLines)
  const last = kept[maxLines - 1] ?? ''
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1))}…`
  return kept
}

/** Whether a label fits in `maxLines` lines of `width` without being cut. */
export function fitsIn(text: string, width: number, fontSize: number, maxLines: number): boolean {
  return !wrapLabel(text, width, fontSize, maxLines).some((line) => line.endsWith('…'))
}

/**
 * The largest font size, from `largest` down to `smallest` in half pixels,
 * at which every label fits its room uncut; `smallest` if none does (the
 * longest then end in "…"). Labels that differ only at their end ("… (lokale
 * casus)", "… (betekenisvolle casus)") stay distinguishable this way.
 */
export function fittingFontSize(
  labels: readonly string[],
  width: number,
  maxLines: number,
  largest: number,
  smallest: number,
): number {
  for (let size = largest; size > smallest; size -= 0.5)
    if (labels.every((label) => fitsIn(label, width, size, maxLines))) return size
  return smallest
}
