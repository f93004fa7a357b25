import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { pilotRhythmSchema, type PilotRhythm } from '../schemas/pilot-rhythm';
import { describeSchemaIssues } from '../schemas/issues';

/** Where the pilot rhythm lives, relative to the project root. */
export const PILOT_RHYTHM_FILE = 'content/pilot/rhythm.yaml';

/** Parses pilot rhythm YAML; a syntax error or invalid data throws an Error naming the file and field. */
export function parsePilotRhythmYaml(source: string, fileName: string): PilotRhythm {
  let raw: unknown;
  try {
    raw = load(source, { filename: fileName });
  } catch (error) {
    if (error instanceof YAMLException) {
      throw new Error(`${fileName}: line ${error.mark.line + 1}: YAML syntax error: ${error.reason}`, { cause: error });
    }
    throw error;
  }
  const data = raw ?? {};
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
