/**
 * Asynchronous work over a stream, several items at a time, with the results in the order of the
 * input. At most `window` items are in flight: the source is pulled only when a slot frees up, and
 * a result is only taken when the consumer asks for it, so a slow consumer slows the reading
 * instead of filling memory (backpressure).
 */
export async function* mapOrdered<In, Out>(source: AsyncIterable<In>, work: (item: In) => Promise<Out>, window: number): AsyncGenerator<Out> {
  const inFlight: Array<Promise<Out>> = []
  for await (const item of source) {
    const pending = work(item)
    // Awaited in order below; until then, keep an early failure from counting as unhandled.
    pending.catch(() => {})
    inFlight.push(pending)
    if (inFlight.length >= window) yield await inFlight.shift()!
  }
  while (inFlight.length > 0) yield await inFlight.shift()!
}
