/**
 * Pay-transparency laws that require a pay range in the job posting itself, as data: where
 * each applies (country, and region or city), the law, its source and the date it took effect.
 * The `salary/missing` rule is an error for a posting located where one of these is in force.
 */
export interface PayTransparencyLaw {
  /** ISO 3166-1 alpha-2 country. */
  country: string;
  /** A state or province code (US, CA), or null for the whole country. */
  region: string | null;
  /** A city, for laws of one city (New York City), or null. */
  city: string | null;
  law: string;
  source: string;
  /** ISO date the posting requirement took effect. */
  effective: string;
}

const US: PayTransparencyLaw[] = [
  { country: 'US', region: 'CA', city: null, law: 'California SB 1162 (Labor Code § 432.3)', source: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202120220SB1162', effective: '2023-01-01' },
  { country: 'US', region: 'CO', city: null, law: 'Colorado Equal Pay for Equal Work Act (C.R.S. 8-5-201)', source: 'https://cdle.colorado.gov/the-equal-pay-for-equal-work-act', effective: '2021-01-01' },
  { country: 'US', region: 'WA', city: null, law: 'Washington SB 5761 (RCW 49.58.110)', source: 'https://app.leg.wa.gov/RCW/default.aspx?cite=49.58.110', effective: '2023-01-01' },
  { country: 'US', region: 'NY', city: null, law: 'New York Labor Law § 194-b', source: 'https://dol.ny.gov/pay-transparency', effective: '2023-09-17' },
  { country: 'US', region: 'NY', city: 'New York', law: 'New York City Local Law 32 of 2022', source: 'https://www.nyc.gov/site/cchr/media/pay-transparency.page', effective: '2022-11-01' },
  { country: 'US', region: 'IL', city: null, law: 'Illinois Equal Pay Act, as amended by HB 3129', source: 'https://www.ilga.gov/legislation/publicacts/fulltext.asp?Name=103-0539', effective: '2025-01-01' },
  { country: 'US', region: 'MD', city: null, law: 'Maryland SB 525 (Wage Range Transparency)', source: 'https://mgaleg.maryland.gov/2024RS/bills/sb/sb0525E.pdf', effective: '2024-10-01' },
  { country: 'US', region: 'MN', city: null, law: 'Minnesota Statutes § 181.173', source: 'https://www.revisor.mn.gov/statutes/cite/181.173', effective: '2025-01-01' },
  { country: 'US', region: 'HI', city: null, law: 'Hawaii Act 203 (SB 2782), HRS § 378-2.4', source: 'https://www.capitol.hawaii.gov/sessions/session2022/bills/SB2782_CD1_.HTM', effective: '2024-01-01' },
  { country: 'US', region: 'MA', city: null, law: 'Massachusetts Frances Perkins Workplace Equity Act (H 4890)', source: 'https://malegislature.gov/Bills/193/H4890', effective: '2025-10-29' },
  { country: 'US', region: 'VT', city: null, law: 'Vermont Act 155 (H 704)', source: 'https://legislature.vermont.gov/bill/status/2024/H.704', effective: '2025-07-01' },
  { country: 'US', region: 'NJ', city: null, law: 'New Jersey S 2310 (P.L. 2024, c. 91)', source: 'https://www.njleg.state.nj.us/bill-search/2022/S2310', effective: '2025-06-01' },
  { country: 'US', region: 'DC', city: null, law: 'District of Columbia Wage Transparency Omnibus Amendment Act of 2023', source: 'https://code.dccouncil.gov/us/dc/council/laws/25-208', effective: '2025-06-30' },
];

/** EU member states, where Directive (EU) 2023/970 requires pay information to applicants from its transposition deadline. */
const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const EU: PayTransparencyLaw[] = EU_MEMBERS.map((country) => ({
  country,
  region: null,
  city: null,
  law: 'Directive (EU) 2023/970 (pay transparency), Article 5',
  source: 'https://eur-lex.europa.eu/eli/dir/2023/970/oj',
  effective: '2026-06-07',
}));

export const PAY_TRANSPARENCY_LAWS: readonly PayTransparencyLaw[] = [...US, ...EU];

/** The laws in force on `today` (ISO date) for a place. */
export function lawsFor(place: { country: string | null; region: string | null; city: string | null }, today: string): PayTransparencyLaw[] {
  return PAY_TRANSPARENCY_LAWS.filter(
    (l) =>
      l.effective <= today &&
      l.country === place.country &&
      (l.region === null || l.region === place.region || (l.city !== null && l.city.toLowerCase() === (place.city ?? '').toLowerCase())) &&
      (l.city === null || l.city.toLowerCase() === (place.city ?? '').toLowerCase()),
  );
}
