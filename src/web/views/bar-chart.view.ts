// A horizontal stacked bar chart as inline SVG: drawn on the server, so it needs no script and no chart library.
import { html, type SafeHtml } from '../html.js';

/** One bar: a label and its segments (in legend order). */
export interface Bar {
  readonly label: string;
  readonly values: readonly number[];
}

/** Draws bars scaled to the largest total, with a legend; the caller puts the same numbers in a table. */
export function barChart(props: { id: string; title: string; legend: readonly string[]; bars: readonly Bar[] }): SafeHtml {
  const { id, title, legend, bars } = props;
  const labelWidth = 210;
  const barWidth = 360;
  const rowHeight = 28;
  const top = 8;
  const width = labelWidth + barWidth + 60;
  const height = top + bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const rows = bars.map((bar, i) => {
    const y = top + i * rowHeight;
    let x = labelWidth;
    const segments = bar.values.map((value, s) => {
      const w = (value / max) * barWidth;
      const rect = html`<rect class="series-${s}" x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 10}"></rect>`;
      x += w;
      return rect;
    });
    const total = bar.values.reduce((a, v) => a + v, 0);
    return html`<g>
      <text class="chart-label" x="${labelWidth - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${bar.label}</text>
      ${segments}
      <text class="chart-value" x="${(x + 6).toFixed(1)}" y="${y + rowHeight / 2 + 4}">${total}</text>
    </g>`;
  });
  return html`<figure class="chart" aria-labelledby="${id}-caption">
    <figcaption id="${id}-caption">${title}</figcaption>
    <svg role="img" aria-labelledby="${id}-caption" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
      ${rows}
    </svg>
    <ul class="chart-legend">
      ${legend.map((name, s) => html`<li><span class="swatch series-${s}" aria-hidden="true"></span>${name}</li>`)}
    </ul>
  </figure>`;
}
