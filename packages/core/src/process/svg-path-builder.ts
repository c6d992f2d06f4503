// Path data for the chart's edges, with every coordinate rounded the same way, so a chart is the same
// bytes each time it is drawn.

const round1 = (n: number) => Math.round(n * 10) / 10;
const text = (n: number) => {
  const r = round1(n);
  return Object.is(r, -0) ? '0' : String(r);
};

export class PathBuilder {
  private readonly parts: string[] = [];

  /** `dx` shifts every x, so a path can be built before the chart's left margin is known. */
  constructor(
    private readonly dx: number,
    private readonly corner = 8,
  ) {}

  private point(x: number, y: number): string {
    return `${text(x + this.dx)},${text(y)}`;
  }

  move(x: number, y: number): void {
    this.parts.push(`M${this.point(x, y)}`);
  }

  line(x: number, y: number): void {
    this.parts.push(`L${this.point(x, y)}`);
  }

  /** Down to row y, across to x1, and on down: a step with rounded corners (nothing when x0 = x1). */
  step(x0: number, x1: number, y: number): void {
    if (Math.abs(x1 - x0) < 0.5) return;
    const r = Math.min(this.corner, Math.abs(x1 - x0) / 2);
    const sign = x1 > x0 ? 1 : -1;
    this.line(x0, y - r);
    this.parts.push(`Q${this.point(x0, y)} ${this.point(x0 + sign * r, y)}`);
    this.line(x1 - sign * r, y);
    this.parts.push(`Q${this.point(x1, y)} ${this.point(x1, y + r)}`);
  }

  toString(): string {
    return this.parts.join('');
  }
}
