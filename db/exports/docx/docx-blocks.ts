import { BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Inline, TextBlock } from '../../../shared/domain/text-blocks'
import { BULLETS, HEADER_FILL, MUTED, NUMBERS, RULE } from './docx-style'

/** Numbered lists each count from their own start: a fresh list instance per list. */
export class ListCounter {
  private next = 1
  take(): number {
    return this.next++
  }
}

const runs = (parts: readonly Inline[]) =>
  parts.map((part) => new TextRun({ text: part.text, bold: part.strong, italics: part.emphasis }))

/** The same blocks the print view renders, as Word paragraphs with real list numbering. */
export function blockParagraphs(blocks: readonly TextBlock[], lists: ListCounter): Paragraph[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_4, children: runs(block.content) })]
      case 'paragraph':
        return [
          new Paragraph({
            children: block.lines.flatMap((line, index) => [
              ...(index > 0 ? [new TextRun({ break: 1 })] : []),
              ...runs(line),
            ]),
          }),
        ]
      case 'list': {
        const instance = lists.take()
        return block.items.map(
          (item) =>
            new Paragraph({
              children: runs(item),
              numbering: {
                reference: block.ordered ? NUMBERS : BULLETS,
                level: 0,
                ...(block.ordered ? { instance } : {}),
              },
            }),
        )
      }
    }
  })
}

export const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    heading:
      [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1] ?? HeadingLevel.HEADING_3,
    children: [new TextRun(text)],
  })

export const muted = (text: string) =>
  new Paragraph({ children: [new TextRun({ text, color: MUTED, size: 20 })], spacing: { after: 80 } })

export const bulletList = (texts: readonly string[]) =>
  texts.map((text) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: BULLETS, level: 0 } }))

const border = { style: BorderStyle.SINGLE, size: 4, color: RULE }
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
}

const cell = (content: string | Paragraph[], header: boolean, width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
    children:
      typeof content === 'string'
        ? [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: content, bold: header })] })]
        : content,
  })

/** A plain ruled table with a repeated header row; widths in percent. */
export function table(
  columns: readonly { label: string; width: number }[],
  rows: readonly (readonly (string | Paragraph[])[])[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column) => cell(column.label, true, column.width)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((column, index) => cell(row[index] ?? '', false, column.width)),
          }),
      ),
    ],
  })
}
