// Writes a deterministic synthetic corpus of postings in the shapes jobnorm reads: markdown
// with front matter, markdown with headings and bold labels, and plain text. Same seed, same bytes.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = ['Backend Engineer', 'Data Analyst', 'Product Designer', 'Site Reliability Engineer', 'Marketing Manager', 'Customer Success Lead', 'Technical Writer', 'Nurse Practitioner', 'Warehouse Associate', 'Financial Controller', 'Machine Learning Engineer', 'Recruiter'];
const LEVELS = ['', 'Senior ', 'Junior ', 'Lead ', 'Staff '];
const COMPANIES = ['Larkspur Analytics', 'Northgate Logistics', 'Quillfeather', 'Harbor Health', 'Orbitline Software', 'Brightwater Foods', 'Tidewell', 'Kestrel Labs', 'Maple & Finch', 'Fernwald Energie GmbH'];
const PLACES = ['Denver, CO', 'Austin, TX', 'Berlin, Germany', 'Toronto, ON', 'London, UK', 'Lisbon, Portugal', 'Sydney, NSW', 'Chicago, IL', 'Paris, France', 'Remote (US)'];
const DUTIES = ['Design and own services that ingest data from hundreds of partners', 'Review code and mentor junior colleagues on the team', 'Work with product managers to plan and ship features every quarter', 'Keep our pipelines fast, observable and well documented', 'Answer customer questions and turn them into improvements', 'Build dashboards that the leadership team reads every week', 'Run experiments and share what you learn with the whole company', 'Automate the manual steps of our release process'];
const NEEDS = ['years of experience in a similar role', "Bachelor's degree in a related field or equivalent experience", 'Strong written and spoken English', 'Experience with SQL and one scripting language', 'Comfort working with people across time zones', 'A portfolio or code samples you are proud of', 'Experience with Kubernetes is a plus'];
const PERKS = ['Health, dental and vision insurance', '30 days of paid holiday', 'A yearly learning budget', 'Flexible hours and remote days', 'Paid parental leave', 'A 401(k) with a company match'];
const PROSE = 'We are a small team that cares about calm, careful work and long-term thinking. Our customers trust us with data that matters to them, and we take that seriously in every decision we make. ';

export function posting(i, rand) {
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const some = (a, n) => Array.from({ length: n }, () => pick(a));
  const title = pick(LEVELS) + pick(ROLES);
  const company = pick(COMPANIES);
  const place = pick(PLACES);
  const low = 40 + Math.floor(rand() * 100);
  const salary = `$${low},000 - $${low + 20},000 per year`;
  const years = 1 + Math.floor(rand() * 8);
  const duties = some(DUTIES, 5 + Math.floor(rand() * 4));
  const needs = [`${years}+ ${NEEDS[0]}`, ...some(NEEDS.slice(1), 4)];
  const perks = some(PERKS, 4);
  const prose = PROSE.repeat(6 + Math.floor(rand() * 6));
  const kind = i % 10;
  // One posting in ten quotes its promise: a blockquote, which only remark reads, so the bench
  // also pays for the postings the line reader hands on.
  const apply = kind === 3 ? '> Send your resume through our careers page. We answer every application within two weeks.' : 'Send your resume through our careers page. We answer every application within two weeks.';
  if (kind < 4) {
    return `---\ntitle: ${title}\ncompany: ${company}\nlocation: "${place}"\nemployment_type: full-time\ndate_posted: 2025-0${1 + (i % 9)}-1${i % 10}\nsalary: "${salary}"\n---\n\n## About ${company}\n\n${prose}\n\n## What you'll do\n\n${duties.map((d) => `- ${d}`).join('\n')}\n\n## What we're looking for\n\n${needs.map((d) => `- ${d}`).join('\n')}\n\n## Benefits\n\n${perks.map((d) => `- ${d}`).join('\n')}\n\n## How to apply\n\n${apply}\n`;
  }
  if (kind < 7) {
    return `# ${title} - ${company} - ${place} - 2025\n\n## Job Overview\n**Position:** ${title}  \n**Company:** ${company}  \n**Location:** ${place}  \n**Employment Type:** Full-time  \n\n## Position Overview\n${prose}\n\n## Key Responsibilities\n${duties.map((d) => `- ${d}`).join('\n')}\n\n## Required Qualifications\n- **Experience:**\n  - ${needs[0]}\n  - ${needs[1]}\n${needs.slice(2).map((d) => `- ${d}`).join('\n')}\n\n## Compensation & Benefits\n- **Base Salary Range:** ${salary}\n${perks.map((d) => `- ${d}`).join('\n')}\n`;
  }
  return `${company} is growing and we are looking for an experienced ${title} to join our team in ${place.split(',')[0]}.\n${prose}\nResponsibilities Include\n${duties.join('\n')}\nQualifications\n${needs.join('\n')}\nWhat we offer\n${perks.join('\n')}\nSalary: ${salary}\n`;
}

/** Writes `count` postings into `dir` (once; a marker file records the count). */
export function writeCorpus(dir, count, seed = 42) {
  // The marker names the generator's version, so a corpus written by an older one is rewritten.
  const marker = join(dir, '.complete');
  const stamp = `${count} v2`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return;
  const rand = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const ext = i % 10 >= 7 ? 'txt' : 'md';
    writeFileSync(join(sub, `p${String(i).padStart(6, '0')}.${ext}`), posting(i, rand));
  }
  writeFileSync(marker, stamp);
}
