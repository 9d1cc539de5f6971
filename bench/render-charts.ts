// Draws the committed benchmark results as one SVG (docs/benchmarks.svg) for the README: ratios people
// compare read better as bars against their target line than as table cells. Plain SVG, like the usage
// page's chart, so it renders on any Git host with no script.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown after the bar; the value itself when absent. */
  readonly text?: string;
  /** This bar's own target when it differs from the panel's line. */
  readonly target?: number;
}

interface Panel {
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly target: number;
  readonly targetLabel: string;
  /** Whether a bar should stay below the target line (time, memory) or reach past it (rates). */
  readonly better: 'below' | 'above';
}

type Json = Record<string, unknown>;

function read(file: string): Json | null {
  const path = join(ROOT, 'bench/results', file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Json) : null;
}

/** Reads a number at a dotted path, or NaN when the result lacks it. */
function num(json: Json | null, path: string): number {
  let at: unknown = json;
  for (const key of path.split('.')) at = typeof at === 'object' && at !== null ? (at as Json)[key] : undefined;
  return typeof at === 'number' ? at : Number.NaN;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function panels(): Panel[] {
  const sqlite = read('consent-core.json');
  const postgres = read('consent-core-postgres.json');
  const http = read('http-bench.json');
  const redaction = read('redaction-bench.json');
  const evaluation = read('redaction-eval.json');
  const largest = (json: Json | null) => `runs.${String(((json?.['runs'] as unknown[] | undefined)?.length ?? 1) - 1)}`;
  const times: Bar[] = [];
  const decide: Bar[] = [];
  const memory: Bar[] = [];
  for (const [name, json] of [['SQLite', sqlite], ['PostgreSQL', postgres]] as const) {
    if (json === null) continue;
    const run = largest(json);
    for (const policy of ['privacy-first', 'linkedin-2024']) {
      times.push({ label: `${name} build, ${policy}`, value: num(json, `${run}.build.${policy}.ratioToBare`), text: `${num(json, `${run}.build.${policy}.ratioToBare`)}×` });
      memory.push({ label: `${name} build, ${policy}`, value: num(json, `${run}.build.${policy}.peakRssMB`), text: `${num(json, `${run}.build.${policy}.peakRssMB`)} MB` });
    }
    decide.push({ label: name, value: num(json, 'decide.ratio'), text: `${num(json, 'decide.ratio')}× (${num(json, 'decide.decideMicros')} µs)` });
    memory.push({ label: `${name} import`, value: num(json, `${run}.import.peakRssMB`), text: `${num(json, `${run}.import.peakRssMB`)} MB` });
  }
  const result: Panel[] = [
    { title: 'Dataset build at 1M items: time relative to a bare JSONL pass in the same run', bars: times, target: 4, targetLabel: 'target 4×', better: 'below' },
    { title: 'decide: time relative to one indexed point read through the same store', bars: decide, target: 2, targetLabel: 'target 2×', better: 'below' },
    { title: 'Consent core at 1M items: peak memory of the Consentry process', bars: memory, target: 300, targetLabel: 'target 300 MB', better: 'below' },
  ];
  if (http !== null) {
    result.push({
      title: 'HTTP API: requests/s as a share of the minimal route in the same run',
      bars: [
        { label: 'GET …/settings', value: num(http, 'settings.ratioToMinimal'), text: `${num(http, 'settings.ratioToMinimal')} (${num(http, 'settings.requestsPerSecond')} req/s)` },
        { label: 'POST /decisions (100 triples)', value: num(http, 'decisions.ratioToMinimal'), text: `${num(http, 'decisions.ratioToMinimal')} (${num(http, 'decisions.requestsPerSecond')} req/s)` },
      ],
      target: 0.3,
      targetLabel: 'target 0.3',
      better: 'above',
    });
  }
  if (redaction !== null) {
    const speedup = (key: string) => num(redaction, `speedupFastOverRedactPii.${key}`);
    result.push({
      title: 'Redaction (fast mode): characters/s relative to redact-pii in the same process and run',
      bars: [
        { label: 'our labelled posts', value: speedup('posts'), text: `${speedup('posts')}×` },
        { label: 'with a 100k-member directory', value: speedup('postsWith100kDirectory'), text: `${speedup('postsWith100kDirectory')}×` },
        { label: 'WNUT-17 dev (real posts)', value: speedup('wnut17Dev'), text: `${speedup('wnut17Dev')}×` },
      ],
      target: 2,
      targetLabel: 'target 2×',
      better: 'above',
    });
  }
  if (evaluation !== null) {
    const corpora = (evaluation['corpora'] as Json[] | undefined) ?? [];
    const recall = (corpus: string, type: string) => num(corpora.find((c) => c['name'] === corpus) ?? null, `systems.consentry-fast.perType.${type}.recall`);
    // Three decimals: 0.951 against a target of 0.95 is the point.
    const bar = (label: string, value: number, target = 0.95) => ({ label, value, text: value.toFixed(3), target });
    result.push({
      title: 'Redaction recall on held-out data none of us wrote (fast mode)',
      bars: [
        bar('PERSON, presidio never-read half', recall('presidio-synth-v2-heldout', 'PERSON')),
        bar('PERSON, WNUT-17 dev (target 0.9)', recall('wnut17-dev', 'PERSON'), 0.9),
        bar('STREET_ADDRESS, same half (target 0.9)', recall('presidio-synth-v2-heldout', 'STREET_ADDRESS'), 0.9),
      ],
      target: 0.95,
      targetLabel: 'PERSON target 0.95',
      better: 'above',
    });
  }
  return result;
}

/** Renders the panels stacked in one SVG document. */
function renderCharts(list: readonly Panel[]): string {
  const labelWidth = 290;
  const barWidth = 420;
  const rowHeight = 24;
  const width = labelWidth + barWidth + 190;
  let y = 10;
  const parts: string[] = [];
  for (const panel of list) {
    parts.push(`<text class="title" x="10" y="${y + 14}">${xml(panel.title)}</text>`);
    y += 26;
    const finite = panel.bars.map((b) => b.value).filter(Number.isFinite);
    const scale = barWidth / (Math.max(panel.target, ...finite) * 1.1);
    const top = y;
    for (const bar of panel.bars) {
      const w = Number.isFinite(bar.value) ? bar.value * scale : 0;
      const target = bar.target ?? panel.target;
      const ok = panel.better === 'below' ? bar.value <= target : bar.value >= target;
      parts.push(`<text class="label" x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${xml(bar.label)}</text>`);
      parts.push(`<rect class="${ok ? 'met' : 'missed'}" x="${labelWidth}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}"/>`);
      parts.push(`<text class="value" x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 16}">${xml(bar.text ?? String(bar.value))}${ok ? '' : ' — missed'}</text>`);
      y += rowHeight;
    }
    const x = (labelWidth + panel.target * scale).toFixed(1);
    parts.push(`<line class="target" x1="${x}" x2="${x}" y1="${top}" y2="${y}"/>`);
    parts.push(`<text class="target-label" x="${x}" y="${y + 14}" text-anchor="middle">${xml(panel.targetLabel)}</text>`);
    y += 34;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${y}" width="${width}" height="${y}" role="img" aria-label="Benchmark results against their targets">
<style>
  text { font: 13px system-ui, sans-serif; fill: #1f2328; }
  .title { font-weight: 600; }
  .met { fill: #2f6f4f; }
  .missed { fill: #b3261e; }
  .target { stroke: #1f2328; stroke-width: 1.5; stroke-dasharray: 4 3; }
  .target-label { font-size: 11px; fill: #57606a; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join('\n')}
</svg>
`;
}

writeFileSync(join(ROOT, 'docs/benchmarks.svg'), renderCharts(panels()));
console.log('wrote docs/benchmarks.svg');
