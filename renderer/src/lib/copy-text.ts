/**
 * Copies text to the clipboard. The Clipboard API needs a secure context and
 * focus; when it is refused, the older selection copy still works in Chromium.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return copyBySelection(text)
  }
}

function copyBySelection(text: string): boolean {
  const active = document.activeElement
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.className = 'visually-hidden'
  document.body.append(area)
  area.select()
  let copied = false
  try {
    // Deprecated but the only fallback; failure is reported to the user instead.
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  if (active instanceof HTMLElement) active.focus()
  return copied
}
