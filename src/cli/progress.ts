/**
 * A one-line progress display on stderr for runs that take more than a second: the stage,
 * and for loading a bar of files. Only on a terminal, never in CI logs or redirected output.
 */
export class Progress {
  private readonly start = Date.now();
  private lastDraw = 0;
  private stage = '';
  private drawn = false;

  constructor(private readonly write: (s: string) => void, private readonly enabled: boolean) {}

  setStage(stage: string): void {
    this.stage = stage.startsWith('rule:') ? `checking ${stage.slice(5)}` : stage;
    this.draw('');
  }

  files(done: number, total: number): void {
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    this.draw(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
  }

  clear(): void {
    if (this.drawn) this.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(detail: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.start < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.write(`\r\x1b[2K${this.stage} ${detail}`);
  }
}
