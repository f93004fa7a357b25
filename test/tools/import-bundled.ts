// The project's modules import each other without file extensions (as Astro and Vite allow), which
// plain Node cannot resolve. Scripts that run under plain Node (the benchmark, the model audit, the
// matching timings) bundle what they need with esbuild first and import the bundle.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles `lines` (export statements, relative to `root`) into node_modules/.cache/<name>.mjs in `root`,
 * where the bundle's own imports (js-yaml, zod) resolve, and imports it.
 */
export async function importBundled<Module>(root: string, name: string, lines: readonly string[]): Promise<Module> {
  const outfile = join(root, 'node_modules', '.cache', `${name}.mjs`);
  await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as Module;
}
