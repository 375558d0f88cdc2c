/**
 * `github`: GitHub Actions workflow commands, which the runner turns into annotations on the pull
 * request and the run summary:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<ruleId>::<message>`.
 *
 * A record of an archive is annotated on the archive file at the record's line (when known); its
 * position inside the record goes into the message, since the record's columns are not the file's.
 */
import type {LintMessage, LintResult, Severity} from '../engine/types.js'
import type {Reporter} from './types.js'

type Command = 'error' | 'warning' | 'notice'

const COMMANDS: Record<Severity, Command> = {error: 'error', warning: 'warning', info: 'notice'}

type Properties = Record<string, string | number | undefined>

export const github: Reporter = {
  name: 'github',
  description: 'GitHub Actions workflow commands (annotations)',
  format(results) {
    const lines: string[] = []
    for (const result of results) {
      if (result.fatal) lines.push(fatalCommand(result, result.fatal.message))
      for (const message of result.messages) lines.push(messageCommand(result, message))
    }
    return lines.map((line) => line + '\n').join('')
  }
}

function fatalCommand(result: LintResult, reason: string): string {
  const text = result.id === undefined ? reason : `record ${result.id}: ${reason}`
  return workflowCommand('error', {file: result.path, line: result.recordLine, title: 'not linted'}, text)
}

function messageCommand(result: LintResult, message: LintMessage): string {
  const command = COMMANDS[message.severity]
  if (result.id !== undefined) {
    const where = `record ${result.id}, ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`
    return workflowCommand(command, {file: result.path, line: result.recordLine, title: message.ruleId}, `${where}: ${message.message}`)
  }
  return workflowCommand(
    command,
    {
      file: result.path,
      line: message.line,
      col: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
      title: message.ruleId
    },
    message.message
  )
}

/** `::command key=value,…::data`, leaving out properties without a value. */
function workflowCommand(command: Command, properties: Properties, data: string): string {
  const list = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${command}${list ? ' ' + list : ''}::${escapeData(data)}`
}

/**
 * The runner reads a command up to the end of the line and splits its data on `::`; `%` starts an
 * escape. So in the data `%`, CR and LF are percent-encoded (in that order, `%` first)…
 */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** …and in a property also `:` and `,`, which end the property list and a property. */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
