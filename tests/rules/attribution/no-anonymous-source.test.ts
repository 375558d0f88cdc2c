import {describe, expect, it} from 'vitest'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-anonymous-source', {
  flagged: [
    {text: 'The deal is off, a source close to the minister told Reuters.', actual: ['a source close to the minister told Reuters']},
    {text: 'Officials said the talks had stalled.', actual: ['Officials said']},
    {text: 'The talks had stalled, according to sources.', actual: ['according to sources']},
    {text: '"We are ready," said a senior official.', actual: ['said a senior official']},
    {text: 'People familiar with the matter said the bid would fail.', actual: ['People familiar with the matter said']},
    {text: 'Two people familiar with the plans said it was delayed.', actual: ['Two people familiar with the plans said']},
    {text: 'Clinton aides have privately expressed frustration.', actual: ['Clinton aides have privately expressed']},
    {text: 'An insider told the paper the board would resign.', actual: ['An insider told']},
    {text: 'A White House official said the visit was off.', actual: ['A White House official said']},
    {text: 'Tad Devine said it would work. The meeting ended badly, one party activist said.', actual: ['one party activist said']},
    {text: 'The figures were confirmed by officials in Brussels.', actual: ['confirmed by officials in Brussels']},
    // Naming someone else in the sentence before does not name this source.
    {text: 'They spoke of S Jaishanker, the minister. The senior official stressed that it was fine.', actual: ['The senior official stressed']},
    {text: 'The figures are wrong, a source said. The source added that more cuts were coming.', actual: ['a source said', 'The source added']},
    // A rank places a party member inside: the classic unnamed insider.
    {text: 'A senior Republican said the bill was dead.', actual: ['A senior Republican said']},
    {text: 'Senior Democrats said they would block the nomination.', actual: ['Senior Democrats said']},
    {text: 'The bill is dead, one top Republican told reporters.', actual: ['one top Republican told']},
    // Unnamed witnesses and reporters as the one source of a claim.
    {text: 'An eyewitness claimed the car was speeding.', actual: ['An eyewitness claimed']},
    {text: 'One resident said the water had been cut off for days.', actual: ['One resident said']},
    {text: 'As a Politico reporter noted, he did not fill the stadium.', actual: ['a Politico reporter noted']}
  ],
  accepted: [
    {text: 'Adnan Qureshi, a spokesman for the port trust, said the ship had left.'},
    {text: 'The ministry said in a statement that the ship had left.'},
    {text: 'A ministry spokesman said the ship had left.'},
    {text: 'Spokesman Adnan Qureshi said the ship had left.'},
    {text: 'A senior official, John Kirby, said the talks had stalled.'},
    {text: 'John Kirby, a State Department official, spoke first. The official said the talks had stalled.'},
    {text: '"The talks have stalled," said John Kirby, a State Department official.'},
    {text: 'Officials, including John Kirby, said the talks had stalled.'},
    {text: 'Mittal Steel could cut 45,000 jobs, its chief executive has said.'},
    {text: 'An official statement said the talks had stalled.'},
    {text: 'Nuclear power is a source of energy, officials agree with experts.'},
    {text: '500 officials are accused of claiming salaries for non-existent workers.'},
    {text: 'The paper said Chinese officials had been irritated by the disclosure.'},
    {text: 'He told aides that he would stay.'},
    {text: 'The Scottish Executive said ministers would be told.'},
    {text: 'The decision angered Russian officials and the state-run media.'},
    {text: '"A source told me it was over," Smith said.'},
    // A known group, not an unnamed insider; a rank alone does not make a crowd a source.
    {text: 'The top Democrats in the state said they backed Clinton.'},
    {text: 'Lionel Sosa, a media consultant and a senior Republican, said the plan would fail.'},
    {text: 'Republicans won the seat.'},
    // Residents and reporters as a crowd, or as recipients, are not sources.
    {text: 'Residents said the water had been cut off.'},
    {text: 'The minister told a reporter that the plan was ready.'}
  ]
})

describe('no-anonymous-source: explained anonymity', () => {
  const text = 'A senior official, who spoke on condition of anonymity because he was not authorised to speak publicly, said the talks had stalled.'

  it('reports a source whose anonymity is explained at info, with the explanation in the span', async () => {
    const [message] = await lintRule('no-anonymous-source', text)
    expect(message.severity).toBe('info')
    expect(message.message).toBe('The source of this claim is not named; the text says why')
    expect(message.actual).toBe('A senior official, who spoke on condition of anonymity because he was not authorised to speak publicly, said')
  })

  it('reports it at the configured severity when allowWithReason is off', async () => {
    const [message] = await lintRule('no-anonymous-source', text, {options: {allowWithReason: false}})
    expect(message.severity).toBe('error')
    expect(message.message).toBe('The source of this claim is not named (`A senior official`)')
  })

  it('says what a copy editor would ask for', async () => {
    const [message] = await lintRule('no-anonymous-source', 'Officials said the talks had stalled.')
    expect(message.note).toMatch(/by name/)
  })
})
