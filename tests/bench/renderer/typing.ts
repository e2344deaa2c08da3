import type { Locator, Page } from 'playwright-core'
import { armKeystroke, type KeystrokeProbe, keystrokeDone } from './page-probes'

export interface Keystroke {
  key: string
  /** keydown to the paint showing the typed character. */
  echo_ms: number
  /** keydown to the paint showing the results for the text with this character, the debounce included. */
  result_ms: number
  /** keydown to the request for the results: the debounce, and the render that sends it. */
  to_request_ms: number
  /** The request through the bridge to the vault and back. */
  request_ms: number
  /** The answer back in the page to the paint showing it: React's render, layout, paint. */
  answer_to_paint_ms: number
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
      const { keyMs, requestMs, answerMs, echoMs, resultMs } = probe
      if (keyMs === null || requestMs === null || answerMs === null || echoMs === null || resultMs === null)
        throw new Error(`keystroke probe incomplete: ${JSON.stringify(probe)}`)
      strokes.push({
        key,
        echo_ms: echoMs - keyMs,
        result_ms: resultMs - keyMs,
        to_request_ms: requestMs - keyMs,
        request_ms: answerMs - requestMs,
        answer_to_paint_ms: resultMs - answerMs,
      })
    }
    await field.fill('')
    await emptied()
  }
  return strokes
}
