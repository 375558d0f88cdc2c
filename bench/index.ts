/**
 * `npm run bench`: runs every `bench/*.bench.ts` module in one process (so ratios between its
 * figures hold on a noisy machine), prints each section, and writes them all to docs/benchmarks.md.
 * `npm run bench -- NAME…` runs only the modules whose file name contains one of the NAMEs and
 * replaces only their sections of docs/benchmarks.md.
 *
 * A bench module exports `run(): Promise<BenchSection>`; it reports ratios to a baseline measured in
 * the same run, never bare timings compared against constants.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {REPO_ROOT, SHARED_MISSING_MESSAGE, sharedAvailable} from './corpora.js'

export interface BenchSection {
  title: string
  /** Markdown body: a table of figures and a line on how to read them. */
  markdown: string
}

async function main(): Promise<void> {
  if (!sharedAvailable()) {
    console.log(SHARED_MISSING_MESSAGE)
    return
  }
  const filters = process.argv.slice(2)
  const benchDir = path.join(REPO_ROOT, 'bench')
  const modules = readdirSync(benchDir)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort()
  const sections: BenchSection[] = []
  for (const name of modules) {
    console.error(`bench: ${name}`)
    const module = (await import(pathToFileURL(path.join(benchDir, name)).href)) as {run: () => Promise<BenchSection>}
    const section = await module.run()
    console.log(`\n## ${section.title}\n\n${section.markdown}`)
    sections.push(section)
  }
  writeBenchmarks(sections)
}

/**
 * Rewrite docs/benchmarks.md with the sections of this run: a section run now replaces the one of the
 * same title, the others stay as an earlier run left them (each section says how it was measured).
 */
function writeBenchmarks(sections: BenchSection[]): void {
  const file = path.join(REPO_ROOT, 'docs/benchmarks.md')
  const kept = new Map<string, string>()
  if (existsSync(file)) {
    for (const part of readFileSync(file, 'utf8').split(/^## /m).slice(1)) {
      const newline = part.indexOf('\n')
      kept.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim())
    }
  }
  const date = new Date().toISOString().slice(0, 10)
  for (const section of sections) kept.set(section.title, `_Measured ${date}._\n\n${section.markdown.trim()}`)
  const header = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (all sections) or \`npm run bench -- NAME\` (the sections of one module), on Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB.`,
    'Every figure of a section comes from one process run; compare ratios, not absolute times, across machines.',
    ''
  ]
  const body = [...kept].map(([title, markdown]) => `## ${title}\n\n${markdown}\n`)
  writeFileSync(file, [...header, ...body].join('\n'))
}

await main()
