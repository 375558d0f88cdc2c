import {describe, expect, it} from 'vitest'
import {fixRule, lintRule, ruleTable} from '../../helpers/rule-tester.js'

const BODY = 'The minister arrived in Tashkent on Friday for the meeting.'
const SECOND = 'Talks are expected to resume next week, officials said.'

ruleTable('no-scrape-artifact', {
  flagged: [
    // Leaked field labels: alone on a line, or glued to the start of the body.
    {text: `Description:\n${BODY}\n${SECOND}`, actual: ['Description:']},
    {text: `Description: ${BODY}\n${SECOND}`, actual: ['Description: ']},
    {text: `${BODY}\n\nTags: politics, Pakistan, Russia\n\n${SECOND}`, actual: ['Tags: politics, Pakistan, Russia']},
    {text: `Updated at 6:12 p.m. ET\n\n${BODY}`, actual: ['Updated at 6:12 p.m. ET']},
    // Calls to action.
    {text: `${BODY}\n\nAdvertisement\n\n${SECOND}`, actual: ['Advertisement']},
    {text: `${BODY}\n\nRead more: Why the pound fell against the dollar\n\n${SECOND}`, actual: ['Read more: Why the pound fell against the dollar']},
    {text: `${BODY}\n\nVisit Business Insider's homepage for more stories.`, actual: ["Visit Business Insider's homepage for more stories."]},
    {text: `${BODY}\n\nClick here to read the full story.`, actual: ['Click here to read the full story.']},
    // Wire "more to follow" markers at the end of a take.
    {text: `${BODY}\n More\n`, actual: ['More']},
    // Social and share furniture, also as the last sentence of an author's tagline.
    {text: `${BODY}\n\n335 SHARES SHARE THIS STORY\n\n${SECOND}`, actual: ['335 SHARES SHARE THIS STORY']},
    {text: `${BODY}\n\nFollow us on Twitter`, actual: ['Follow us on Twitter']},
    {text: `${BODY}\n\nJane Doe is a tech columnist. Follow her on Twitter: @janedoe.`, actual: ['Follow her on Twitter: @janedoe.']},
    {text: `${BODY}\n\nThink your friends would be interested? Share this story!`, actual: ['Think your friends would be interested? Share this story!']},
    {text: `${BODY}\n\nFacebook\n\nTwitter\n\n${SECOND}`, actual: ['Facebook', 'Twitter']},
    // Follow prompts glued to the end of a paragraph (recovery-covid-news 1265, 1730, 1459, 1006) and a bar of links (1322).
    {
      text: `${BODY}\n\nJohn Doe is a reporter. Reach him at john.doe@example.com and follow him on Twitter @jdoe.`,
      actual: ['Reach him at john.doe@example.com and follow him on Twitter @jdoe.']
    },
    {text: `${BODY}\n\nJane Doe is a journalist in Melbourne. Her website is here and you can follow her on Twitter @jdoe`, actual: ['Her website is here and you can follow her on Twitter @jdoe']},
    {
      text: `${BODY} I encourage you to follow me on social media on Facebook and Twitter, and any way that you can share these articles is a great help.`,
      actual: ['I encourage you to follow me on social media on Facebook and Twitter, and any way that you can share these articles is a great help.']
    },
    {text: `This briefing has ended. Follow our live national updates and global coverage on the epidemic.\n\n${SECOND}`, actual: ['Follow our live national updates and global coverage on the epidemic.']},
    {text: `${BODY}\n\nLike PostLocal on Facebook | Follow @postlocal on Twitter | Latest local news`, actual: ['Like PostLocal on Facebook | Follow @postlocal on Twitter | Latest local news']},
    // Cookie and consent banners.
    {
      text: 'This website uses cookies to improve your experience.\n\nYou can withdraw your consent using the method specified in the Privacy Policy.',
      actual: ['This website uses cookies to improve your experience.', 'You can withdraw your consent using the method specified in the Privacy Policy.']
    },
    // Newsletter prompts and form fields.
    {text: `${BODY}\n\nSign up for our daily newsletter.\n\nEmail *`, actual: ['Sign up for our daily newsletter.', 'Email *']},
    {text: `${BODY}\n\nDid someone forward this email to you? Sign up here.`, actual: ['Did someone forward this email to you? Sign up here.']},
    // Image captions and credits.
    {text: `${BODY}\n\nImage copyright Getty Images\n\n${SECOND}`, actual: ['Image copyright Getty Images']},
    {text: `${BODY}\n\nA man walks past a closed shop in Rome. REUTERS/Remo Casilli\n\n${SECOND}`, actual: ['A man walks past a closed shop in Rome. REUTERS/Remo Casilli']},
    // Navigation and footers.
    {text: `Skip to main content\n\n${BODY}\n\nPrivacy Policy\n\n© 2019 Hearst Communications, Inc.`, actual: ['Skip to main content', 'Privacy Policy', '© 2019 Hearst Communications, Inc.']},
    // Bylines and datelines repeated mid-text (a second story glued on).
    {
      text: `Markets rally\n\nBy Jane Doe\n\n${BODY}\n\n${SECOND}\n\nBy Jane Doe\n\nLONDON (Reuters) - Sterling rose on Monday.`,
      actual: ['By Jane Doe', 'LONDON (Reuters) - ']
    },
    // Extra patterns per kind.
    {text: `${BODY}\n\nSponsored by Acme Widgets\n\n${SECOND}`, options: {patterns: {'call-to-action': ['sponsored by [\\w ]+']}}, actual: ['Sponsored by Acme Widgets']}
  ],
  accepted: [
    {text: 'He urged readers to read more widely.'},
    {text: 'Read more widely, the minister told pupils, and you will write better.'},
    {text: 'She has more than 10,000 followers on Twitter and shares photographs of her garden.'},
    {text: 'Follow the money, the investigators said.'},
    {text: 'Fans say you can follow her on Instagram for daily updates, and many do.'},
    {text: 'He encouraged people to follow his twitter @gregmaddux, where he will share updates.'},
    {text: 'Being able to follow a therapist on Instagram bridges that barrier, she said.'},
    {text: 'Like many people on Facebook, she shared the post.'},
    {text: 'Follow our advice and stay at home, the mayor said.'},
    // An image credit inside a sentence of prose is not a credit line.
    {text: 'The image source was a Reuters photographer, the agency said.'},
    {text: 'The source told Reuters the deal was close.\n\nSource: the company said it would not comment.'},
    {text: 'The regulator said websites must ask before they store cookies on a visitor\'s computer.'},
    {text: 'Sign up for the trial was slower than expected, the company said.'},
    {text: 'Click the link above so you can:\n\n- compare prices\n- save money'},
    {text: `By Jane Doe\n\n${BODY}\n\n${SECOND}`},
    {text: `LONDON (Reuters) - ${BODY}\n\n${SECOND}`},
    {text: 'The pound fell.\n\nMore than 300 people attended.'},
    {text: 'Description: the word is not a field label mid-sentence, and this line is not one either.'.toLowerCase()}
  ]
})

describe('no-scrape-artifact: edits', () => {
  const text = `Description:\n${BODY}\nAdvertisement\n${SECOND}`

  it('suggests removing the line and leaves the text alone by default', async () => {
    const messages = await lintRule('no-scrape-artifact', text)
    expect(messages.map((message) => message.suggestions)).toEqual([
      [{start: 0, end: 13, text: ''}],
      [{start: text.indexOf('Advertisement'), end: text.indexOf(SECOND), text: ''}]
    ])
    expect(messages.every((message) => message.fix === undefined)).toBe(true)
    expect(await fixRule('no-scrape-artifact', text)).toBe(text)
  })

  it('removes the lines with `autofix`', async () => {
    expect(await fixRule('no-scrape-artifact', text, {options: {autofix: true}})).toBe(`${BODY}\n${SECOND}`)
  })

  it('removes a glued label, a last line and a tagline sentence with `autofix`', async () => {
    const tagged = `Description: ${BODY}\n\nJane Doe writes on tech. Follow her on Twitter: @janedoe.\n\nAdvertisement`
    expect(await fixRule('no-scrape-artifact', tagged, {options: {autofix: true}})).toBe(`${BODY}\n\nJane Doe writes on tech.`)
  })

  it('names the kind of furniture in the message', async () => {
    const [message] = await lintRule('no-scrape-artifact', `${BODY}\n\nFollow us on Twitter`)
    expect(message.message).toBe('Unexpected social or share furniture `Follow us on Twitter`: remove the line')
  })

  it('reports an invalid extra pattern with the option that holds it', async () => {
    await expect(lintRule('no-scrape-artifact', BODY, {options: {patterns: {label: ['(unclosed']}}})).rejects.toThrow(/patterns\.label/)
  })
})
