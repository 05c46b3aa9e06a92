import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { useCopy } from '../../components/locale'

/**
 * While the flow detects what the browser can do and restores the last account. No heading: the
 * next screen may be "Sign in" or "Welcome back", and a heading announced now could be wrong a
 * moment later. The status line says what is happening instead.
 */
export function StartingScreen() {
  const copy = useCopy()
  return (
    <Card>
      <p className={layout.statusLine} role="status">
        {copy.starting.loading}
      </p>
    </Card>
  )
}
