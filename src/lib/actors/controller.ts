/**
 * The actor profile's browser code: the filter of "What each report says" by claim kind. Without
 * JavaScript the filter stays hidden and every claim shows. Takes the document to drive, so a test can
 * run it on any DOM (tests/unit/actors/controller.test.ts).
 */

/** Shows the kind filter and hides the claims of other kinds on change; folds reports left empty. */
export function initClaimKindFilter(doc: Document): void {
  const filter = doc.getElementById('kind-filter') as HTMLFieldSetElement | null;
  if (!filter) return;
  filter.hidden = false;
  filter.addEventListener('change', (e) => {
    const kind = (e.target as HTMLInputElement).value;
    for (const li of doc.querySelectorAll<HTMLLIElement>('.claim-list > li')) {
      li.hidden = kind !== '' && li.dataset['kind'] !== kind;
    }
    for (const d of doc.querySelectorAll<HTMLDetailsElement>('details[id^="in-"]')) {
      if (kind) d.open = d.querySelector('.claim-list > li:not([hidden])') !== null;
    }
  });
}
