/**
 * The page side of the search worker: starts it (Vite bundles worker.ts as its own file), numbers
 * requests and hands back only the answers to the latest one, so typing fast never shows stale
 * results.
 */
import type { SearchResponse } from './engine.ts';
import type { SearchFilters } from './state.ts';

export type ResultCallback = (result: SearchResponse, final: boolean) => void;

export class SearchClient {
  private readonly worker: Worker;
  private seq = 0;
  private callback: ResultCallback | undefined;
  private onError: ((message: string) => void) | undefined;

  constructor() {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (e: MessageEvent) => {
      const data = e.data as {
        id: number;
        result?: SearchResponse;
        final?: boolean;
        error?: string;
      };
      if (data.id !== this.seq) return;
      if (data.error !== undefined) this.onError?.(data.error);
      else if (data.result) this.callback?.(data.result, data.final === true);
    });
    this.worker.postMessage({ id: 0, warm: true });
  }

  /** Runs a search; `callback` gets the answer (and a final one with filter counts). */
  search(
    q: string,
    filters: SearchFilters,
    callback: ResultCallback,
    onError?: (message: string) => void,
  ): void {
    this.seq++;
    this.callback = callback;
    this.onError = onError;
    this.worker.postMessage({ id: this.seq, q, filters });
  }
}
