import { Fragment } from 'react'
import type { Inline, TextBlock } from '../../../shared/domain/text-blocks'

function InlineText({ parts }: { parts: readonly Inline[] }) {
  return parts.map((part, index) => {
    if (part.strong) return <strong key={index}>{part.text}</strong>
    if (part.emphasis) return <em key={index}>{part.text}</em>
    return <Fragment key={index}>{part.text}</Fragment>
  })
}

/** Minutes notes as parsed in the vault; text only, never HTML. Their headings sit below the item's own (h4). */
export function TextBlocksView({ blocks }: { blocks: readonly TextBlock[] }) {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'heading':
        return (
          <h4 key={index} className="doc-notes-heading">
            <InlineText parts={block.content} />
          </h4>
        )
      case 'paragraph':
        return (
          <p key={index}>
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                <InlineText parts={line} />
              </Fragment>
            ))}
          </p>
        )
      case 'list': {
        const items = block.items.map((item, itemIndex) => (
          <li key={itemIndex}>
            <InlineText parts={item} />
          </li>
        ))
        return block.ordered ? (
          <ol key={index} start={block.start}>
            {items}
          </ol>
        ) : (
          <ul key={index}>{items}</ul>
        )
      }
    }
  })
}
