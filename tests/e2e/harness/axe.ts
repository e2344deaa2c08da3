import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Screens that passed so far in this test file, for the summary line it prints at the end. */
export const scannedScreens: string[] = []

/**
 * Fails with a readable list when axe finds any WCAG 2.1 A/AA violation on
 * what the page shows now (an open dialog included).
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  if (results.violations.length === 0) {
    scannedScreens.push(screen)
    return
  }
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/gu, '\n      ') ?? ''}`,
      )
      return `  [${violation.impact ?? '?'}] ${violation.id}: ${violation.help}\n${nodes.join('\n')}`
    })
    .join('\n')
  throw new Error(`axe found ${results.violations.length} violation(s) on “${screen}”:\n${report}`)
}
