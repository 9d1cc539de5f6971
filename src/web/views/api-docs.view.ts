// The API reference page, rendered on the server from the same OpenAPI document the API serves (no CDN, no script).
import { ERROR_CATALOGUE } from '../../domain/errors.js';
import { html, prettyJson, type SafeHtml } from '../html.js';
import { layout, type PageFrame } from './layout.view.js';

interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly 'x-access'?: string;
  readonly parameters?: readonly { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[];
  readonly requestBody?: { content?: Record<string, { schema?: unknown }> };
  readonly responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

function anchor(method: string, path: string): string {
  return `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '');
}

function schemaType(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return '';
  const s = schema as { type?: unknown; enum?: unknown[]; format?: unknown };
  if (Array.isArray(s.enum)) return s.enum.map(String).join(' | ');
  return `${typeof s.type === 'string' ? s.type : 'value'}${typeof s.format === 'string' ? ` (${s.format})` : ''}`;
}

/** The reference page for an OpenAPI 3.1 document. */
export function apiDocsPage(frame: PageFrame, document: Record<string, unknown>): SafeHtml {
  const paths = (document['paths'] ?? {}) as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  const tags = [...new Set(operations.map((o) => o.op.tags?.[0] ?? 'other'))];
  const body = html`
    <h1>Consentry API reference</h1>
    <p class="lead">Version 1, under <code>/api/v1</code>. The machine-readable description is at
      <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a> (OpenAPI 3.1), generated from the schemas the server validates with.</p>
    <section aria-labelledby="auth-heading">
      <h2 id="auth-heading">Signing in</h2>
      <ul>
        <li>Staff send <code>Authorization: Bearer &lt;token&gt;</code>; a token comes from <code>consentry staff token --email E</code>.</li>
        <li>Members and delegates use the session cookie of the web pages. State-changing calls with a cookie also send
          <code>X-CSRF-Token</code> with the value of the page’s <code>&lt;meta name="csrf-token"&gt;</code>.</li>
        <li>A member or delegate asking about a member they cannot act for gets <code>404 E_NOT_FOUND</code>, exactly as for a member that does not exist.</li>
      </ul>
    </section>
    <nav aria-labelledby="ops-heading" class="toc">
      <h2 id="ops-heading">Operations</h2>
      <ul>${operations.map((o) => html`<li><a href="#${anchor(o.method, o.path)}"><span class="method">${o.method}</span> <code>${o.path}</code></a> — ${o.op.summary ?? ''}</li>`)}</ul>
    </nav>
    ${tags.map(
      (tag) => html`<section aria-labelledby="tag-${tag}">
        <h2 id="tag-${tag}">${tag}</h2>
        ${operations
          .filter((o) => (o.op.tags?.[0] ?? 'other') === tag)
          .map((o) => {
            const requestSchema = o.op.requestBody?.content?.['application/json']?.schema;
            const success = Object.entries(o.op.responses ?? {}).find(([status]) => status !== 'default');
            return html`<article class="operation" id="${anchor(o.method, o.path)}" aria-labelledby="${anchor(o.method, o.path)}-h">
              <h3 id="${anchor(o.method, o.path)}-h"><span class="method">${o.method}</span> <code>${o.path}</code></h3>
              <p>${o.op.summary ?? ''}</p>
              ${o.op.description === undefined ? '' : html`<p>${o.op.description}</p>`}
              <p><strong>Who may call it:</strong> ${o.op['x-access'] ?? 'anyone'}</p>
              ${
                (o.op.parameters ?? []).length === 0
                  ? ''
                  : html`<table class="params"><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Required</th></tr></thead>
                      <tbody>${(o.op.parameters ?? []).map((p) => html`<tr><th scope="row"><code>${p.name}</code></th><td>${p.in}</td><td>${schemaType(p.schema)}</td><td>${p.required === true ? 'yes' : 'no'}</td></tr>`)}</tbody></table>`
              }
              ${requestSchema === undefined ? '' : html`<details><summary>Request body (JSON schema)</summary><pre>${prettyJson(requestSchema)}</pre></details>`}
              ${success === undefined ? '' : html`<details><summary>Response ${success[0]} (JSON schema)</summary><pre>${prettyJson(success[1].content?.['application/json']?.schema ?? {})}</pre></details>`}
            </article>`;
          })}
      </section>`,
    )}
    <section aria-labelledby="errors-heading">
      <h2 id="errors-heading">Errors</h2>
      <p>Every error answers <code>{"code", "message", "details"?}</code> with one of these stable codes.</p>
      <table><thead><tr><th scope="col">Code</th><th scope="col">HTTP status</th><th scope="col">Meaning</th></tr></thead>
        <tbody>${Object.entries(ERROR_CATALOGUE).map(([code, e]) => html`<tr><th scope="row"><code>${code}</code></th><td>${e.status}</td><td>${e.summary}</td></tr>`)}</tbody></table>
    </section>`;
  return layout(frame, body);
}
