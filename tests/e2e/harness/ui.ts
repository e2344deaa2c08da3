import type { Locator, Page } from 'playwright-core'

/** Small waits written the way a user looks at the screen: by role and visible text. */
export async function heading(page: Page, name: string, level = 1): Promise<void> {
  await page.getByRole('heading', { name, level, exact: true }).waitFor()
}

/** Unlocks through the unlock screen the way a user does it: type, Enter. */
export async function unlockWith(page: Page, passphrase: string): Promise<void> {
  const field = page.getByLabel('Wachtwoord', { exact: true })
  await field.fill(passphrase)
  await field.press('Enter')
}

/** What a screen reader reads as the field's description: the texts its aria-describedby points at. */
export async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  )
}
