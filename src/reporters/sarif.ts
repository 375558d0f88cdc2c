/**
 * `sarif`: SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers. One run; the
 * driver lists every rule of the catalog (so `ruleIndex` is stable across reports); results carry
 * level, message, location (region and character offsets), related locations, fixes and a
 * fingerprint. Documents that could not be linted are tool execution notifications, and make the
 * invocation unsuccessful: the analysis did not cover every input.
 */
import {createHash} from 'node:crypto'
import type {ArtifactLocation, Fix, Log, Notification, Result} from 'sarif'
import {copydeskVersion} from '../cli/version.js'
import {PROJECT_URL} from '../engine/rule.js'
import type {Edit, LintMessage, LintResult, RelatedLocation} from '../engine/types.js'
import {ruleCatalog} from '../rules/index.js'
import {documentName, type DocumentRef} from './document-name.js'
import {artifactLocation, baseUri, sarifLocation, SRCROOT} from './sarif-locations.js'
import {ruleDescriptor, SARIF_LEVELS} from './sarif-rules.js'
import type {Reporter} from './types.js'

/** The schema the output validates against (the OASIS errata 01 schema). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

export const sarif: Reporter = {
  name: 'sarif',
  description: 'SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers',
  format: (results, options = {}) => JSON.stringify(sarifLog(results, options.cwd ?? process.cwd()), null, 2) + '\n'
}

function sarifLog(results: readonly LintResult[], cwd: string): Log {
  const rules = ruleCatalog.map(ruleDescriptor)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const notifications = results.flatMap((result) => (result.fatal ? [notLinted(result, result.fatal.message, cwd)] : []))
  const root = baseUri(cwd)
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'copydesk', version: copydeskVersion(), informationUri: PROJECT_URL, rules}},
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            workingDirectory: {uri: root},
            ...(notifications.length > 0 ? {toolExecutionNotifications: notifications} : {})
          }
        ],
        originalUriBaseIds: {[SRCROOT]: {uri: root}},
        // copydesk's columns and offsets count UTF-16 code units (JavaScript string indices).
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => resultsOf(result, ruleIndex, cwd))
      }
    ]
  }
}

function notLinted(result: LintResult, reason: string, cwd: string): Notification {
  return {level: 'error', message: {text: `${documentName(result)}: ${reason}`}, locations: [sarifLocation(result, cwd)]}
}

function resultsOf(result: LintResult, ruleIndex: ReadonlyMap<string, number>, cwd: string): Result[] {
  const occurrences = new Map<string, number>()
  return result.messages.map((message) => {
    const sarifResult: Result = {
      ruleId: message.ruleId,
      level: SARIF_LEVELS[message.severity],
      message: {text: message.message},
      locations: [sarifLocation(result, cwd, message)],
      partialFingerprints: {'copydesk/v1': fingerprint(result, message, occurrences)}
    }
    const index = ruleIndex.get(message.ruleId)
    if (index !== undefined) sarifResult.ruleIndex = index
    if (message.related && message.related.length > 0) {
      sarifResult.relatedLocations = message.related.map((related, position) => ({
        id: position + 1,
        ...sarifLocation(relatedDocument(result, related), cwd, related, related.message)
      }))
    }
    const fixes = fixesOf(result, message, cwd)
    if (fixes.length > 0) sarifResult.fixes = fixes
    return sarifResult
  })
}

/** A related place is in the same document unless it names another record or another file. */
function relatedDocument(result: LintResult, related: RelatedLocation): DocumentRef {
  if (related.documentId !== undefined) return {path: related.path ?? result.path, id: related.documentId}
  if (related.path !== undefined) return {path: related.path}
  return result
}

/**
 * The safe fix and the suggested edits as SARIF fixes. Their offsets count in the document's text,
 * which for an archive record is not the archive file, so records get none.
 */
function fixesOf(result: LintResult, message: LintMessage, cwd: string): Fix[] {
  if (result.id !== undefined) return []
  const artifact = artifactLocation(result.path, cwd)
  const fixes: Fix[] = []
  if (message.fix?.length) fixes.push(toFix(artifact, message.fix, 'Safe fix: `copydesk --fix` applies it.'))
  if (message.suggestions?.length) fixes.push(toFix(artifact, message.suggestions, 'Suggested edit: needs a human decision.'))
  return fixes
}

function toFix(artifact: ArtifactLocation, edits: readonly Edit[], description: string): Fix {
  return {
    description: {text: description},
    artifactChanges: [
      {
        artifactLocation: artifact,
        replacements: edits.map((edit) => ({
          deletedRegion: {charOffset: edit.start, charLength: edit.end - edit.start},
          insertedContent: {text: edit.text}
        }))
      }
    ]
  }
}

/**
 * Identifies a finding across runs even when lines shift: the rule, the document and the flagged text,
 * plus which occurrence of that triple in the document it is (`hash:occurrence`, like GitHub's own
 * `primaryLocationLineHash`).
 */
function fingerprint(result: LintResult, message: LintMessage, occurrences: Map<string, number>): string {
  const hash = createHash('sha256')
    .update([message.ruleId, result.path ?? '', result.id ?? '', message.actual ?? message.message].join('\0'))
    .digest('hex')
    .slice(0, 32)
  const occurrence = (occurrences.get(hash) ?? 0) + 1
  occurrences.set(hash, occurrence)
  return `${hash}:${occurrence}`
}
