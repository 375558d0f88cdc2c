/**
 * One frozen unified processor per resolved configuration: retext-english as the parser (run paragraph
 * by paragraph, see parser.ts) and each enabled rule as a plugin. Processors are cheap to reuse and costly to build, so the linter caches
 * them by configuration.
 */
import {unified, type Processor} from 'unified'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {configKey} from './config/resolve.js'
import type {ResolvedConfig} from './config/types.js'
import {documentViews} from './document.js'
import {retextEnglishByParagraph} from './parser.js'
import type {Rule} from './rule.js'

export type CopydeskProcessor = Processor<Root, Root, Root>

export function createProcessor(config: ResolvedConfig, rules: readonly Rule[]): CopydeskProcessor {
  const processor = unified().use(retextEnglishByParagraph) as unknown as CopydeskProcessor
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id]
    if (!setting || setting.severity === 'off') continue
    processor.use(rule.plugin, [setting.severity === 'warning' ? 'warn' : setting.severity, setting.options])
  }
  return processor.freeze()
}

/** One processor per distinct configuration, built on first use and kept: the linter's and each archive worker's. */
export function processorCache(rules: readonly Rule[]): (config: ResolvedConfig) => CopydeskProcessor {
  const processors = new Map<string, CopydeskProcessor>()
  return (config) => {
    const key = configKey(config)
    let processor = processors.get(key)
    if (!processor) {
      processor = createProcessor(config, rules)
      processors.set(key, processor)
    }
    return processor
  }
}

/** Parse the file once and run every rule on the tree. */
export function runProcessor(processor: CopydeskProcessor, file: VFile): VFile {
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  // Views exist even when no rule asked for them: cross-document collectors read them afterwards.
  documentViews(tree, file)
  return file
}
