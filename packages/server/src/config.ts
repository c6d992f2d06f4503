import path from 'node:path';

// Configuration comes from the environment only, so a deployment changes behaviour without code (DESIGN "Scale path").
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset → embedded PGlite inside dataDir; set → PostgreSQL. */
  databaseUrl: string | null;
  /** Demo mode seeds the demo bureau once and relaxes TOTP for administrators (never for production). */
  demo: boolean;
  blob: { kind: 'local'; dir: string } | { kind: 's3'; endpoint: string; bucket: string; region: string };
  /** Cookies get `Secure` when served over HTTPS (behind a TLS-terminating proxy in production). */
  secureCookies: boolean;
  /** Idle session time-out (等保: 30 minutes). */
  sessionIdleMinutes: number;
  logLevel: string;
  /** Evidence ingest: upload size limit, late-upload window after capture, staging of resumable uploads. */
  evidence: { maxBytes: number; lateUploadHours: number; uploadDir: string };
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.SANXIANG_DATA_DIR || './data');
  const port = Number(env.PORT || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const s3Endpoint = env.SANXIANG_S3_ENDPOINT;
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || null,
    demo: flag(env.SANXIANG_DEMO, true),
    blob: s3Endpoint
      ? {
          kind: 's3',
          endpoint: s3Endpoint,
          bucket: env.SANXIANG_S3_BUCKET || 'sanxiang',
          region: env.SANXIANG_S3_REGION || 'us-east-1',
        }
      : { kind: 'local', dir: path.resolve(env.SANXIANG_BLOB_DIR || path.join(dataDir, 'blobs')) },
    secureCookies: flag(env.SANXIANG_SECURE_COOKIES, false),
    sessionIdleMinutes: Number(env.SANXIANG_SESSION_IDLE_MINUTES || 30),
    logLevel: env.LOG_LEVEL || 'warn',
    evidence: {
      maxBytes: positive(env.SANXIANG_EVIDENCE_MAX_BYTES, 4 * 1024 ** 3, 'SANXIANG_EVIDENCE_MAX_BYTES'),
      lateUploadHours: positive(env.SANXIANG_LATE_UPLOAD_HOURS, 24, 'SANXIANG_LATE_UPLOAD_HOURS'),
      uploadDir: path.resolve(env.SANXIANG_UPLOAD_DIR || path.join(dataDir, 'uploads')),
    },
  };
}
