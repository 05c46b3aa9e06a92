/** The Marionette client against a fake server that speaks the protocol's framing. */
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { frame, Marionette, MarionetteError, MessageReader } from './marionette'

describe('Marionette framing', () => {
  it('splits messages that share a chunk, and joins one split across chunks', () => {
    const reader = new MessageReader()
    const both = Buffer.from(frame({ a: 1 }) + frame(['ü', 2]))

    expect(reader.push(both.subarray(0, 12))).toEqual([{ a: 1 }])
    expect(reader.push(both.subarray(12, 15))).toEqual([])
    expect(reader.push(both.subarray(15))).toEqual([['ü', 2]])
  })

  it('waits for the rest of a length, and of a character split across chunks', () => {
    const reader = new MessageReader()
    const message = Buffer.from(frame({ name: 'Jürgen Müller-Lüdenscheidt' }))

    expect(reader.push(message.subarray(0, 1))).toEqual([]) // half of the length
    expect(reader.push(message.subarray(1, 14))).toEqual([]) // ends inside "ü"
    expect(reader.push(message.subarray(14))).toEqual([{ name: 'Jürgen Müller-Lüdenscheidt' }])
  })

  it('counts the length in bytes, not characters', () => {
    expect(frame('ü')).toBe('4:"ü"')
  })
})

describe('the Marionette client', () => {
  let server: net.Server | undefined
  afterEach(() => {
    server?.close()
  })

  /** A server that greets, then answers each command with `answer(name, params)`. */
  function fakeFirefox(answer: (name: string, params: unknown) => [unknown, unknown]) {
    return new Promise<number>((resolve) => {
      server = net.createServer((socket) => {
        const reader = new MessageReader()
        socket.write(frame({ applicationType: 'gecko', marionetteProtocol: 3 }))
        socket.on('data', (chunk) => {
          for (const message of reader.push(chunk)) {
            const [, id, name, params] = message as [0, number, string, unknown]
            const [error, result] = answer(name, params)
            socket.write(frame([1, id, error, result]))
          }
        })
      })
      server.listen(0, '127.0.0.1', () => {
        resolve((server?.address() as net.AddressInfo).port)
      })
    })
  }

  it('sends commands with their parameters and resolves with each reply', async () => {
    const port = await fakeFirefox((name, params) => [null, { value: { name, params } }])
    const marionette = await Marionette.connect(port)

    const [first, second] = await Promise.all([
      marionette.command('WebAuthn:AddVirtualAuthenticator', { protocol: 'ctap2' }),
      marionette.command('WebDriver:DeleteSession'),
    ])
    marionette.close()

    expect(first).toEqual({
      value: { name: 'WebAuthn:AddVirtualAuthenticator', params: { protocol: 'ctap2' } },
    })
    expect(second).toEqual({ value: { name: 'WebDriver:DeleteSession', params: {} } })
  })

  it('rejects a command the server refuses, with its error', async () => {
    const port = await fakeFirefox(() => [
      { error: 'session not created', message: 'Maximum number of active sessions' },
      null,
    ])
    const marionette = await Marionette.connect(port)

    const refused = marionette.command('WebDriver:NewSession')
    await expect(refused).rejects.toBeInstanceOf(MarionetteError)
    await expect(refused).rejects.toThrow('session not created: Maximum number of active sessions')
    marionette.close()
  })

  it('gives up on a port nobody opens', async () => {
    await expect(Marionette.connect(1, { timeoutMs: 300 })).rejects.toThrow()
  })
})
