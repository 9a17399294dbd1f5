/** Where each page's social card is served: `/cards/<kind>/<id>.png`, and `/cards/home.png`. */
export type CardKind = 'reports' | 'events' | 'actors' | 'briefings';

export function cardPath(kind: CardKind | 'home', id?: string): string {
  return kind === 'home' ? '/cards/home.png' : `/cards/${kind}/${id}.png`;
}
