import {describe, expect, it} from 'vitest'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-weasel-attribution', {
  flagged: [
    {text: 'It is widely believed that the plan will fail.', actual: ['It is widely believed that']},
    {text: "It's understood the minister will resign.", actual: ["It's understood"]},
    {text: 'It has been reported that the deal is off.', actual: ['It has been reported that']},
    {text: 'Critics say the plan is flawed.', actual: ['Critics say']},
    {text: 'The plan is flawed, critics argue.', actual: ['critics argue']},
    {text: 'The plan is flawed, say critics.', actual: ['say critics']},
    {text: 'Some legal experts believe the law is void.', actual: ['Some legal experts believe']},
    {text: 'Analysts have long argued that rates must rise.', actual: ['Analysts have long argued']},
    {text: 'Some argue that taxes are too high.', actual: ['Some argue']},
    {text: 'Many people believe he lied.', actual: ['Many people believe']},
    {text: 'Studies show that coffee is good for you.', actual: ['Studies show']},
    {text: 'Recent research has shown a link.', actual: ['Recent research has shown']},
    {text: 'A study found that coffee is good for you.', actual: ['A study found']},
    {text: 'He reportedly left the party in March.', actual: ['reportedly']},
    {text: 'According to media reports, he left the party.', actual: ['According to media reports']},
    {text: 'He is said to have fled the country.', actual: ['is said to']},
    {text: 'The film is widely regarded as his best.', actual: ['is widely regarded']},
    {text: 'The singer allegedly hates cats.', actual: ['allegedly']},
    {text: 'He allegedly stole the money, police said.', options: {strict: true}, actual: ['allegedly']},
    // "mentioned" names no speaker for the crowd: it is a cue of no-anonymous-source's only.
    {text: 'Critics say the plan will fail, and he mentioned the budget only once.', actual: ['Critics say']}
  ],
  accepted: [
    {text: 'Many people died in the flood.'},
    {text: 'It was reported by the BBC that he left.'},
    {text: 'It is not known whether he left.'},
    {text: 'The critics said the film was too long.'},
    {text: 'Two experts said the bridge was safe.'},
    {text: 'Critics, including Senator Smith, say the plan is flawed.'},
    {text: 'Analysts said the figures were strong. John Smith, an analyst at Moody\'s, said growth would continue.'},
    {text: 'A study by Harvard found that coffee is good for you.'},
    {text: 'A Harvard study found that coffee is good for you.'},
    {text: 'The research shows a link.'},
    {text: 'Surveys have shown that most PCs carry spyware. Research by the firms Earthlink and Webroot found 90% did.'},
    {text: 'Private sector business surveys suggest a stronger economy, Ms Lomax said.'},
    {text: 'According to the Financial Times, the firm is hunting. Activision is said to be on its list.'},
    {text: 'Reuters reports that the deal is off.'},
    {text: 'He allegedly stole the money, police said.'},
    {text: 'The game could be said to be too short.'},
    {text: '"Critics say it is flawed," Smith said.'},
    {text: 'In a report compiled by Transparency International, graft was said to be pervasive.'}
  ]
})

describe('no-weasel-attribution: messages', () => {
  it('says what is missing, and in the note what a copy editor would ask', async () => {
    const [crowd] = await lintRule('no-weasel-attribution', 'Critics say the plan is flawed.')
    expect(crowd.message).toBe('This claim is attributed to an unspecified group')
    expect(crowd.note).toMatch(/which critics/)
    const [study] = await lintRule('no-weasel-attribution', 'Studies show that coffee is good for you.')
    expect(study.message).toBe('This claim cites research without naming it')
    expect(study.severity).toBe('error')
  })
})
