/**
 * Lower-case words that belong inside a name: "Osama bin Laden", "Ludwig van Beethoven", "Charles de
 * Gaulle". They join the capitalised words around them into one mention; alone, or at either end of
 * a run, they are ordinary words ("de" and "van" are English words too), so they never start or end
 * a mention.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abd', 'ul', 'ud',
  'de', 'del', 'della', 'dello', 'dei', 'degli', 'der', 'den', 'des', 'di', 'da', 'dal', 'dalla', 'das',
  'do', 'dos', 'du', 'lo',
  'la', 'le', 'van', 'von', 'zu', 'ter', 'ten', 'op', 'y', 'e'
])
