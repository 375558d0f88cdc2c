import {describe, expect, it} from 'vitest'
import {findMojibake} from '../../../src/rules/encoding/mojibake-detector.js'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-mojibake', {
  flagged: [
    {text: 'Meet me at the cafÃ© at noon.', actual: ['Ã©'], expected: ['é'], output: 'Meet me at the café at noon.'},
    {text: 'We donâ€™t know.', actual: ['â€™'], expected: ['’'], output: 'We don’t know.'},
    {text: 'It costs Â£150.', actual: ['Â£'], expected: ['£'], output: 'It costs £150.'},
    {text: 'He said â€œyesâ€\u009d twice.', actual: ['â€œyesâ€\u009d'], expected: ['“yes”'], output: 'He said “yes” twice.'},
    {text: 'the authoritiesâ\u0080\u0099 response', actual: ['â\u0080\u0099'], expected: ['’'], output: 'the authorities’ response'},
    {text: 'President FranÃ\u0083Â§ois Hollande', actual: ['Ã\u0083Â§'], expected: ['ç'], output: 'President François Hollande'},
    {text: 'The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.', actual: ['ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢'], expected: ['’']},
    {text: 'Ukrsotsbankâ€™s rating', actual: ['â€™'], output: 'Ukrsotsbank’s rating'},
    {text: 'UkrsotsbankвЂ™s rating', actual: ['вЂ™'], expected: ['’'], output: 'Ukrsotsbank’s rating'},
    {text: 'Liège is LiĂ¨ge here.', actual: ['Ă¨'], expected: ['è']},
    {text: 'Le Vigne di Zam√≤', actual: ['√≤'], expected: ['ò']},
    {text: 'ÎŸ Ï€Ï\u0081ÏŒÎµÎ´Ï\u0081Î¿Ï‚ είπε', actual: ['ÎŸ Ï€Ï\u0081ÏŒÎµÎ´Ï\u0081Î¿Ï‚'], output: 'Ο πρόεδρος είπε'},
    {text: 'Hi guys í ½í¸\u008d', actual: ['í ½í¸\u008d'], expected: ['😍']},
    {text: 'ItÃ¢â‚¬â„¢s here and Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d', actual: ['Ã¢â‚¬â„¢', 'Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d'], output: 'It’s here and “quoted”'},
    {text: 'Fethullah GA\u03031⁄4len, the cleric', actual: ['A\u03031⁄4'], expected: ['ü'], output: 'Fethullah Gülen, the cleric'},
    {text: 'voilÃ le travail', actual: ['Ã '], expected: ['à '], output: 'voilà le travail'},
    {text: 'com especial atenÃ§Ã£o Ã s crianÃ§as', actual: ['Ã§Ã£', 'Ã ', 'Ã§'], output: 'com especial atenção às crianças'},
    {text: 'scientists at theÂ University', actual: ['Â '], expected: ['\u00a0'], output: 'scientists at the\u00a0University'},
    {text: 'the researchersâ\u0080\u0099 tests.Â A new study', actual: ['â\u0080\u0099', 'Â '], output: 'the researchers’ tests.\u00a0A new study'},
    {text: 'Messy: SlovenÄ\ufffdina', actual: ['Ä\ufffd'], expected: ['\ufffd'], output: 'Messy: Sloven\ufffdina'},
    {text: 'The ICR has been upgraded to â€œbb+â€? from â€œbbâ€?', actual: ['â€œ', 'â€?', 'â€œ', 'â€?'], output: 'The ICR has been upgraded to “bb+\ufffd from “bb\ufffd'}
  ],
  accepted: [
    {text: 'researchers say.Â A new study'},
    {text: 'Meet me at the café in Zürich, São Paulo or Łódź.'},
    {text: 'NESTLÉ® requiere contratar personal'},
    {text: 'PARCE QUE SUR LEURS PLAQUES IL Y MARQUÉ…'},
    {text: 'Join ZZAJÉ’s Official Fan List'},
    {text: 'Offering 5×£35 pin ups'},
    {text: 'higher values (“+” and “×” curves)'},
    {text: 'C O N C L U S Ã O'},
    {text: 'ВІКІ is Ukrainian for WIKI'},
    {text: '(-1/2)! = √π and 2012—∞'},
    {text: 'SELKÄ\u00a0EDELLÄ\u00a0MAAHAN via @YouTube'},
    {text: 'Η ¨ανατροφή¨ δυστυχώς από τους προπονητές'},
    {text: 'A radius of 10 Å— and ESSE CARA AI QUEM É¿'},
    {text: 'Connect with Āø on Facebook'},
    {text: 'Leet ├┤a┼┐a┼┐a┼┐a line-art'},
    {text: 'مرحبا بالعالم नमस्ते दुनिया 你好，世界 👩‍💻🇫🇷'}
  ]
})

describe('no-mojibake: messages', () => {
  it('names what happened, once per damaged span', async () => {
    const [message] = await lintRule('no-mojibake', 'cafÃ©')
    expect(message.message).toBe('UTF-8 read as Windows-1252: `Ã©` should be `é`')
    expect(message.severity).toBe('error')
  })

  it('names both layers of double encoding, in the order they happened', async () => {
    const [twice] = await lintRule('no-mojibake', 'Iggy Pop (nÃƒÂ© Jim Osterberg)')
    expect(twice.message).toBe('UTF-8 read as Windows-1252 twice: `ÃƒÂ©` should be `é`')
    const [mixed] = await lintRule('no-mojibake', 'a bigger-than-expected Г‚ВЈ5.8bn rights issue')
    expect(mixed.message).toMatch(/^UTF-8 read as Windows-1252, then as Windows-1251: /)
    expect(mixed.expected).toEqual(['£'])
  })

  it('says when bytes were lost', async () => {
    const [message] = await lintRule('no-mojibake', 'SlovenÄ\ufffdina')
    expect(message.message).toMatch(/bytes were lost/)
    expect(message.message).toMatch(/U\+FFFD/)
  })

  it('offers no repair when undoing the damage still leaves damaged text', async () => {
    const [message] = await lintRule('no-mojibake', 'the realÃ¢€world concerns')
    expect(message.actual).toBe('Ã¢')
    expect(message.fix).toBeUndefined()
    expect(message.expected).toBeUndefined()
    expect(message.message).toMatch(/repair it by hand/)
  })

  it('marks repairs that rest on an inferred byte', async () => {
    const [message] = await lintRule('no-mojibake', 'the researchersÂ observed')
    expect(message.note).toMatch(/inferred/)
  })
})

describe('no-mojibake: the detector', () => {
  it('checks every repair by doing the damage again', () => {
    const [repair] = findMojibake('cafÃ©')
    expect(repair.exact).toBe(true)
    expect(repair.codePages.map((codePage) => codePage.name)).toEqual(['Windows-1252'])
  })

  it('reads a span as ISO-8859-2 when the rest of the text can only be that', () => {
    const repairs = findMojibake('MĂĄm dost tĹ\u0099etĂ­ho')
    expect(repairs.map((repair) => repair.repaired).join('|')).toBe('á|řetí')
    expect(repairs[0].codePages[0].name).toBe('ISO-8859-2')
  })

  it('scans pure ASCII text without finding anything', () => {
    expect(findMojibake('Plain ASCII text, with "quotes" and 5" screens.'.repeat(100))).toEqual([])
  })
})
