/**
 * copydesk's own dictionary of tortured phrases in news: what an article spinner (a tool that swaps
 * words for thesaurus synonyms to pass copied text off as new) makes of a set phrase, with the
 * phrase it replaced. The Problematic Paper Screener keeps such a list for scientific papers; news
 * has none, so this one is written and curated here, starting from the seed article ("conciliatory
 * source", "the proposal was prolonged") and the swaps spinners are known for ("social separating",
 * "tried positive for", "the Joined Kingdom").
 *
 * Curation rules:
 * - A phrase goes in only if no clean professional copy uses it: every entry is checked against
 *   bbc-fulltext, reuters21578 and polnear (`npm run eval:artifacts` lists any entry that occurs
 *   there; the list must stay empty). Phrases that are spun in one sense and good English in
 *   another stay out, lemmas included: "financial specialists", "independent companies", "an
 *   unfamiliar pastor", "the top managerial staff", "passing toll booths" (lemma of "passing toll"),
 *   "squeezing meetings in" (of "squeeze meeting"), "Texas joined states suing" (of "joined states",
 *   which is kept only after "the").
 * - Matching is on lemmas (`lemma.ts`), so list one form: "prolonged an invitation" also finds
 *   "prolonging the invitation". Articles are interchangeable.
 * - `original` is what the spinner started from; with the same number of words as `tortured`, the
 *   rule carries the text's inflections and capitals over to it.
 */

export interface PhrasePair {
  tortured: string
  original: string
}

export const newsTorturedPhrases: readonly PhrasePair[] = [
  // Diplomacy and foreign affairs (the seed article).
  {tortured: 'conciliatory source', original: 'diplomatic source'},
  {tortured: 'the proposal was prolonged', original: 'the invitation was extended'},
  {tortured: 'invitation was prolonged', original: 'invitation was extended'},
  {tortured: 'prolonged an invitation', original: 'extended an invitation'},
  {tortured: 'conciliatory cable', original: 'diplomatic cable'},
  {tortured: 'unfamiliar undertakings', original: 'foreign affairs'},
  {tortured: 'two-sided gathering', original: 'bilateral meeting'},
  {tortured: 'reciprocal gathering', original: 'bilateral meeting'},
  {tortured: 'the Joined States', original: 'the United States'},
  {tortured: 'the Joined Kingdom', original: 'the United Kingdom'},

  // Government, elections and the courts.
  {tortured: 'bad habit president', original: 'vice president'},
  {tortured: 'larger part pioneer', original: 'majority leader'},
  {tortured: 'dominant part pioneer', original: 'majority leader'},
  {tortured: 'vote based party', original: 'Democratic Party'},
  {tortured: 'popularity based party', original: 'Democratic Party'},
  {tortured: 'official political decision', original: 'presidential election'},
  {tortured: 'general political decision', original: 'general election'},
  {tortured: 'political decision commission', original: 'election commission'},
  {tortured: 'political race commission', original: 'election commission'},
  {tortured: 'official up-and-comer', original: 'presidential candidate'},
  {tortured: 'no-certainty vote', original: 'no-confidence vote'},
  {tortured: 'vote of no certainty', original: 'vote of no confidence'},
  {tortured: 'incomparable court', original: 'Supreme Court'},
  {tortured: 'preeminent court', original: 'Supreme Court'},
  {tortured: 'boss equity', original: 'chief justice'},
  {tortured: 'lawyer general', original: 'attorney general'},
  {tortured: 'locale lawyer', original: 'district attorney'},
  {tortured: 'capture warrant', original: 'arrest warrant'},
  {tortured: 'squeeze secretary', original: 'press secretary'},
  {tortured: 'squeeze discharge', original: 'press release'},

  // Public order.
  {tortured: 'revolt police', original: 'riot police'},
  {tortured: 'elastic projectiles', original: 'rubber bullets'},
  {tortured: 'police mercilessness', original: 'police brutality'},
  {tortured: 'psychological oppressor', original: 'terrorist'},
  {tortured: 'dark lives matter', original: 'Black Lives Matter'},
  {tortured: 'outskirt divider', original: 'border wall'},
  {tortured: 'loss of life count', original: 'death toll'},

  // Health and the pandemic.
  {tortured: 'social removing', original: 'social distancing'},
  {tortured: 'social separating', original: 'social distancing'},
  {tortured: 'tried positive for', original: 'tested positive for'},
  {tortured: 'tried negative for', original: 'tested negative for'},
  {tortured: 'affirmed cases of', original: 'confirmed cases of'},
  {tortured: 'invulnerable framework', original: 'immune system'},
  {tortured: 'resistant framework', original: 'immune system'},
  {tortured: 'concentrated care unit', original: 'intensive care unit'},
  {tortured: 'clinical preliminaries', original: 'clinical trials'},
  {tortured: 'immunization preliminaries', original: 'vaccine trials'},
  {tortured: 'group invulnerability', original: 'herd immunity'},
  {tortured: 'long haul care', original: 'long-term care'},
  {tortured: 'irresistible illness', original: 'infectious disease'},
  {tortured: 'irresistible disease', original: 'infectious disease'},
  {tortured: 'wellbeing authorities', original: 'health officials'},
  {tortured: 'wellbeing laborers', original: 'health workers'},
  {tortured: 'medical services laborers', original: 'health care workers'},
  {tortured: 'social insurance laborers', original: 'health care workers'},
  {tortured: 'forefront laborers', original: 'front-line workers'},
  {tortured: 'individual defensive gear', original: 'personal protective equipment'},
  {tortured: 'individual defensive hardware', original: 'personal protective equipment'},
  {tortured: 'crisis use approval', original: 'emergency use authorization'},
  {tortured: 'world wellbeing association', original: 'World Health Organization'},
  {tortured: 'safe house order', original: 'stay-at-home order'},
  {tortured: 'peer-checked', original: 'peer-reviewed'},

  // Economy and business.
  {tortured: 'divider road', original: 'Wall Street'},
  {tortured: 'tech goliath', original: 'tech giant'},
  {tortured: 'boss monetary official', original: 'chief financial officer'},
  {tortured: 'boss working official', original: 'chief operating officer'},
  {tortured: 'the lowest pay permitted by law', original: 'the minimum wage'},
  {tortured: 'boost bundle', original: 'stimulus package'},
  {tortured: 'alleviation bundle', original: 'relief package'},
  {tortured: 'monetary recuperation', original: 'economic recovery'},
  {tortured: 'joblessness advantages', original: 'unemployment benefits'},
  {tortured: 'work misfortunes', original: 'job losses'},
  {tortured: 'understudy loan', original: 'student loan'},
  {tortured: 'understudy obligation', original: 'student debt'},
  {tortured: 'far off learning', original: 'remote learning'},
  {tortured: 'voyage transport', original: 'cruise ship'},
  {tortured: 'self-ruling vehicles', original: 'autonomous vehicles'},

  // Science, technology and the environment.
  {tortured: 'counterfeit consciousness', original: 'artificial intelligence'},
  {tortured: 'man-made brainpower', original: 'artificial intelligence'},
  {tortured: 'machine getting to know', original: 'machine learning'},
  {tortured: 'web-based media stages', original: 'social media platforms'},
  {tortured: 'online media stages', original: 'social media platforms'},
  {tortured: 'counterfeit news', original: 'fake news'},
  {tortured: 'scheme hypothesis', original: 'conspiracy theory'},
  {tortured: 'worldwide temperature alteration', original: 'global warming'},
  {tortured: 'earth-wide temperature boost', original: 'global warming'},
  {tortured: 'ozone harming substance', original: 'greenhouse gas'},
  {tortured: 'atmosphere emergency', original: 'climate crisis'},
  {tortured: 'carbon impression', original: 'carbon footprint'},
  {tortured: 'sunlight based charger', original: 'solar panel'},
  {tortured: 'sunlight based energy', original: 'solar energy'},
  {tortured: 'sun powered charger', original: 'solar panel'}
]
