import type { ReactNode } from 'react'
import { parseTextBlocks } from '../../../shared/domain/text-blocks'
import { cx } from '../lib/class-names'
import { TextBlocks } from './text-blocks'

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
      <TextBlocks
        blocks={blocks}
        heading={(block, content, key) => {
          const Tag = `h${String(Math.min(6, topHeadingLevel + block.level - top))}` as HeadingTag
          return (
            <Tag key={key} className="prose__heading">
              {content}
            </Tag>
          )
        }}
      />
    </div>
  )
}
