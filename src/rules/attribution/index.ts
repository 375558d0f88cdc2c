import type {Rule} from '../../engine/rule.js'

export const attributionRules: Rule[] = []
