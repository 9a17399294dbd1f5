/**
 * Mark shapes per cooperation/conflict class, so the legend and the marks never rely on colour
 * alone: circle = verbal cooperation, square = material cooperation, triangle = verbal conflict,
 * diamond = material conflict. SVG path data centred on (0, 0) with about the area of a circle of
 * radius r. Also the mark size by number of attesting reports. Pure.
 */

const f = (n: number) => Math.round(n * 100) / 100;

export function shapePath(cls: string, r: number): string {
  switch (cls) {
    case 'material-cooperation': {
      const s = f(r * 0.886);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'verbal-conflict': {
      const h = r * 1.35;
      return `M0,${f(-h)}L${f(h * 0.95)},${f(h * 0.7)}H${f(-h * 0.95)}Z`;
    }
    case 'material-conflict': {
      const s = f(r * 1.25);
      return `M0,${-s}L${s},0L0,${s}L${-s},0Z`;
    }
    default:
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
  }
}

export const SHAPE_NAMES: Record<string, string> = {
  'verbal-cooperation': 'circle',
  'material-cooperation': 'square',
  'verbal-conflict': 'triangle',
  'material-conflict': 'diamond',
};

/** Mark radius for the number of reports attesting an event (0 reports still gets a visible mark). */
export function markRadius(reports: number): number {
  return 4 + 1.6 * Math.sqrt(Math.min(reports, 9)) * 1.5;
}
