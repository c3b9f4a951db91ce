import { MultiBar, Presets } from 'cli-progress';

/** A progress bar over a batch: ticked once per input; `log` prints a line above it. */
export interface Progress {
  tick(bytes: number): void;
  log(line: string): void;
  stop(): void;
}

/** Batches of this many inputs or more get a bar. */
const BAR_FROM = 4;

/**
 * A progress bar on stderr (cli-progress: files done, MB/s, ETA) when stderr is a terminal, the
 * batch has at least four inputs and `quiet` is false; otherwise one that only passes `log` lines
 * through to stderr.
 */
export function createProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, total: number, quiet: boolean): Progress {
  if (quiet || !stderr.isTTY || total < BAR_FROM) {
    return { tick: () => undefined, log: (line) => void stderr.write(line), stop: () => undefined };
  }
  const bars = new MultiBar(
    { stream: stderr, format: 'referat {bar} {value}/{total} files | {speed} MB/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { speed: '0.0' });
  const start = performance.now();
  let bytes = 0;
  return {
    tick: (n) => {
      bytes += n;
      bar.increment(1, { speed: (bytes / 1e6 / Math.max((performance.now() - start) / 1000, 1e-3)).toFixed(1) });
    },
    log: (line) => bars.log(line),
    stop: () => bars.stop(),
  };
}
