import type { Locator, Page } from 'playwright-core'
import { armKeystroke, type KeystrokeProbe, keystrokeDone } from './page-probes'

export interface Keystroke {
  key: string
  /** keydown to the paint showing the typed character. */
  echo_ms: number
  /** keydown to the paint showing the results for the text with this character, the debounce included. */
  result_ms: number
}

const RESULT_TIMEOUT_MS = 10_000

/**
 * Types `words` into `field` one key at a time, each key after the results of
 * the one before are painted (a pause longer than the debounce, so every key
 * gets its own results). The field is emptied between words.
 */
export async function typeWords(
  page: Page,
  field: Locator,
  kind: 'case-list' | 'search',
  words: readonly string[],
  emptied: () => Promise<void>,
): Promise<Keystroke[]> {
  const strokes: Keystroke[] = []
  for (const word of words) {
    await field.click()
    for (const key of word) {
      await page.evaluate(armKeystroke, { kind })
      await page.keyboard.press(key)
      const probe = await Promise.race([
        page.evaluate(keystrokeDone),
        new Promise<KeystrokeProbe>((_resolve, reject) =>
          setTimeout(() => reject(new Error(`no results painted for "${key}" of "${word}"`)), RESULT_TIMEOUT_MS),
        ),
      ])
      if (probe.keyMs === null || probe.echoMs === null || probe.resultMs === null)
        throw new Error(`keystroke probe incomplete: ${JSON.stringify(probe)}`)
      strokes.push({ key, echo_ms: probe.echoMs - probe.keyMs, result_ms: probe.resultMs - probe.keyMs })
    }
    await field.fill('')
    await emptied()
  }
  return strokes
}
