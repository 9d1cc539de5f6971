// "How my data is used": datasets holding the member's content, who received it, what is queued for removal, and what an opt-out does now.
import { humanDate } from '../../domain/human-date.js';
import type { MemberUsageView } from '../../pipeline/member/member-usage-view.query.js';
import { html, type SafeHtml } from '../html.js';
import { barChart } from './bar-chart.view.js';
import { layout, memberQuery, type PageFrame } from './layout.view.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The data-usage page. */
export function dataUsagePage(frame: PageFrame, view: MemberUsageView, notice: string | null = null): SafeHtml {
  const self = frame.actingFor === null;
  const your = self ? 'your' : 'their';
  const q = memberQuery(frame);
  const { totals } = view;
  const summary =
    totals.datasets === 0
      ? html`<p class="lead">None of ${your} content is in any dataset. Nothing has been used to train a model.</p>`
      : html`<p class="lead">${plural(totals.items, 'item', 'items')} of ${your} content ${totals.items === 1 ? 'is' : 'are'} in ${plural(totals.datasets, 'dataset', 'datasets')};
          ${totals.shared === 0 ? 'none was shared outside the network' : html`${plural(totals.shared, 'dataset was', 'datasets were')} shared with affiliates`}.
          ${totals.pendingRemoval === 0 ? '' : html`<strong>${plural(totals.pendingRemoval, 'item is', 'items are')} queued for removal.</strong>`}</p>`;
  const chart =
    view.datasets.length < 2 && totals.pendingRemoval === 0
      ? ''
      : barChart({
          id: 'usage-chart',
          title: `${self ? 'Your' : 'Their'} items per dataset`,
          legend: ['Still used', 'Queued for removal'],
          bars: view.datasets.map((d) => ({ label: `${d.datasetId.slice(0, 14)}… (${d.purpose})`, values: [d.stillEligible, d.pendingRemoval.length] })),
        });
  const datasets =
    view.datasets.length === 0
      ? ''
      : html`<section aria-labelledby="datasets-heading">
          <h2 id="datasets-heading">Datasets that hold ${your} content</h2>
          ${chart}
          <div class="table-wrap" tabindex="0" role="region" aria-label="Table of datasets">
          <table>
            <thead><tr><th scope="col">Dataset</th><th scope="col">Use</th><th scope="col">Snapshot</th><th scope="col">Policy</th><th scope="col">${self ? 'Your' : 'Their'} items</th><th scope="col">Received by</th><th scope="col">Models trained on it</th><th scope="col">Queued for removal</th></tr></thead>
            <tbody>
              ${view.datasets.map(
                (d) => html`<tr>
                  <th scope="row"><code>${d.datasetId}</code></th>
                  <td>${d.label} <span class="muted">(${d.purpose})</span></td>
                  <td>${humanDate(d.snapshotAt)}</td>
                  <td><code>${d.policy.id}</code> v${d.policy.version}</td>
                  <td>${d.items}</td>
                  <td>${d.shared ? d.recipients.join(', ') : 'Nobody outside the network'}</td>
                  <td>${d.trainingRuns.length === 0 ? 'None yet' : d.trainingRuns.map((r) => `${r.model}${r.recipient === null ? '' : ` (given to ${r.recipient})`}`).join('; ')}</td>
                  <td>${d.pendingRemoval.length}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          </div>
        </section>`;
  const pending = view.datasets.flatMap((d) => d.pendingRemoval.map((p) => ({ ...p, datasetId: d.datasetId })));
  const queue =
    pending.length === 0
      ? ''
      : html`<section aria-labelledby="queue-heading">
          <h2 id="queue-heading">Items queued for removal</h2>
          <p>These items were used before ${self ? 'you' : 'they'} changed ${your} mind (or before they were deleted). They are on the unlearning queue and are removed from the dataset, and from models trained on it, by the date shown: ${view.unlearningDays} days after the change.</p>
          <div class="table-wrap" tabindex="0" role="region" aria-label="Table of items queued for removal">
          <table>
            <thead><tr><th scope="col">Item</th><th scope="col">Dataset</th><th scope="col">Why it goes</th><th scope="col">Since</th><th scope="col">Removed by</th></tr></thead>
            <tbody>
              ${pending.map(
                (p) => html`<tr>
                  <th scope="row"><code>${p.contentId}</code></th>
                  <td><code>${p.datasetId}</code></td>
                  <td>${p.reasonText}</td>
                  <td>${humanDate(p.since)}</td>
                  <td>${humanDate(p.removeBy)}${p.overdue ? html` <strong class="overdue">(overdue)</strong>` : ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          </div>
        </section>`;
  const effects = html`<section aria-labelledby="optout-heading">
    <h2 id="optout-heading">What turning a use off does now</h2>
    <ul class="effects">
      ${view.optOut.map(
        (e) => html`<li>
          <strong>${e.label}</strong> is ${e.on ? 'on' : 'off'}.
          ${
            e.on
              ? html`If ${self ? 'you turn' : 'it is turned'} it off now, no dataset built from that moment uses ${your} content for it.
                ${e.items === 0 ? 'No item already used would need removing.' : html`${plural(e.items, 'item', 'items')} already in ${e.datasets.map((d) => d.datasetId).join(', ')} would go on the unlearning queue, to be removed by ${humanDate(e.removeBy)}.`}`
              : e.items === 0
                ? `No new dataset uses ${your} content for it.`
                : html`No new dataset uses ${your} content for it, but ${plural(e.items, 'item is', 'items are')} still in
                    ${e.datasets.map((d) => d.datasetId).join(', ')}, built under a policy that did not need ${self ? 'your' : 'their'} yes.
                    Saying no explicitly puts ${e.items === 1 ? 'it' : 'them'} on the unlearning queue, to be removed by ${humanDate(e.removeBy)}.
                    <form method="post" action="/settings/data-privacy" class="inline-form">
                      <input type="hidden" name="_csrf" value="${frame.csrfToken}">
                      ${frame.actingFor === null ? '' : html`<input type="hidden" name="member" value="${frame.actingFor.memberId}">`}
                      <input type="hidden" name="purpose" value="${e.purpose}">
                      <input type="hidden" name="value" value="denied">
                      <input type="hidden" name="return" value="usage">
                      <button type="submit">Say no to “${e.label}”</button>
                    </form>`
          }
        </li>`,
      )}
    </ul>
    <p><a href="/settings/data-privacy${q}">Change these settings</a></p>
  </section>`;
  const downloads = html`<section aria-labelledby="download-heading">
    <h2 id="download-heading">Download</h2>
    <ul>
      <li><a href="/settings/data-usage/report${q}">Usage report (readable page)</a></li>
      <li><a href="/settings/data-usage/report.json${q}" download>Usage report (JSON)</a></li>
      <li><a href="/settings/data-usage/receipts.json${q}" download>Consent receipts (JSON, ISO/IEC TS 27560 and Kantara fields)</a></li>
    </ul>
  </section>`;
  const status = html`<div id="live" class="notice${notice === null ? ' notice-empty' : ' notice-saved'}" role="status" aria-live="polite">${notice ?? ''}</div>`;
  return layout(frame, html`<h1>${self ? 'How my data is used' : `How ${view.member.name}’s data is used`}</h1>${status}${summary}${datasets}${queue}${effects}${downloads}`);
}
