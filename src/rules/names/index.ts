import type {Rule} from '../../engine/rule.js'
import {consistentNameSpelling} from './consistent-name-spelling.js'

export {consistentNameSpelling} from './consistent-name-spelling.js'

export const namesRules: Rule[] = [consistentNameSpelling]
