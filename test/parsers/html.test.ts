/**
 * The HTML reader: a saved page or a fragment becomes the same document model as markdown —
 * headings, paragraphs and lists with the page's own line numbers — with the chrome around a
 * posting left out and the page's structured data (JSON-LD, microdata) kept for the extractors.
 */
import { describe, expect, it } from 'vitest';
import type { List } from '../../src/parsers/document.js';
import { parseDocument } from '../../src/parsers/index.js';
import { normalize } from '../../src/index.js';
import { recordOf } from '../helpers.js';

const parse = (text: string, path = 'p.html') => parseDocument(text, path).document;
const texts = (text: string) => {
  const doc = parse(text);
  return doc.sections.flatMap((s) => [s.heading?.text ?? '', ...s.blocks.flatMap((b) => (b.type === 'paragraph' ? b.lines.map((l) => l.text) : b.items.map((i) => i.text)))]).filter(Boolean);
};

describe('HTML reader', () => {
  it('reads headings, paragraphs and nested lists with the lines they stand on', () => {
    const html = '<html><body>\n<h1>Baker</h1>\n<p>We bake bread.</p>\n<h2>Duties</h2>\n<ul>\n<li>Knead <b>dough</b></li>\n<li>Bake\n<ul><li>rye</li></ul></li>\n</ul>\n</body></html>';
    const doc = parse(html);
    expect(doc.format).toBe('html');
    expect(doc.sections.map((s) => [s.heading?.text, s.heading?.level, s.heading?.line])).toEqual([['Baker', 1, 2], ['Duties', 2, 4]]);
    const list = doc.sections[1]?.blocks[0] as List;
    expect(list.items.map((i) => [i.text, i.line])).toEqual([['Knead dough', 6], ['Bake', 7]]);
    expect(list.items[1]?.items.map((i) => i.text)).toEqual(['rye']);
  });

  it('parts two texts at an empty inline element between them, a separator or an icon the style sheet draws', () => {
    expect(texts('<p>Field Service<span class="dot"></span>Graz, Austria</p>')).toEqual(['Field Service · Graz, Austria']);
    expect(texts('<p>Night shift <i class="icon-clock"></i> 22:00–06:00</p>')).toEqual(['Night shift · 22:00–06:00']);
    // Not at the start of a block, not after a label's colon, not inside a word's own markup.
    expect(texts('<p><i class="icon-pin"></i>Graz</p><p>Pay: <span class="sep"></span>€2,900</p><p>Fork<span>lift</span> driver</p>')).toEqual(['Graz', 'Pay: €2,900', 'Forklift driver']);
  });

  it('reads a block of several bold labels as a line per label, the colon inside the bold or after it', () => {
    expect(texts('<p><b>Location:</b> Ghent, Belgium <b>Contract:</b> Full-time <strong>Pay</strong>: €3,100 a month</p>')).toEqual(['Location: Ghent, Belgium', 'Contract: Full-time', 'Pay: €3,100 a month']);
    const r = recordOf('<h1>Glazier</h1><p><b>Location:</b> Ghent, Belgium <b>Contract:</b> Full-time</p><h2>Duties</h2><ul><li>Fit windows</li><li>Measure frames</li></ul>', 'p.html');
    expect([r.locations.map((l) => l.city), r.employmentType]).toEqual([['Ghent'], 'full-time']);
    // One bold label is a line of its own already; bold words that are no label stay in the sentence.
    expect(texts('<p><b>Note:</b> we read every letter. <b>Really:</b> every one.</p>')).toEqual(['Note: we read every letter. Really: every one.']);
  });

  it('keeps the lines of a table row of one cell apart, as an old page\'s letterhead writes them', () => {
    const html = '<table>\n<tr><td><b>CITY OF ELM RIDGE</b><br>Personnel Office</td></tr>\n</table>\n<table>\n<tr><td>Position</td><td>Park Ranger</td></tr>\n</table>';
    expect(texts(html)).toEqual(['CITY OF ELM RIDGE', 'Personnel Office', 'Position: Park Ranger']);
    // Each a block of its own: the letterhead names the employer.
    expect(recordOf(`${html}<p>Keeps the trails of the town's parks open all year.</p>`, 'p.html').company).toBe('CITY OF ELM RIDGE');
  });

  it('decodes every entity, named or numeric', () => {
    expect(texts('<p>Caf&eacute; &amp; bar &ndash; 25&nbsp;&euro; &#x2F; hour &#8364; &hellip;</p>')).toEqual(['Café & bar – 25 € / hour € …']);
  });

  it('leaves out scripts, styles, navigation, footers, forms, hidden parts and cookie banners', () => {
    const html = [
      '<nav><a href="/">Home</a></nav>', '<script>var x = 1;</script><style>p{}</style>', '<div class="cookie-banner">We use cookies</div>',
      '<main><p>The role itself.</p></main>', '<div hidden>secret</div>', '<form><label>Name</label><button>Send</button></form>', '<footer>Imprint</footer>',
    ].join('\n');
    expect(texts(html)).toEqual(['The role itself.']);
  });

  it('drops a button or link of the page alone in its block, but keeps an absolute link it carries', () => {
    const t = texts('<div><a href="/signup">Join now</a></div><p>We bake bread.</p><div><a href="/more">Show more</a></div><p><a href="https://crumb.example/apply">Apply now</a></p>');
    expect(t).toEqual(['We bake bread.', 'Apply now']);
  });

  it('reads a heading inside a list item as the label of the item\'s value', () => {
    const doc = parse('<ul><li><h3>Employment type</h3><span>Full-time</span></li><li><h3>Seniority level</h3><span>Senior</span></li></ul>');
    expect(doc.sections.flatMap((s) => s.heading ? [s.heading.text] : [])).toEqual([]);
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Employment type', 'Full-time'], ['Seniority level', 'Senior']]);
    // A list of such facts is details, not requirements.
    const r = recordOf('<h2>Requirements</h2><ul><li>Five years of baking</li></ul><p>Criteria of the job.</p><ul><li><h3>Employment type</h3><span>Full-time</span></li><li><h3>Industry</h3><span>Food</span></li></ul>', 'p.html');
    expect(r.qualifications.required).toEqual(['Five years of baking']);
    expect(r.employmentType).toBe('full-time');
  });

  it('reads paragraphs written as bullets as the items of a list', () => {
    const r = recordOf('Crumb &amp; Co | Baker | Graz, Austria | ONSITE<p>We are looking for a Baker with:<p>- Three years in a bakery<p>- A food hygiene certificate<p>• Early mornings do not scare you<p>Apply by mail.', 'c.txt');
    expect(r.qualifications.required).toEqual(['Three years in a bakery', 'A food hygiene certificate', 'Early mornings do not scare you']);
  });

  it('knows chrome by class or id words in any writing, and keeps links side by side apart', () => {
    expect(texts('<div id="gnav"><a href="/">Jobs</a></div><div class="jobsearch-RelatedLinks">Similar</div><div class="similar_jobs">More</div><p>We bake.</p>')).toEqual(['We bake.']);
    expect(texts('<p><a href="/a">Bread</a><a href="/b">Cakes</a></p>')).toEqual(['Bread Cakes']);
  });

  it('reads a page whose main heading stands in an element its class made look like chrome, and the rest of that class too', () => {
    // "advert" names a banner ad on one page and the job advert itself on another.
    const page = '<div class="banner-advert"><p>Win a car!</p></div><div class="vacancy-advert"><h1>Stonemason</h1><p>Team: Heritage works</p></div>'
      + '<table class="vacancy-advert-facts"><tr><th>Pay:</th><td>£14.80 an hour</td></tr></table><div class="vacancy-advert-body"><p>Repair the walls of old churches.</p></div>';
    expect(texts(page)).toEqual(['Stonemason', 'Team: Heritage works', 'Pay: £14.80 an hour', 'Repair the walls of old churches.']);
    // A region whose class names chrome and holds no main heading stays out.
    expect(texts('<h1>Roofer</h1><div class="similar-jobs"><h1>Tiler</h1><p>Tile roofs.</p></div><p>Fix roofs.</p>')).toEqual(['Roofer', 'Fix roofs.']);
  });

  it('reads an element named a sidebar as an <aside>: its facts, definitions too, and nothing else', () => {
    const doc = parse('<h1>Welder</h1><p>Join our yard.</p><div class="job-sidebar"><dl><dt>Department</dt><dd>Hulls</dd><dt>Location</dt><dd>Gdańsk</dd></dl><p>Follow us on social media</p></div>');
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Department', 'Hulls'], ['Location', 'Gdańsk']]);
    expect(texts('<h1>Welder</h1><div class="job-sidebar"><p>Follow us on social media</p></div>')).toEqual(['Welder']);
  });

  it('reads lines parted by <br> and numbered the Chinese way ("1、") as the items of a list', () => {
    const r = recordOf('<h1>仓库主管</h1><div>岗位职责：<br>1、管理仓库日常工作；<br>2、安排出入库计划；<br>任职要求：<br>1、3年以上仓库管理经验；<br>2、熟悉WMS系统。</div>', 'p.html');
    expect(r.responsibilities).toEqual(['管理仓库日常工作；', '安排出入库计划；']);
    expect(r.qualifications.required).toEqual(['3年以上仓库管理经验；', '熟悉WMS系统。']);
  });

  it('reads a block that is only a section\'s name as a heading, however the page styles it', () => {
    const r = recordOf('<div class="t">Glazier</div><div class="h">Responsibilities</div><div><div>• Cut glass</div><div>• Fit windows</div></div><div class="h">Benefits</div><div><div>• Van</div><div>• Tools</div></div>', 'p.html');
    expect([r.responsibilities, r.benefits]).toEqual([['Cut glass', 'Fit windows'], ['Van', 'Tools']]);
  });

  it('reads bold written in an element\'s style, and the lines under a bold list heading as its items when their bullets were lost', () => {
    const r = recordOf('<h1>Florist</h1><p><span style="font-weight: bold">What you\'ll do</span><br>Make bouquets<br>Serve customers</p><p><span style="font-weight:700">What you need</span><br>A year in a flower shop<br>A driving licence</p>', 'p.html');
    expect([r.responsibilities, r.qualifications.required]).toEqual([['Make bouquets', 'Serve customers'], ['A year in a flower shop', 'A driving licence']]);
  });

  it('keeps the facts of a table in a sidebar, and nothing else of it', () => {
    const page = '<main><h1>Stock Controller</h1><p>Fenwick Tiles needs a stock controller.</p></main><aside><h4>Details</h4><table><tr><td>Location</td><td>Stoke-on-Trent</td></tr><tr><td>Salary</td><td>£27,000</td></tr><tr><td>Share this job</td><td>Email</td></tr></table></aside>';
    const r = recordOf(page, 'p.html');
    expect([r.locations[0]?.city, r.salary?.min]).toEqual(['Stoke-on-Trent', 27000]);
    expect(JSON.stringify(r.sections)).not.toContain('Share this job');
  });

  it('reads a plain line that names a section among lines parted by <br> as a heading, as a text file\'s', () => {
    const r = recordOf('<div>Shop Assistant<br>Pebble Books<br><br>About Pebble Books<br>We sell second-hand books by the sea.<br><br>Your tasks<br>• Serve customers<br>• Sort donations<br><br>You bring<br>• A love of books<br>• Weekend availability<br></div>', 'p.html');
    expect([r.responsibilities, r.qualifications.required]).toEqual([['Serve customers', 'Sort donations'], ['A love of books', 'Weekend availability']]);
    expect(r.sections.map((x) => x.heading)).toEqual(expect.arrayContaining(['About Pebble Books', 'Your tasks', 'You bring']));
  });

  it('reads a table row of a section\'s name and bulleted lines as a heading, its lead sentence and its items, whatever marks the name holds', () => {
    const page = '<h1>倉庫スタッフ</h1><table><tr><th>仕事内容</th><td>物流センターでの軽作業です。<br>・検品<br>・梱包<br>・出荷</td></tr><tr><th>待遇・福利厚生</th><td>・交通費支給<br>・社員食堂</td></tr></table>';
    const r = recordOf(page, 'p.html');
    expect([r.responsibilities, r.benefits]).toEqual([['検品', '梱包', '出荷'], ['交通費支給', '社員食堂']]);
  });

  it('keeps a middle dot that joins two words inside an item ("仕分け・梱包") in that item, parting items only at a dot that opens a line', () => {
    const page = '<h1>倉庫スタッフ</h1><table><tr><th>仕事内容</th><td>・商品の仕分け・梱包<br>・在庫の確認</td></tr><tr><th>応募資格</th><td>・フォークリフト免許</td></tr></table>';
    expect(recordOf(page, 'p.html').responsibilities).toEqual(['商品の仕分け・梱包', '在庫の確認']);
  });

  it('heads the items after a bracketed tag in a field\'s run of items with it ("【必須】", "【歓迎】")', () => {
    const page = '<h1>配送スタッフ</h1><dl><dt>仕事内容</dt><dd>・荷物の積み込み<br>・配達</dd><dt>応募資格</dt><dd>【必須】<br>・普通自動車免許<br>・体力のある方<br>【歓迎】<br>・物流の経験</dd></dl>';
    const r = recordOf(page, 'p.html');
    expect([r.qualifications.required, r.qualifications.preferred]).toEqual([['普通自動車免許', '体力のある方'], ['物流の経験']]);
  });

  it('reads the posting an app shell carries as page data, JSON or assigned in a script, when the page shows nothing of it', () => {
    const job = {
      title: 'Pastry Chef',
      employmentType: 'FULL_TIME',
      location: { city: 'Galway', country: 'Ireland' },
      descriptionHtml: '<p>Our seafront bakery needs a pastry chef for early shifts. We bake for our own café and for a dozen restaurants along the coast, and we close on Mondays.</p><h3>Duties</h3><ul><li>Laminate doughs</li><li>Bake croissants and tarts</li></ul><h3>Requirements</h3><ul><li>Two years in a pastry kitchen</li><li>HACCP training</li></ul>',
    };
    // The page's own title and summary come first in the data; the posting is the object with the longest text.
    const data = { page: { seo: { title: 'Careers', description: 'Join the team at Saltwater Bakery.' } }, employer: { name: 'Saltwater Bakery' }, job };
    const shell = (script: string) => `<html><head><title>Careers</title>${script}</head><body><div id="app">Loading…</div></body></html>`;
    for (const page of [shell(`<script id="data" type="application/json">${JSON.stringify(data)}</script>`), shell(`<script>window.__STATE__ = ${JSON.stringify(data)};</script>`)]) {
      const r = recordOf(page, 'shell.html');
      expect([r.title, r.company, r.employmentType]).toEqual(['Pastry Chef', 'Saltwater Bakery', 'full-time']);
      expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Galway', 'IE']]);
      expect([r.responsibilities, r.qualifications.required]).toEqual([['Laminate doughs', 'Bake croissants and tarts'], ['Two years in a pastry kitchen', 'HACCP training']]);
    }
    // A page that shows its posting is read from what it shows: the data in its script adds nothing.
    const shown = `<html><body><h1>Pastry Chef</h1><p>Saltwater Bakery, Galway</p>${job.descriptionHtml}<script type="application/json">${JSON.stringify(data)}</script></body></html>`;
    expect(recordOf(shown, 'page.html').responsibilities).toEqual(['Laminate doughs', 'Bake croissants and tarts']);
    // A script that is code, not data, is no posting.
    expect(normalize(shell('<script>window.init = function () { return { title: "x" }; };</script>'), { path: 'code.html' }).record?.isJobPosting).toBe(false);
  });

  it('never takes the markup of a page for a fact of the posting', () => {
    const page = '<html><body><h1>Cooks wanted near Dover</h1>\n<ul class="listing">\n<li><h2>Line Cook</h2><p>Harbour Grill · Dover</p><p>£12 an hour · Full-time</p><p>Posted 2 days ago</p></li>\n'
      + '<li><h2>Pastry Cook</h2><p>Cliff Bakery · Deal</p><p>£13 an hour · Part-time</p><p>Posted 3 days ago</p></li>\n</ul></body></html>';
    const r = recordOf(page, 'list.html');
    expect(JSON.stringify([r.title, r.company, r.locations])).not.toMatch(/[<>]|class=/);
  });

  it('takes the site name for the employer without its careers suffix, never a job board\'s', () => {
    const page = (site: string) => `<html><head><meta property="og:site_name" content="${site}"></head><body><h1>Baker</h1><p>Bake bread at night for the shops of the town.</p></body></html>`;
    expect(recordOf(page('Crumb &amp; Co Careers'), 'p.html').company).toBe('Crumb & Co');
    expect(recordOf(page('LinkedIn'), 'p.html').company).toBeNull();
  });

  it('reads table rows of two cells and definition lists as labelled fields', () => {
    const doc = parse('<table><tr><th>Location</th><td>Graz, Austria</td></tr><tr><td>Salary</td><td>€3,100 a month</td></tr></table>\n<dl><dt>Contract</dt><dd>Part-time</dd></dl>');
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Location', 'Graz, Austria'], ['Salary', '€3,100 a month'], ['Contract', 'Part-time']]);
  });

  it('reads a label in an element of its own with its value in the text after it', () => {
    const page = '<h1>Tiler</h1><ul><li><span>Plaats</span> Deventer</li><li><b>Hours</b> 32 a week</li><li><b>Pay</b>: €18 an hour</li><li><b>Python</b> scripting</li></ul>';
    // A known label gains its colon; one already written is kept once; bold that is no label stays prose.
    expect(texts(page)).toEqual(['Tiler', 'Plaats: Deventer', 'Hours: 32 a week', 'Pay: €18 an hour', 'Python scripting']);
    expect(recordOf('<h1>Tiler</h1><ul><li><span>Plaats</span> Deventer</li><li><span>Uren</span> 32 per week</li></ul><p>Wij zoeken een tegelzetter voor badkamers.</p>', 'p.html').locations).toMatchObject([{ city: 'Deventer', country: 'NL' }]);
  });

  it('reads the elements side by side in a heading as the parts of a header line', () => {
    const doc = parse('<h4><a href="/c">Crumb &amp; Co</a><span>Graz, Austria</span><span>2 days ago</span></h4><p>We bake.</p>');
    expect(doc.headers.map((h) => h.parts)).toEqual([['Crumb & Co', 'Graz, Austria', '2 days ago']]);
  });

  it('reads the place a page title names when the page shows none', () => {
    const r = recordOf('<html><head><title>Crumb &amp; Co hiring Baker in Graz, Austria | Jobs</title></head><body><h1>Baker</h1><p>We bake bread every night and need help.</p></body></html>', 'p.html');
    expect(r.locations).toMatchObject([{ city: 'Graz', country: 'AT' }]);
    expect(r.provenance.locations).toEqual({ line: null, from: 'meta' });
  });

  it('reads a bold-only paragraph as a heading', () => {
    expect(parse('<p><strong>What you bring</strong></p><ul><li>Patience</li></ul>').sections[0]?.heading?.text).toBe('What you bring');
  });

  it('keeps the page title, Open Graph data and canonical address', () => {
    const doc = parse('<html><head><title>Baker | Crumb &amp; Co</title><meta property="og:site_name" content="Crumb Careers"><link rel="canonical" href="https://crumb.example/jobs/baker"></head><body><p>x</p></body></html>');
    expect(doc.meta).toMatchObject({ title: 'Baker | Crumb & Co', 'og:site_name': 'Crumb Careers', canonical: 'https://crumb.example/jobs/baker' });
  });

  it('finds a JobPosting in JSON-LD, inside a graph too, and ignores broken JSON', () => {
    const graph = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"JobPosting","title":"Baker","hiringOrganization":{"name":"Crumb & Co"}}]}</script><p>x</p>';
    expect(parse(graph).structured).toMatchObject({ title: 'Baker', hiringOrganization: { name: 'Crumb & Co' } });
    expect(parse('<script type="application/ld+json">{"@type": "JobPosting", </script><p>Still read.</p>').structured).toBeNull();
  });

  it('reads the JobPosting description as the text of a page that only carries it as data', () => {
    const data = { '@type': 'JobPosting', title: 'Shift Lead', description: '<p>We run two depots.</p><p><strong>Responsibilities</strong></p><ul><li>Lead a shift</li><li>Plan loads</li></ul><p>Pay: $24 - $28 per hour</p>' };
    const page = `<html><head>\n<script type="application/ld+json">${JSON.stringify(data)}</script>\n</head><body><div id="root"></div></body></html>`;
    const r = recordOf(page, 'p.html');
    expect(r.responsibilities).toEqual(['Lead a shift', 'Plan loads']);
    expect(r.salary).toMatchObject({ min: 24, max: 28, currency: 'USD', period: 'hour' });
    // Its text stands on the line of the data that holds it.
    expect(r.sections.every((x) => x.line === 2)).toBe(true);
    // Plain text with line breaks, and escaped markup, are read too.
    const plain = `<script type="application/ld+json">${JSON.stringify({ ...data, description: 'We run two depots.\nResponsibilities\nLead a shift\nPlan loads' })}</script>`;
    expect(recordOf(plain, 'p.html').sections.map((x) => x.text).join(' ')).toContain('Plan loads');
    // A page that shows its posting is read from what it shows, not twice.
    const shown = `<script type="application/ld+json">${JSON.stringify({ ...data, description: '<p>We run two depots.</p>' })}</script><h1>Shift Lead</h1><p>We run two depots and more.</p><ul><li>Lead a shift</li></ul>`;
    expect(recordOf(shown, 'p.html').sections.filter((x) => x.text.includes('We run two depots')).length).toBe(1);
  });
  it('finds a JobPosting in microdata', () => {
    const html = '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Baker</h1><span itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Crumb &amp; Co</span></span><meta itemprop="datePosted" content="2025-02-01"></div>';
    const r = recordOf(html, 'p.html');
    expect(r).toMatchObject({ title: 'Baker', company: 'Crumb & Co', datePosted: '2025-02-01' });
  });

  it('reads a comment saved as .txt that is HTML (paragraph tags, escaped slashes) as HTML', () => {
    const comment = 'Crumb &amp; Co | Baker | Graz, Austria | ONSITE | €3,100&#x2F;month<p>We bake bread for 40 shops.<p>Write to jobs@crumb.example';
    const r = recordOf(comment, 'comment.txt');
    expect(r.source.format).toBe('html');
    expect(r).toMatchObject({ title: 'Baker', workplaceType: 'onsite' });
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Graz', 'AT']]);
  });

  it('does not run out of stack on deeply nested markup, and keeps the text', () => {
    const deep = `${'<div><ul><li>'.repeat(3000)}Deep text${'</li></ul></div>'.repeat(3000)}`;
    const doc = parse(`<p>Baker wanted.</p>${deep}`);
    expect(JSON.stringify(doc.sections)).toContain('Deep text');
  });

  it('reads a list written straight inside a list (<ul><ul><li>) as the outer list\'s items', () => {
    const html = '<h3>What you bring</h3><ul class="reqs"><ul><li>Five years of Rust</li><li>Calm on call</li></ul></ul><h3>Perks</h3><ul><ul><li>Bikes</li></ul></ul>';
    const doc = parse(html);
    expect(doc.sections.map((s) => s.heading?.text)).toEqual(['What you bring', 'Perks']);
    expect((doc.sections[0]?.blocks[0] as List).items.map((i) => i.text)).toEqual(['Five years of Rust', 'Calm on call']);
    expect((doc.sections[1]?.blocks[0] as List).items.map((i) => i.text)).toEqual(['Bikes']);
  });

  it('takes the employer from the page title when one of its parts is the posting\'s title', () => {
    const html = '<html><head><title>Orchard Circuits - Firmware Tester</title></head><body><h2>Firmware Tester</h2><h3>Duties</h3><ul><li>Test boards</li><li>Write reports</li></ul></body></html>';
    expect(recordOf(html, 'page.html').company).toBe('Orchard Circuits');
  });

  it('joins a label and its value written in elements of their own, and reads a careers site\'s name without its words', () => {
    const html = '<html><head><meta property="og:site_name" content="Werken bij Polderzorg"></head><body><h1>Nachtverpleegkundige</h1><ul><li><span>Locatie</span> <span>Zwolle</span></li><li><span>Salaris</span><span>€ 3.000 per maand</span></li></ul><h2>Wat vragen wij?</h2><ul><li>Een BIG-registratie</li><li>Rust in de nacht</li></ul></body></html>';
    expect(texts(html)).toContain('Locatie: Zwolle');
    const r = recordOf(html, 'zorg.html');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Zwolle', 'NL']]);
    expect(r.company).toBe('Polderzorg');
  });

  it('tells the language of a page that carries its posting only as data from that data', () => {
    const description = 'Wir suchen eine Pflegekraft für unsere Station in Kassel. Du arbeitest im Schichtdienst und betreust unsere Patientinnen und Patienten mit viel Herz und Erfahrung.';
    const html = `<html><head><title>Pflegekraft</title><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Pflegekraft', description })}</script></head><body><div id="app"></div></body></html>`;
    expect(parse(html).language).toBe('de');
  });
  it('finds the employer in a page title whose title part carries a gender mark', () => {
    const html = '<html><head><title>Koch (m/w/d) Frühstück | Seehotel Lindenau GmbH</title></head><body><h1>Koch (m/w/d) Frühstück</h1><h2>Deine Aufgaben</h2><ul><li>Frühstück zubereiten</li><li>Bestellungen prüfen</li></ul></body></html>';
    expect(recordOf(html, 'job.html').company).toBe('Seehotel Lindenau GmbH');
  });

  it('reads a block of lines parted by <br>: bold lines head, bulleted lines are items, and the employer before its place', () => {
    const html = '<div><b>Dishwasher</b><br>Corner Table Bistro &mdash; Savannah, GA<br><br><b>Duties:</b><br>&bull; Wash dishes<br>&bull; Sweep the kitchen<br><br><b>Requirements:</b><br>&bull; Evening availability<br>Email us to apply.</div>';
    const doc = parse(html);
    expect(doc.sections.map((s) => s.heading?.text)).toEqual(['Dishwasher', 'Duties', 'Requirements']);
    const r = recordOf(html, 'bistro.html');
    expect([r.title, r.company]).toEqual(['Dishwasher', 'Corner Table Bistro']);
    expect(r.responsibilities).toEqual(['Wash dishes', 'Sweep the kitchen']);
    expect(r.qualifications.required).toEqual(['Evening availability']);
  });
  it('does not take a careers page that says it has no opening for a posting', () => {
    const html = '<html><head><title>Careers at Juniper Mills</title></head><body><h1>Work with us</h1><p>We mill flour in Vermont.</p><h2>Benefits</h2><ul><li>Free bread</li><li>Hybrid work</li></ul><p>There are no open positions at the moment.</p></body></html>';
    expect(recordOf(html, 'careers.html').isJobPosting).toBe(false);
  });

  it('reads a table used for layout: two-cell rows as facts (a colon in the label or not), blocks in a cell as the page\'s blocks', () => {
    const html = '<table><tr><td colspan="2"><h2>Glass Technician</h2></td></tr><tr><td><b>Employer:</b></td><td>Clearview Glass</td></tr><tr><td>Location</td><td>Galway, Ireland</td></tr><tr><td colspan="2"><p><b>Main duties</b></p><p>- Cut glass to size<br>- Fit windows</p></td></tr></table>';
    const doc = parse(html);
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Employer', 'Clearview Glass'], ['Location', 'Galway, Ireland']]);
    const r = recordOf(html, 'glazier.html');
    expect([r.title, r.company, r.locations[0]?.city]).toEqual(['Glass Technician', 'Clearview Glass', 'Galway']);
    expect(r.responsibilities).toEqual(['Cut glass to size', 'Fit windows']);
  });

  it('reads a cell written as many lines (a mail\'s layout table) as the page\'s text, not as one row of data', () => {
    const html = '<table><tr><td><h2>Job alert: Baker</h2></td></tr><tr><td>Hello Kim,<br><br><b>Location:</b> Cork<br><b>Pay:</b> €15 an hour<br><br><b>Duties</b><br>&bull; Bake bread<br>&bull; Clean the ovens<br><br>Regards</td></tr></table>';
    const doc = parse(html);
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Location', 'Cork'], ['Pay', '€15 an hour']]);
    const r = recordOf(html, 'alert.html');
    expect([r.title, r.responsibilities]).toEqual(['Baker', ['Bake bread', 'Clean the ovens']]);
  });

  it('ends a mailed posting at the mail\'s footer: the sender\'s address there is not the employer', () => {
    const html = '<h2>Baker</h2><p>We think this role at <b>Harbour Bakery</b> suits you.</p><p><b>Location:</b> Cork<br><b>Pay:</b> €15 an hour</p><p><b>Duties</b><br>&bull; Bake bread<br>&bull; Clean the ovens</p><p>You received this email because you asked for job alerts. <a href="#">Unsubscribe</a><br>Jobmail Recruitment Ltd, 3 Quay Street, Cork</p>';
    const doc = parse(html);
    expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.type === 'paragraph' && b.lines.some((l) => /Jobmail/.test(l.text)))).toBe(false);
    expect(recordOf(html, 'alert.html').company).toBe('Harbour Bakery');
    // In a mail copied as text too.
    const text = 'Baker\n\nWe think this role at Harbour Bakery suits you.\n\nLocation: Cork\nPay: €15 an hour\n\nDuties\n- Bake bread\n- Clean the ovens\n\nTo unsubscribe from these alerts, reply STOP.\nJobmail Recruitment Ltd, Cork\n';
    expect(recordOf(text, 'alert.txt').company).toBe('Harbour Bakery');
  });

  it('reads a document exported as HTML whose headings are bold by a class of its style sheet', () => {
    const html = '<html><head><style>.c1{font-weight:700;font-size:13pt}.c2{font-weight:400}</style></head><body><p><span class="c1">Bindery Technician</span></p><p><span class="c2">Quire &amp; Thread · Leeds</span></p><p><span class="c1">What we are looking for</span></p><ul><li><span class="c2">Two years at a bindery</span></li><li><span class="c2">A steady hand</span></li></ul><p><span class="c1">What you will do</span></p><ul><li><span class="c2">Sew and case books</span></li><li><span class="c2">Repair old bindings</span></li></ul></body></html>';
    expect(parse(html).sections.map((s) => s.heading?.text ?? null)).toEqual(['Bindery Technician', 'What we are looking for', 'What you will do']);
    const r = recordOf(html, 'binder.html');
    expect([r.title, r.qualifications?.required, r.responsibilities]).toEqual(['Bindery Technician', ['Two years at a bindery', 'A steady hand'], ['Sew and case books', 'Repair old bindings']]);
    // The question word before a hiring phrase is no employer.
    expect(r.company).not.toBe('What');
  });

  it('reads a word processor\'s HTML: a cell\'s one paragraph is still a cell, the kind of document in the page title is not the title', () => {
    const html = '<html><head><title>Job Description - Stores Clerk</title></head><body><p class=MsoNormal align=center><b>Ashgrove Tenants Association</b></p><p class=MsoNormal align=center><b>Stores Clerk</b></p><table><tr><td><p class=MsoNormal><b>Location:</b></p></td><td><p class=MsoNormal>Dundee</p></td></tr><tr><td><p class=MsoNormal><b>Hours:</b></p></td><td><p class=MsoNormal>20 hours per week</p></td></tr></table><p class=MsoNormal><b>Main duties</b></p><ul><li>Receive deliveries</li><li>Keep the stock list</li></ul></body></html>';
    expect(parse(html).fields.map((f) => [f.label, f.value])).toEqual([['Location', 'Dundee'], ['Hours', '20 hours per week']]);
    const r = recordOf(html, 'clerk.html');
    expect([r.title, r.company, r.locations[0]?.city, r.employmentType]).toEqual(['Stores Clerk', 'Ashgrove Tenants Association', 'Dundee', 'part-time']);
  });

  it('reads a label whose colon stands in an element of its own once ("Organization" ": " "Acme")', () => {
    const html = '<table><tr><td><h1>Line Cook</h1></td></tr><tr><td><span class="subtitle">Schedule</span><span>: </span><span>Full-time</span></td></tr><tr><td><span class="subtitle">Job Posting</span><span>: </span><span>Mar 2, 2027, 9:31:00 AM</span></td></tr></table><p>We cook for the hotel.</p>';
    expect(parse(html).fields.map((f) => [f.label, f.value])).toEqual([['Schedule', 'Full-time'], ['Job Posting', 'Mar 2, 2027, 9:31:00 AM']]);
    const r = recordOf(html, 'cook.html');
    expect([r.employmentType, r.datePosted]).toEqual(['full-time', '2027-03-02']);
  });

  it('reads the facts in a sidebar and leaves the rest of it out', () => {
    const html = '<main><h1>Dental Nurse</h1><p>We run two clinics.</p><h2>Duties</h2><ul><li>Prepare the surgery</li><li>Sterilise tools</li></ul></main><aside><ul><li><h3>Location</h3><p>Cork, Ireland</p></li><li><h3>Employment Type</h3><p>Part-Time</p></li></ul><h2>Latest vacancies</h2><ul><li>Receptionist</li><li>Hygienist</li></ul></aside>';
    const doc = parse(html);
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Location', 'Cork, Ireland'], ['Employment Type', 'Part-Time']]);
    expect(texts(html)).not.toContain('Receptionist');
    const r = recordOf(html, 'nurse.html');
    expect([r.locations[0]?.city, r.employmentType, r.responsibilities]).toEqual(['Cork', 'part-time', ['Prepare the surgery', 'Sterilise tools']]);
  });

  it('reads a block made only of short spans side by side as the parts of a header line', () => {
    const html = '<h1>Forklift Driver</h1><div class="meta"><span>Boise, ID</span> <span>Part-time</span> <span>Req #88</span></div><p>We move <span>pallets</span> all day.</p><h2>Duties</h2><ul><li>Load trucks</li><li>Count stock</li></ul>';
    expect(texts(html)).toContain('Boise, ID · Part-time · Req #88');
    // Prose with a span inside is prose.
    expect(texts(html)).toContain('We move pallets all day.');
    const r = recordOf(html, 'driver.html');
    expect([r.locations[0]?.city, r.employmentType]).toEqual(['Boise', 'part-time']);
  });

  it('reads bold lines among plain lines parted by <br> as headings, though no line has a bullet', () => {
    const html = '<div><strong>Who we are</strong><br>Tallow Works makes candles.<br><br><strong>Duties</strong><ul><li>Pour wax</li><li>Pack orders</li></ul></div>';
    expect(parse(html).sections.map((s) => s.heading?.text ?? null)).toEqual(['Who we are', 'Duties']);
    expect(recordOf(html, 'candles.html').responsibilities).toEqual(['Pour wax', 'Pack orders']);
  });

  it('does not run a list on past the edge of a page region (a list of job facts after the description\'s last list)', () => {
    const html = '<section><h2>Perks</h2><ul><li>Free lunch</li><li>Bike lease</li></ul><button>Show more</button></section><section><ul><li><h3>Job type</h3><span>Full-time</span></li><li><h3>Industry</h3><span>Retail</span></li></ul></section>';
    expect(recordOf(html, 'perks.html').benefits).toEqual(['Free lunch', 'Bike lease']);
    // Inside one region, a list split in two by the page's markup is still one list.
    expect(recordOf('<h2>Perks</h2><ul><li>Free lunch</li></ul><ul><li>Bike lease</li></ul>', 'p.html').benefits).toEqual(['Free lunch', 'Bike lease']);
  });

  it('reads a table of labels whose cells hold items parted by <br>, and the employer before a careers site\'s words in the page title', () => {
    const html = '<html><head><title>【契約社員】配送スタッフ | 株式会社カモメ便 採用情報</title></head><body><h1>配送スタッフ</h1><table><tr><th>応募資格</th><td>・普通自動車免許<br>・体力に自信のある方</td></tr><tr><th>勤務地</th><td>大阪府大阪市</td></tr></table></body></html>';
    const r = recordOf(html, 'haiso.html');
    expect(r.qualifications.required).toEqual(['普通自動車免許', '体力に自信のある方']);
    expect(r.company).toBe('株式会社カモメ便');
  });
});
