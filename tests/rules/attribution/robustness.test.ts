import fc from 'fast-check'
import {expect, it} from 'vitest'
import {createLinter} from '../../../src/engine/linter.js'

const RULES = ['no-anonymous-source', 'no-weasel-attribution', 'no-unattributed-quote']
const linter = createLinter({config: {extends: [], rules: Object.fromEntries(RULES.map((id) => [id, 'warn']))}})

/** Pieces that exercise every detector at the edges of sentences, paragraphs and quotations. */
const PIECES = [
  'according', 'to', 'said', 'says', 'told', 'officials', 'a', 'the', 'source', 'sources', 'people', 'familiar', 'with',
  'it', 'is', 'widely', 'believed', 'that', 'critics', 'say', 'some', 'studies', 'show', 'reports', 'reportedly',
  'allegedly', 'by', 'who', 'Smith', 'John', 'Reuters', 'chief', 'executive', '.', ',', ':', '"', '“', '”', '‘', '’',
  "''", '—', '(', ')', '\n', '\n\n', ' '
]

it('never throws and reports spans inside the text, whatever the input', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), {maxLength: 40}), async (pieces) => {
      const text = pieces.join(' ')
      const {messages} = await linter.lintText(text)
      for (const message of messages) {
        expect(message.offset).toBeGreaterThanOrEqual(0)
        expect(message.endOffset).toBeLessThanOrEqual(text.length)
        expect(message.offset).toBeLessThan(message.endOffset)
      }
    }),
    {numRuns: 300}
  )
})
