import { Fragment, type ReactNode } from 'react'
import type { Inline, TextBlock } from '../../../shared/domain/text-blocks'

function InlineText({ parts }: { parts: readonly Inline[] }) {
  return parts.map((part, index) => {
    if (part.strong) return <strong key={index}>{part.text}</strong>
    if (part.emphasis) return <em key={index}>{part.text}</em>
    return <Fragment key={index}>{part.text}</Fragment>
  })
}

type HeadingBlock = Extract<TextBlock, { type: 'heading' }>

interface TextBlocksProps {
  blocks: readonly TextBlock[]
  /** Where headings sit depends on the page around them: the caller picks the element. */
  heading: (block: HeadingBlock, content: ReactNode, key: number) => ReactNode
}

/** Parsed summary or minutes text as elements; user text is only ever text, never HTML. */
export function TextBlocks({ blocks, heading }: TextBlocksProps) {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'heading':
        return heading(block, <InlineText parts={block.content} />, index)
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
