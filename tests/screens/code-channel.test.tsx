import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  CodeChannelScreen,
  type CodeChannelScreenProps,
} from '../../src/screens/code-channel/code-channel-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

const both: CodeChannelScreenProps['channels'] = [
  { channel: 'email', destination: 'm•••@example.com' },
  { channel: 'sms', destination: '•••• •• 42' },
]

function renderScreen(props: Partial<CodeChannelScreenProps> = {}) {
  const callbacks = { onSend: vi.fn(), onBack: vi.fn() }
  const view = setup(
    <CodeChannelScreen channels={both} selected="email" busy={false} {...callbacks} {...props} />,
  )
  return { ...view, ...callbacks }
}

const radio = (name: string) => screen.getByRole('radio', { name })
const button = (name: string) => screen.getByRole('button', { name })

describe('CodeChannelScreen', () => {
  it('renders the contract names with each destination as the radio description', () => {
    renderScreen()

    expect(
      screen.getByRole('heading', { level: 1, name: 'Where should we send your code?' }),
    ).toHaveFocus()
    expect(radio('Email')).toBeChecked()
    expect(radio('Email')).toHaveAccessibleDescription('m•••@example.com')
    expect(radio('SMS')).not.toBeChecked()
    expect(radio('SMS')).toHaveAccessibleDescription('•••• •• 42')
    expect(button('Send code')).toBeInTheDocument()
  })

  it('sends to the preselected channel', async () => {
    const { user, onSend } = renderScreen({ selected: 'sms' })

    await user.click(button('Send code'))

    expect(onSend).toHaveBeenCalledExactlyOnceWith('sms')
  })

  it('sends to the channel picked with a click', async () => {
    const { user, onSend } = renderScreen()

    await user.click(radio('SMS'))
    await user.click(button('Send code'))

    expect(onSend).toHaveBeenCalledExactlyOnceWith('sms')
  })

  it('picks a channel with the arrow keys and sends with Enter', async () => {
    const { user, onSend } = renderScreen()

    await user.tab()
    expect(radio('Email')).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(radio('SMS')).toBeChecked()
    await user.keyboard('{Enter}')

    expect(onSend).toHaveBeenCalledExactlyOnceWith('sms')
  })

  it('shows only the channels the account has', () => {
    renderScreen({ channels: [both[1]!], selected: 'email' })

    expect(screen.getAllByRole('radio')).toHaveLength(1)
    expect(radio('SMS')).toBeChecked()
  })

  it('does not send twice while sending', async () => {
    const { user, onSend } = renderScreen({ busy: true })

    await user.click(button('Send code'))

    expect(button('Send code')).toHaveAttribute('aria-busy', 'true')
    expect(onSend).not.toHaveBeenCalled()
  })

  it('shows a failure in an alert', () => {
    renderScreen({ error: 'We could not reach the server.' })

    expect(screen.getByRole('alert')).toHaveTextContent('We could not reach the server.')
  })

  it('goes back to another account', async () => {
    const { user, onBack } = renderScreen()

    await user.click(button('Use another account'))

    expect(onBack).toHaveBeenCalledOnce()
  })

  it('has no axe violations', async () => {
    const { container } = renderScreen({ error: 'We could not reach the server.' })

    expect(await axeViolations(container)).toEqual([])
  })
})
