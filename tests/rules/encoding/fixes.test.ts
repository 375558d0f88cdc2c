import {describe, expect, it} from 'vitest'
import {encodingLinter, readFtfyCases} from '../../../bench/ftfy-cases.js'
import {describeShared} from '../../helpers/shared.js'

/**
 * The properties every encoding fix must have: its edits stay inside the span it flags, fixing is
 * idempotent, and what fixing leaves carries no further fix (each rule re-lints clean of what it
 * could repair).
 */
const DAMAGED = [
  'We donâ€™t know whether the cafÃ© charges Â£5 for FranÃ\u0083Â§ois’ crÃ¨me.',
  'UkrsotsbankвЂ™s rating, LiĂ¨ge, g√¢teaux, SlovenÄ\ufffdina, voilÃ le travail.',
  'Fish &amp;amp; chips, communiqu&#233;, don#39;t, Mr Blair&#191;s </span> plan.',
  'Lavrov"s aide didn"t say; the territory?s borders. End.\\n\\nNext \\u2019 and \\x92.',
  'wo\u200brd, a father\u001b — and the administration\u0092s \u202eplans\ufeff here.',
  'Itâ??s gone \ufffd for good, and â€œbb+â€? too.'
]

const linter = encodingLinter()

async function expectSoundFixes(text: string): Promise<void> {
  const {messages} = await linter.lintText(text)
  for (const message of messages) {
    for (const edit of message.fix ?? []) {
      expect(edit.start, message.message).toBeGreaterThanOrEqual(message.offset)
      expect(edit.end, message.message).toBeLessThanOrEqual(message.endOffset)
    }
  }
  const once = await linter.fixText(text)
  expect(once.result.messages.filter((message) => message.fix !== undefined)).toEqual([])
  expect((await linter.fixText(once.output)).output).toBe(once.output)
}

describe('encoding fixes', () => {
  for (const text of DAMAGED) it(JSON.stringify(text).slice(0, 80), () => expectSoundFixes(text))

  it('repair the samples to clean text where nothing was lost', async () => {
    expect((await linter.fixText(DAMAGED[0])).output).toBe('We don’t know whether the café charges £5 for François’ crème.')
    expect((await linter.fixText(DAMAGED[2])).output).toBe("Fish & chips, communiqué, don't, Mr Blair's </span> plan.")
  })
})

describeShared('encoding fixes on ftfy\'s cases', () => {
  it('are sound on every case', async () => {
    for (const testCase of readFtfyCases()) await expectSoundFixes(testCase.original)
  })
})
