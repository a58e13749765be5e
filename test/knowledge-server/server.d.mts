export interface KnowledgeServer {
  origin: string;
  requests: Array<{ method: string; url: string; headers: Record<string, string | string[] | undefined>; body: string }>;
  setMode(mode: string): void;
  close(): Promise<void>;
}
export declare function startKnowledgeServer(options?: { port?: number; mode?: string }): Promise<KnowledgeServer>;
