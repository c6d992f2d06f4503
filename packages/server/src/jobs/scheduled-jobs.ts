import type { Config } from '../config.js';
import { registerJob } from './runner.js';

// Every scheduled job of the server, registered in one place so a reader sees what runs when.
// Add one line per job (see README.md). Called once by start-server.ts before the runner starts; tests
// register the jobs they need themselves.
export function registerScheduledJobs(config: Config): void {
  void config;
  void registerJob;
}
