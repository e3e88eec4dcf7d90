/**
 * The line reader for plain markdown must read a body exactly as remark-parse does whenever it
 * takes the body at all. Every case here parses a body both ways and compares the documents;
 * the reader's own tests check that it takes the shapes it is for and gives up on the rest.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../src/parsers/builder.js';
import { splitFrontMatter } from '../../src/parsers/front-matter.js';
import { readPlainMarkdown } from '../../src/parsers/markdown-lines.js';
import { parseMarkdownBody } from '../../src/parsers/markdown.js';
import { decode } from '../../src/pipeline/decode.js';
import { FC_SEED, FIXTURES, HAS_SHARED, ROOT, SHARED } from '../helpers.js';

function docWith(body: string, engine: 'auto' | 'remark') {
  const builder = new DocumentBuilder();
  parseMarkdownBody(body, 0, builder, null, engine);
  return builder.build({ format: 'markdown', language: null, frontMatter: null, frontMatterLines: {}, text: body, structured: null, meta: {} });
}

/** Whether the line reader takes the body; when it does, its document must equal remark's. */
function compare(body: string): boolean {
  const taken = readPlainMarkdown(body.replace(/^(#{2,6})(?=[^\s#])/gm, '$1 '), 0) !== null;
  expect(docWith(body, 'auto')).toEqual(docWith(body, 'remark'));
  return taken;
}

describe('the line reader for plain markdown', () => {
  it.each([
    ['headings, closing hashes and a tight heading', '# Title #\n\n## Duties ##  \n\n### C#\n\n##Benefits\n\n####### not a heading\n'],
    ['paragraphs over several lines, with hard breaks', 'We build tools.  \nFor people who\n   care about detail.\n\nSecond paragraph.\n'],
    ['bold labels with values', '**Position:** Engineer  \n**Company:** Acme & Sons  \n**Location:** Berlin, Germany\n'],
    ['a bold-only line and a LABEL: line as pseudo-headings', '**Core skills:**\n\n- Go\n\nRESPONSIBILITIES:\n\n1. Build\n'],
    ['links in paragraphs and items', 'Apply at [our site](https://jobs.example/apply?id=7) today.\n\n- See [the team](https://example.org/team)\n'],
    ['nested lists with lazy lines and blank lines', '- one\n  - one a\n  lazy line\n- two\n\n  two, second paragraph\n    - deep\n- three\n'],
    ['ordered lists with either delimiter', '1. First\n2. Second\n10. Tenth\n\n1) Alpha\n2) Beta\n'],
    ['a list that interrupts a paragraph', 'We offer:\n- Pension\n- Bikes\nAnd more\n'],
    ['a change of bullet starts a new list', '- a\n- b\n* c\n+ d\n'],
    ['a paragraph after a list ends it', '- a\n- b\n\nAfter the list.\n\n  - c at indent two\n'],
    ['emphasis and strong around punctuation', 'A *calm* team, **(remote)** and **100%**: *yes*.\n'],
    ['text that looks like markup but is not', 'C# and 1.5 years, 3 + 4, 2024 was good, #hashtag, R&D ~ fine, a > b | c\n'],
    ['a deep continuation of a paragraph', 'First line\n        indented continuation\n'],
    ['thematic breaks between top-level blocks', '# About\n\nWe build.\n\n---\n\n- a\n- b\n\n* * *\n\n***\n\n## Role\n'],
    ['underscores inside words and URLs', 'POSITION_NAME: Engineer at [site](https://x.example/job_id/a_b) or https://x.example/snake_case\n'],
    ['underscore emphasis and strong, with words joined by underscores inside', 'A _calm_ team, __(remote)__ and _POSITION_NAME_: yes.\n'],
    ['code spans, padded and not, in text, items and headings', 'Push to `main`, run ` npm test `, or `  `.\n\n- Use `*.md` and `[x](y)` as text\n\n## The `jobnorm` CLI\n'],
    ['a label that is all code', '`Stack:` Go\n\n`Stack:`\n'],
  ])('reads %s as remark does', (_name, body) => {
    expect(compare(body)).toBe(true);
  });

  it.each([
    ['HTML', 'Hello <b>world</b>\n'],
    ['fenced code', '```\ncode\n```\n'],
    ['a code span over two lines', 'use `npm\ntest` here\n'],
    ['a code span of two backticks', 'a `` b ` c `` d\n'],
    ['emphasis around a code span', '*run `x`*\n'],
    ['a link whose text is code', '[`api`](https://x.example)\n'],
    ['indented code', 'Para\n\n    code\n'],
    ['a blockquote', '> quoted\n'],
    ['a setext heading', 'Title\n=====\n'],
    ['a dash line under a paragraph (setext)', 'a\n---\n\nb\n'],
    ['a thematic break inside a list item', '- a\n\n  ---\n'],
    ['a thematic break that ends a paragraph', 'a\n* * *\n'],
    ['underscore emphasis left open', 'some _emphasis here\n'],
    ['a trailing underscore', 'snake_ case\n'],
    ['underscore emphasis inside star emphasis', '*a _b_ c*\n'],
    ['an escape', 'not \\*bold\\*\n'],
    ['a character reference', 'Tom &amp; Jerry\n'],
    ['an image', '![logo](logo.png)\n'],
    ['a reference link', 'See [the site].\n\n[the site]: https://example.org\n'],
    ['a stray star', 'five* rating\n'],
    ['strong across lines', '**bold\nacross lines**\n'],
    ['an empty list item', '-\n- b\n'],
    ['an ordered list not at 1 after a paragraph', 'The year\n2024. was good\n'],
    ['a heading inside a list item', '- item\n  ## heading\n'],
    ['a tab', '-\titem\n'],
  ])('gives %s to remark', (_name, body) => {
    expect(compare(body)).toBe(false);
  });

  it('reads every markdown fixture and shared document as remark does', () => {
    const roots = [FIXTURES, join(ROOT, 'test', 'hostile'), ...(HAS_SHARED ? [join(SHARED, 'seeds'), join(SHARED, 'corpus')] : [])];
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(md|markdown|txt)$/.test(name) && statSync(p).size < 1_000_000) files.push(p);
      }
    };
    for (const r of roots) if (existsSync(r)) walk(r);
    expect(files.length).toBeGreaterThan(10);
    let taken = 0;
    for (const f of files) {
      const fm = splitFrontMatter(decode(readFileSync(f)).text);
      if (compare(fm.body)) taken++;
    }
    // Some real documents are plain enough for the reader; the comparison above is what counts.
    expect(taken).toBeGreaterThan(0);
  });

  /** Lines built from the shapes postings use, with the near misses that trip a hand-written reader. */
  const CLEAN = ['Senior', 'team', 'Python', '5+', 'years', 'Salary:', '$100k', '(remote)', '**Core skills:**', '*nice*', '**bold**', '[apply](https://x.example/a)', '1.', '2)', '#tag', 'C#', 'Label:', ':', 'R&D', '—', 'é', '-', '+', '1.5', '100%', '`code`', '_em_', '__strong__', 'snake_case', '` padded `', '`Go:`'];
  const NEAR = ['**Pay**:', '*calm*,', '(**x**)', '**a**b', '**a** **b**', 'a*b', '**', 'x**y', '[brackets]', '*', '**open', 'close**', '](', '#', 'a_', '---', '* * *', '`', '``', '`open', 'close`', '_', '_a', '**`x`**', '[`a`](u)', '`*`', '*a_b*', '_a*b_', 'x_y_', '__a_', '_**x**_', '`_x_`'];
  const word = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...CLEAN) }, { weight: 1, arbitrary: fc.constantFrom(...NEAR) });
  // Mostly spaced, sometimes glued: `**bold**`code`` and `_em_snake_case` are where readers slip.
  const gap = fc.constantFrom(' ', ' ', ' ', ' ', '', ', ', ': ');
  const words = fc.array(fc.tuple(gap, word), { minLength: 1, maxLength: 6 }).map((ws) => ws.map(([g, w], k) => (k ? g : '') + w).join(''));
  const indent = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('', '', '  ', '   ') }, { weight: 1, arbitrary: fc.constantFrom(' ', '    ', '     ', '      ', '        ') });
  const marker = fc.constantFrom('-', '*', '+', '1.', '2.', '1)', '10.');
  const line = fc.oneof(
    fc.constant(''),
    fc.constant(''),
    fc.tuple(indent, fc.constantFrom('---', '***', '* * *', '- - -', '--', '----  ', '___')).map(([i, b]) => `${i}${b}`),
    fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', '', '  '), words, fc.constantFrom('', ' #', ' ##', '  ')).map(([n, sp, w, close]) => `${'#'.repeat(n)}${sp}${w}${close}`),
    fc.tuple(indent, words, fc.constantFrom('', '  ', ' ')).map(([i, w, end]) => `${i}${w}${end}`),
    fc.tuple(indent, words).map(([i, w]) => `${i}${w}`),
    fc.tuple(indent, marker, fc.constantFrom(' ', ' ', ' ', '  ', '   ', '     ', ''), words).map(([i, m, sp, w]) => `${i}${m}${sp}${w}`),
    fc.tuple(indent, marker, words).map(([i, m, w]) => `${i}${m} ${w}`),
  );
  const body = fc.array(line, { minLength: 1, maxLength: 14 }).map((ls) => `${ls.join('\n')}\n`);

  it('reads generated bodies exactly as remark does whenever it takes them', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(body, (b) => {
        runs++;
        if (compare(b)) taken++;
      }),
      { numRuns: 3000, seed: FC_SEED },
    );
    // The generator is worth something only if the reader takes a fair share of its bodies.
    expect(taken / runs).toBeGreaterThan(0.15);
  });
});
