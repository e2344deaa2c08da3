import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import type { DocumentHead } from '../../../shared/contract/export.contract'
import { CONFIDENTIAL_RED, MUTED, RULE, TEXT_WIDTH } from './docx-style'
import { heading, muted } from './docx-blocks'

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const rule = { style: BorderStyle.SINGLE, size: 4, color: RULE }

/** Title, subtitle and the facts block (table, date, place, chair, secretary, status). */
export function headParagraphs(head: DocumentHead): (Paragraph | Table)[] {
  const facts = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: rule, bottom: rule, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: head.facts.map(
      (fact) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 22, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: fact.label, color: MUTED })] }),
              ],
            }),
            new TableCell({
              width: { size: 78, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ spacing: { after: 40 }, children: [new TextRun(fact.value)] })],
            }),
          ],
        }),
    ),
  })
  return [
    heading(head.heading, 1),
    muted(head.subheading),
    facts,
    ...(head.notice
      ? [new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: head.notice, italics: true })] })]
      : []),
  ]
}

/** Running header (table, date, document; VERTROUWELIJK and CONCEPT marks) and "pagina X van Y". */
export function pageFurniture(head: DocumentHead): { headers: { default: Header }; footers: { default: Footer } } {
  const marks = [head.confidential ? 'VERTROUWELIJK' : null, head.concept ? 'CONCEPT' : null].filter(
    (mark): mark is string => mark !== null,
  )
  const tab = { type: TabStopType.RIGHT, position: TEXT_WIDTH }
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            tabStops: [tab],
            border: { bottom: rule },
            children: [
              new TextRun({ text: head.runningHeader, color: MUTED, size: 18 }),
              ...(marks.length > 0
                ? [new TextRun({ text: `\t${marks.join(' · ')}`, bold: true, color: CONFIDENTIAL_RED, size: 18 })]
                : []),
            ],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({
                color: MUTED,
                size: 18,
                children: ['pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
              }),
            ],
          }),
        ],
      }),
    },
  }
}
