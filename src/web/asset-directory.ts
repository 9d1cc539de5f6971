// Where the browser assets (CSS, the enhancement script) live, whether running from src/ (tests) or dist/ (npm start).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The assets are plain files under src/web/assets (the TypeScript build does not copy them), so
 * the directory is found from the package root, the nearest folder above this module with a
 * package.json.
 */
export function assetDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the package root (package.json) above the web assets');
    dir = parent;
  }
  return join(dir, 'src', 'web', 'assets');
}
