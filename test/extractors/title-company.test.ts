import { describe, expect, it } from 'vitest';
import { splitTitleHeading } from '../../src/extractors/title.js';
import { endsWithRoleWord, hasRoleWord } from '../../src/patterns/roles.js';
import { recordOf } from '../helpers.js';

describe('title', () => {
  it('splits "Title - Company - Place - Year" headings', () => {
    expect(splitTitleHeading('Data Engineer - Acme - Austin, TX - 2024', 'Acme')).toBe('Data Engineer');
    expect(splitTitleHeading('Product Manager - Consumer Experience', null)).toBe('Product Manager - Consumer Experience');
    expect(splitTitleHeading('Junior Copywriter at Maple & Finch', 'Maple & Finch')).toBe('Junior Copywriter');
  });
  it('prefers a title label over the heading', () => {
    expect(recordOf('# Content Manager - Acme - 2024\n\n**Position:** Content Manager, Series\n').title).toBe('Content Manager, Series');
    expect(recordOf('POSITION_NAME: Deep Learning Intern\n\nABOUT:\nText').title).toBe('Deep Learning Intern');
  });
  it('ignores a front-matter title that names the page', () => {
    expect(recordOf('---\ntitle: Jobs\n---\n\n# Senior Cloud Consultant (m/w/d)\n\nText\n').title).toBe('Senior Cloud Consultant (m/w/d)');
  });
  it('reads the role from a hiring sentence, without adjectives', () => {
    expect(recordOf('Acme is growing.\nWe are looking for an experienced Marketing Operations Manager to run campaigns.\n', 'a.txt').title).toBe('Marketing Operations Manager');
    expect(recordOf('We are always looking for smart and talented frontend developers.\n', 'a.txt').title).toBe('frontend developers');
    expect(recordOf('Requiere contratar un cajero asistente para su tienda.\n', 'a.txt').title).toBe('cajero asistente');
  });
  it('does not make a title of a sentence without a role', () => {
    expect(recordOf('Sobre a vaga\nEstamos à procura de estudantes e licenciados.\n', 'a.txt').title).toBeNull();
  });
  it('reads the title under a "Role Title" heading and from a job-board header', () => {
    expect(recordOf('Role Title\n\nML Ops Engineer – Contract\n\nSummary\nText here.\n', 'a.txt').title).toBe('ML Ops Engineer – Contract');
    const board = 'Acme Bank\nShare\nData Scientist (w/m/d)\nZurich, Switzerland · Reposted 2 days ago · 100 applicants\nHybrid\nFull-time\n';
    const r = recordOf(board, 'a.txt');
    expect([r.title, r.company, r.workplaceType, r.employmentType]).toEqual(['Data Scientist (w/m/d)', 'Acme Bank', 'hybrid', 'full-time']);
    expect(r.locations.map((l) => l.country)).toEqual(['CH']);
  });
  it('knows role words, compounds and plurals', () => {
    expect(hasRoleWord('Senior Copywriter')).toBe(true);
    expect(hasRoleWord('Softwareentwickler')).toBe(true);
    expect(hasRoleWord('The Role')).toBe(false);
    expect(endsWithRoleWord('Software Developer 2')).toBe(true);
    expect(endsWithRoleWord('Associate Development Program')).toBe(false);
  });
});

describe('company', () => {
  it('reads labels and front matter first', () => {
    expect(recordOf('# Engineer\n\n**Company:** Acme Corp\n').company).toBe('Acme Corp');
    expect(recordOf('---\ntitle: Dev\nstartup: perspectives\n---\nText\n').company).toBe('perspectives');
  });
  it('reads "About <Company>" headings and "<Company> is hiring"', () => {
    expect(recordOf('# Engineer\n\n## About Quillfeather\n\nWe build things.\n').company).toBe('Quillfeather');
    expect(recordOf('### KodaDot is always hiring\n\nText\n').company).toBe('KodaDot');
  });
  it('reads "at <Company>" in prose, not in requirements', () => {
    expect(recordOf('Researchers at Johns Hopkins University conduct trials.\n', 'a.txt').company).toBe('Johns Hopkins University');
    expect(recordOf('# Engineer\n\n## Requirements\n\n- 5 years at Google\n').company).toBeNull();
    expect(recordOf('# Engineer\n\nLeave starting at 12 days a year.\n').company).toBeNull();
  });
  it('reads "Name (ACRONYM)" at the start and "Name — what it does" on the first line', () => {
    expect(recordOf('Le Service numérique canadien (SNC) change le gouvernement.\n\nSuite.\n', 'a.txt').company).toBe('Service numérique canadien');
    expect(recordOf('CGB Studio — студия креативов.\n\nИщем: developer\n', 'a.txt').company).toBe('CGB Studio');
  });
  it('takes the role off "Role at Company" titles', () => {
    expect(recordOf('POSITION_NAME: Accounting Manager At Omise\n\nText.\n').company).toBe('Omise');
  });
  it('falls back to the domain of an application address', () => {
    expect(recordOf('# Berater\n\nBewerbung an jobs@superluminar.io\n').company).toBe('superluminar');
    expect(recordOf('# Berater\n\nBewerbung an someone@gmail.com\n').company).toBeNull();
  });
});

describe('company from possessives', () => {
  it('reads "<Company>\'s mission" and "<Company>’s engineering team"', () => {
    expect(recordOf('We build maps.\n\nJoin Kestrel Labs’ growth: Kestrel Labs’s mission is open data.\n', 'a.txt').company).toBe('Kestrel Labs');
    expect(recordOf("Our people make Brightline's engineering team strong.\n", 'a.txt').company).toBe('Brightline');
  });
});

describe('company from an e-mail address', () => {
  it('ignores applicant-tracking and mail hosts', () => {
    expect(recordOf('# Engineer\n\nApply at jobs@greenhouse.io or careers@lever.co\n').company).toBeNull();
  });
});
