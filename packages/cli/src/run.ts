// Entry point for running the CLI from source (development and tests): `node --import tsx src/run.ts`.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
