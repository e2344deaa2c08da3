import { BorderStyle, Paragraph, ShadingType, type Table, TextRun } from 'docx'
import type { ActionEntry, DecisionEntry, ExportModel } from '../../../shared/contract/export.contract'
import { blockParagraphs, bulletList, heading, ListCounter, muted, table } from './docx-blocks'
import { BRAND, CONFIDENTIAL_RED, HEADER_FILL, MUTED } from './docx-style'

type Body = (Paragraph | Table)[]

/** A decision stands apart from the discussion, as in the PDF: shaded, with a bar on the left. */
const framed = {
  border: { left: { style: BorderStyle.SINGLE, size: 18, color: BRAND, space: 8 } },
  shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
  indent: { left: 160, right: 160 },
  keepLines: true,
}

function decisionParagraphs(decision: DecisionEntry): Paragraph[] {
  const lines = [decision.caseLabel, decision.refersTo, ...decision.effects].filter(
    (line): line is string => line !== null,
  )
  return [
    new Paragraph({
      ...framed,
      keepNext: true,
      spacing: { before: 160, after: 0 },
      children: [
        new TextRun({ text: `Besluit ${decision.code}`, bold: true }),
        new TextRun({ text: ` · ${decision.typeLabel}`, color: MUTED }),
        ...(decision.withdrawn ? [new TextRun({ text: ' · Ingetrokken', bold: true, color: CONFIDENTIAL_RED })] : []),
      ],
    }),
    new Paragraph({ ...framed, keepNext: true, spacing: { after: 0 }, children: [new TextRun(decision.text)] }),
    ...(decision.reason
      ? [
          new Paragraph({
            ...framed,
            keepNext: true,
            spacing: { after: 0 },
            children: [new TextRun({ text: 'Reden: ', bold: true }), new TextRun(decision.reason)],
          }),
        ]
      : []),
    ...lines.map(
      (line, index) =>
        new Paragraph({
          ...framed,
          keepNext: index < lines.length - 1,
          spacing: { after: 0 },
          children: [new TextRun({ text: line, color: MUTED, size: 19 })],
        }),
    ),
    new Paragraph({ spacing: { after: 80 }, children: [] }),
  ]
}

const actionColumns = [
  { label: 'Actie', width: 44 },
  { label: 'Wie', width: 22 },
  { label: 'Gereed op', width: 17 },
  { label: 'Status', width: 17 },
]
const actionRow = (action: ActionEntry) => [
  action.caseLabel
    ? [new Paragraph({ spacing: { after: 0 }, children: [new TextRun(action.text)] }), muted(action.caseLabel)]
    : action.text,
  action.owner,
  action.due,
  action.status,
]

function minutesBody(model: Extract<ExportModel, { document: 'verslag' }>): Body {
  const lists = new ListCounter()
  return [
    ...model.errata.flatMap((erratum, index) => [
      ...(index === 0 ? [heading('Errata', 2)] : []),
      heading(erratum.label, 3),
      ...blockParagraphs(erratum.text, lists),
    ]),
    heading('Aanwezigheid', 2),
    ...model.attendance.flatMap((group) => [
      heading(`${group.label} (${String(group.rows.length)})`, 3),
      table(
        [
          { label: 'Organisatie', width: 55 },
          { label: 'Naam', width: 45 },
        ],
        group.rows.map((row) => [row.organisation, row.person || '—']),
      ),
    ]),
    ...model.items.flatMap((item) => [
      heading(item.heading, item.level),
      ...(item.meta.length > 0 ? [muted(item.meta.join(' · '))] : []),
      ...blockParagraphs(item.notes, lists),
      ...item.decisions.flatMap(decisionParagraphs),
      ...(item.actions.length > 0
        ? [
            new Paragraph({
              keepNext: true,
              spacing: { before: 120 },
              children: [new TextRun({ text: 'Actiepunten', bold: true })],
            }),
            table(actionColumns, item.actions.map(actionRow)),
          ]
        : []),
    ]),
    heading('Bijlage: openstaande actiepunten', 2),
    ...(model.openActions.length > 0
      ? [
          table(
            [...actionColumns.slice(0, 3), { label: 'Afgesproken', width: 20 }],
            model.openActions.map((action) => [...actionRow(action).slice(0, 3), action.origin]),
          ),
        ]
      : [new Paragraph('Er zijn geen openstaande actiepunten.')]),
  ]
}

function decisionListBody(model: Extract<ExportModel, { document: 'besluitenlijst' }>): Body {
  if (model.decisions.length === 0) return [new Paragraph('In deze vergadering zijn geen besluiten genomen.')]
  return [
    table(
      [
        { label: 'Nummer', width: 18 },
        { label: 'Agendapunt', width: 22 },
        { label: 'Besluit', width: 60 },
      ],
      model.decisions.map((decision) => [
        decision.code,
        decision.itemLabel,
        [
          new Paragraph({
            spacing: { after: 40 },
            children: [
              new TextRun({ text: decision.typeLabel, bold: true }),
              ...(decision.withdrawn
                ? [new TextRun({ text: ' · Ingetrokken', bold: true, color: CONFIDENTIAL_RED })]
                : []),
            ],
          }),
          new Paragraph({ spacing: { after: 40 }, children: [new TextRun(decision.text)] }),
          ...(decision.reason
            ? [
                new Paragraph({
                  spacing: { after: 40 },
                  children: [new TextRun({ text: 'Reden: ', bold: true }), new TextRun(decision.reason)],
                }),
              ]
            : []),
          ...[decision.caseLabel, decision.refersTo, ...decision.effects]
            .filter((line): line is string => line !== null)
            .map((line) => muted(line)),
        ],
      ]),
    ),
  ]
}

function agendaBody(model: Extract<ExportModel, { document: 'agenda' }>): Body {
  return [
    table(
      [
        { label: 'Nr.', width: 8 },
        { label: 'Tijd', width: 16 },
        { label: 'Onderwerp', width: 56 },
        { label: 'Inbreng', width: 20 },
      ],
      model.items.map((item) => [
        item.number,
        item.time,
        [
          new Paragraph({
            spacing: { after: 0 },
            children: [new TextRun({ text: item.title, bold: item.level === 2, italics: item.withheld })],
          }),
          ...[
            item.caseLabel,
            item.carriedOver ? 'Aangehouden uit de vorige vergadering' : null,
            item.confidential && !item.withheld ? 'Vertrouwelijk' : null,
          ]
            .filter((line): line is string => line !== null)
            .map((line) => muted(line)),
        ],
        item.presenter ?? '',
      ]),
    ),
    ...(model.invitees.length > 0 ? [heading('Genodigden', 2), ...bulletList(model.invitees)] : []),
  ]
}

export function bodyOf(model: ExportModel): Body {
  switch (model.document) {
    case 'verslag':
      return minutesBody(model)
    case 'besluitenlijst':
      return decisionListBody(model)
    case 'agenda':
      return agendaBody(model)
  }
}
