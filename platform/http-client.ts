// The background's only door to the network: GETs of Wikipedia/Wikidata API URLs, at most three in
// flight, an 8 s timeout, one retry on 5xx and on 429 (after Retry-After, capped), an Api-User-Agent
// naming Backstory, and nothing at all in offline mode.

export class OfflineError extends Error {
  constructor() {
    super('Offline mode: no network look-ups');
  }
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status}`);
  }
}

export interface HttpClientOptions {
  fetch: typeof fetch;
  userAgent: string;
  /** The only URLs requests may go to; anything else is refused. */
  isAllowed: (url: string) => boolean;
  isOffline: () => boolean | Promise<boolean>;
  maxInFlight?: number;
  timeoutMs?: number;
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class HttpClient {
  private inFlight = 0;
  private waiting: Array<() => void> = [];
  /** Every URL requested, for the privacy tests and the benchmark. */
  readonly log: string[] = [];

  constructor(private readonly options: HttpClientOptions) {}

  private async slot(): Promise<() => void> {
    const max = this.options.maxInFlight ?? 3;
    if (this.inFlight >= max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    return () => {
      this.inFlight--;
      this.waiting.shift()?.();
    };
  }

  private async once(url: string): Promise<Response> {
    const release = await this.slot();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 8000);
    try {
      this.log.push(url);
      return await this.options.fetch(url, {
        headers: { 'Api-User-Agent': this.options.userAgent, Accept: 'application/json' },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  private retryDelay(response: Response): number {
    const cap = this.options.maxRetryAfterMs ?? 10_000;
    const header = response.headers.get('Retry-After');
    const seconds = header === null ? NaN : Number(header);
    if (Number.isFinite(seconds)) return Math.min(cap, Math.max(0, seconds * 1000));
    const date = header ? Date.parse(header) : NaN;
    return Number.isFinite(date) ? Math.min(cap, Math.max(0, date - Date.now())) : Math.min(cap, 1000);
  }

  /** GETs `url` and parses JSON; throws OfflineError, HttpError, a timeout or a parse error. */
  async getJson(url: string): Promise<unknown> {
    if (await this.options.isOffline()) throw new OfflineError();
    if (!this.options.isAllowed(url)) throw new Error(`refused: ${url} is not a Wikipedia or Wikidata API URL`);
    let response = await this.once(url);
    if (response.status === 429 || response.status >= 500) {
      const delay = response.status === 429 ? this.retryDelay(response) : 500;
      await (this.options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(delay);
      if (await this.options.isOffline()) throw new OfflineError();
      response = await this.once(url);
    }
    if (!response.ok) throw new HttpError(response.status, url);
    return response.json();
  }
}
