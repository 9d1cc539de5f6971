// The start page of staff accounts: what their role can do, and the request queue for privacy officers and auditors.
import { humanDate } from '../../domain/human-date.js';
import { ROLE_LABEL, type Role } from '../../schema/accounts.js';
import type { PrivacyRequest } from '../../store/request-records.js';
import { html, type SafeHtml } from '../html.js';
import { layout, type PageFrame } from './layout.view.js';

/** The staff start page; `requests` is null when the role may not read the queue. */
export function staffHomePage(frame: PageFrame, props: { role: Role; requests: readonly PrivacyRequest[] | null; now: string }): SafeHtml {
  const queue =
    props.requests === null
      ? ''
      : html`<section aria-labelledby="queue-heading">
          <h2 id="queue-heading">Request queue</h2>
          ${
            props.requests.length === 0
              ? html`<p>No open requests.</p>`
              : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Table of requests"><table>
                  <thead><tr><th scope="col">Reference</th><th scope="col">Kind</th><th scope="col">From</th><th scope="col">Received</th><th scope="col">Due</th><th scope="col">Links</th></tr></thead>
                  <tbody>${props.requests.map(
                    (r) => html`<tr>
                      <th scope="row"><code>${r.id}</code></th><td>${r.kind}</td><td>${r.name} &lt;${r.email}&gt;</td>
                      <td>${humanDate(r.receivedAt)}</td><td>${humanDate(r.dueAt)}${r.dueAt < props.now ? html` <strong class="overdue">(overdue)</strong>` : ''}</td>
                      <td>${r.links.length}</td>
                    </tr>`,
                  )}</tbody></table></div>`
          }
        </section>`;
  return layout(
    frame,
    html`<h1>Staff</h1>
      <p class="lead">You are signed in as ${ROLE_LABEL[props.role]}. Staff work through the <a href="/api/docs">HTTP API</a> and the command line;
        members’ settings can only be changed by the members themselves or their delegates.</p>
      ${queue}`,
  );
}
