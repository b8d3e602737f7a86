export interface Timing {
  median: number;
  p95: number;
}

/** Runs `fn` after a warm-up and returns median and 95th percentile in milliseconds. */
export async function measure(fn: () => Promise<unknown>, iterations = 100, warmup = 10): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}
