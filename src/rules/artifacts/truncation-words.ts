/**
 * The data of `no-truncated-text`: how wire copy legitimately ends without a sentence, and which
 * words a sentence cannot end on.
 */

/**
 * Wire sign-offs: a story that ends with one of these has ended. Reuters closes nearly every story
 * of the Reuters-21578 archive with `Reuter` on its own line (18,935 of 21,578 bodies), sometimes
 * at the end of the last line of a table. Users extend or replace this list with the `signOffs`
 * option.
 */
export const DEFAULT_SIGN_OFFS: readonly string[] = [
  'Reuter',
  'REUTER',
  'Reuters',
  'REUTERS',
  '(Reuters)',
  '(REUTERS)',
  'AP',
  '(AP)',
  'AFP',
  '(AFP)',
  'UPI',
  '(UPI)',
  'dpa',
  'Xinhua',
  'PTI',
  'IANS',
  'Bloomberg',
  'ENDS',
  'Ends',
  'END',
  '(END)',
  '-30-',
  '###',
  '# # #'
]

/**
 * Closing lines that are not sentences and not truncation: reporter credits ("— Charisse Jones",
 * "(Reporting by …; Editing by …)"), contact lines, bare addresses and datelines.
 */
export const CLOSING_LINES: readonly RegExp[] = [
  /^[-–—]{1,2} ?[\p{Lu}][\p{L}.'’-]{0,20}(?: [\p{Lu}][\p{L}.'’-]{0,20}){0,3}(?:,? [\p{L}&' ]{1,40})?$/u,
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|produced|edited|written) by\b[\s\S]{0,300}$/iu,
  /^(?:contributing|contributors?|contact|reach|e-?mail)(?: \p{Lu}[\p{L}.'’-]{0,20}){0,3} ?:? [\s\S]{0,200}$/iu,
  /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u,
  /^(?:https?:\/\/|www\.)\S{1,300}$/iu,
  /^[\p{Lu}][\p{Lu} .'-]{1,30}, [\p{Lu}][\p{L}.]{2,9} \d{1,2}(?:, \d{4})?$/u
]

/**
 * Endings that close a paragraph properly without a full stop: a contact address, a link, a social
 * handle, an embedded tweet's signature ("— Jane Doe (@jane) May 22, 2020").
 */
export const CLOSING_TAILS: readonly RegExp[] = [
  /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u,
  /(?:https?:\/\/|www\.)\S{1,300}$/iu,
  /(?:^|\s|:)@\w{1,30}$/u,
  /[-–—] ?[^-–—\n]{1,60}\(@\w{1,30}\) \p{L}{3,9}\.? \d{1,2}, \d{4}$/u
]

/** A capitalised word of a name or an agency. */
const NAME = "[\\p{Lu}][\\p{L}.'’&+-]*"

/**
 * A credit after the last full stop, set aside before the ending is judged: one set off by a dash
 * or a bar ("— DP", "| Getty Images"), a photo credit with a slash or a bar in it ("Drew
 * Angerer/Getty Images", "Spencer Kimball | CNBC"), or a label in capitals ("READ MORE"). A single
 * capitalised word is not a credit: "…what hope is there?" he said. Mr" is a cut sentence.
 */
export const TRAILING_CREDIT = new RegExp(
  `(?<=[.!?…]["'”’)]*)(?:\\s*[-–—|]\\s?${NAME}(?: ${NAME}){0,5}|\\s+${NAME}(?: ${NAME}){0,3}\\s?[/|]\\s?${NAME}(?:(?: |\\s?[/|]\\s?)(?:${NAME}|for|via)){0,5}|\\s+\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,3})$`,
  'u'
)

/** A last sentence that introduces an embed the extraction dropped ("Watch the video below:"). */
export const EMBED_INTRO = /\b(?:below|here|above|video|watch|listen|embedded|check it out)\b[^.!?]{0,40}:$/iu

/**
 * Words a sentence cannot end on even when a full stop follows: articles, possessive determiners
 * and conjunctions ("He met the." is cut; "the land they dreamed of." is English).
 */
export const NEVER_FINAL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'its',
  'their',
  'our',
  'your',
  'my',
  'whose',
  'than'
])

/**
 * Words that, with no full stop after them, show the sentence stopped in the middle: the above plus
 * prepositions, subordinators and auxiliaries ("…met the minister with"). Modals that are also
 * nouns ("good will", "Pay 31 May") are left out, and the rule only counts a word written in lower case.
 */
export const UNFINISHED_WORDS: ReadonlySet<string> = new Set([
  ...NEVER_FINAL_WORDS,
  'with',
  'of',
  'to',
  'for',
  'from',
  'in',
  'on',
  'at',
  'by',
  'about',
  'into',
  'onto',
  'over',
  'under',
  'between',
  'through',
  'after',
  'before',
  'during',
  'without',
  'against',
  'among',
  'as',
  'that',
  'which',
  'who',
  'whom',
  'because',
  'although',
  'though',
  'while',
  'if',
  'when',
  'where',
  'but',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'would',
  'could',
  'should',
  'not',
  'very',
  'this',
  'these',
  'those'
])
