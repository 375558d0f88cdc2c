/**
 * The recipes of docs/workflows.md, run for real where the tools are at hand: husky + lint-staged
 * committing in a scratch git repository, `npm publish --dry-run` running `prepublishOnly`, and the
 * command lines of the pre-commit hook and the GitHub Actions workflow. The configuration snippets
 * are taken from the docs page itself (each follows a `<!-- recipe: NAME -->` marker), so the page
 * cannot drift from what was tried.
 *
 * Nothing comes from the network: husky and lint-staged are this repository's devDependencies, and
 * `copydesk` in the scratch projects is a small script that runs this checkout's CLI through tsx (a
 * user's project has the built package's bin there instead).
 */
import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {chmodSync, existsSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import YAML from 'yaml'
import {DEFAULT_CACHE_LOCATION} from '../../src/index.js'
import {ISOLATED, REPEATED, REPEATED_FIXED, fixtureDir, runCli} from '../cli/run-cli.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BIN = path.join(ROOT, 'src/cli/bin.ts')
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
/** Real processes (git, npm, lint-staged, several copydesk starts): generous on a busy machine. */
const SLOW = 240_000

/** The fenced code block after `<!-- recipe: name -->` in docs/workflows.md. */
function recipe(name: string): string {
  const docs = readFileSync(path.join(ROOT, 'docs/workflows.md'), 'utf8')
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(docs)
  if (!match) throw new Error(`docs/workflows.md has no recipe "${name}"`)
  return match[1]
}

/** The extensions copydesk lints when it walks a folder. */
const LINTED = ['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.htm']
const NOT_LINTED = ['f.json', 'g.png', 'h.txt.bak', 'markdown', 'i.yaml']

const scratch: string[] = []
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, {recursive: true, force: true})))
})

/**
 * A scratch project with `node_modules/.bin/copydesk` running this checkout, the given packages of
 * this repository's node_modules linked in, and the isolated configuration (no-repeated-word only).
 */
async function scratchProject(packages: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-recipe-'))
  scratch.push(dir)
  const bin = path.join(dir, 'node_modules/.bin')
  await mkdir(bin, {recursive: true})
  await writeFile(path.join(bin, 'copydesk'), `#!/bin/sh\nexec "${process.execPath}" --import "${TSX}" "${BIN}" "$@"\n`)
  chmodSync(path.join(bin, 'copydesk'), 0o755)
  for (const [name, binPath] of Object.entries(packages)) {
    await symlink(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name))
    await symlink(path.join('..', name, binPath), path.join(bin, name))
  }
  await writeFile(path.join(dir, '.copydeskrc.json'), JSON.stringify(ISOLATED))
  return dir
}

/** The environment of a child process, without anything that would point git or husky elsewhere. */
function cleanEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_') && key !== 'HUSKY' && !key.startsWith('npm_')) env[key] = value
  }
  return {
    ...env,
    PATH: `${path.join(dir, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(dir, '.no-global-gitconfig'),
    GIT_AUTHOR_NAME: 'Copy Desk',
    GIT_AUTHOR_EMAIL: 'desk@example.org',
    GIT_COMMITTER_NAME: 'Copy Desk',
    GIT_COMMITTER_EMAIL: 'desk@example.org'
  }
}

/** Runs offline: npx must find copydesk in the project, and npm publish must not reach a registry. */
function run(dir: string, command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, {cwd: dir, env: {...cleanEnv(dir), npm_config_offline: 'true'}, encoding: 'utf8', timeout: 120_000})
}

describe('husky + lint-staged', () => {
  it('refuses a commit with an error in a staged file, and commits it once corrected', async () => {
    const dir = await scratchProject({husky: 'bin.js', 'lint-staged': 'bin/lint-staged.js'})
    const lintStaged = JSON.parse(recipe('lint-staged'))['lint-staged']
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({name: 'newsroom', private: true, scripts: {prepare: 'husky'}, 'lint-staged': lintStaged}, null, 2))
    await writeFile(path.join(dir, '.gitignore'), 'node_modules\n')
    expect(run(dir, 'git', ['init', '--quiet', '.']).status).toBe(0)
    expect(run(dir, 'husky', []).status).toBe(0)
    await writeFile(path.join(dir, '.husky/pre-commit'), 'lint-staged\n')
    expect(run(dir, 'git', ['config', 'core.hooksPath']).stdout.trim()).toBe('.husky/_')
    run(dir, 'git', ['add', '-A'])
    expect(run(dir, 'git', ['commit', '--quiet', '-m', 'Set up the desk']).status).toBe(0)

    await writeFile(path.join(dir, 'story.md'), `# Budget\n\n${REPEATED}`)
    await writeFile(path.join(dir, 'notes.json'), '{"the the": 1}\n')
    run(dir, 'git', ['add', 'story.md', 'notes.json'])
    const refused = run(dir, 'git', ['commit', '-m', 'Add the story'])
    expect(refused.status).not.toBe(0)
    expect(refused.stdout + refused.stderr).toContain('no-repeated-word')
    expect(run(dir, 'git', ['rev-list', '--count', 'HEAD']).stdout.trim()).toBe('1')

    await writeFile(path.join(dir, 'story.md'), `# Budget\n\n${REPEATED_FIXED}`)
    run(dir, 'git', ['add', 'story.md'])
    const committed = run(dir, 'git', ['commit', '--quiet', '-m', 'Add the story'])
    expect(committed.stderr).not.toContain('no-repeated-word')
    expect(committed.status).toBe(0)
    expect(run(dir, 'git', ['rev-list', '--count', 'HEAD']).stdout.trim()).toBe('2')

    // The --fix variant the page mentions: the fixed text is what gets committed.
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({name: 'newsroom', private: true, 'lint-staged': {'*.{txt,md,markdown,html,htm}': 'copydesk --fix'}}))
    await writeFile(path.join(dir, 'second.txt'), REPEATED)
    run(dir, 'git', ['add', 'package.json', 'second.txt'])
    expect(run(dir, 'git', ['commit', '--quiet', '-m', 'Fix on commit']).status).toBe(0)
    expect(run(dir, 'git', ['show', 'HEAD:second.txt']).stdout).toBe(REPEATED_FIXED)
  }, SLOW)
})

describe('pre-commit framework', () => {
  const hooks = YAML.parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'))
  const hook = hooks[0]

  it('.pre-commit-hooks.yaml declares one hook, copydesk, that runs the package bin through npx', () => {
    expect(hooks).toHaveLength(1)
    // `language: node` cannot be installed from this repository (see the comment in the file).
    expect(hook).toMatchObject({id: 'copydesk', name: 'copydesk', language: 'system', entry: 'npx copydesk'})
    expect(typeof hook.description).toBe('string')
    expect(Object.keys(manifest.bin)).toContain(hook.entry.split(' ')[1])
    expect(hook.pass_filenames ?? true).toBe(true)
  })

  it("its files pattern takes exactly the file types copydesk lints (pre-commit's re.search)", () => {
    const files = new RegExp(hook.files)
    expect(LINTED.filter((name) => files.test(name))).toEqual(LINTED)
    expect(NOT_LINTED.filter((name) => files.test(name))).toEqual([])
  })

  it('the config snippet in the docs points at the hook, and its command line works as pre-commit runs it', async () => {
    const config = YAML.parse(recipe('pre-commit'))
    const [configured] = config.repos[0].hooks
    expect(configured.id).toBe(hook.id)
    expect(config.repos[0].rev).toBe(`v${manifest.version}`)
    // pre-commit runs `entry args... files...` in the project, with the staged files that match.
    const dir = await scratchProject()
    await writeFile(path.join(dir, 'a.md'), REPEATED)
    await writeFile(path.join(dir, 'b.txt'), REPEATED_FIXED)
    const [command, ...entryArgs] = hook.entry.split(' ')
    const argv = [...entryArgs, ...(hook.args ?? []), ...configured.args.map(String), 'a.md', 'b.txt']
    const failing = run(dir, command, argv)
    expect(failing.status).toBe(1)
    expect(failing.stdout).toContain('no-repeated-word')
    await writeFile(path.join(dir, 'a.md'), REPEATED_FIXED)
    expect(run(dir, command, argv).status).toBe(0)
  }, SLOW)
})

describe('prepublishOnly', () => {
  it('stops npm publish when an article has an error, and lets it through once corrected', async () => {
    const dir = await scratchProject()
    const {scripts} = JSON.parse(recipe('prepublishOnly'))
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({name: 'newsroom-articles', version: '1.0.0', files: ['articles'], scripts}))
    await mkdir(path.join(dir, 'articles'))
    await writeFile(path.join(dir, 'articles/story.txt'), REPEATED)
    // Offline, against a registry nobody listens on, with a scratch npm cache: nothing is published.
    const publish = () => run(dir, 'npm', ['publish', '--dry-run', '--offline', '--registry', 'http://127.0.0.1:9/', '--cache', path.join(dir, '.npm')])
    const stopped = publish()
    expect(stopped.status).not.toBe(0)
    expect(stopped.stdout).toContain('prepublishOnly')
    expect(stopped.stdout).toContain('no-repeated-word')
    expect(stopped.stderr).toContain(`command failed`)
    await writeFile(path.join(dir, 'articles/story.txt'), REPEATED_FIXED)
    const published = publish()
    expect(published.status).toBe(0)
    expect(published.stdout).toContain('+ newsroom-articles@1.0.0')
  }, SLOW)
})

describe('GitHub Actions workflow (docs/examples/copydesk-sarif.yml)', () => {
  const workflow = YAML.parse(readFileSync(path.join(ROOT, 'docs/examples/copydesk-sarif.yml'), 'utf8'))
  const steps: {uses?: string; run?: string; if?: string; with?: Record<string, unknown>}[] = workflow.jobs.copydesk.steps
  const step = (prefix: string) => steps.find((candidate) => candidate.uses?.startsWith(prefix))
  const lint = steps.find((candidate) => candidate.run?.includes('copydesk'))!

  it('runs on pushes and pull requests, with the permission upload-sarif needs', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
    expect(workflow.permissions['security-events']).toBe('write')
    expect(workflow.jobs.copydesk['runs-on']).toMatch(/^ubuntu-/)
  })

  it('checks out, sets up Node 20 or later, installs with npm ci, and caches copydesk results', () => {
    const order = (found: object | undefined) => steps.indexOf(found as (typeof steps)[number])
    const checkout = step('actions/checkout@')
    const node = step('actions/setup-node@')
    const install = steps.find((candidate) => candidate.run === 'npm ci')
    expect(checkout && node && install).toBeTruthy()
    expect(Number(node!.with!['node-version'])).toBeGreaterThanOrEqual(20)
    expect(order(checkout)).toBeLessThan(order(node))
    expect(order(node)).toBeLessThan(order(install))
    expect(order(install)).toBeLessThan(order(lint))
    const cache = step('actions/cache@')
    expect(cache!.with!.path).toBe(DEFAULT_CACHE_LOCATION)
    expect(order(cache)).toBeLessThan(order(lint))
  })

  it('uploads the SARIF file copydesk writes, even when copydesk fails the step', () => {
    const upload = step('github/codeql-action/upload-sarif@')!
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(lint))
    expect(upload.if).toMatch(/always\(\)|!cancelled\(\)/)
    const argv = lint.run!.trim().split(/\s+/)
    expect(argv.slice(0, 2)).toEqual(['npx', 'copydesk'])
    expect(argv[argv.indexOf('--format') + 1]).toBe('sarif')
    expect(argv[argv.indexOf('--output-file') + 1]).toBe(upload.with!.sarif_file)
  })

  it("its copydesk command line lints the folder and writes a SARIF 2.1.0 report there", async () => {
    const argv = lint.run!.trim().split(/\s+/).slice(2)
    const folder = argv[argv.length - 1]
    const cwd = await fixtureDir({[`${folder}story.md`]: `# Budget\n\n${REPEATED}`, [`${folder}clean.txt`]: REPEATED_FIXED})
    const {code} = await runCli(argv, {cwd})
    expect(code).toBe(1)
    const sarifFile = path.join(cwd, String(steps.find((candidate) => candidate.uses?.includes('upload-sarif'))!.with!.sarif_file))
    expect(existsSync(sarifFile)).toBe(true)
    const log = JSON.parse(await readFile(sarifFile, 'utf8'))
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['no-repeated-word'])
    expect(existsSync(path.join(cwd, DEFAULT_CACHE_LOCATION))).toBe(argv.includes('--cache'))
  })
})
