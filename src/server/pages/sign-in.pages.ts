// /login, /logout and the start page: sign-in with a session cookie, sign-out, and where each role lands.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ConsentryError, isConsentryError } from '../../domain/errors.js';
import { signIn, signOut } from '../../pipeline/accounts/sign-in.command.js';
import { listRequests } from '../../store/request-records.js';
import { signInPage } from '../../web/views/sign-in.view.js';
import { staffHomePage } from '../../web/views/staff-home.view.js';
import type { AppServices } from '../app-services.js';
import { clearCookie, SESSION_COOKIE, setCookie } from '../auth/cookies.js';
import { validatePart } from '../route-contract.js';
import { signInFormSchema } from './form-schemas.js';
import { pageFrame, registerPage, safeNext } from './page-route.js';

function emailOf(request: FastifyRequest): string {
  const body = request.body as Record<string, unknown> | undefined;
  const email = body?.['email'];
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : '';
}

/** Registers the sign-in pages and the start page. */
export function registerSignInPages(app: FastifyInstance, services: AppServices): void {
  // Beside the per-address-and-e-mail limit of the route: one address trying many e-mails
  // (credential stuffing) is held to five times that in the same window.
  const perAddress = app.createRateLimit({ max: services.config.CONSENTRY_SIGNIN_LIMIT * 5, timeWindow: '15 minutes', keyGenerator: (request) => `sign-in|${request.ip}` });
  // And one account tried from many addresses (a botnet guessing one password) is held to five times the
  // limit as well, whoever tries: the account is then closed to sign-in for the rest of the window.
  const perAccount = app.createRateLimit({ max: services.config.CONSENTRY_SIGNIN_LIMIT * 5, timeWindow: '15 minutes', keyGenerator: (request) => `sign-in-account|${emailOf(request)}` });

  registerPage(app, services, { method: 'GET', url: '/', access: 'public' }, async (input) => {
    const { caller } = input;
    if (caller.kind === 'anonymous') return { kind: 'redirect', to: '/login' };
    const { role } = caller.account;
    if (role === 'member') return { kind: 'redirect', to: '/settings/data-privacy' };
    if (role === 'delegate') return { kind: 'redirect', to: '/delegate' };
    const canReadQueue = role === 'privacy-officer' || role === 'auditor';
    const requests = canReadQueue ? await listRequests(services.store.db, 'open') : null;
    return { kind: 'html', body: staffHomePage(pageFrame(services, input, { title: 'Staff', nav: null, memberNav: false }), { role, requests, now: services.clock.now() }) };
  });

  registerPage(app, services, { method: 'GET', url: '/login', access: 'public' }, (input) => {
    const next = safeNext(input.query['next']);
    if (input.caller.kind === 'account') return Promise.resolve({ kind: 'redirect', to: next });
    const frame = pageFrame(services, input, { title: 'Sign in', nav: null, memberNav: false });
    return Promise.resolve({ kind: 'html', body: signInPage(frame, { error: null, email: '', next }) });
  });

  registerPage(
    app,
    services,
    {
      method: 'POST',
      url: '/login',
      access: 'public',
      // Per address and e-mail: guessing one account's password is slow, and one visitor cannot lock others out.
      rateLimit: { max: services.config.CONSENTRY_SIGNIN_LIMIT, timeWindow: '15 minutes', keyGenerator: (request) => `${request.ip}|${emailOf(request)}` },
    },
    async (input) => {
      const limit = await perAddress(input.request);
      if (!limit.isAllowed && limit.isExceeded) throw new ConsentryError('E_RATE_LIMITED', 'too many sign-in attempts from this address; wait 15 minutes and try again');
      const account = await perAccount(input.request);
      if (!account.isAllowed && account.isExceeded) throw new ConsentryError('E_RATE_LIMITED', 'too many sign-in attempts for this account; wait 15 minutes and try again');
      const form = validatePart(signInFormSchema, input.form, 'sign-in form');
      const next = safeNext(form.next);
      try {
        const session = await signIn({ ctx: services.ctx('web'), email: form.email, password: form.password, sessionHours: services.config.CONSENTRY_SESSION_HOURS });
        const old = input.request.cookies[SESSION_COOKIE];
        if (old !== undefined && old !== '') await signOut({ ctx: services.ctx('web'), token: old });
        setCookie(input.reply, input.request, services.config, SESSION_COOKIE, session.token, services.config.CONSENTRY_SESSION_HOURS * 3600);
        const landing = next === '/' ? (session.account.role === 'member' ? '/settings/data-privacy' : session.account.role === 'delegate' ? '/delegate' : '/') : next;
        return { kind: 'redirect', to: landing };
      } catch (error) {
        if (!isConsentryError(error) || error.code !== 'E_SIGN_IN_FAILED') throw error;
        const frame = pageFrame(services, input, { title: 'Sign in', nav: null, memberNav: false });
        return { kind: 'html', status: 401, body: signInPage(frame, { error: 'Wrong e-mail address or password.', email: form.email, next }) };
      }
    },
  );

  registerPage(app, services, { method: 'POST', url: '/logout', access: 'public' }, async (input) => {
    const token = input.request.cookies[SESSION_COOKIE];
    if (token !== undefined && token !== '') await signOut({ ctx: services.ctx('web'), token });
    clearCookie(input.reply, input.request, services.config, SESSION_COOKIE);
    return { kind: 'redirect', to: '/login' };
  });
}
