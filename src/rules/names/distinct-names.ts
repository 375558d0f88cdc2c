/**
 * Close spellings that are different names, not variants of one. String similarity and a phonetic
 * match cannot tell `Colombia` from `Columbia` or `Mark` from `Marc`: both members of each group are
 * real names in their own right, so a copy desk cannot call either a misspelling without checking a
 * source. Each group lists spellings that are never reported as variants of one another. The
 * comparison in `spelling.ts` already keeps apart pairs whose sound differs (`Iran`/`Iraq`,
 * `Slovenia`/`Slovakia`) and derived forms (`Russia`/`Russian`, `Lavrov`/`Lavrova`); this list holds
 * only what sound and spelling cannot separate.
 */
const DISTINCT_GROUPS = [
  // places
  ['Colombia', 'Columbia'], ['Colombian', 'Columbian'], ['Gambia', 'Zambia'], ['Austria', 'Australia'],
  ['Iran', 'Iraq'], ['Niger', 'Nigeria'], ['Slovenia', 'Slovakia'], ['Guinea', 'Guyana', 'Ghana'],
  ['Dominica', 'Dominican'], ['Sweden', 'Swede'], ['Bern', 'Berne'], ['Georgia', 'Georgian'],
  ['Jordan', 'Jordon'], ['Wales', 'Whales'], ['Paris', 'Parris'], ['Kent', 'Kant'], ['Shanxi', 'Shaanxi'],
  ['Brazil', 'Brasil'], ['Britain', 'Brittan', 'Brittain', 'Britten'],
  // given names that are distinct names, not spellings of one
  ['Mark', 'Marc'], ['Jon', 'John', 'Joan'], ['Steven', 'Stephen', 'Stefan'], ['Carl', 'Karl'],
  ['Eric', 'Erik'], ['Frederick', 'Frederik'], ['Patrick', 'Patrik'], ['Philip', 'Phillip'], ['Alan', 'Allan', 'Allen', 'Alun'], ['Ann', 'Anne', 'Anna'],
  ['Catherine', 'Katherine', 'Kathryn', 'Katharine', 'Kathrine'], ['Sara', 'Sarah'], ['Clare', 'Claire'],
  ['Brian', 'Bryan'], ['Jeffrey', 'Geoffrey'], ['Sean', 'Shaun', 'Shawn'], ['Ian', 'Iain'],
  ['Neil', 'Neal', 'Niall'], ['Teresa', 'Theresa'], ['Louis', 'Lewis', 'Luis'], ['Matthew', 'Mathew'],
  ['Nicolas', 'Nicholas'], ['Rebecca', 'Rebekah'], ['Daniel', 'Danielle'], ['Michel', 'Michael', 'Michelle', 'Michele'],
  ['Francis', 'Frances'], ['Gerard', 'Gerrard'], ['Lyn', 'Lynn', 'Lynne'], ['Dean', 'Deane'],
  ['Leigh', 'Lee'], ['Marian', 'Marion', 'Marianne'], ['Kristin', 'Kristen', 'Kirsten'],
  ['Christine', 'Kristine', 'Christina'], ['Tony', 'Toni'], ['Jo', 'Joe'], ['Jean', 'Jeanne', 'Joanne'],
  ['Andre', 'Andrea', 'Andreas'], ['Maria', 'Mario', 'Marie'], ['Paula', 'Paulo', 'Pablo'], ['Juan', 'Joan'],
  ['Martin', 'Martine', 'Martyn'], ['Stuart', 'Stewart'], ['Graham', 'Graeme'], ['Jane', 'Jayne'],
  ['Abdul', 'Abdel', 'Abdal'], ['Vicky', 'Vicki'], ['Becky', 'Becki'], ['Debby', 'Debbie'], ['Abby', 'Abbie'], ['Carol', 'Carole', 'Caroll'],
  // surnames and words that are common in their own right
  ['Thompson', 'Thomson'], ['Davis', 'Davies'], ['Philips', 'Phillips'], ['Reid', 'Reed', 'Read', 'Reade'],
  ['Smith', 'Smyth', 'Smythe'], ['Matthews', 'Mathews'], ['Stevens', 'Stephens'], ['Stevenson', 'Stephenson'],
  ['Johnson', 'Jonson', 'Johnston', 'Johnstone'], ['Clark', 'Clarke'], ['Brown', 'Browne'], ['Green', 'Greene'],
  ['Gray', 'Grey'], ['Reagan', 'Regan'], ['Kelly', 'Kelley'], ['Sidney', 'Sydney'], ['Michael', 'Mitchell'], ['Macdonald', 'McDonald', 'MacDonald'], ['Mackenzie', 'McKenzie', 'MacKenzie'],
  ['Labour', 'Labor'], ['Centre', 'Center'], ['Organisation', 'Organization'], ['Defence', 'Defense'],
  ['Programme', 'Program'], ['Theatre', 'Theater']
]

/** A key that is the same for both orders of a pair, on lower-cased spellings. */
export function pairKey(a: string, b: string): string {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`
}

/** Every pair within every group, as `pairKey`s. */
export const DISTINCT_PAIRS: ReadonlySet<string> = new Set(
  DISTINCT_GROUPS.flatMap((group) => group.flatMap((a, index) => group.slice(index + 1).map((b) => pairKey(a, b))))
)
