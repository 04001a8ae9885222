import { existsSync, readdirSync, readFileSync } from 'node:fs';

// README's folder map matches the tree: every folder it names is there, and every folder of src,
// of src/features and of src/domain is named, so a newcomer's map is never out of date unseen.

/** The folders the map names, as paths, read from its indentation (two spaces a level). */
function foldersInMap(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const map = readme.slice(readme.indexOf('## Folder map'));
  const block = map.slice(map.indexOf('```') + 4, map.indexOf('```', map.indexOf('```') + 4));
  const parents: string[] = [];
  const found: string[] = [];
  for (const line of block.split('\n')) {
    const named = /^( *)([a-z][a-z-]*\/)/.exec(line);
    if (!named) continue;
    const depth = named[1]!.length / 2;
    parents.length = depth;
    parents.push(named[2]!);
    found.push(parents.join('').replace(/\/$/, ''));
  }
  return found;
}

const foldersIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`);

describe("README's folder map", () => {
  const named = foldersInMap();

  it('names only folders that are there', () => {
    expect(named.filter((folder) => !existsSync(folder))).toEqual([]);
  });

  it('names every folder of src, src/features and src/domain', () => {
    const tree = [...foldersIn('src'), ...foldersIn('src/features'), ...foldersIn('src/domain')];
    expect(tree.filter((folder) => !named.includes(folder))).toEqual([]);
  });
});
