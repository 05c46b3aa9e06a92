/**
 * The setting every React test relies on: rendering goes through <StrictMode>, as main.tsx does
 * in development, so each effect is set up, cleaned up and set up again.
 */
import { render } from '@testing-library/react'
import { useEffect } from 'react'
import { expect, it } from 'vitest'

it('renders React tests under StrictMode: an effect runs twice on mount, cleaned up between', () => {
  const calls: string[] = []
  function Probe() {
    useEffect(() => {
      calls.push('setup')
      return () => {
        calls.push('cleanup')
      }
    }, [])
    return null
  }

  render(<Probe />)

  expect(calls).toEqual(['setup', 'cleanup', 'setup'])
})
