import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pilotHolidaysSchema, type PilotHolidays } from '../schemas/pilot-holidays';
import { describeSchemaIssues } from '../schemas/issues';
import { parseYaml } from '../lib/yaml-text';

/** Where the holiday rules live, relative to the project root. */
const PILOT_HOLIDAYS_FILE = 'content/pilot/holidays.yaml';

let cached: PilotHolidays | undefined;

/** Reads and validates the holiday rules once per build; a mistake throws an Error naming the file and the line or field. */
export function loadPilotHolidays(): PilotHolidays {
  if (cached) return cached;
  const data = parseYaml(readFileSync(resolve(process.cwd(), PILOT_HOLIDAYS_FILE), 'utf8'), PILOT_HOLIDAYS_FILE) ?? {};
  const result = pilotHolidaysSchema.safeParse(data);
  if (!result.success) throw new Error(describeSchemaIssues(PILOT_HOLIDAYS_FILE, data, result.error).join('\n'));
  cached = result.data;
  return cached;
}
