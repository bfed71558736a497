import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The tree at the top of docs/architecture.md: the first fenced block. */
const tree = readFileSync('docs/architecture.md', 'utf8').split('```')[1]!;
const folders = (parent: string) =>
  readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(parent, entry.name));

describe('the architecture chapter', () => {
  it('names every folder of the source, two levels deep', () => {
    const source = folders('src').flatMap((folder) => [folder, ...folders(folder)]);
    const named = (folder: string) => tree.includes(`${folder}/`) || tree.includes(`${folder.split('/').at(-1)}/`);
    expect(source.filter((folder) => !named(folder))).toEqual([]);
  });

  it('names only folders that exist: each entry of its left column, and what is indented under it', () => {
    const missing: string[] = [];
    let parent = '';
    for (const line of tree.split('\n')) {
      const entry = /^( *)(\.?[\w-]+(?:\/[\w-]+)*\/)/.exec(line);
      if (!entry) continue;
      const path = entry[1] ? join(parent, entry[2]!) : entry[2]!;
      if (!entry[1]) parent = entry[2]!;
      if (!existsSync(path)) missing.push(path);
    }
    expect(missing).toEqual([]);
  });
});
