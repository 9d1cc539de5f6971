// /api/docs: the API reference, rendered on the server from the live OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { apiDocsPage } from '../../web/views/api-docs.view.js';
import type { AppServices } from '../app-services.js';
import { openApiDocument } from '../openapi-document.js';
import { pageFrame, registerPage } from './page-route.js';

/** Registers /api/docs. */
export function registerApiDocsPages(app: FastifyInstance, services: AppServices): void {
  registerPage(app, services, { method: 'GET', url: '/api/docs', access: 'public' }, (input) =>
    Promise.resolve({ kind: 'html', body: apiDocsPage(pageFrame(services, input, { title: 'API reference', nav: null, memberNav: false }), openApiDocument(services.registry)) }),
  );
}
