/**
 * Tests that read ../shared run only where it exists (CI, developers); in a user's clone they are
 * skipped with a message saying why.
 */
import {describe} from 'vitest'
import {SHARED_MISSING_MESSAGE, sharedAvailable} from '../../bench/corpora.js'

const available = sharedAvailable()
if (!available) console.warn(SHARED_MISSING_MESSAGE)

/** `describe` when ../shared exists, `describe.skip` (with a warning printed once) otherwise. */
export const describeShared = available ? describe : describe.skip
