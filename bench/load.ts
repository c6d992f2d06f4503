// A small closed-loop load generator on loopback: CONCURRENCY keep-alive clients for DURATION_MS, shared
// by the benchmarks so every figure is measured the same way.
import http from 'node:http';

export const DURATION_MS = Number(process.env.BENCH_DURATION_MS || 5000);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8);

export function load(
  url: string,
  headers: Record<string, string>,
): Promise<{ rps: number; p95: number; p50: number; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + DURATION_MS;
  const one = () =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const req = http.get(url, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - t);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  const worker = async () => {
    while (performance.now() < end) await one();
  };
  return Promise.all(Array.from({ length: CONCURRENCY }, worker)).then(() => {
    agent.destroy();
    latencies.sort((a, b) => a - b);
    const q = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
    return { rps: latencies.length / (DURATION_MS / 1000), p95: q(0.95), p50: q(0.5), errors };
  });
}
