/**
 * "Add a passkey" on the dashboard: the append step's offer and outcome as a section of the
 * dashboard's passkey list (not a second sign-in card), headed by where the step is. The heading
 * takes focus at each step, so the change is announced and keyboard users carry on from it.
 */
import { useId, type ReactNode } from 'react'
import { FocusedHeading } from '../../components/focused-heading'
import { useDashboardCopy } from '../../components/dashboard-copy'
import {
  AppendDoneContent,
  useAppendDoneHeading,
  type AppendDoneScreenProps,
} from '../append-done/append-done-screen'
import {
  AppendOfferContent,
  type AppendOfferContentProps,
} from '../append-offer/append-offer-screen'
import styles from './add-passkey-panel.module.css'

function Panel({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId()
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <FocusedHeading level={3} id={headingId} className={styles.heading}>
        {heading}
      </FocusedHeading>
      {children}
    </section>
  )
}

export type AddPasskeyOfferProps = Omit<AppendOfferContentProps, 'purpose'>

/** The offer: "Create passkey", with "Cancel" as the way out (nothing is snoozed here). */
export function AddPasskeyOffer(props: AddPasskeyOfferProps) {
  const dashboardCopy = useDashboardCopy()
  return (
    <Panel heading={dashboardCopy.add.heading}>
      <AppendOfferContent {...props} purpose="dashboard" />
    </Panel>
  )
}

/** The outcome: a passkey made, or one already on this device. */
export function AddPasskeyDone(props: AppendDoneScreenProps) {
  return (
    <Panel heading={useAppendDoneHeading(props.outcome)}>
      <AppendDoneContent {...props} />
    </Panel>
  )
}
