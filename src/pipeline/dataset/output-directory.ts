// Atomic dataset output: everything is written into a hidden sibling folder, then renamed into place.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConsentryError } from '../../domain/errors.js';

/** Refuses an output path that already holds something, before any work is done. */
export async function assertOutputFree(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new ConsentryError('E_OUTPUT_UNWRITABLE', `cannot use ${dir}: ${(error as Error).message}`);
  }
  if (!info.isDirectory()) throw new ConsentryError('E_OUTPUT_EXISTS', `${dir} exists and is not a directory`);
  if ((await readdir(dir)).length > 0) throw new ConsentryError('E_OUTPUT_EXISTS', `${dir} exists and is not empty; choose a new --out`);
}

/**
 * Creates the staging folder next to the target (same file system, so the final rename is atomic).
 * Its name starts with a dot and ends in `.partial`, so a crash leaves nothing that looks complete.
 */
export async function createStagingDir(dir: string): Promise<string> {
  const staging = join(dirname(dir), `.${basename(dir)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await makeParents(dirname(dir));
    await mkdir(staging);
  } catch (error) {
    throw new ConsentryError('E_OUTPUT_UNWRITABLE', `cannot create ${staging}: ${(error as Error).message}`);
  }
  return staging;
}

/**
 * Creates a folder and its missing parents one level at a time. Not `mkdir(…, { recursive: true })`: under a
 * folder that refuses new entries with ENOENT (`/proc`), Node's recursive mkdir retries forever.
 */
async function makeParents(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    try {
      if (!(await stat(at)).isDirectory()) throw new Error(`${at} is not a directory`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(at);
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      // Another process may make the same parent at the same moment.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Flushes a file or folder to disk. */
export async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Moves the finished staging folder into place, atomically. */
export async function publishStagingDir(staging: string, dir: string): Promise<void> {
  await assertOutputFree(dir);
  try {
    await rename(staging, dir);
    await fsyncPath(dirname(dir));
  } catch (error) {
    throw new ConsentryError('E_OUTPUT_UNWRITABLE', `cannot move the finished dataset into ${dir}: ${(error as Error).message}`);
  }
}

/** Removes a staging folder after a failed build. */
export async function discardStagingDir(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
