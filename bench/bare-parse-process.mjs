/**
 * Bare retext-english parsing of every text of a JSON Lines file, in a process of its own, for
 * bench/throughput.bench.ts: the floor of any retext design, measured as the archive runs are (a
 * fresh process that reads the file, start-up included), so that their ratio compares like with
 * like. In the bench process itself its speed depended on what that process had done before (the
 * same parse took 5 to 11 seconds from one bench run to the next).
 *
 * Usage: node bench/bare-parse-process.mjs FILE. Prints one JSON line (process-report.mjs).
 */
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {reportProcess} from './process-report.mjs'

const [file] = process.argv.slice(2)
const parser = unified().use(retextEnglish)
let documents = 0
for await (const line of createInterface({input: createReadStream(file), crlfDelay: Infinity})) {
  if (line === '') continue
  parser.parse(JSON.parse(line).text)
  documents++
}
reportProcess(documents)
