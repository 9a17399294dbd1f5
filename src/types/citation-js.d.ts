// citation-js ships no type declarations; these cover the part of its API the project uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Array<{ id?: string } & Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string;
    static async(data: unknown): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: string): unknown };
    input: { chain(data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module 'style-mla' {
  /** The MLA 7 CSL style as nested {name, attrs, children} nodes. */
  const style: unknown;
  export default style;
}
