/**
 * Words that put a quoted phrase forward as a name, a term or a title rather than as somebody's
 * speech: the so-called "peace dividend", a report titled "Left Behind", the slogan "Take Back
 * Control". Matched on the word (or two) right before the opening mark.
 */
export const TERM_INTRODUCERS: ReadonlyArray<readonly string[]> = [
  ['so-called'],
  ['called'],
  ['dubbed'],
  ['titled'],
  ['entitled'],
  ['named'],
  ['nicknamed'],
  ['labelled'],
  ['labeled'],
  ['branded'],
  ['billed', 'as'],
  ['known', 'as'],
  ['marked'],
  ['reading'],
  ['read'],
  ['phrase'],
  ['word'],
  ['words'],
  ['term'],
  ['slogan'],
  ['motto'],
  ['headline'],
  ['hashtag'],
  ['banner'],
  ['sign'],
  ['book'],
  ['film'],
  ['song'],
  ['album'],
  ['show'],
  ['series'],
  ['programme'],
  ['program'],
  ['report'],
  ['campaign'],
  ['operation'],
  ['documentary'],
  ['novel'],
  ['play'],
  ['poem'],
  ['memoir'],
  ['article'],
  ['column'],
  ['essay'],
  ['podcast']
]

/** Words a title leaves in lower case: a quotation whose other words are capitalised is a title. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the and but or nor for of in on at to by from with as into over per via vs is are be'.split(' ')
)
