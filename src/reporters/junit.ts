/**
 * `junit`: JUnit XML for CI systems that display test reports (Jenkins, GitLab, Azure Pipelines…).
 *
 * One `<testsuite>` per document and one `<testcase>` per message, named `<ruleId> at <line>:<column>`,
 * so every finding is listed with its position (one test case per rule would fold several places
 * into one failure). Errors and warnings are `<failure>`s whose `type` is the severity; info messages
 * are passing test cases with the message in `<system-out>`; a document without messages is one
 * passing test case named `copydesk`; a document that could not be linted is an `<error>`.
 */
import type {LintMessage, LintResult} from '../engine/types.js'
import {documentName} from './document-name.js'
import type {Reporter} from './types.js'
import {serializeXml, type XmlElement} from './xml.js'

interface SuiteCounts {
  tests: number
  failures: number
  errors: number
}

export const junit: Reporter = {
  name: 'junit',
  description: 'JUnit XML: a test suite per file, a test case per message',
  format(results) {
    const suites = results.map(testSuite)
    const total = (key: keyof SuiteCounts) => suites.reduce((sum, suite) => sum + suite.counts[key], 0)
    return serializeXml({
      name: 'testsuites',
      attributes: {name: 'copydesk', tests: total('tests'), failures: total('failures'), errors: total('errors')},
      children: suites.map((suite) => suite.element)
    })
  }
}

function testSuite(result: LintResult): {element: XmlElement; counts: SuiteCounts} {
  const name = documentName(result)
  const cases = result.messages.map((message) => testCase(name, message))
  if (result.fatal) {
    cases.unshift({
      name: 'testcase',
      attributes: {classname: name, name: 'not linted'},
      children: [{name: 'error', attributes: {type: 'fatal', message: result.fatal.message}, text: result.fatal.message}]
    })
  }
  if (cases.length === 0) cases.push({name: 'testcase', attributes: {classname: name, name: 'copydesk'}})
  const counts: SuiteCounts = {
    tests: cases.length,
    failures: result.messages.filter((message) => message.severity !== 'info').length,
    errors: result.fatal ? 1 : 0
  }
  return {element: {name: 'testsuite', attributes: {name, ...counts}, children: cases}, counts}
}

function testCase(classname: string, message: LintMessage): XmlElement {
  const detail = `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.severity}: ${message.message} (${message.ruleId})${message.url ? '\n' + message.url : ''}`
  const outcome: XmlElement =
    message.severity === 'info'
      ? {name: 'system-out', text: detail}
      : {name: 'failure', attributes: {type: message.severity, message: message.message}, text: detail}
  return {name: 'testcase', attributes: {classname, name: `${message.ruleId} at ${message.line}:${message.column}`}, children: [outcome]}
}
