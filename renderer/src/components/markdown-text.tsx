import { Fragment, type ReactNode } from 'react'
import { cx } from '../lib/class-names'
import { type Inline, parseTextBlocks } from '../../../shared/domain/text-blocks'

function InlineText({ parts }: { parts: Inline[] }) {
  return parts.map((part, index) => {
    if (part.strong) return <strong key={index}>{part.text}</strong>
    if (part.emphasis) return <em key={index}>{part.text}</em>
    return <Fragment key={index}>{part.text}</Fragment>
  })
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

interface MarkdownTextProps {
  source: string
  /** The level the summary's biggest heading gets, so its headings fit under the page's own. */
  topHeadingLevel: 2 | 3 | 4
  className?: string
  empty?: ReactNode
}

/** Renders a summary's Markdown as elements; the text is never treated as HTML. */
export function MarkdownText({ source, topHeadingLevel, className, empty = null }: MarkdownTextProps) {
  const blocks = parseTextBlocks(source)
  if (blocks.length === 0) return empty
  // The summary's biggest heading becomes topHeadingLevel, whether it was written as # or ##.
  const top = Math.min(3, ...blocks.map((block) => (block.type === 'heading' ? block.level : 3)))
  return (
    <div className={cx('prose', className)}>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading': {
            const Tag = `h${String(Math.min(6, topHeadingLevel + block.level - top))}` as HeadingTag
            return (
              <Tag key={index} className="prose__heading">
                <InlineText parts={block.content} />
              </Tag>
            )
          }
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
      })}
    </div>
  )
}
