// Server settings from the environment, validated at start-up with messages that say how to fix them.
import { z } from 'zod';
import { ConsentryError } from '../domain/errors.js';
import { formatIssues } from '../schema/issues.js';

const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1').meta({ description: 'Interface to listen on.' }),
  PORT: z.coerce.number().int().min(0, 'must be 0–65535').max(65535, 'must be 0–65535').default(3000).meta({ description: 'TCP port (0 picks a free one).' }),
  CONSENTRY_SEED_DEMO: z.enum(['auto', 'never']).default('auto').meta({ description: 'auto: seed a demo network when the database is empty.' }),
  CONSENTRY_LOG: z.enum(['silent', 'error', 'info', 'debug']).default('error').meta({ description: 'Request log level on stderr.' }),
  CONSENTRY_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto').meta({ description: 'auto: Secure cookies unless serving plain HTTP on localhost.' }),
});

/** Validated server settings. */
export type ServerConfig = z.infer<typeof configSchema>;

const HOW_TO_FIX: Readonly<Record<string, string>> = {
  PORT: 'set PORT to a number such as 3000',
  HOST: 'set HOST to an interface such as 127.0.0.1 or 0.0.0.0',
  CONSENTRY_SEED_DEMO: 'set CONSENTRY_SEED_DEMO to auto or never',
  CONSENTRY_LOG: 'set CONSENTRY_LOG to silent, error, info or debug',
  CONSENTRY_SECURE_COOKIES: 'set CONSENTRY_SECURE_COOKIES to auto, always or never',
};

/** Reads the server settings; throws one error listing every bad variable and how to fix it. */
export function loadServerConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]])));
  if (parsed.success) return parsed.data;
  const problems = formatIssues(parsed.error).map((problem) => {
    const name = problem.split(':')[0] ?? '';
    return `${problem} (${HOW_TO_FIX[name] ?? 'see README'})`;
  });
  throw new ConsentryError('E_CONFIG_INVALID', `invalid environment: ${problems.join('; ')}`, problems);
}
