import { readFileSync } from 'node:fs';
import yaml from '/work/main/node_modules/js-yaml/index.js';
import { checkVariant, compile } from '/work/wt/advice/test/audit/exhaustive.ts';
const q: any = yaml.load(readFileSync('/tmp/old-q.yaml', 'utf8'));
for (const r of q.rules) r.appliesTo = ['reverse'];
const model = compile(q, 'reverse');
const report = checkVariant(model, { programme: 'reverse', groupsRuledOut: false });
console.log(JSON.stringify({ sets: report.sets, counts: report.counts, broken: Object.fromEntries(Object.entries(report.broken).map(([k, v]) => [k, (v as string[]).length])) }));
