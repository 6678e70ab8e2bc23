// The server's settings come from the environment (a process manager or container sets
// them); each is checked here so a typo stops the start with a clear message.
import { z } from 'zod';
import { formatIssues } from './http/validation';

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  CASEBOOK_DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir?: string;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // An empty variable (PORT= in a unit file) means unset, not an error.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = Environment.safeParse(set);
  if (!result.success) throw new Error(`Invalid environment: ${formatIssues(result.error.issues)}`);
  const { PORT, HOST, DATABASE_URL, CASEBOOK_DATA_DIR, LOG_LEVEL } = result.data;
  return {
    port: PORT,
    host: HOST,
    databaseUrl: DATABASE_URL,
    dataDir: CASEBOOK_DATA_DIR,
    logLevel: LOG_LEVEL,
  };
}

/** Where the data lives, for the start-up log line: never a password. */
export function describeDatabase(config: ServerConfig, defaultDataDir: string): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir ?? defaultDataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
