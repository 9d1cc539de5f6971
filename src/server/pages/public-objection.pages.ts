// The public objection form for non-members (/object): suppression list and request queue, no account needed.
import type { FastifyInstance } from 'fastify';
import { ConsentryError } from '../../domain/errors.js';
import { fileNonMemberObjection } from '../../pipeline/member/non-member-objection.command.js';
import { formatIssues } from '../../schema/issues.js';
import { findRequest } from '../../store/request-records.js';
import { publicObjectionPage, publicObjectionReceivedPage, type PublicObjectionValues } from '../../web/views/public-objection.view.js';
import type { AppServices } from '../app-services.js';
import { publicObjectionSchema } from './form-schemas.js';
import { pageFrame, registerPage } from './page-route.js';

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 10_000) : '';
}

/** Registers the public objection pages. */
export function registerPublicObjectionPages(app: FastifyInstance, services: AppServices): void {
  registerPage(app, services, { method: 'GET', url: '/object', access: 'public' }, (input) =>
    Promise.resolve({ kind: 'html', body: publicObjectionPage(pageFrame(services, input, { title: 'Object to the use of your data', nav: null }), { problems: [], values: null }) }),
  );

  registerPage(app, services, { method: 'POST', url: '/object', access: 'public', rateLimit: { max: services.config.CONSENTRY_FORM_LIMIT, timeWindow: '1 hour' } }, async (input) => {
    const parsed = publicObjectionSchema.safeParse(input.form);
    if (!parsed.success) {
      const values: PublicObjectionValues = { name: text(input.form['name']), email: text(input.form['email']), handles: text(input.form['handles']), links: text(input.form['links']), statement: text(input.form['statement']) };
      const frame = pageFrame(services, input, { title: 'Object to the use of your data', nav: null });
      return { kind: 'html', status: 400, body: publicObjectionPage(frame, { problems: formatIssues(parsed.error), values }) };
    }
    const { statement, ...rest } = parsed.data;
    const { requestId } = await fileNonMemberObjection({ ctx: services.ctx('form'), objection: { ...rest, statement: statement === undefined || statement === '' ? null : statement } });
    return { kind: 'redirect', to: `/object/received?request=${encodeURIComponent(requestId)}` };
  });

  registerPage(app, services, { method: 'GET', url: '/object/received', access: 'public' }, async (input) => {
    const id = input.query['request'] ?? '';
    const request = id === '' ? null : await findRequest(services.store.db, id);
    if (request === null) throw new ConsentryError('E_NOT_FOUND', 'no request with that reference');
    const frame = pageFrame(services, input, { title: 'Objection received', nav: null });
    return { kind: 'html', body: publicObjectionReceivedPage(frame, { requestId: request.id, dueAt: request.dueAt }) };
  });
}
