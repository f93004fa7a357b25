import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pilotRhythmSchema, type PilotRhythm } from '../schemas/pilot-rhythm';
import { describeSchemaIssues } from '../schemas/issues';
import { parseYaml } from '../lib/yaml-text';

/** Where the pilot rhythm lives, relative to the project root. */
export const PILOT_RHYTHM_FILE = 'content/pilot/rhythm.yaml';

/** Parses pilot rhythm YAML; a syntax error or invalid data throws an Error naming the file and the line or field. */
export function parsePilotRhythmYaml(source: string, fileName: string): PilotRhythm {
  const data = parseYaml(source, fileName) ?? {};
  const result = pilotRhythmSchema.safeParse(data);
  if (!result.success) throw new Error(describeSchemaIssues(fileName, data, result.error).join('\n'));
  return result.data;
}

let cached: PilotRhythm | undefined;

/** Reads and validates the pilot rhythm file once per build (run from the project root). */
export function loadPilotRhythm(): PilotRhythm {
  cached ??= parsePilotRhythmYaml(readFileSync(resolve(process.cwd(), PILOT_RHYTHM_FILE), 'utf8'), PILOT_RHYTHM_FILE);
  return cached;
}
