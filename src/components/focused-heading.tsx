import { useEffect, useRef } from 'react'

interface FocusedHeadingProps {
  level: 1 | 2 | 3
  id?: string | undefined
  className?: string | undefined
  children: string
}

/**
 * A heading that takes focus when it appears and whenever its text changes: each new step is
 * announced by screen readers, and keyboard users continue from there.
 */
export function FocusedHeading({ level, id, className, children }: FocusedHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [children])
  const Tag = `h${level}` as const
  return (
    <Tag id={id} ref={ref} tabIndex={-1} className={className}>
      {children}
    </Tag>
  )
}
