/**
 * How a text accounts for a source it does not name. AP style lets a story use an anonymous source
 * only when it says why the source is not named ("on condition of anonymity because he was not
 * authorised to speak publicly"); with `allowWithReason`, no-anonymous-source then reports at `info`.
 *
 * We accept both the source's condition ("speaking on condition of anonymity", "while seeking
 * anonymity", "who declined to be named") and the reason behind it ("not authorised to speak", "for
 * fear of reprisals"): either way the reader is told the name was withheld on purpose, which is what
 * separates an explained anonymous source from a careless one.
 *
 * One alternation, compiled once; every branch is a fixed phrase with bounded gaps, so matching is
 * linear in the sentence.
 */
export const ANONYMITY_REASON = new RegExp(
  [
    String.raw`\b(?:condition|conditions|promise|grounds|terms|basis)\s+of\s+anonymity\b`,
    String.raw`\b(?:seek|seeks|seeking|sought|request|requests|requesting|requested|ask(?:ed|ing)?\s+for|granted|given|grant|insist(?:ed|ing)?\s+on|demand(?:ed|ing)?|wish(?:ed|ing)?\s+for|prefer(?:red|ring)?)\s+anonymity\b`,
    String.raw`\banonymously\b`,
    // "declined to be named", "asked not to be named"; not "asked to be named in the report".
    String.raw`\b(?:declin(?:ed|ing|e)|refus(?:ed|ing|e))\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)\b`,
    String.raw`\b(?:ask(?:ed|ing)?|request(?:ed|ing)?|wish(?:ed|ing)?|prefer(?:red|ring)?)\s+not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)\b`,
    String.raw`\bnot\s+(?:being\s+)?(?:authori[sz]ed|permitted|allowed|cleared|empowered)\s+to\s+(?:speak|comment|talk|discuss|brief|be\s+(?:named|quoted|identified))`,
    String.raw`\b(?:for\s+fear\s+of|fearing)\s+(?:reprisals?|retribution|retaliation|repercussions|losing|being\s+(?:fired|sacked|punished|identified))`,
    String.raw`\bbecause\s+of\s+the\s+(?:sensitivity|sensitive\s+nature)\b`,
    String.raw`\bto\s+(?:speak|talk|discuss|describe)\s+(?:\w+\s+)?(?:freely|candidly|frankly|openly|private|internal|sensitive|confidential|ongoing|classified)\b`,
    String.raw`\bwithout\s+being\s+(?:named|identified)\b`,
    String.raw`\bon\s+(?:deep\s+)?background\b`
  ].join('|'),
  'i'
)

/**
 * Words that may link a cue to the explanation right after it: "stressed while seeking anonymity",
 * "said on condition of anonymity", "said, speaking on the condition of anonymity", "said, speaking anonymously".
 */
export const REASON_LINK = /^[\s,]*(?:(?:while|after|and|but|when|as)\s+)?(?:speaking\s+)?(?:(?:on|under)\s+(?:the\s+)?)?$/
