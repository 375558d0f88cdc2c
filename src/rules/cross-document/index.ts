/**
 * Every cross-document rule: checks only a whole archive can make. The archive pipeline runs each
 * rule of this list generically (collect in the workers, one reduce at the end, merge across shards).
 */
import type {CrossDocumentRule} from '../../engine/cross-document.js'
import {consistentNameSpellingArchive} from '../names/archive-names.js'
import {noDuplicateArticle} from './no-duplicate-article.js'

export {noDuplicateArticle}

export const crossDocumentRules: readonly CrossDocumentRule[] = [noDuplicateArticle, consistentNameSpellingArchive]
