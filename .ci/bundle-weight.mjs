/**
 * Bundles one entry as a host's Vite build would (minified, nothing written) and weighs it:
 * gzip -9 of what loads up front (the entry chunk and every chunk it imports statically) and of
 * the rest (loaded on demand). Used by `npm run size:package` and the vanilla consumer's build.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

/**
 * @param {string} entry the file to bundle
 * @param {{ alias?: import('vite').AliasOptions, external?: (id: string) => boolean }} [options]
 * @returns {Promise<{ upFront: number, later: number, moduleIds: string[] }>} bytes, and every bundled module
 */
export async function weighBundle(entry, { alias, external } = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    ...(alias ? { resolve: { alias } } : {}),
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      ...(external ? { rollupOptions: { external } } : {}),
    },
  })
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((output) => output.output)
    .filter((item) => item.type === 'chunk')
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const upFront = new Set()
  const visit = (chunk) => {
    if (!chunk || upFront.has(chunk)) return
    upFront.add(chunk)
    for (const file of chunk.imports) visit(byFile.get(file))
  }
  visit(chunks.find((chunk) => chunk.isEntry))
  const gzip = (list) =>
    list.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0)
  return {
    upFront: gzip([...upFront]),
    later: gzip(chunks.filter((chunk) => !upFront.has(chunk))),
    moduleIds: chunks.flatMap((chunk) => chunk.moduleIds),
  }
}
