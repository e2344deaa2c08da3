import type { Locator, Page } from 'playwright-core'

const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => element === document.activeElement)

/**
 * Presses Tab until the element has focus, proving it is reachable by
 * keyboard in a sensible number of steps (and failing if it is not).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab')
    if (await isFocused(target)) return presses
  }
  throw new Error(`Not reached with ${maxPresses} presses of Tab: ${target.toString()}`)
}

export async function expectFocused(target: Locator): Promise<void> {
  // Focus may move a frame after the DOM settles (dialogs, re-rendered rows).
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await isFocused(target)) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const active = await target.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing')
  throw new Error(`Expected focus on ${target.toString()}, but focus is on ${active}`)
}
