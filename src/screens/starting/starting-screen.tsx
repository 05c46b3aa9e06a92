import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { copy } from '../../copy/en'

/** While the flow detects what the browser can do and restores the last account. */
export function StartingScreen() {
  return (
    <Card heading={copy.starting.heading}>
      <p className={layout.statusLine} role="status">
        {copy.starting.loading}
      </p>
    </Card>
  )
}
