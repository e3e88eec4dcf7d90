#!/usr/bin/env node
// The jobnorm command: run the CLI with this process's streams and set the exit code.
import { main } from '../dist/bundle/index.js';

// Ctrl-C, a CI runner's SIGTERM or a closed terminal's SIGHUP stops the run as cleanly: what is
// under way ends, no partial -o file is left, and the exit code is 128 + the signal's number.
// A second signal exits at once (the output file's exit handler still removes its temporary file).
const signal = { aborted: false, code: 130 };
for (const [name, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(name, () => {
    if (signal.aborted) process.exit(code);
    signal.aborted = true;
    signal.code = code;
  });
}
// A closed pipe (`jobnorm ingest big | head -1`) ends the run quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }, signal);
