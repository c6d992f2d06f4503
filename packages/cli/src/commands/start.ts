import { loadConfig, startServer } from '@sanxiang/server';

export async function start(): Promise<void> {
  await startServer(loadConfig());
}
