import { codeUnitOrder } from '../domain/order.ts';

/**
 * The date a web page of this site (event, actor, home) last changed, taken from the build's own
 * content, not from git or file times (a fresh clone or a CI checkout would give the checkout time):
 * the newest publication date among the reports the page draws on. A page changes when a report that
 * attests the event or names the actor arrives; that report's date is the page's date. Curating an
 * event's own file does not move it — a small cost for a date that is the same on every build.
 */
export function newestDate(isoDates: Iterable<string>): string | undefined {
  let newest: string | undefined;
  for (const d of isoDates) if (!newest || codeUnitOrder(d, newest) > 0) newest = d;
  return newest;
}
