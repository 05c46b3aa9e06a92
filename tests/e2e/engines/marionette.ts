/**
 * A small client for Marionette, Firefox's own remote protocol. We need it for one thing: Firefox's
 * virtual authenticator, which WebDriver BiDi (what puppeteer speaks to Firefox) does not expose.
 * There is no maintained Node client for Marionette (Mozilla's geckodriver is a Rust binary with
 * no Debian package, and npm packages that fetch it cannot download here), so this is the part we
 * use: the framing, one command at a time, and errors as rejections. marionette.test.ts covers it
 * against a fake server.
 *
 * The wire: JSON messages framed as `LENGTH:JSON` (LENGTH in bytes); the server greets first;
 * a command is `[0, id, name, params]`, its reply `[1, id, error, result]`.
 */
import net from 'node:net'

type Reply = [1, number, { error: string; message: string } | null, unknown]

export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly error: string,
    message: string,
  ) {
    super(`Marionette ${command}: ${error}: ${message}`)
  }
}

/** Splits a byte stream into Marionette's `LENGTH:JSON` messages. */
export class MessageReader {
  private buffer = Buffer.alloc(0)

  /** The whole messages `chunk` completes (a message may span chunks, or a chunk hold several). */
  push(chunk: Buffer): unknown[] {
    this.buffer = Buffer.concat([this.buffer, chunk])
    const messages: unknown[] = []
    for (;;) {
      const colon = this.buffer.indexOf(':')
      if (colon < 0) return messages
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'))
      if (!Number.isInteger(length)) throw new Error('Marionette: a message without its length')
      const end = colon + 1 + length
      if (this.buffer.length < end) return messages
      messages.push(JSON.parse(this.buffer.subarray(colon + 1, end).toString('utf8')))
      this.buffer = this.buffer.subarray(end)
    }
  }
}

export function frame(message: unknown): string {
  const json = JSON.stringify(message)
  return `${Buffer.byteLength(json)}:${json}`
}

export class Marionette {
  private nextId = 1
  private closed = false
  private readonly pending = new Map<
    number,
    { name: string; resolve: (value: unknown) => void; reject: (error: Error) => void }
  >()

  private constructor(private readonly socket: net.Socket) {}

  /** Connects once Firefox listens (it opens the port a moment after it starts), and reads the greeting. */
  static async connect(port: number, { timeoutMs = 20_000 } = {}): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      try {
        return await Marionette.open(port)
      } catch (error) {
        if (Date.now() > deadline) throw error
        await new Promise((resolve) => setTimeout(resolve, 100)) // Firefox is still starting
      }
    }
  }

  private static open(port: number): Promise<Marionette> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1')
      const reader = new MessageReader()
      let client: Marionette | undefined
      socket.once('error', reject)
      socket.on('data', (chunk) => {
        for (const message of reader.push(chunk)) {
          if (!client) {
            // The greeting: { applicationType: 'gecko', marionetteProtocol: 3 }
            client = new Marionette(socket)
            socket.off('error', reject)
            socket.on('error', (error) => client?.failAll(error))
            resolve(client)
          } else client.receive(message as Reply)
        }
      })
      socket.on('close', () => {
        const closed = new Error('Marionette: the connection closed')
        if (client) client.failAll(closed)
        else reject(closed) // before the greeting: the next attempt of `connect` tries again
      })
    })
  }

  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.closed)
      return Promise.reject(new Error(`Marionette ${name}: the connection is closed`))
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject })
      this.socket.write(frame([0, id, name, params]))
    })
  }

  close(): void {
    this.closed = true
    this.socket.end()
  }

  private receive([, id, error, result]: Reply) {
    const waiting = this.pending.get(id)
    if (!waiting) return
    this.pending.delete(id)
    if (error) waiting.reject(new MarionetteError(waiting.name, error.error, error.message))
    else waiting.resolve(result)
  }

  private failAll(error: Error) {
    this.closed = true
    for (const { reject } of this.pending.values()) reject(error)
    this.pending.clear()
  }
}
