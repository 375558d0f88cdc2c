/**
 * `consistent-name-spelling`: one person, place or organisation spelled two ways (`Jaishankar` /
 * `Jaishanker`, `Zelensky` / `Zelenskyy`, `Gaddafi` / `Qaddafi`). Unlike word-list checkers it finds
 * variants on its own: within the article, the minority spelling of a name is reported against the
 * majority spelling (a suggestion: the article may be the one that is right); against the house list
 * (option `names`), any mention close to a house spelling but not written as it is reported and fixed
 * to the house spelling. Across an archive, `archive-names.ts` does the same with counts.
 *
 * What makes two spellings variants is in `spelling.ts`; who is who (short forms, different people
 * with close names) in `entities.ts` and `article-spellings.ts`.
 */
import {defineRule, type RuleContext} from '../../engine/rule.js'
import {articleSpellings, isCheckedSpelling, mayBeOnePerson, type ArticleSpelling} from './article-spellings.js'
import {loadHouseList, type HouseListSetting} from './house-list.js'
import {findHouseMismatch} from './house-matches.js'
import {nameMentions, nameWordSpellings} from './mentions.js'
import {groupVariants, hasVariantPair} from './variant-groups.js'

export interface ConsistentNameSpellingOptions {
  /**
   * The house list: canonical spellings (`["S. Jaishankar"]`), canonical spellings with their known
   * variants (`{"Muammar Gaddafi": ["Qaddafi"]}`), or the path of a JSON, YAML or CSV file holding
   * either (relative to the working directory).
   */
  names?: HouseListSetting
}

/** At most this many places of the majority spelling are listed in a message. */
const MAX_LISTED_LINES = 5

export const consistentNameSpelling = defineRule<ConsistentNameSpellingOptions>(
  {
    id: 'consistent-name-spelling',
    family: 'names',
    description: 'Disallow one name spelled two ways in an article, or differently from the house list',
    severity: 'warning',
    fixable: true,
    recommended: true,
    schema: {
      type: 'object',
      properties: {
        names: {
          anyOf: [
            {type: 'string', minLength: 1},
            {type: 'array', items: {type: 'string', minLength: 1}},
            {type: 'object', additionalProperties: {type: 'array', items: {type: 'string'}}}
          ]
        }
      },
      additionalProperties: false
    },
    defaultOptions: {}
  },
  (context) => {
    const reported = checkHouseList(context)
    checkArticle(context, reported)
  }
)

/** Report mentions not written the house way; return the offsets of the words reported. */
function checkHouseList({doc, text, options, report}: RuleContext<ConsistentNameSpellingOptions>): Set<number> {
  const reported = new Set<number>()
  const list = loadHouseList(options.names)
  if (list.names.length === 0) return reported
  for (const mention of nameMentions(doc)) {
    const finding = findHouseMismatch(mention, list, text)
    if (!finding) continue
    const actual = text.slice(finding.start, finding.end)
    report({
      start: finding.start,
      end: finding.end,
      message: `Unexpected \`${actual}\`: the house list spells this name \`${finding.house.canonical}\``,
      expected: [finding.replacement],
      fix: [{start: finding.start, end: finding.end, text: finding.replacement}]
    })
    for (const token of mention.tokens) if (token.start >= finding.start && token.end <= finding.end) reported.add(token.start)
  }
  return reported
}

/** Report the minority spellings of a name within the article. */
function checkArticle({doc, report}: RuleContext<ConsistentNameSpellingOptions>, reported: Set<number>): void {
  // Most articles have no two name spellings that could be variants: settle those in one pass over
  // the words, before mentions, entities and the company each spelling keeps are worked out.
  if (!hasVariantPair(nameWordSpellings(doc), isCheckedSpelling)) return
  const spellings = articleSpellings(doc).map((entry) => ({...entry, weight: entry.tokens.length}))
  const variants = groupVariants(spellings, {
    accept: (minority, majority) =>
      isClearMinority(minority.weight, majority.weight) && mayBeOnePerson(minority, majority)
  })
  for (const [minority, majority] of variants) {
    const lines = linesOf(doc.lines, majority)
    for (const token of minority.tokens) {
      if (reported.has(token.start)) continue
      report({
        start: token.start,
        end: token.end,
        message: `Unexpected \`${token.text}\`: this article spells the name \`${majority.spelling}\` (${describeLines(lines)})`,
        expected: [majority.spelling],
        suggestions: [{start: token.start, end: token.end, text: majority.spelling}],
        related: majority.tokens.slice(0, MAX_LISTED_LINES).map((other) => ({start: other.start, end: other.end, message: `\`${majority.spelling}\` here`}))
      })
    }
  }
}

/**
 * A slip is written once, or far less often than the right spelling; two spellings each used several
 * times (`Reagan` ×4, `Regan` ×6) are more likely two names.
 */
function isClearMinority(minority: number, majority: number): boolean {
  return minority === 1 || minority * 2 <= majority
}

function linesOf(lines: {point(offset: number): {line: number}}, spelling: ArticleSpelling): number[] {
  return [...new Set(spelling.tokens.map((token) => lines.point(token.start).line))]
}

function describeLines(lines: number[]): string {
  const listed = lines.slice(0, MAX_LISTED_LINES)
  const more = lines.length > listed.length ? ` and ${lines.length - listed.length} more` : ''
  return (listed.length === 1 ? 'line ' : 'lines ') + listed.join(', ') + more
}
