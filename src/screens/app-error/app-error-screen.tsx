import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { useCopy } from '../../components/locale'

export interface AppErrorScreenProps {
  /** Clears what the page was resuming and starts the sign-in again. */
  onStartOver: () => void
}

/** When a page cannot be drawn at all: no dead end, one way forward. */
export function AppErrorScreen({ onStartOver }: AppErrorScreenProps) {
  const copy = useCopy()
  return (
    <Card heading={copy.appError.heading}>
      <p className={layout.text} role="alert">
        {copy.appError.text}
      </p>
      <div className={layout.actions}>
        <Button onClick={onStartOver}>{copy.appError.startOver}</Button>
      </div>
    </Card>
  )
}
