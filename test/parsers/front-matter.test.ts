import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/parsers/front-matter.js';
import { recordOf } from '../helpers.js';

describe('front matter', () => {
  it('splits YAML from the body and records key lines', () => {
    const fm = splitFrontMatter('---\ntitle: Engineer\ncompany: Acme\n---\n# Body\n');
    expect(fm.data).toEqual({ title: 'Engineer', company: 'Acme' });
    expect(fm.keyLines).toEqual({ title: 2, company: 3 });
    expect(fm.body).toBe('# Body\n');
    expect(fm.bodyOffset).toBe(4);
  });

  it('keeps the precision written for dates', () => {
    const fm = splitFrontMatter("---\ncreated: !!timestamp '2019-01-09'\ndate: 2022-02-02\nat: 2018-01-09 09:00:00 -0400\n---\n");
    expect(fm.data).toMatchObject({ created: '2019-01-09', date: '2022-02-02', at: '2018-01-09 09:00:00 -0400' });
  });

  it('refuses executable front matter and never runs it', () => {
    const g = globalThis as { pwned?: boolean };
    const fm = splitFrontMatter('---js\n{ title: (globalThis.pwned = true, "x") }\n---\nBody\n');
    expect(g.pwned).toBeUndefined();
    expect(fm.data).toBeNull();
    expect(fm.diagnostics.map((d) => d.code)).toEqual(['front-matter/refused']);
    expect(fm.body).toBe('Body\n');
  });

  it('does not run custom YAML tags', () => {
    const fm = splitFrontMatter('---\nx: !!js/function "function () { return 1 }"\n---\n');
    expect(fm.data).toBeNull();
    expect(fm.diagnostics[0]?.code).toBe('front-matter/invalid');
  });

  it('reports invalid YAML with its line and still reads the body', () => {
    const fm = splitFrontMatter('---\ntitle: ok\nbad: [unclosed\n---\nBody text\n');
    expect(fm.diagnostics[0]).toMatchObject({ code: 'front-matter/invalid', severity: 'error' });
    expect(fm.diagnostics[0]?.line).toBe(3);
    // A key written twice is reported on the second, and the message carries no line of its own.
    const twice = splitFrontMatter('---\ntitle: a\ncompany: b\ntitle: c\n---\nBody\n').diagnostics[0];
    expect(twice?.line).toBe(4);
    expect(twice?.message).not.toMatch(/at line/);
    expect(fm.body).toBe('Body text\n');
  });

  it('treats an unterminated front matter as body text', () => {
    const fm = splitFrontMatter('---\ntitle: x\nno end here\n');
    expect(fm.data).toBeNull();
    expect(fm.body).toBe('---\ntitle: x\nno end here\n');
    expect(fm.diagnostics[0]?.code).toBe('front-matter/invalid');
  });

  it('keeps __proto__ and constructor keys out of the data', () => {
    const fm = splitFrontMatter('---\n__proto__:\n  polluted: true\nconstructor: x\ntitle: ok\n---\n');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(fm.data ?? {})).toEqual(['title']);
  });

  it('stops an alias bomb within a budget', () => {
    const lines = ['---', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('---', 'Body');
    const fm = splitFrontMatter(lines.join('\n'));
    expect(fm.data).toBeNull();
    expect(fm.diagnostics[0]?.code).toBe('front-matter/truncated');
  });

  it('reads TOML front matter (+++), with the same keys, lines and dates as YAML', () => {
    const fm = splitFrontMatter('+++\ntitle = "Night Baker"\ncompany = \'Crust\'\ndate = 2026-03-05T06:00:00+01:00\n[params]\nteam = "ovens"\n+++\nBody text\n');
    expect(fm.data).toEqual({ title: 'Night Baker', company: 'Crust', date: '2026-03-05T06:00:00.000+01:00', params: { team: 'ovens' } });
    expect(fm.keyLines).toMatchObject({ title: 2, company: 3, date: 4 });
    expect([fm.body, fm.bodyOffset]).toEqual(['Body text\n', 7]);
    const r = recordOf('+++\ntitle = "Night Baker"\ncompany = "Crust"\ndate = 2026-03-05\n+++\n\nYou will bake bread for our three shops.\n');
    expect([r.title, r.company, r.datePosted, r.provenance.company?.line]).toEqual(['Night Baker', 'Crust', '2026-03-05', 3]);
  });
  it('reports broken TOML on its line and reads the body; runs nothing and bounds the depth', () => {
    const fm = splitFrontMatter('+++\ntitle = "Baker"\nbad = [1,\n+++\nBody\n');
    expect(fm.diagnostics[0]).toMatchObject({ code: 'front-matter/invalid' });
    expect(fm.diagnostics[0]?.message).toMatch(/not valid TOML/);
    expect(fm.body).toBe('Body\n');
    const deep = splitFrontMatter(`+++\nx = ${'['.repeat(200)}${']'.repeat(200)}\n+++\nBody\n`);
    expect(deep.data).toBeNull();
    expect(deep.diagnostics[0]?.code).toMatch(/front-matter\/(invalid|truncated)/);
    expect(splitFrontMatter('+++\ntitle = "x"\nno closing fence\n').diagnostics[0]?.code).toBe('front-matter/invalid');
  });

  it('reads a key no extractor names by the labels of every language ("where:", "Arbeitsort:")', () => {
    const r = recordOf("---\nposition: Tram Driver\norg: Lakeside Transit\nwhere: Geneva, Switzerland\n---\n\n## You'll be\n\n- Driving route 12\n- Checking tickets\n");
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Geneva', 'CH']]);
    expect(r.responsibilities).toEqual(['Driving route 12', 'Checking tickets']);
    expect(recordOf('---\ntitel: Straßenbahnfahrer\narbeitsort: Graz\n---\n\nWir fahren.\n').locations[0]?.city).toBe('Graz');
  });

  it('reports a key that still holds a template\'s placeholder once, on its line', () => {
    const r = recordOf('---\ntitle: Cook\nlocation: "<City, ST>"\n---\n\n## Duties\n\n- Cook\n');
    expect(r.diagnostics.filter((d) => d.code === 'field/placeholder').map((d) => d.line)).toEqual([3]);
    expect(r.locations).toEqual([]);
  });
});

describe('lists kept in front matter', () => {
  const page = '---\ntitle: Tree Surgeon\ncompany: Oakline Arborists\nduties:\n  - Fell and prune trees\n  - Grind stumps\nrequirements:\n  - NPTC chainsaw tickets\n  - A driving licence\nnice_to_have:\n  - Climbing experience\nperks:\n  - Company van\n---\n';
  it('reads lists of strings under keys that name a section, in any language, with their key\'s line', () => {
    const r = recordOf(page);
    expect(r.responsibilities).toEqual(['Fell and prune trees', 'Grind stumps']);
    expect(r.qualifications?.required).toEqual(['NPTC chainsaw tickets', 'A driving licence']);
    expect(r.qualifications?.preferred).toEqual(['Climbing experience']);
    expect(r.benefits).toEqual(['Company van']);
    expect(r.provenance.responsibilities).toEqual({ line: 4, column: 1, from: 'front-matter' });
    expect(r.isJobPosting).toBe(true);
  });
  it('leaves the body\'s own list in place, and a key that names no section alone', () => {
    const r = recordOf('---\ntitle: Tree Surgeon\nduties:\n  - From the front matter\ntags:\n  - trees\n  - outdoors\n---\n\n## Duties\n\n- From the body\n');
    expect(r.responsibilities).toEqual(['From the body']);
    expect(r.skills ?? []).not.toContain('trees');
  });
});
