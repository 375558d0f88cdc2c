/**
 * Tests that read ../shared run only where it exists (CI, developers); in a user's clone they are
 * skipped with a message saying why.
 */
import {describe, it} from 'vitest'
import {SHARED_MISSING_MESSAGE, sharedAvailable} from '../../bench/corpora.js'

const available = sharedAvailable()
if (!available) console.warn(SHARED_MISSING_MESSAGE)

/**
 * `describe` when ../shared exists; otherwise a skipped suite whose body is never run (`describe.skip`
 * still runs it to collect the tests, and a body that reads ../shared at collection would throw).
 */
export function describeShared(name: string, body: () => void): void {
  if (available) describe(name, body)
  else describe.skip(name, () => it.skip(SHARED_MISSING_MESSAGE, () => {}))
}
