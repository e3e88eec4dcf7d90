#!/usr/bin/env node
// The jobnorm command: run the CLI with this process's streams and set the exit code.
import { main } from '../dist/bundle/index.js';

const signal = { aborted: false };
process.on('SIGINT', () => {
  if (signal.aborted) process.exit(130);
  signal.aborted = true;
});
// A closed pipe (`jobnorm ingest big | head -1`) ends the run quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }, signal);
