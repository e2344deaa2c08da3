import type { DocumentHead } from '../../../shared/contract/export.contract'

const cssString = (text: string) => `"${text.replace(/["\\]/gu, (char) => `\\${char}`).replace(/\n/gu, ' ')}"`

/**
 * The running header of every printed page: table, date and document on the
 * left, VERTROUWELIJK and CONCEPT on the right. CSS page-margin boxes carry
 * it (print.css has the fixed parts and "pagina X van Y"); their text can
 * only come from a style sheet, so this one is built for the document. A
 * constructed sheet, not a <style> element: the CSP allows no inline styles.
 */
export function installPageRules(head: Pick<DocumentHead, 'runningHeader' | 'confidential' | 'concept'>): () => void {
  const marks = [head.confidential ? 'VERTROUWELIJK' : null, head.concept ? 'CONCEPT' : null]
    .filter(Boolean)
    .join(' · ')
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(
    `@page { @top-left { content: ${cssString(head.runningHeader)} } @top-right { content: ${cssString(marks)} } }`,
  )
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
  }
}
