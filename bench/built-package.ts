/**
 * The archive pipeline as users get it: the built package (`dist/`), whose worker threads load
 * plain JavaScript. Run from the TypeScript sources, each worker would first compile them (tsx), a
 * second of CPU per worker that no user pays and that would weigh on the `jobs: 2` figures.
 * `npm run bench` builds first.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type * as Copydesk from '../src/index.js'

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url))
if (!existsSync(entry)) throw new Error(`bench: ${entry} is missing; run \`npm run build\` first (\`npm run bench\` does)`)

export const {lintArchive} = (await import(entry)) as typeof Copydesk
