// `npm test`: every check of the project, in two lanes after one production build.
//
//   build ─┬─ browser tests (the longest stage: two files at a time, each with its Chromium)
//          └─ lint → format → types → unit tests → build under a base path → site checks
//
// The two lanes together keep both cores busy: the other checks mostly use one core each, and the
// browser tests, at a lower priority, take what is left, then both cores once the checks are done.
// Each lane stops at its first failure; the run fails when a lane does. A stage's output is printed
// when it ends (the browser tests' as they go), then the time of each.
import { spawn } from 'node:child_process';

type Stage = readonly [script: string, live?: 'live', yields?: 'yields'];

const first: Stage = ['build'];
const lanes: readonly (readonly Stage[])[] = [
  [['test:browser', 'live', 'yields']],
  [['lint'], ['format:check'], ['check'], ['test:unit'], ['build:base'], ['test:site']],
];

const times: [string, number, boolean][] = [];

/** Runs `npm run <script>`; resolves to whether it passed. */
function run([script, live, yields]: Stage): Promise<boolean> {
  const started = performance.now();
  const command = ['npm', 'run', '--silent', script];
  // The browser tests run at a lower priority (nice, where there is one): the checks beside them
  // mostly use one core each and finish sooner, and the browser tests then have both cores.
  if (yields && process.platform !== 'win32') command.unshift('nice', '-n', '10');
  const [program = 'npm', ...args] = command;
  const child = spawn(program, args, { stdio: live ? 'inherit' : 'pipe', env: process.env });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((done) => {
    child.on('close', (code) => {
      const passed = code === 0;
      const seconds = (performance.now() - started) / 1000;
      times.push([script, seconds, passed]);
      if (!live) process.stdout.write(Buffer.concat(output));
      console.log(`\n── ${script}: ${passed ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s\n`);
      done(passed);
    });
  });
}

async function runLane(stages: readonly Stage[]): Promise<boolean> {
  for (const stage of stages) if (!(await run(stage))) return false;
  return true;
}

const started = performance.now();
const passed = (await run(first)) && (await Promise.all(lanes.map(runLane))).every(Boolean);
console.log('npm test, seconds per stage (the two lanes overlap):');
for (const [script, seconds, ok] of times)
  console.log(`  ${script.padEnd(14)} ${seconds.toFixed(0).padStart(5)}${ok ? '' : '  FAILED'}`);
console.log(`  ${'in all'.padEnd(14)} ${((performance.now() - started) / 1000).toFixed(0).padStart(5)}`);
process.exitCode = passed ? 0 : 1;
