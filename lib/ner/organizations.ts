/**
 * Well-known organizations that today's news names constantly and the training data (mostly older text) rarely or
 * never has: technology and media companies, banks, carmakers, drugmakers, retailers, agencies. The tagger reads an
 * unknown company as a person ("Spotify said", "Lockheed Martin"), a place ("at Sephora") or a product ("on TikTok").
 * The list was written for the project from general knowledge (not from any evaluation text) and is used by the
 * document pass only, not as a model feature: a list of news organizations as a feature cost dev ORG F1 (docs/ner.md).
 * Names that are also common given names, surnames, places or words ("Ford", "Apple", "Shell", "Target", "Orange",
 * "Next") are left out: the tagger and the article's evidence decide those. The platforms ("Facebook", "Twitter",
 * "Wikipedia", "TikTok") are companies only where the text does not name the site as a place to post or read ("posted
 * on Facebook", "via Twitter"): the training sets' gold types the site MISC or leaves it, 35 spans there.
 * News agencies and outlets named in the news itself are ORG wherever they stand alone, also untagged at a sentence
 * start or before another capital: "Wikinews interviewed…", "Wikinews: Who funds you?" (the interviewer's speaker
 * label, which the tagger read as a person), "Kyodo reported". Not "Bloomberg" (also a person) nor "AP" (also Andhra
 * Pradesh), which the tagger types from context.
 */
import type { WordInfo } from './features';
import { SEQ_SEED, hashString, seqHash } from './hash';
import { fullNameWords, isCap, spanEnd, writeSpan } from './spans';
import { TAG_O, isBegin, typeOfTag } from './tags';
import { TF_LINE_START, TF_SENT_START } from './tokenize';
import type { Tokens } from './tokenize';

const ORG = 1;

const NAMES = [
  // technology, internet, telecoms
  'Alphabet', 'Google', 'Microsoft', 'Meta', 'ByteDance', 'Snap Inc', 'Netflix', 'Spotify', 'Uber', 'Lyft', 'Airbnb',
  'DoorDash', 'Instacart', 'Shopify', 'Salesforce', 'Oracle', 'SAP', 'IBM', 'Intel', 'AMD', 'Nvidia', 'Qualcomm',
  'Broadcom', 'Micron', 'TSMC', 'Samsung', 'Samsung Electronics', 'SK Hynix', 'LG Electronics', 'Sony', 'Panasonic',
  'Toshiba', 'Hitachi', 'Fujitsu', 'Huawei', 'Xiaomi', 'Lenovo', 'Alibaba', 'Tencent', 'Baidu', 'JD.com', 'Temu',
  'Shein', 'Pinduoduo', 'Rakuten', 'SoftBank', 'Foxconn', 'OpenAI', 'Anthropic', 'DeepMind', 'Google DeepMind',
  'Mistral AI', 'Hugging Face', 'Perplexity', 'xAI', 'Cohere', 'Stability AI', 'Midjourney', 'Palantir',
  'Snowflake', 'Databricks', 'CrowdStrike', 'Palo Alto Networks', 'Fortinet', 'SolarWinds', 'Mandiant', 'Okta',
  'Cloudflare', 'Zoom', 'Slack', 'Atlassian', 'Adobe', 'Autodesk', 'Dropbox', 'PayPal', 'Stripe', 'Klarna',
  'Revolut', 'Coinbase', 'Binance', 'Block Inc', 'eBay', 'Etsy', 'Wayfair', 'Zalando',
  'Booking Holdings', 'Expedia', 'Tripadvisor', 'Yahoo', 'Signal Foundation',
  'Roblox', 'Epic Games', 'Electronic Arts', 'Activision Blizzard', 'Ubisoft', 'Nintendo',
  'Valve', 'Take-Two Interactive', 'Ericsson', 'Nokia', 'Vodafone', 'Verizon', 'AT&T', 'T-Mobile', 'Comcast',
  'Deutsche Telekom', 'Orange SA', 'Telefonica', 'BT Group', 'Reliance Jio', 'Bharti Airtel', 'Safaricom', 'MTN',
  'Infosys', 'Wipro', 'Tata Consultancy Services', 'Accenture', 'Capgemini', 'Cognizant', 'Deloitte', 'KPMG',
  'PwC', 'Ernst & Young', 'McKinsey', 'Boston Consulting Group', 'Bain & Company', 'Gartner', 'IDC', 'Canalys',
  // media and entertainment (not magazines and sites, "Variety", "Politico": Re-DocRED's gold types them MISC, and
  //  some are common words)
  'Warner Bros', 'Warner Bros.', 'Warner Bros. Discovery', 'Paramount', 'Paramount Global', 'Universal Pictures',
  'Sony Pictures', 'Lionsgate', 'A24', 'Hulu', 'HBO', 'HBO Max', 'Peacock', 'SiriusXM',
  'iHeartMedia', 'Universal Music Group', 'Sony Music', 'Warner Music Group', 'Live Nation', 'Ticketmaster',
  'Audible', 'Penguin Random House', 'HarperCollins', 'Simon & Schuster', 'Hachette', 'Bloomsbury',
  'BBC', 'CNN', 'Fox News', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'ABC News', 'CBS News', 'NBC News', 'Sky News',
  'Al Jazeera', 'Bloomberg LP', 'Associated Press', 'Agence France-Presse',
  // finance
  'JPMorgan', 'JPMorgan Chase', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup', 'Citi', 'Bank of America',
  'Wells Fargo', 'BlackRock', 'Vanguard', 'Fidelity', 'Berkshire Hathaway', 'Charles Schwab', 'HSBC', 'Barclays',
  'Lloyds Banking Group', 'NatWest', 'Standard Chartered', 'UBS', 'Credit Suisse', 'Deutsche Bank', 'Commerzbank',
  'BNP Paribas', 'Societe Generale', 'Santander', 'BBVA', 'UniCredit', 'Intesa Sanpaolo', 'ING', 'Rabobank',
  'Nomura', 'Mitsubishi UFJ', 'Mizuho', 'ICBC', 'Bank of China', 'HDFC Bank', 'ICICI Bank', 'State Bank of India',
  'Visa', 'Mastercard', 'American Express', 'Fitch Ratings', 'S&P Global', 'Nasdaq', 'NYSE',
  'London Stock Exchange', 'Euronext', 'Deutsche Boerse', 'Carlyle', 'KKR', 'Blackstone', 'Apollo Global',
  'Silver Lake', 'Sequoia Capital', 'Andreessen Horowitz', 'Y Combinator', 'SoftBank Vision Fund',
  // industry, energy, transport
  'Boeing', 'Airbus', 'Lockheed Martin', 'Northrop Grumman', 'Raytheon', 'RTX', 'General Dynamics', 'BAE Systems',
  'Rolls-Royce', 'Safran', 'Thales', 'Leonardo SpA', 'Embraer', 'SpaceX', 'Blue Origin', 'Rocket Lab',
  'United Launch Alliance', 'Tesla', 'Toyota', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Stellantis', 'Renault',
  'Nissan', 'Honda', 'Hyundai', 'Kia', 'BYD', 'Geely', 'Volvo Cars', 'Rivian', 'General Motors',
  'Ford Motor', 'Siemens', 'Siemens Energy', 'Siemens Gamesa', 'Vestas', 'Orsted', 'Ørsted', 'ABB', 'Schneider Electric',
  'General Electric', 'GE Aerospace', 'Caterpillar', 'Honeywell', 'ExxonMobil', 'Exxon Mobil', 'Chevron',
  'BP', 'TotalEnergies', 'Equinor', 'Eni', 'Saudi Aramco', 'Aramco', 'Petrobras', 'Gazprom', 'Rosneft', 'Lukoil',
  'Glencore', 'Rio Tinto', 'BHP', 'ArcelorMittal', 'Maersk', 'FedEx', 'UPS', 'DHL', 'Ryanair', 'easyJet',
  'Lufthansa', 'Air France-KLM', 'Qatar Airways', 'Delta Air Lines', 'United Airlines',
  'American Airlines', 'Southwest Airlines',
  // pharma, consumer, retail
  'Pfizer', 'Moderna', 'BioNTech', 'Johnson & Johnson', 'Merck', 'AstraZeneca', 'GSK', 'GlaxoSmithKline',
  'Novartis', 'Roche', 'Sanofi', 'Novo Nordisk', 'Eli Lilly', 'AbbVie', 'Bristol Myers Squibb', 'Amgen',
  'Gilead', 'Regeneron', 'Teva', 'Takeda', 'CSL', 'Walmart', 'Amazon.com', 'Costco', 'Kroger', 'Tesco',
  'Sainsbury', 'Carrefour', 'Aldi', 'Lidl', 'Ikea', 'IKEA', 'H&M', 'Inditex', 'Primark', 'Nike', 'Adidas',
  'Puma', 'LVMH', 'Kering', 'Gucci', 'Chanel', 'Sephora', 'Ulta Beauty', 'Unilever',
  'Procter & Gamble', 'Nestle', 'Nestlé', 'PepsiCo', 'Coca-Cola', 'Starbucks', 'Heineken', 'AB InBev', 'Diageo',
  'Marks & Spencer', 'Debenhams', 'Asda', 'Morrisons', 'Walgreens', 'CVS Health',
  // agencies and international bodies that are one word
  'Europol', 'Interpol', 'Frontex', 'Eurostat', 'Gavi', 'UNICEF', 'UNESCO', 'UNHCR', 'NASA', 'ESA', 'ISRO', 'JAXA',
  'Roscosmos', 'CISA', 'FBI', 'CIA', 'NSA', 'Ofcom', 'Ofgem', 'Ofsted', 'SAG-AFTRA',
];

/** Platforms: a company, or the site itself after these words. */
const PLATFORMS = ['Facebook', 'Instagram', 'WhatsApp', 'TikTok', 'Snapchat', 'Pinterest', 'Reddit', 'LinkedIn',
  'YouTube', 'Twitter', 'Bluesky', 'Telegram', 'Discord', 'Twitch', 'Wikipedia'];
const SITE_WORDS = new Set(['on', 'via', 'to', 'from', 'through', 'in', 'at'].map(hashString));

/** News agencies and outlets: one word each. */
const OUTLETS = ['Wikinews', 'Reuters', 'Xinhua', 'Kyodo', 'Yonhap', 'Interfax', 'Bernama'];
const OUTLET_WORDS = new Set(OUTLETS.map((w) => hashString(w.toLowerCase())));

/** Longest name in the list, in tokens (the scan tries no longer run). */
const MAX_TOKENS = 6;

interface Entry { platform: boolean }
/** By the hash of the name's lowercase words, as the tokenizer splits them (computed on first use). */
let byKey: Map<number, Entry> | null = null;
/** The first words' lowercase hashes, as a 2^16-bit filter (a Set lookup for every capitalized word costs more). */
const FIRST_WORD_BITS = 16;
const firstWords = new Uint8Array((1 << FIRST_WORD_BITS) >> 3);
const firstWordBit = (h: number): number => h & ((1 << FIRST_WORD_BITS) - 1);

/** Token lowercase hashes of a name, split as the tokenizer would (words, "&", "-", "'", "." apart). */
function nameKey(name: string): { key: number; first: number } {
  const parts = name.toLowerCase().match(/[\p{L}\p{N}+]+|[^\s\p{L}\p{N}]/gu) ?? [];
  let key = SEQ_SEED;
  for (const p of parts) key = seqHash(key, hashString(p));
  return { key, first: hashString(parts[0] ?? '') };
}

function load(): void {
  byKey = new Map();
  for (const [names, platform] of [[NAMES, false], [PLATFORMS, true], [OUTLETS, false]] as const) {
    for (const name of names) {
      const { key, first } = nameKey(name);
      byKey.set(key, { platform });
      const b = firstWordBit(first);
      firstWords[b >> 3] = (firstWords[b >> 3] as number) | (1 << (b & 7));
    }
  }
}

/** The listed name that starts at token k, as its end, or -1; a platform after a site word is not one. */
function listedEnd(infos: WordInfo[], n: number, k: number): number {
  let key = SEQ_SEED, found = -1;
  for (let j = k; j < n && j - k < MAX_TOKENS; j++) {
    key = seqHash(key, (infos[j] as WordInfo).lowerHash);
    const entry = (byKey as Map<number, Entry>).get(key);
    if (entry && !(entry.platform && k > 0 && SITE_WORDS.has((infos[k - 1] as WordInfo).lowerHash))) found = j + 1;
  }
  return found;
}

/**
 * Types ORG the listed names the tagger typed otherwise, and the untagged ones of two words or more (a one-word name
 * untagged mid-sentence too; an outlet anywhere): not a part of a longer name the tagger read ("Google Cloud", "Meta
 * AI", "Reuters Institute" stay as they are).
 */
export function tagKnownOrganizations(text: string, tokens: Tokens, infos: WordInfo[], tags: Uint8Array): void {
  if (!byKey) load();
  const n = tokens.count;
  let persons: Set<WordInfo> | null = null;
  for (let k = 0; k < n; k++) {
    // (a capital first, read from the text: a look at every token's word costs more; every listed name that can
    //  pass isCap starts with one)
    const c0 = text.charCodeAt(tokens.starts[k] as number);
    if ((c0 < 65 || c0 > 90) && c0 < 0xc0) continue;
    const info = infos[k] as WordInfo;
    const b = firstWordBit(info.lowerHash);
    if (((firstWords[b >> 3] as number) & (1 << (b & 7))) === 0 || !isCap(info)) continue;
    const end = listedEnd(infos, n, k);
    if (end < 0) continue;
    const outlet = end - k === 1 && OUTLET_WORDS.has(info.lowerHash);
    // one word of a person's full name in the article is that person's ("Keisuke Honda" … "Honda scored")
    if (end - k === 1 && !outlet && (persons ??= fullNameWords(tags, n, infos)).has(info)) continue;
    const t = tags[k] as number;
    if (t !== TAG_O) {
      // exactly a span of the tagger's
      if (!isBegin(t) || spanEnd(tags, n, k) !== end || typeOfTag(t) === ORG) { k = end - 1; continue; }
    } else if (!outlet) {
      let free = true;
      for (let j = k; j < end && free; j++) free = tags[j] === TAG_O;
      // the words around are no part of it: no capitalized word glued on either side
      const before = k > 0 && isCap(infos[k - 1] as WordInfo) && ((tokens.flags[k] as number) & (TF_SENT_START | TF_LINE_START)) === 0;
      const after = end < n && isCap(infos[end] as WordInfo) && ((tokens.flags[end] as number) & TF_LINE_START) === 0;
      const oneWordAtStart = end - k === 1 && ((tokens.flags[k] as number) & (TF_SENT_START | TF_LINE_START)) !== 0;
      if (!free || before || after || oneWordAtStart) continue;
    }
    writeSpan(tags, { start: k, end, type: ORG });
    k = end - 1;
  }
}
