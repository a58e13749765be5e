export declare const FIXTURES: string;
export declare const MODES: readonly string[];
export interface RouteAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
export declare function route(url: string, mode?: string, options?: { now?: number }): RouteAnswer;
export interface LoggedRequest {
  url: string;
  headers: Record<string, string>;
}
export interface FixtureFetch {
  (url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }): Promise<Response>;
  requests: LoggedRequest[];
  state: { mode: string; offline: boolean };
}
export declare function createFixtureFetch(options?: { mode?: string }): FixtureFetch;
