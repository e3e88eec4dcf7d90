// The floor any remark-based tool pays on one core: read each file, gray-matter, remark parse.
// Usage: node bare-loop.mjs DIR [K/N]   (K/N: take every N-th file starting at K, for a parallel pair)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const [dir, part] = process.argv.slice(2);
const [k, n] = part ? part.split('/').map(Number) : [1, 1];
const files = [];
for (const sub of readdirSync(dir).sort()) {
  if (sub.startsWith('.')) continue;
  for (const f of readdirSync(join(dir, sub)).sort()) files.push(join(dir, sub, f));
}
const processor = unified().use(remarkParse);
let nodes = 0;
files.forEach((file, i) => {
  if (i % n !== k - 1) return;
  const { content } = matter(readFileSync(file, 'utf8'), {});
  nodes += processor.parse(content).children.length;
});
process.stdout.write(`${nodes}\n`);
