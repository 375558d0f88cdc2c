/**
 * The pool worker's entry module: a thread of the archive pool loads this file and runs one batch
 * per task. It is its own build entry (`dist/archive/worker.js`), found by `pool.ts`.
 */
export {lintBatch as default} from './lint-batch.js'
