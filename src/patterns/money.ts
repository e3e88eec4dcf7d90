/**
 * Money in postings: currency symbols, ISO 4217 codes and words, amounts with any thousands
 * separator (`120,000`, `€50.000`, `50 000 €`, `CHF 120'000`), shorthand (`120k`, `12 LPA`,
 * `80万円`, `15K`), and the currency a country (or, failing that, a language) pays in. Period
 * words live in the lexicons.
 */

/** A figure of pay in a line: a currency sign or code beside a number ("£12", "4 500 zł", "70000 EUR"). */
export const PAY_FIGURE = /[$€£¥₹₽₺₩₦₱₴₸₪]\s?\d|\d\s?(?:€|£|zł|kr|₽|Kč|lei|Ft|лв|USD|EUR|GBP|CAD)(?![\p{L}])/u;

/** Currency symbols and words, longest first, mapped to ISO 4217; `$`, `kr` and `Rs` alone are resolved later. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['USD$', 'USD'], ['CA$', 'CAD'], ['CAD$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['AUD$', 'AUD'], ['A$', 'AUD'],
  ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['SG$', 'SGD'], ['R$', 'BRL'], ['MX$', 'MXN'], ['NT$', 'TWD'], ['$', '$'], ['€', 'EUR'], ['£', 'GBP'],
  ['₹', 'INR'], ['Rs.', 'Rs'], ['Rs', 'Rs'], ['¥', 'JPY'], ['￥', 'JPY'], ['円', 'JPY'], ['元', 'CNY'], ['₩', 'KRW'], ['원', 'KRW'], ['₽', 'RUB'],
  ['₺', 'TRY'], ['₪', 'ILS'], ['₱', 'PHP'], ['฿', 'THB'], ['₦', 'NGN'], ['₴', 'UAH'], ['₸', 'KZT'], ['֏', 'AMD'], ['₫', 'VND'], ['zł', 'PLN'],
  ['Kč', 'CZK'], ['kr.', 'kr'], ['kr', 'kr'], ['Fr.', 'CHF'], ['руб.', 'RUB'], ['руб', 'RUB'], ['грн', 'UAH'], ['Rp', 'IDR'],
  ['KSh', 'KES'], ['Ksh', 'KES'], ['TSh', 'TZS'], ['Tsh', 'TZS'], ['USh', 'UGX'], ['GH₵', 'GHS'], ['₵', 'GHS'], ['лв.', 'BGN'], ['лв', 'BGN'],
  ['Ft', 'HUF'], ['lei', 'RON'], ['RM', 'MYR'], ['₾', 'GEL'], ['₼', 'AZN'], ['৳', 'BDT'], ['₡', 'CRC'], ['S/.', 'PEN'], ['S/', 'PEN'],
  ['din.', 'RSD'], ['дин.', 'RSD'], ['ден.', 'MKD'],
];

/**
 * ISO 4217 codes, read only right beside an amount. Codes that are also common words in capitals
 * (ALL, TOP, CUP, MOP, BOB, SOS, MAD for Morocco stays) are left out.
 */
export const CURRENCY_CODES = new Set(
  `AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP
  DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD
  KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
  QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST
  XAF XCD XOF XPF YER ZAR ZMW ZWL RMB`.split(/\s+/),
);

/** Currency words after an amount: "3 500 euros", "2 600 euroa", "950 ευρώ", "50 dollars", "1999.99大洋", "40 000 рублей", "9000 درهم". */
export const CURRENCY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(us )?dollars?\b/i, '$'], [/^euro[sa]?\b|^eur\b|^ευρ[ωώ]/iu, 'EUR'], [/^(british )?pounds?( sterling)?\b/i, 'GBP'], [/^rupees?\b/i, 'Rs'],
  [/^reais\b/i, 'BRL'], [/^(swiss )?francs?\b/i, 'CHF'], [/^yen\b/i, 'JPY'], [/^рубл/i, 'RUB'], [/^руб\.?/i, 'RUB'], [/^złotych\b|^zlotych\b|^złoty\b/i, 'PLN'],
  [/^(人民币|大洋|块)/u, 'CNY'], [/^гривень|^гривн/iu, 'UAH'], [/^тенге/iu, 'KZT'], [/^драм/iu, 'AMD'], [/^(lira|lirası|tl)\b/i, 'TRY'],
  [/^(baht|บาท)/iu, 'THB'], [/^(đồng|dong|vnđ|vnd)\b/iu, 'VND'], [/^rupiah\b/i, 'IDR'], [/^(kronor|kroner|kronur)\b/i, 'kr'],
  [/^(korun|koruna|koruny)\b/i, 'CZK'], [/^forint/i, 'HUF'],
  // Arabic: the dirham, the riyal (Saudi unless named otherwise) and the Egyptian pound.
  [/^(درهم|دراهم)(?!\p{L})/u, 'AED'], [/^ريال قطري(?!\p{L})/u, 'QAR'], [/^ريال عماني(?!\p{L})/u, 'OMR'], [/^ريال(?!\p{L})/u, 'SAR'], [/^جنيه(?!\p{L})/u, 'EGP'],
  [/^دينار كويتي(?!\p{L})/u, 'KWD'], [/^دينار (أردني|اردني)(?!\p{L})/u, 'JOD'], [/^دينار بحريني(?!\p{L})/u, 'BHD'],
];

/**
 * Roughly how many units of a currency make one US dollar, to judge the size of an amount
 * (an hourly figure, a monthly one, a yearly one) in currencies with large units.
 */
export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  INR: 85, JPY: 150, KRW: 1350, IDR: 16000, VND: 25000, HUF: 360, CLP: 950, COP: 4000, ARS: 1000, PKR: 280, NGN: 1500,
  KES: 130, PHP: 57, THB: 35, RUB: 90, UAH: 41, TWD: 32, CZK: 23, SEK: 10.5, NOK: 10.5, DKK: 7, ISK: 140, MXN: 18, ZAR: 18,
  BRL: 5.5, TRY: 35, EGP: 48, BDT: 120, LKR: 300, CNY: 7.2, RMB: 7.2, HKD: 7.8, PLN: 4, RON: 4.6, AED: 3.7, SAR: 3.75, QAR: 3.6,
  ILS: 3.7, MYR: 4.5, PEN: 3.8, UYU: 40, BGN: 1.8, MAD: 10, AMD: 390, KZT: 500, GEL: 2.7, UZS: 12800, AZN: 1.7, RSD: 108, MKD: 57,
  BYN: 3.3, MNT: 3400, KHR: 4100, LAK: 21000, MMK: 2100, NPR: 135, TZS: 2600, UGX: 3700, GHS: 15, XOF: 600, XAF: 600, DZD: 135, TND: 3.1,
};

/** The currency a country pays in, for amounts written without one. */
export const CURRENCY_OF_COUNTRY: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', GB: 'GBP', IE: 'EUR', AU: 'AUD', NZ: 'NZD', IN: 'INR', SG: 'SGD', HK: 'HKD', JP: 'JPY', CN: 'CNY', KR: 'KRW', TW: 'TWD',
  DE: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR', BE: 'EUR', AT: 'EUR', PT: 'EUR', FI: 'EUR', GR: 'EUR', LU: 'EUR', EE: 'EUR', LV: 'EUR',
  LT: 'EUR', SK: 'EUR', SI: 'EUR', HR: 'EUR', MT: 'EUR', CY: 'EUR', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', PL: 'PLN', CZ: 'CZK',
  HU: 'HUF', RO: 'RON', BG: 'BGN', RU: 'RUB', UA: 'UAH', BY: 'BYN', KZ: 'KZT', AM: 'AMD', GE: 'GEL', TR: 'TRY', IL: 'ILS', AE: 'AED', SA: 'SAR',
  QA: 'QAR', EG: 'EGP', ZA: 'ZAR', NG: 'NGN', KE: 'KES', MA: 'MAD', BR: 'BRL', MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN', UY: 'UYU',
  TH: 'THB', VN: 'VND', ID: 'IDR', MY: 'MYR', PH: 'PHP', PK: 'PKR', BD: 'BDT', LK: 'LKR', RS: 'RSD', AO: 'AOA',
};

/** The currency a language's postings mostly pay in, when no place says: only languages of essentially one currency. */
export const CURRENCY_OF_LANGUAGE: Readonly<Record<string, string>> = {
  zh: 'CNY', ja: 'JPY', ko: 'KRW', ru: 'RUB', uk: 'UAH', pl: 'PLN', tr: 'TRY', sv: 'SEK', da: 'DKK', nb: 'NOK', th: 'THB', vi: 'VND', id: 'IDR', cs: 'CZK', hu: 'HUF', he: 'ILS',
};

/**
 * Parses an amount as written: `120,000` → 120000, `75,512.00` → 75512, `€50.000` → 50000,
 * `17.20` → 17.2, `3,5` → 3.5, `120 000` / `120'000` → 120000. Returns NaN when it is not a number.
 */
export function parseAmount(written: string): number {
  const s = written.replace(/[\s\u00a0\u202f'’]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normal = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const groups = s.split(sep);
    const tail = groups.slice(1);
    // Groups of three, or India's lakh grouping (`6,00,000`: pairs, then a last group of three).
    const lakh = sep === ',' && groups.length >= 3 && tail.slice(0, -1).every((g) => g.length === 2) && tail[tail.length - 1]?.length === 3;
    const thousands = (tail.every((g) => g.length === 3) || lakh) && (groups[0] ?? '').length <= 3 && (groups[0] ?? '') !== '0';
    normal = thousands ? groups.join('') : groups.length === 2 ? `${groups[0]}.${groups[1]}` : 'NaN';
  } else normal = s;
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
}

/** Multiplier of a shorthand suffix: `k` → 1,000, `lakh`/`L`/`LPA` → 100,000, `crore` → 10,000,000, `万` → 10,000. */
export function suffixMultiplier(suffix: string): number {
  const s = suffix.toLowerCase().replace(/\s+/g, '');
  if (s === 'k' || s === 'tsd' || s === 'tsd.' || s === 'mil' || s === '千' || s === 'тыс' || s === 'тыс.' || s === 'т') return 1_000;
  if (s === 'l' || s === 'lakh' || s === 'lakhs' || s === 'lac' || s === 'lacs' || s === 'lpa') return 100_000;
  if (s === 'cr' || s === 'crore' || s === 'crores') return 10_000_000;
  if (s === '万' || s === '萬' || s === '만') return 10_000;
  if (s === 'млн' || s === 'jt' || s === 'juta' || s === 'triệu' || s === 'trieu') return 1_000_000;
  if (s === '億' || s === '亿') return 100_000_000;
  return 1;
}
