/**
 * The page furniture `no-scrape-artifact` looks for, as data: one list per kind.
 *
 * Why the patterns look the way they do: furniture and prose share words ("read more", "follow",
 * "share", "source"), so nearly every pattern is anchored to a WHOLE paragraph or sentence (`whole`)
 * and kept short. "Read more: Why the pound fell" is a link; "He urged readers to read more widely"
 * is a sentence that merely contains the words, and no anchored pattern can match it. Only consent
 * banners, which run for several sentences, are found by phrases inside a paragraph (`contains`),
 * and those phrases are written in the site's own voice ("we use cookies", "withdraw your consent")
 * that an article about cookies would only quote. Leaked field labels and wire datelines are found
 * at the start of a paragraph (`prefix`): only the label is furniture, the rest is the article.
 *
 * Every quantifier is bounded and no group repeats a group, so each test is linear in the
 * paragraph's length. The patterns are matched against the paragraph (or sentence) with its white
 * space collapsed to single spaces, except `prefix` patterns, which see the raw text.
 *
 * Measured on ../shared (see docs/rules/no-scrape-artifact.md and `npm run eval:artifacts`).
 */

export type ScrapeKind =
  | 'label'
  | 'call-to-action'
  | 'social'
  | 'cookie'
  | 'newsletter'
  | 'caption'
  | 'navigation'
  | 'byline'

export interface ScrapeKindPatterns {
  /** What the reader is told the line is, e.g. "leaked field label". */
  description: string
  /** A whole paragraph (or, with `sentences`, a whole sentence) that matches is furniture. */
  whole: readonly RegExp[]
  /** A paragraph that contains a match anywhere is furniture. */
  contains: readonly RegExp[]
  /**
   * Lower-case words or phrases (single spaces) of which every `contains` pattern needs one: a
   * paragraph without any of them is not searched (the search is slow, the look-up fast).
   * Without them, every paragraph is searched.
   */
  containsTriggers?: readonly string[]
  /** A match at the very start of a paragraph is furniture; the rest of the paragraph is kept. */
  prefix: readonly RegExp[]
  /** Also test each sentence of a longer paragraph (an author's "Follow her on Twitter" tagline). */
  sentences: boolean
  /**
   * Only after the opening paragraphs: a byline or dateline opening the article is where it
   * belongs; the same line in the middle of the text is a second story glued on, or a leaked repeat.
   */
  midTextOnly: boolean
}

/** Social networks and sharing channels, as they appear on share bars and follow prompts. */
const NETWORK =
  '(?:Twitter|Facebook|Instagram|LinkedIn|Linked In|Pinterest|YouTube|Reddit|WhatsApp|Flipboard|Tumblr|Snapchat|TikTok|Telegram|Messenger|Google\\+|Soundcloud|Parler|Gab|Truth Social)'

/** A short span with no sentence-ending punctuation: a headline, a name, a site. */
const SHORT = "[^.!?]{1,90}"

/** The rest of a prompt: no sentence ends in it, though dots inside a link or a handle may. */
const TAIL = '(?:[^.!?]|[.?](?=\\S)){0,160}'

/**
 * Field names that CMS exports and scrapers leave in the text. Alone on a line (`Description:`) or
 * glued to the start of a paragraph (`Description: Russian Foreign Minister…`, matched
 * case-sensitively: no sentence starts with a capitalised field name and a colon) they are furniture.
 */
const FIELD_LABEL =
  '(?:Description|Article (?:body|text)|Body|Content|Excerpt|Teaser|Standfirst|Snippet|Subtitle|Sub-?headline|Headline|Keywords|Tags|Categories|Category)'

/** What a date stamp starts with after its label: a digit, a month or a weekday. */
const DATE_START =
  '(?:\\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\b)'

const labelPatterns: ScrapeKindPatterns = {
  description: 'leaked field label',
  whole: [
    new RegExp(`^${FIELD_LABEL} ?:$`, 'iu'),
    /^(?:Source|Sources|Photo|Photos|Image|Images|Picture|Caption|Credit|Credits|Video|Audio|Author|Byline|Dateline|Summary|Abstract|Topics|Share|Related|Advertisement|Sponsored|Published|Posted|Updated|Filed under|Posted in) ?:$/iu,
    /^(?:Tags|Keywords|Categories|Category|Filed under|Posted in|Topics) ?: [^.!?]{1,90}$/iu,
    new RegExp(`^(?:first |last )?(?:published|posted|updated|modified)(?: on| at)? ?:? ${DATE_START}[^!?]{0,60}$`, 'iu')
  ],
  contains: [],
  prefix: [new RegExp(`^${FIELD_LABEL}[ \\t]?:[ \\t]*(?=\\S)`, 'u')],
  sentences: false,
  midTextOnly: false
}

const callToActionPatterns: ScrapeKindPatterns = {
  description: 'call to action',
  whole: [
    /^(?:advertisement|advertising|sponsored|sponsored content|paid content|promoted|ad|ads|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below| the main story)?|(?:take our poll|advertisement) ?[-–—] ?story continues below|loading(?:\.{3}|…)?|read more|read more ?»|see more|show more|load more|view more|more|more stories|more from [^.!?]{1,40}|read the full (?:story|article|report|interview|statement)(?: here)?[.!]?|read (?:more )?at [\w.-]{3,40}|read more about (?:him|her|them|this|it)|print|print this (?:page|article|story)|view comments|show comments|comments|leave a comment|add a comment|\d{1,6} comments?|back to top|return to top|logo return to top|report|report an? (?:error|typo|correction))$/iu,
    new RegExp(`^(?:read more|read next|more|related|related stories?|related articles?|related coverage|see also|also read|also see|read also|must read|recommended|watch|listen|explore|trending|popular|most read|don't miss)\\s?[:|»>–—-]\\s?${SHORT}$`, 'iu'),
    /^(?:please )?click (?:here|below|the (?:link|button)|on the (?:link|image))\b[^!?:]{0,120}$/iu,
    /^visit [\w.'’ -]{1,50} (?:homepage|home page|website|site) for more(?: stories| news)?[.!]?$/iu,
    /^(?:liked|like|enjoyed|enjoy) (?:it|this|this (?:story|article|post))\? ?(?:take a second to )?support [^.!?]{1,60}[.!]?$/iu,
    /^support [^.!?]{1,60} on (?:Patreon|Substack|Ko-fi)[.!]?$/iu,
    /^(?:download|get) (?:the|our) (?:[\w' ]{1,30} )?app\b[^.!?]{0,60}[.!]?$/iu,
    /^(?:graph|chart|map|video|gallery|image|embed) not displaying(?: properly)?\? ?click here[.!]?$/iu,
    /^follow (?:our|all (?:of )?(?:the|our)) (?:[\w' ]{1,40} )?(?:coverage|updates)\b[^.!?]{0,100}[.!]?$/iu
  ],
  contains: [],
  prefix: [],
  sentences: true,
  midTextOnly: false
}

const socialPatterns: ScrapeKindPatterns = {
  description: 'social or share furniture',
  whole: [
    new RegExp(`^(?:${NETWORK}|e-?mail|sms|tweet|share|shares|copy link|copy url|pin it|pin|like|follow)$`, 'iu'),
    new RegExp(`^(?:share|post|tweet|pin) (?:this|it)?(?: ?(?:on|via|to) ${NETWORK})$`, 'iu'),
    new RegExp(`^(?:share|email|e-mail|tweet|post) (?:this|the) (?:story|article|post|page|video|link)(?: (?:on|via) ${NETWORK})?[.!]?$`, 'iu'),
    /^(?:[\w' ]{1,50}\? )?(?:please )?share (?:this|it) (?:story|article|post|page)?(?: with (?:a|your) friends?)?[.!]?$/iu,
    /^share this ?(?:\.{3}|…|:)?$/iu,
    new RegExp(`^(?:read or )?share this (?:story|article|post)\\s?:\\s?${TAIL}$`, 'iu'),
    /^(?:[\w' ]{1,50}\? )?share (?:it|this) with (?:a|your) friends?[.!]?$/iu,
    /^\d[\d,.]{0,8}k? ?(?:shares?|comments?|likes?|views?)(?: ?share(?: this)?(?: story| article)?)?$/iu,
    new RegExp(`^(?:[\\w' ]{1,40}\\? )?follow (?:us|me|him|her|them|[^.!?@]{1,80}) (?:on|at|via) ${NETWORK}\\b${TAIL}[.!]?$`, 'iu'),
    new RegExp(`^(?:follow|find|like|join|connect with) us (?:on|at) ${NETWORK}(?:(?:,| and| &| or) ${NETWORK}){0,6}[^.!?]{0,60}[.!]?$`, 'iu'),
    /^follow (?:(?:us|me|him|her|them|[\p{Lu}][^.!?@]{0,40}) )?(?:on [A-Za-z]+:? )?@[\w.]{1,30}(?:(?:,| and| &) @?[\w.]{1,30}){0,3}[.!]?$/iu,
    /^follow us ?:?$/iu,
    // A contact line that ends in a follow prompt: "Reach him at jd@example.com and follow him on Twitter @jd."
    new RegExp(
      `^(?:reach|contact|e-?mail|write to) (?:us|me|him|her|them|[^.!?@]{1,40}) (?:at|via) [\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4},? (?:and|or) follow (?:us|me|him|her|them) on ${NETWORK}\\b${TAIL}[.!]?$`,
      'iu'
    ),
    // An author's note: "Her website is here and you can follow her on Twitter @caitoz".
    new RegExp(`^(?:[^.!?]{1,60},? and )?you can (?:also )?follow (?:us|me|him|her|them) on ${NETWORK}\\b${TAIL}[.!]?$`, 'iu'),
    // The writer's own appeal: "I encourage you to follow me on social media on Facebook and Twitter, …".
    new RegExp(`^(?:I|we) (?:would )?(?:encourage|invite|urge) you to (?:also )?follow (?:me|us) on (?:social media|${NETWORK})\\b${TAIL}[.!]?$`, 'iu'),
    // A bar of links: "Like PostLocal on Facebook | Follow @postlocal on Twitter | Latest local news".
    new RegExp(`^(?:like|follow) @?[^|.!?@]{1,40} on ${NETWORK}(?: \\| [^|.!?]{1,60}){1,5}$`, 'iu')
  ],
  contains: [],
  prefix: [],
  sentences: true,
  midTextOnly: false
}

const cookiePatterns: ScrapeKindPatterns = {
  description: 'cookie or consent banner',
  whole: [
    /^(?:accept|accept all|accept cookies|accept all cookies|reject all|manage (?:cookies|preferences|settings)|cookie settings|cookie preferences|i agree|i accept|got it|ok, got it|accept & close|accept and close)$/iu
  ],
  contains: [
    /\b(?:we|this (?:web)?site|our (?:web)?site|this page) (?:use|uses|is using) cookies\b/iu,
    /\bwe collect [^.]{0,60}\binformation about you\b/iu,
    /\b(?:accept|agree to|consent to) (?:the |our )?(?:use of |all )?cookies\b/iu,
    /\bwithdraw your consent\b/iu,
    /\byou (?:provide|give|are giving) (?:your |us your )?(?:explicit )?consent\b/iu,
    /\bby (?:clicking|continuing|using|browsing)\b[^.]{0,80}\byou (?:agree|consent|accept)\b/iu,
    /\b(?:see|read|review) our (?:cookie|privacy) (?:policy|notice|statement)\b/iu,
    /\bcookie and [\w ]{1,30} policy\b/iu
  ],
  containsTriggers: ['cookie', 'consent', 'privacy', 'about you', 'you agree', 'you accept'],
  prefix: [],
  sentences: false,
  midTextOnly: false
}

const newsletterPatterns: ScrapeKindPatterns = {
  description: 'newsletter prompt',
  whole: [
    /^(?:[\w' ]{1,60}\? )?(?:sign up|subscribe)(?: now| today| here| below)?[.!]?$/iu,
    /^(?:[\w' ]{1,60}\? )?(?:sign up|subscribe|register) (?:here|now|today|below)\b[^.!?]{0,120}[.!]?$/iu,
    new RegExp(
      `^(?:[\\w' ]{1,60}\\? )?(?:sign up|subscribe|register|opt in) (?:for|to) [^.!?]{0,80}\\b(?:newsletters?|e-?mails?|inbox|updates|alerts|podcast|channel|digest|briefing|journalism|our|${NETWORK})\\b[^.!?]{0,80}[.!]?$`,
      'iu'
    ),
    /^get (?:the|our) [^.!?]{1,60} (?:newsletter|in your inbox|delivered to your inbox|straight to your inbox)[^.!?]{0,40}[.!]?$/iu,
    /^(?:enter|your) (?:your )?e-?mail(?: address)?(?: here)?[.:]?$/iu,
    /^(?:email|e-mail|name|first name|last name|zip code|postcode) ?\*$/iu,
    /^to view this newsletter (?:on our site|in your browser|online),? click here[.!]?$/iu,
    /^(?:thanks|thank you) for (?:signing up|subscribing)[.!]?$/iu
  ],
  contains: [],
  prefix: [],
  sentences: true,
  midTextOnly: false
}

const captionPatterns: ScrapeKindPatterns = {
  description: 'image caption or credit',
  whole: [
    /^(?:image|photo|picture|video|graphic) (?:copyright|caption|credit|source)\b[^!?]{0,200}$/iu,
    /^(?:photo|photos|image|images|picture|pictures|credit|illustration|graphic|source|video) ?: [^.!?]{1,80}$/iu,
    /^\(?(?:photo|image|picture|credit) ?(?:by|:) [^()]{1,80}\)?$/iu,
    /^enlarge this image\b[^.!?]{0,80}$/iu,
    /^(?:click|tap) (?:to|here to) (?:enlarge|expand|zoom)[^.!?]{0,40}$/iu,
    /^media playback is unsupported on your device$/iu,
    /^sound the gallery will resume in (?:\d+ )?seconds$/iu,
    /^(?:getty images|shutterstock|istock(?:photo)?|afp via getty images)$/iu,
    /^© ?[^/©]{1,40} ?\/ ?[^©]{1,160}$/iu,
    /^[^()]{0,200}\((?:photo|image|picture|credit|pictured)s? ?[:/] ?[^()]{1,80}\)$/iu,
    /^[^()]{0,200}\b(?:REUTERS|AFP|AP|EPA|Getty Images)\/[\p{Lu}][^./()]{1,50}(?:\/File(?: Photo)?)?\.?$/u
  ],
  contains: [],
  prefix: [],
  sentences: false,
  midTextOnly: false
}

const navigationPatterns: ScrapeKindPatterns = {
  description: 'site navigation or footer',
  whole: [
    /^(?:skip to (?:main )?(?:content|navigation|main)|skip navigation|jump to (?:content|navigation)|toggle (?:navigation|menu)|open menu|close menu|menu|main menu|menu sections|search|sign in|sign out|log in|login|log out|register|my account|subscribe|subscribe now|close|×|✕)$/iu,
    /^(?:privacy|privacy policy|privacy notice|privacy statement|cookie policy|cookies|cookie notice|terms|terms of use|terms of service|terms & conditions|terms and conditions|contact|contact us|about|about us|advertise|advertise with us|advertising|careers|site ?map|rss|rss feeds|ad ?choices|help|faq|faqs|accessibility|your california privacy rights|do not sell my (?:personal )?info(?:rmation)?|interest based ads|corrections|newsletters?)$/iu,
    /^(?:©|\(c\)|copyright ©?) ?\d{4}(?:[-–]\d{2,4})?\b[^.!?]{0,80}\.?$/iu,
    /^(?:©|\(c\)|copyright ©?) ?[^.!?]{1,60} \d{4}\.?(?: all rights reserved\.?)?$/iu,
    /^all rights reserved\.?$/iu
  ],
  contains: [],
  prefix: [],
  sentences: false,
  midTextOnly: false
}

/** A wire-service dateline, "LONDON (Reuters) - ", which belongs at the start of a story only. */
const WIRE_AGENCY = '(?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|PTI|IANS|CNN|APP)'

const bylinePatterns: ScrapeKindPatterns = {
  description: 'byline or dateline repeated mid-text',
  whole: [
    /^[Bb]y [\p{Lu}][\p{L}.'’-]{0,20}(?: [\p{Lu}][\p{L}.'’-]{0,20}){0,3}(?:(?:,| and| &) [\p{Lu}][\p{L}.'’-]{0,20}(?: [\p{Lu}][\p{L}.'’-]{0,20}){0,3}){0,2}(?:,? [\p{Lu}][\p{L}&' ]{1,40})?$/u,
    /^By [\p{Lu}][\p{L}.'’-]{0,20}(?: [\p{Lu}][\p{L}.'’-]{0,20}){0,3} \| [^.!?]{1,60}$/u
  ],
  contains: [],
  prefix: [new RegExp(`^[\\p{Lu}][\\p{Lu}.' -]{1,30}(?:,[ \\t]+[\\p{Lu}][\\p{L}.]{1,20}){0,2}[ \\t]+\\(${WIRE_AGENCY}\\)[ \\t]*[-–—]+[ \\t]*`, 'u')],
  sentences: false,
  midTextOnly: true
}

/** Every kind, in the order a paragraph is tried (the first kind that matches names the message). */
export const scrapePatterns: Readonly<Record<ScrapeKind, ScrapeKindPatterns>> = {
  label: labelPatterns,
  'call-to-action': callToActionPatterns,
  social: socialPatterns,
  cookie: cookiePatterns,
  newsletter: newsletterPatterns,
  caption: captionPatterns,
  navigation: navigationPatterns,
  byline: bylinePatterns
}

export const SCRAPE_KINDS = Object.keys(scrapePatterns) as ScrapeKind[]
