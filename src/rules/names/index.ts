import type {Rule} from '../../engine/rule.js'

export const namesRules: Rule[] = []
