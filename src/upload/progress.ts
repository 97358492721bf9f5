/** Upload progress lines: at every 10 % step, or when 5 s passed since the last line. Never per block. */
import type { Clock } from '../clock.js';

const MiB = 1024 * 1024;
const INTERVAL_MS = 5_000;

export function formatMiB(bytes: number): string {
  return (bytes / MiB).toFixed(1);
}

export class UploadProgress {
  private sent = 0;
  private nextStep = 10;
  private lastLine: number;

  constructor(
    private readonly total: number,
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
    private readonly started: number
  ) {
    this.lastLine = started;
  }

  /** `bytes` more have been taken by the blob service. */
  add(bytes: number): void {
    this.sent += bytes;
    if (bytes <= 0 || this.total === 0 || this.sent >= this.total) return;
    const percent = (this.sent / this.total) * 100;
    const now = this.clock.now();
    if (percent < this.nextStep && now - this.lastLine < INTERVAL_MS) return;
    this.lastLine = now;
    this.nextStep = Math.floor(percent / 10) * 10 + 10;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? `, ${(this.sent / MiB / seconds).toFixed(1)} MiB/s` : '';
    this.log(
      `Upload progress: ${formatMiB(this.sent)} of ${formatMiB(this.total)} MiB (${Math.floor(percent)} %)${rate}`
    );
  }
}
