import type {Rule} from '../../engine/rule.js'
import {noScrapeArtifact} from './no-scrape-artifact.js'
import {noTorturedPhrase} from './no-tortured-phrase.js'
import {noTruncatedText} from './no-truncated-text.js'

export {noScrapeArtifact} from './no-scrape-artifact.js'
export {noTorturedPhrase} from './no-tortured-phrase.js'
export {noTruncatedText} from './no-truncated-text.js'

export const artifactsRules: Rule[] = [noScrapeArtifact, noTruncatedText, noTorturedPhrase]
