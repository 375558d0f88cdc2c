import {noRepeatedWord} from './no-repeated-word.js'

export {noRepeatedWord}
export const duplicationRules = [noRepeatedWord]
