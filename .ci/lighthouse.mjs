/**
 * Lighthouse (mobile preset, Debian Chromium) on a built page, for `npm run bench`.
 *
 * `serveBuild(dir, { apiStub })` serves a build the way a host would: its files (compressed,
 * brotli or gzip as the browser accepts), index.html for the app's paths, long caching for the
 * hashed assets, and the headers the README asks for. With `apiStub`, `/api/*` is answered by
 * a stub (the production build has no fake backend): the first screen's passkey options get a
 * valid answer, anything else a contract error, so nothing on the page fails for want of a server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { createBrotliCompress, createGzip } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
}

/** The first screen asks for discoverable passkey options (autofill); the stub has some. */
function stubAnswer(method, path) {
  if (method === 'POST' && path === '/api/auth/passkey/options') {
    return [
      200,
      {
        options: {
          challenge: 'YmVuY2gtY2hhbGxlbmdl',
          rpId: 'localhost',
          timeout: 60000,
          userVerification: 'preferred',
        },
      },
    ]
  }
  return [
    404,
    { error: { code: 'not_found', message: 'The bench stub answers the first screen only.' } },
  ]
}

export function serveBuild(dir, { apiStub = false } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname.startsWith('/api/') && apiStub) {
      const [status, body] = stubAnswer(request.method, url.pathname)
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
      return
    }
    const candidate = normalize(join(dir, url.pathname))
    const file =
      candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isFile()
        ? candidate
        : join(dir, 'index.html')
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const immutable = file.includes(`${join(dir, 'assets')}`)
    const accepts = String(request.headers['accept-encoding'] ?? '')
    const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null
    response.writeHead(200, {
      ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'content-security-policy': "frame-ancestors 'none'",
    })
    const body = createReadStream(file)
    if (encoding === 'br') body.pipe(createBrotliCompress()).pipe(response)
    else if (encoding === 'gzip') body.pipe(createGzip()).pipe(response)
    else body.pipe(response)
  })
  return new Promise((resolve) => {
    server.listen(0, 'localhost', () => {
      const { port } = server.address()
      resolve({
        origin: `http://localhost:${port}`,
        close: () => new Promise((done) => server.close(done)),
      })
    })
  })
}

/** Runs Lighthouse's default (mobile) config on `url`; the four categories and three metrics. */
export async function runLighthouse(url) {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    const { categories, audits } = result.lhr
    const score = (id) => categories[id]?.score ?? null
    const ms = (id) => Math.round(audits[id]?.numericValue ?? NaN)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: ms('first-contentful-paint'),
      lcpMs: ms('largest-contentful-paint'),
      tbtMs: ms('total-blocking-time'),
      unusedJsBytes: audits['unused-javascript']?.details?.overallSavingsBytes ?? 0,
      failing: Object.values(audits)
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
        )
        .map((audit) => audit.id),
    }
  } finally {
    await chrome.kill()
  }
}
