/**
 * Measures, in the browser, how long a filter interaction takes until the new results are on
 * screen (the 150 ms goal). Results are kept in `window.__biomatPerf` for the e2e test.
 */
interface Sample {
  interaction: string;
  ms: number;
  serverMs: number;
}
declare global {
  interface Window {
    __biomatPerf?: Sample[];
  }
}
let pending: { interaction: string; at: number } | null = null;

export function markInteraction(interaction: string) {
  pending = { interaction, at: performance.now() };
}

export function settleInteraction(serverMs: number) {
  if (!pending) return;
  const p = pending;
  pending = null;
  // After the browser has painted the new results.
  requestAnimationFrame(() =>
    setTimeout(() => {
      (window.__biomatPerf ??= []).push({ interaction: p.interaction, ms: Math.round(performance.now() - p.at), serverMs });
    }, 0),
  );
}
