import type {Rule} from '../../engine/rule.js'
import {noAnonymousSource} from './no-anonymous-source.js'
import {noUnattributedQuote} from './no-unattributed-quote.js'
import {noWeaselAttribution} from './no-weasel-attribution.js'

export {noAnonymousSource} from './no-anonymous-source.js'
export {noUnattributedQuote} from './no-unattributed-quote.js'
export {noWeaselAttribution} from './no-weasel-attribution.js'

/** The attribution family: who is the source of a claim or a quotation, and is that source named? */
export const attributionRules: Rule[] = [noAnonymousSource, noWeaselAttribution, noUnattributedQuote]
