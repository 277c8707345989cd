// Shared budget for the fuzz tests: a bounded time per parser (FUZZ_MS, default 3 s) and a count of inputs tried.
export const FUZZ_MS = Number(process.env.FUZZ_MS ?? 3000);

/** Upper bound on a single parse: far above any real input's time, far below a hang. */
export const ONE_INPUT_MS = 3000;

/** Iterations run per target, printed at the end of each file for the report. */
export const iterations = new Map<string, number>();

export function count(target: string): void {
  iterations.set(target, (iterations.get(target) ?? 0) + 1);
}

export function printIterations(file: string): void {
  const list = [...iterations].map(([k, v]) => `${k}: ${v}`).join(', ');
  console.log(`[fuzz] ${file} (${FUZZ_MS} ms each): ${list}`);
}
