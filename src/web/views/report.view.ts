// The usage report as a readable, printable page (the same content as the JSON download).
import { humanDate, humanDateTime } from '../../domain/human-date.js';
import type { MemberReport } from '../../pipeline/member/member-report.query.js';
import { PURPOSE_LABEL } from '../../schema/purposes.js';
import { countryName } from '../../schema/regions.js';
import { html, type SafeHtml } from '../html.js';
import { layout, memberQuery, type PageFrame } from './layout.view.js';

/** The report page. */
export function reportPage(frame: PageFrame, report: MemberReport): SafeHtml {
  const q = memberQuery(frame);
  const { usage } = report;
  const body = html`
    <h1>Usage report for ${report.member.name}</h1>
    <p class="lead">Generated ${humanDateTime(report.generatedAt)} under policy <code>${report.policy.id}</code> v${report.policy.version}.
      <a href="/settings/data-usage/report.json${q}" download>Download as JSON</a> ·
      <a href="/settings/data-usage/receipts.json${q}" download>Consent receipts</a></p>
    <section aria-labelledby="r-member"><h2 id="r-member">Member</h2>
      <dl class="facts">
        <dt>Member id</dt><dd><code>${report.member.id}</code></dd>
        <dt>E-mail</dt><dd>${report.member.email}</dd>
        <dt>Country</dt><dd>${countryName(report.member.country)}${report.member.subdivision === null ? '' : ` (${report.member.subdivision})`}</dd>
      </dl>
    </section>
    <section aria-labelledby="r-settings"><h2 id="r-settings">Settings now</h2>
      <ul>${report.settings.map((s) => html`<li><strong>${s.label}</strong>: ${s.explanation}</li>`)}</ul>
      ${report.signals.length === 0 ? '' : html`<ul>${report.signals.map((s) => html`<li>${s.description} (${humanDateTime(s.receivedAt)})</li>`)}</ul>`}
    </section>
    <section aria-labelledby="r-datasets"><h2 id="r-datasets">Datasets</h2>
      ${
        usage.datasets.length === 0
          ? html`<p>No dataset holds this member’s content.</p>`
          : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Table of datasets"><table>
              <thead><tr><th scope="col">Dataset</th><th scope="col">Use</th><th scope="col">Snapshot</th><th scope="col">Built</th><th scope="col">Policy</th><th scope="col">Items</th><th scope="col">Received by</th><th scope="col">Models</th></tr></thead>
              <tbody>${usage.datasets.map(
                (d) => html`<tr><th scope="row"><code>${d.datasetId}</code></th><td>${d.label}</td><td>${humanDate(d.snapshotAt)}</td><td>${d.builtAt === null ? '—' : humanDate(d.builtAt)}</td><td><code>${d.policy.id}</code> v${d.policy.version}</td><td>${d.items}</td><td>${d.shared ? d.recipients.join(', ') : 'Nobody outside the network'}</td><td>${d.trainingRuns.length === 0 ? 'None yet' : d.trainingRuns.map((r) => `${r.model}${r.recipient === null ? '' : ` (given to ${r.recipient})`}`).join('; ')}</td></tr>`,
              )}</tbody></table></div>`
      }
    </section>
    <section aria-labelledby="r-queue"><h2 id="r-queue">Queued for removal</h2>
      ${
        usage.totals.pendingRemoval === 0
          ? html`<p>Nothing is queued for removal.</p>`
          : html`<ul>${usage.datasets.flatMap((d) => d.pendingRemoval.map((p) => html`<li><code>${p.contentId}</code> in <code>${d.datasetId}</code>: ${p.reasonText}, since ${humanDate(p.since)}; removed by ${humanDate(p.removeBy)}.</li>`))}</ul>`
      }
    </section>
    <section aria-labelledby="r-history"><h2 id="r-history">Every recorded choice</h2>
      ${
        report.history.length === 0
          ? html`<p>No choice has been recorded.</p>`
          : html`<ol class="history">${report.history.map(
              (e) =>
                html`<li><span class="when">${humanDateTime(e.at)}</span>: ${e.by} ${e.kind === 'objection' ? 'objected to' : e.value === 'granted' ? 'turned on' : 'turned off'} ${e.purposes.map((p) => `“${PURPOSE_LABEL[p]}”`).join(' and ')}${e.statement === null ? '' : html` — “${e.statement}”`}.</li>`,
            )}</ol>`
      }
    </section>`;
  return layout(frame, body);
}
