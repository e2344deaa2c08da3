import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expectNoAxeViolations } from './axe'
import type { TafelwerkApp } from './tafelwerk-app'

/** Set to a folder to keep a picture of every checked screen, for a person to look at (`TAFELWERK_SCREENS=/tmp/s`). */
const SCREENS = process.env['TAFELWERK_SCREENS']

/**
 * Every screen a test visits passes through here: zero axe violations for
 * WCAG 2.1 A and AA, and nothing on the console since the previous check.
 */
export async function checkScreen(app: TafelwerkApp, screen: string): Promise<void> {
  app.expectNoProblems()
  await expectNoAxeViolations(app.page, screen)
  if (SCREENS) {
    mkdirSync(SCREENS, { recursive: true })
    const name = screen.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()
    await app.page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true })
  }
}
