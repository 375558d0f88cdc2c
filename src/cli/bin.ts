#!/usr/bin/env node
/**
 * The `copydesk` executable. It sets `process.exitCode` instead of calling `process.exit()`, so a
 * long report piped to another program is flushed before the process ends, and it never lowers an
 * exit code already set by a failed write to stdout (see io.ts). No top-level await: tsup also builds
 * this entry as CommonJS.
 */
import {main} from './main.js'

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
})
