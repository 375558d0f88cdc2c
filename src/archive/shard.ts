/**
 * Shards: `--shard K/N` lints every N-th document of the input, starting with the K-th, so N
 * machines can share an archive with no coordination but the shard number; `copydesk merge`
 * then joins their cross-document states. Documents are dealt by ordinal, so every shard reads
 * the same input and agrees on which document is whose.
 */
import {CopydeskError} from '../engine/errors.js'

export interface Shard {
  /** 1-based shard number. */
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || index < 1 || index > count) {
    throw new CopydeskError(`--shard: expected K/N with 1 <= K <= N, such as 2/8; got "${value}"`)
  }
  return {index, count}
}

export function inShard(shard: Shard | undefined, ordinal: number): boolean {
  return !shard || ordinal % shard.count === shard.index - 1
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`
}
