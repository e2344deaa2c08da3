import { expectNoAxeViolations } from './axe'
import type { TafelwerkApp } from './tafelwerk-app'

/**
 * Every screen a test visits passes through here: zero axe violations for
 * WCAG 2.1 A and AA, and nothing on the console since the previous check.
 */
export async function checkScreen(app: TafelwerkApp, screen: string): Promise<void> {
  app.expectNoProblems()
  await expectNoAxeViolations(app.page, screen)
}
