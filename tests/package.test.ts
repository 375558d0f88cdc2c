/**
 * The published package: what `npm pack` would ship, and that every export and the binary point at
 * built files. Needs a build (`npm install` runs one through `prepare`; CI builds before testing).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPO_ROOT} from '../bench/corpora.js'

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'))
const built = existsSync(path.join(REPO_ROOT, 'dist/index.js'))
if (!built) console.warn('dist/ is absent: run `npm run build` to check the package contents')

describe.skipIf(!built)('package', () => {
  it('ships dist, docs and the readme, and no tests, fixtures, benchmarks, seeds or corpora', () => {
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: REPO_ROOT, encoding: 'utf8'}))
    const files: string[] = report.files.map((file: {path: string}) => file.path)
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/index.cjs')
    expect(files).toContain('dist/index.d.ts')
    expect(files).toContain('README.md')
    expect(files.filter((file) => /^(tests|fixtures|bench|seeds|src)\//.test(file) || file.endsWith('.jsonl'))).toEqual([])
  })

  it('points every export and the binary at files that exist', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.bin.copydesk]
    for (const entry of Object.values(pkg.exports) as Array<string | Record<string, string>>) {
      targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)))
    }
    for (const target of targets) expect(existsSync(path.join(REPO_ROOT, target)), target).toBe(true)
  })

  it('lints a string through both the ES module and the CommonJS build', async () => {
    const esm = await import(path.join(REPO_ROOT, pkg.exports['.'].import))
    const cjs = execFileSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(path.join(REPO_ROOT, pkg.exports['.'].require))}).lint('It was the the best.').then((r) => console.log(r.messages[0].ruleId))`],
      {encoding: 'utf8'}
    )
    expect((await esm.lint('It was the the best.')).messages[0].ruleId).toBe('no-repeated-word')
    expect(cjs.trim()).toBe('no-repeated-word')
  })

  it('declares the supported Node versions and the licence', () => {
    expect(pkg.engines.node).toBe('>=20.19')
    expect(pkg.license).toBe('MIT')
    expect(pkg.version).toBe('0.1.0')
  })
})
