/**
 * The pool worker when copydesk runs from its TypeScript sources (tests, `tsx`, benchmarks): worker
 * threads do not inherit tsx's loader on Node 20, so this plain module loads `worker.ts` through
 * tsx's API. The built package uses `dist/archive/worker.js` directly and never loads this file.
 */
import {tsImport} from 'tsx/esm/api'

const worker = await tsImport('./worker.ts', import.meta.url)

export default worker.default
