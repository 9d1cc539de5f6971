// Server settings from the environment, validated at start-up with messages that say how to fix them.
import { z } from 'zod';
import { problemsError } from '../domain/errors.js';
import { formatIssues } from '../schema/issues.js';

const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1').meta({ description: 'Interface to listen on.' }),
  PORT: z.coerce.number().int().min(0, 'must be 0–65535').max(65535, 'must be 0–65535').default(3000).meta({ description: 'TCP port (0 picks a free one).' }),
  CONSENTRY_SEED_DEMO: z.enum(['auto', 'never']).default('auto').meta({ description: 'auto: seed a demo network when the database is empty.' }),
  CONSENTRY_LOG: z.enum(['silent', 'error', 'info', 'debug']).default('error').meta({ description: 'Request log level on stderr.' }),
  CONSENTRY_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto').meta({ description: 'auto: Secure cookies unless serving plain HTTP on localhost.' }),
  CONSENTRY_POLICY: z.string().min(1).default('privacy-first').meta({ description: 'Policy pack the member pages and /api/v1/decisions decide with: a built-in name or a JSON file.' }),
  CONSENTRY_SESSION_HOURS: z.coerce.number().int().min(1, 'must be 1–720').max(720, 'must be 1–720').default(12).meta({ description: 'A session ends this many hours after sign-in.' }),
  CONSENTRY_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5, 'must be 5–1440').max(1440, 'must be 5–1440').default(120).meta({ description: 'A session ends after this many minutes without a request.' }),
  CONSENTRY_RATE_LIMIT: z.coerce.number().int().min(0, 'must be 0 or more').default(1200).meta({ description: 'Requests per minute per client address (0 turns the global limit off).' }),
  CONSENTRY_SIGNIN_LIMIT: z.coerce.number().int().min(1, 'must be 1 or more').default(10).meta({ description: 'Sign-in attempts per 15 minutes per client address and e-mail.' }),
  CONSENTRY_FORM_LIMIT: z.coerce.number().int().min(1, 'must be 1 or more').default(10).meta({ description: 'Public objection forms per hour per client address.' }),
  CONSENTRY_HISTORY_CACHE: z.coerce.number().int().min(0, 'must be 0 or more').default(50_000).meta({ description: 'Members whose histories batch decisions keep in memory between changes (0 turns the cache off).' }),
  CONSENTRY_UNLEARNING_DAYS: z.coerce.number().int().min(1, 'must be 1–365').max(365, 'must be 1–365').default(30).meta({ description: 'Days after an opt-out by which used items are removed (shown to members).' }),
  CONSENTRY_CONTROLLER_NAME: z.string().min(1).default('Consentry Network Ltd.').meta({ description: 'The data controller named on consent receipts.' }),
  CONSENTRY_CONTROLLER_EMAIL: z.email('must be an e-mail address').default('privacy@consentry.example').meta({ description: 'The privacy contact named on consent receipts.' }),
  CONSENTRY_CONTROLLER_ADDRESS: z.string().min(1).default('1 Example Street, Dublin, Ireland').meta({ description: 'The controller address named on consent receipts.' }),
  CONSENTRY_POLICY_URL: z.url('must be a URL').default('https://consentry.example/privacy').meta({ description: 'The privacy policy named on consent receipts.' }),
});

/** Validated server settings. */
export type ServerConfig = z.infer<typeof configSchema>;

const HOW_TO_FIX: Readonly<Record<string, string>> = {
  PORT: 'set PORT to a number such as 3000',
  HOST: 'set HOST to an interface such as 127.0.0.1 or 0.0.0.0',
  CONSENTRY_SEED_DEMO: 'set CONSENTRY_SEED_DEMO to auto or never',
  CONSENTRY_LOG: 'set CONSENTRY_LOG to silent, error, info or debug',
  CONSENTRY_SECURE_COOKIES: 'set CONSENTRY_SECURE_COOKIES to auto, always or never',
  CONSENTRY_POLICY: 'set CONSENTRY_POLICY to privacy-first, linkedin-2024 or a policy pack file',
  CONSENTRY_SESSION_HOURS: 'set CONSENTRY_SESSION_HOURS to a number of hours such as 12',
  CONSENTRY_SESSION_IDLE_MINUTES: 'set CONSENTRY_SESSION_IDLE_MINUTES to a number of minutes such as 120',
  CONSENTRY_RATE_LIMIT: 'set CONSENTRY_RATE_LIMIT to requests per minute, or 0 for no global limit',
  CONSENTRY_SIGNIN_LIMIT: 'set CONSENTRY_SIGNIN_LIMIT to attempts per 15 minutes such as 10',
  CONSENTRY_FORM_LIMIT: 'set CONSENTRY_FORM_LIMIT to forms per hour such as 10',
  CONSENTRY_HISTORY_CACHE: 'set CONSENTRY_HISTORY_CACHE to a number of members such as 50000, or 0',
  CONSENTRY_UNLEARNING_DAYS: 'set CONSENTRY_UNLEARNING_DAYS to a number of days such as 30',
  CONSENTRY_CONTROLLER_NAME: 'set CONSENTRY_CONTROLLER_NAME to the organisation’s name',
  CONSENTRY_CONTROLLER_EMAIL: 'set CONSENTRY_CONTROLLER_EMAIL to an address such as privacy@example.org',
  CONSENTRY_CONTROLLER_ADDRESS: 'set CONSENTRY_CONTROLLER_ADDRESS to a postal address',
  CONSENTRY_POLICY_URL: 'set CONSENTRY_POLICY_URL to the privacy policy’s URL',
};

/** Reads the server settings; throws one error listing every bad variable and how to fix it. */
export function loadServerConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]])));
  if (parsed.success) return parsed.data;
  const problems = formatIssues(parsed.error).map((problem) => {
    const name = problem.split(':')[0] ?? '';
    return `${problem} (${HOW_TO_FIX[name] ?? 'see README'})`;
  });
  throw problemsError('E_CONFIG_INVALID', 'invalid environment', problems);
}
