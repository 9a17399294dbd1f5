/**
 * "Add to reference manager" links: the RIS and CSL-JSON of an item as `data:` URLs with a
 * `download` file name, so they work on a static host without a file per claim.
 */
export function downloadHref(text: string, type: 'ris' | 'json'): string {
  const mime =
    type === 'ris'
      ? 'application/x-research-info-systems'
      : 'application/vnd.citationstyles.csl+json';
  return `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
}
