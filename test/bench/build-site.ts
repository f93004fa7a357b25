// Runs a production build of a project folder with the project's own Astro and times it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtPages } from '../site/built-pages.ts';

/** How one production build went. */
export interface BuildTiming {
  /** Wall-clock time of `astro build`, from process start to exit, in seconds. */
  seconds: number;
  /** The number of HTML pages it wrote. */
  pages: number;
}

/** Builds the project in `root` into `outDir` (at the site root, without telemetry) and times it. */
export async function buildSite(root: string, outDir: string): Promise<BuildTiming> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // The benchmark measures the site as deployed at a domain root, whatever the caller's shell says.
  delete env.BASE_PATH;
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: root,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build in ${root} failed (exit ${code}):\n${output.join('').slice(-4000)}`);
  return { seconds, pages: builtPages(outDir).length };
}
