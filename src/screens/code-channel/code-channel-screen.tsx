import { useId, useState, type SyntheticEvent } from 'react'
import { Announce } from '../../components/announce'
import type { CodeChannel } from '../../api/contract'
import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { useCopy } from '../../components/locale'
import { useStepsCopy } from '../../components/steps-copy'
import styles from './code-channel-screen.module.css'

export interface CodeChannelScreenProps {
  /** The account's channels, each with its masked destination ("a•••@example.com"). */
  channels: readonly { channel: CodeChannel; destination: string }[]
  /** Preselected channel. */
  selected: CodeChannel
  /** The code is being sent. */
  busy: boolean
  error?: string | undefined
  notice?: string | undefined
  onSend: (channel: CodeChannel) => void
  /** "Use another account" in the login, "Cancel" in a step-up. */
  onBack: () => void
}

export interface CodeChannelContentProps extends CodeChannelScreenProps {
  /** login: the sign-in card's step; stepUp: inside the "Confirm it's you" dialog. */
  purpose: 'login' | 'stepUp'
}

/** The choice without its frame (the sign-in card, or the step-up dialog). */
export function CodeChannelContent({
  channels,
  selected,
  busy,
  error,
  notice,
  onSend,
  onBack,
  purpose,
}: CodeChannelContentProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  const [choice, setChoice] = useState<CodeChannel>(selected)
  const name = useId()
  // A preselection the account does not have falls back to its first channel.
  const current = channels.some((option) => option.channel === choice)
    ? choice
    : (channels[0]?.channel ?? choice)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (!busy) onSend(current)
  }

  return (
    <form className={layout.stack} onSubmit={submit}>
      <fieldset className={styles.options}>
        <legend className="visually-hidden">{stepsCopy.codeChannel.legend}</legend>
        {channels.map(({ channel, destination }) => {
          const id = `${name}-${channel}`
          return (
            <div key={channel} className={styles.option}>
              <input
                id={id}
                className={styles.radio}
                type="radio"
                name={name}
                value={channel}
                checked={current === channel}
                aria-describedby={`${id}-destination`}
                onChange={() => {
                  setChoice(channel)
                }}
              />
              <label className={styles.label} htmlFor={id}>
                {stepsCopy.codeChannel[channel]}
              </label>
              <span id={`${id}-destination`} className={styles.destination}>
                {destination}
              </span>
            </div>
          )
        })}
      </fieldset>
      <MessageSlot>
        {error && <Alert tone="error">{error}</Alert>}
        {notice && <Alert tone="info">{notice}</Alert>}
      </MessageSlot>
      <div className={layout.actions}>
        <Button type="submit" busy={busy}>
          {stepsCopy.codeChannel.send}
        </Button>
        <Button variant="link" onClick={onBack}>
          {purpose === 'stepUp' ? stepsCopy.stepUp.cancel : copy.account.useAnother}
        </Button>
      </div>
      <Announce>{busy ? stepsCopy.codeChannel.sending : ''}</Announce>
    </form>
  )
}

/** Email or SMS: the account decides which it has; the user picks where the code goes. */
export function CodeChannelScreen(props: CodeChannelScreenProps) {
  const stepsCopy = useStepsCopy()
  return (
    <Card heading={stepsCopy.codeChannel.heading}>
      <CodeChannelContent {...props} purpose="login" />
    </Card>
  )
}
