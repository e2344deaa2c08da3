/**
 * The little Markdown secretaries type in minutes notes: headings, paragraphs,
 * bulleted (-, *, +) and numbered (1.) lists, **bold** and *italic*. Parsed
 * once, in the vault, into plain data that the print view and the Word export
 * both render, so a PDF and a DOCX of the same minutes say the same thing.
 * Case summaries in the app use the same parser.
 */
export interface Inline {
  text: string
  strong: boolean
  emphasis: boolean
}

export type TextBlock =
  | { type: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { type: 'paragraph'; lines: Inline[][] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }

type ListBlock = Extract<TextBlock, { type: 'list' }>

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/u
const BULLET = /^[ \t]*[-*+][ \t]+(.*)$/u
const NUMBERED = /^[ \t]*(\d{1,9})[.)][ \t]+(.*)$/u
const INLINE = /\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)\*|_(?!\s)(.+?)_/gu

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = []
  let cursor = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > cursor) parts.push({ text: text.slice(cursor, match.index), strong: false, emphasis: false })
    const strong = match[1] ?? match[2]
    if (strong !== undefined) parts.push({ text: strong, strong: true, emphasis: false })
    else parts.push({ text: match[3] ?? match[4] ?? '', strong: false, emphasis: true })
    cursor = match.index + match[0].length
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), strong: false, emphasis: false })
  return parts
}

export function parseTextBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = []
  let paragraph: Inline[][] | null = null
  let list: ListBlock | null = null
  for (const raw of source.replace(/\r\n?/gu, '\n').split('\n')) {
    const line = raw.trimEnd()
    if (line.trim() === '') {
      paragraph = null
      list = null
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      paragraph = null
      list = null
      const level = Math.min(3, heading[1]?.length ?? 1) as 1 | 2 | 3
      blocks.push({ type: 'heading', level, content: parseInline(heading[2] ?? '') })
      continue
    }
    const numbered = NUMBERED.exec(line)
    const bullet = numbered ? null : BULLET.exec(line)
    if (numbered || bullet) {
      const ordered = numbered !== null
      if (!list || list.ordered !== ordered) {
        paragraph = null
        list = { type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items: [] }
        blocks.push(list)
      }
      list.items.push(parseInline((numbered ? numbered[2] : bullet?.[1]) ?? ''))
      continue
    }
    // An indented line right after a list item continues that item, as in Markdown.
    if (list && /^[ \t]+/u.test(raw)) {
      list.items[list.items.length - 1]?.push(
        { text: ' ', strong: false, emphasis: false },
        ...parseInline(line.trim()),
      )
      continue
    }
    list = null
    if (paragraph) {
      paragraph.push(parseInline(line))
    } else {
      paragraph = [parseInline(line)]
      blocks.push({ type: 'paragraph', lines: paragraph })
    }
  }
  return blocks
}

/** Every word of the blocks, for checks that a name does (not) occur. */
export function plainTextOf(blocks: readonly TextBlock[]): string {
  const line = (parts: readonly Inline[]) => parts.map((part) => part.text).join('')
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return line(block.content)
        case 'paragraph':
          return block.lines.map(line).join('\n')
        case 'list':
          return block.items.map(line).join('\n')
      }
    })
    .join('\n\n')
}
