/**
 * Build-time rules for vite.config.ts, each a Vite plugin:
 *
 * - `productionGuard`: outside demo builds, fails the build when any module of the fake backend
 *   (`mocks/`), MSW or the WebAuthn *server* library was bundled. It reads the module graph of
 *   the chunks actually written, so a stray import anywhere is caught, whatever the mode.
 * - `contentSecurityPolicy`: puts the app's CSP in a `<meta>` of the built index.html, and gives
 *   the preview server the headers only a header can carry (`frame-ancestors`).
 * - `passkeyEndpoints`: `/.well-known/passkey-endpoints` on the dev and preview servers, so
 *   password managers can send their users straight to "Add a passkey".
 * - `robotsTxt`: a robots.txt in every build (production leaves public/ out, and without the
 *   file a crawler gets the app's HTML, which Lighthouse rightly reports as invalid).
 */
import type { Plugin } from 'vite'

/** What must never ship to a real backend's users. */
const DEMO_ONLY = [
  { name: 'the fake backend (mocks/)', test: (id: string) => /[\\/]mocks[\\/]/.test(id) },
  { name: 'msw', test: (id: string) => /[\\/]node_modules[\\/]msw[\\/]/.test(id) },
  {
    name: '@simplewebauthn/server',
    test: (id: string) => /[\\/]node_modules[\\/]@simplewebauthn[\\/]server[\\/]/.test(id),
  },
]

export function productionGuard(): Plugin {
  return {
    name: 'passkey-login:production-guard',
    apply: 'build',
    generateBundle(_, bundle) {
      const found: string[] = []
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        for (const id of Object.keys(output.modules)) {
          const rule = DEMO_ONLY.find((candidate) => candidate.test(id))
          if (rule) found.push(`${output.fileName}: ${rule.name} (${id})`)
        }
      }
      if (found.length > 0) {
        this.error(
          `This is not a demo build, yet it bundles demo-only code:\n  ${found.join('\n  ')}\n` +
            'Reach mocks/ only behind `if (__DEMO__)`, or build the demo with `--mode demo`.',
        )
      }
    },
  }
}

export interface CspOptions {
  /** Where the API lives when it is not the page's own origin (VITE_API_BASE_URL). */
  apiOrigin?: string | undefined
}

/**
 * The policy: scripts only from the app's own origin (no inline, no eval), no plugins, no
 * <base> rewriting, Trusted Types for every script sink, and fetches to the page's origin (or
 * the configured API). What a host serving the app must send is in the README.
 */
export function contentSecurityPolicy({ apiOrigin }: CspOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The favicon is a data: URI (no file to fetch before the first paint).
    "img-src 'self' data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ')
}

/** What only a response header can say: nobody may frame the sign-in page (clickjacking). */
export const HEADER_ONLY_POLICY = "frame-ancestors 'none'"

export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(options)}; ${HEADER_ONLY_POLICY}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
}

export function cspMeta(options: CspOptions = {}): Plugin {
  return {
    name: 'passkey-login:csp-meta',
    // The dev server injects an inline script (React Refresh), which this policy forbids; the
    // built page has none.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/** Sign-in pages are for people: crawlers may fetch the page but have nothing to index. */
export const ROBOTS_TXT = 'User-agent: *\nDisallow:\n'

/**
 * The W3C "Well-Known URL for Relying Party Passkey Endpoints": where a password manager sends
 * its user to create a passkey for this site (`enroll`) and to manage them (`manage`). Both are
 * the dashboard: "Add a passkey" lives in its passkey list (signed out, it asks for sign-in first).
 * A real deployment answers it from its own server, with its configured origin (see the README).
 */
export function passkeyEndpointsDocument(origin: string) {
  const dashboard = new URL('/dashboard', origin).href
  return { enroll: dashboard, manage: dashboard }
}

export const PASSKEY_ENDPOINTS_PATH = '/.well-known/passkey-endpoints'

type Middleware = (
  request: { url?: string | undefined },
  response: {
    setHeader: (name: string, value: string) => void
    end: (body: string) => void
  },
  next: () => void,
) => void

export function passkeyEndpoints(): Plugin {
  // The servers' own origin (configured, not a request's Host header), once they listen.
  const answer =
    (origin: () => string | undefined): Middleware =>
    (request, response, next) => {
      const here = origin()
      if (request.url !== PASSKEY_ENDPOINTS_PATH || !here) {
        next()
        return
      }
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify(passkeyEndpointsDocument(here)))
    }
  return {
    name: 'passkey-login:passkey-endpoints',
    configureServer(server) {
      server.middlewares.use(answer(() => server.resolvedUrls?.local[0]))
    },
    configurePreviewServer(server) {
      server.middlewares.use(answer(() => server.resolvedUrls?.local[0]))
    },
  }
}

export function robotsTxt(): Plugin {
  return {
    name: 'passkey-login:robots-txt',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: ROBOTS_TXT })
    },
  }
}
