// Benchmark harness: every figure is printed beside an anchor measured in the same run, as medians and a ratio.
// These machines are shared and noisy, so nothing here fails on time; budgets are printed for the reader.

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the median time in ms. */
export async function medianMs(fn: () => unknown, runs = 9, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Median CPU time (user + system, in ms) of `fn` over `runs` runs, after `warmup` unmeasured runs. On this shared
 * machine (load averages of 10+ on two cores are common) wall time mostly measures the wait for a core and swings a
 * ratio either way; CPU time does not. With `collect`, the heap is collected before each run (outside the timing,
 * with --expose-gc as `npm run bench` runs) so a run of a long read does not pay for the garbage the previous one
 * left. Short runs are better measured without it: the forced full collection costs a few-millisecond function
 * two to three times its steady time afterwards (measured on compareScripts), which no user ever sees.
 */
export async function medianCpuMs(
  fn: () => unknown,
  runs = 9,
  warmup = 1,
  { collect = true }: { collect?: boolean } = {},
): Promise<number> {
  const gc = collect ? (globalThis as { gc?: () => void }).gc : undefined;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const t0 = process.cpuUsage();
    await fn();
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export interface Figure {
  /** What was measured ("parse + paginate 120-page Fountain"). */
  name: string;
  ms: number;
  /** The anchor measured in the same run, if any. */
  anchor?: { name: string; ms: number };
  /** The budget in ms, if the project set one. */
  budgetMs?: number;
  /** The least ratio (anchor time / this time) the project asks for, if any ("at least 5x faster than jsdiff"). */
  minRatio?: number;
  /** Anything else worth printing ("998/1000 placed right"). */
  extra?: string;
}

const figures: Figure[] = [];

/** Records and prints one figure. */
export function report(f: Figure): void {
  figures.push(f);
  const parts = [`${f.name}: ${f.ms.toFixed(2)} ms`];
  if (f.anchor) {
    const ratio = f.anchor.ms / f.ms;
    parts.push(`| anchor ${f.anchor.name}: ${f.anchor.ms.toFixed(2)} ms | ratio ${ratio.toFixed(1)}x`);
    if (f.minRatio !== undefined)
      parts.push(`(goal >= ${f.minRatio}x ${ratio >= f.minRatio ? 'met' : 'MISSED'})`);
  }
  if (f.budgetMs !== undefined)
    parts.push(`| budget ${f.budgetMs} ms ${f.ms <= f.budgetMs ? 'met' : 'MISSED'}`);
  if (f.extra) parts.push(`| ${f.extra}`);
  console.log(parts.join(' '));
}

export function allFigures(): readonly Figure[] {
  return figures;
}
