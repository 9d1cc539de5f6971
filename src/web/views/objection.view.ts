// Settings & Privacy → Object to a use: purposes and free text, in force at once, with the objections already made.
import { humanDateTime } from '../../domain/human-date.js';
import type { ReportEvent } from '../../pipeline/member/member-report.query.js';
import { PURPOSE_LABEL, PURPOSES } from '../../schema/purposes.js';
import { html, type SafeHtml } from '../html.js';
import { layout, memberQuery, type PageFrame } from './layout.view.js';

/** The objection page; `filed` names an objection just recorded, `error` a refused submission. */
export function objectionPage(frame: PageFrame, props: { memberId: string; objections: readonly ReportEvent[]; filed: ReportEvent | null; error: string | null }): SafeHtml {
  const self = frame.actingFor === null;
  const { objections, filed, error } = props;
  const body = html`
    <h1>Object to a use of ${self ? 'your' : 'their'} data</h1>
    <p class="lead">An objection stops the uses you name at once, whatever the setting was, and stays on record with your reasons.
      Items already used go on the <a href="/settings/data-usage${memberQuery(frame)}">unlearning queue</a>.</p>
    <div id="live" class="notice${filed === null && error === null ? ' notice-empty' : error === null ? ' notice-saved' : ' notice-error'}" role="${error === null ? 'status' : 'alert'}">${
      error ?? (filed === null ? '' : `Your objection was recorded on ${humanDateTime(filed.at)} and is in force now: ${filed.purposes.map((p) => `“${PURPOSE_LABEL[p]}”`).join(' and ')} ${filed.purposes.length === 1 ? 'is' : 'are'} off.`)
    }</div>
    <form method="post" action="/settings/objection" class="stack">
      <input type="hidden" name="_csrf" value="${frame.csrfToken}">
      ${frame.actingFor === null ? '' : html`<input type="hidden" name="member" value="${props.memberId}">`}
      <fieldset>
        <legend>Which uses do you object to?</legend>
        ${PURPOSES.map(
          (p) => html`<div class="check"><input type="checkbox" id="purpose-${p}" name="purposes" value="${p}"><label for="purpose-${p}">${PURPOSE_LABEL[p]}</label></div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="statement">Why do you object? (optional)</label>
        <textarea id="statement" name="statement" rows="5" maxlength="5000" aria-describedby="statement-hint"></textarea>
        <p class="hint" id="statement-hint">Your words are kept with the objection and shown to the privacy officer.</p>
      </div>
      <button type="submit">Object</button>
    </form>
    <section aria-labelledby="past-heading">
      <h2 id="past-heading">Objections on record</h2>
      ${
        objections.length === 0
          ? html`<p>None yet.</p>`
          : html`<ul class="history">${objections.map(
              (o) =>
                html`<li><span class="when">${humanDateTime(o.at)}</span>: ${o.by} objected to ${o.purposes.map((p) => `“${PURPOSE_LABEL[p]}”`).join(' and ')}${o.statement === null ? '' : html` — “${o.statement}”`}</li>`,
            )}</ul>`
      }
    </section>`;
  return layout(frame, body);
}
