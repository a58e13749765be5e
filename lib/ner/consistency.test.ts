import { describe, expect, it } from 'vitest';
import { applyConsistency, spansFromTags } from './consistency';
import { makeWordInfo, newLowerStats } from './features';
import { SEQ_SEED, seqHash } from './hash';
import type { WordInfo } from './features';
import { loadDefaultModel, tagText } from './index';
import { ENTITY_TYPES, TAG_O, tagB, tagI, typeIndex } from './tags';
import { tokenize } from './tokenize';

const model = loadDefaultModel();

/**
 * Runs the document pass on `text` where the tagger's output is given as [surface, type] pairs (the surface's first
 * occurrence, or its k-th written "k:surface"); returns "TYPE:text" spans.
 */
function consistency(text: string, tagged: [string, string][]): string[] {
  const tokens = tokenize(text);
  const infos: WordInfo[] = [];
  // one WordInfo per word string, as the run-time word cache gives (the document pass compares them by identity)
  const byWord = new Map<string, WordInfo>();
  for (let i = 0; i < tokens.count; i++) {
    const w = text.slice(tokens.starts[i], tokens.ends[i]);
    if (!byWord.has(w)) {
      const info = makeWordInfo(w, model.gaz, model.clusters, newLowerStats);
      info.dictFull = model.dict.get(seqHash(SEQ_SEED, info.lowerHash)); // as the run-time scorer looks it up
      byWord.set(w, info);
    }
    infos.push(byWord.get(w) as WordInfo);
  }
  const tags = new Uint8Array(tokens.count).fill(TAG_O);
  for (const [spec, type] of tagged) {
    const nth = /^(\d):(.+)$/s.exec(spec);
    const surface = nth ? (nth[2] as string) : spec;
    let start = text.indexOf(surface);
    for (let k = 1; nth && k < Number(nth[1]); k++) start = text.indexOf(surface, start + 1);
    const t = typeIndex(type);
    let first = true;
    for (let i = 0; i < tokens.count; i++) {
      if ((tokens.starts[i] as number) < start || (tokens.ends[i] as number) > start + surface.length) continue;
      tags[i] = first ? tagB(t) : tagI(t);
      first = false;
    }
  }
  applyConsistency(text, tokens, infos, tags, model.gaz);
  return spansFromTags(tags, tokens.count).map((s) => `${ENTITY_TYPES[s.type]}:${text.slice(tokens.starts[s.start], tokens.ends[s.end - 1])}`);
}

describe('applyConsistency', () => {
  it('does not keep a camel-case brand as a person', () => {
    expect(consistency('Before that I ran eHow for years.', [['eHow', 'PER']])).toEqual([]);
    expect(consistency('Before that Anna Lee ran it.', [['Anna Lee', 'PER']])).toEqual(['PER:Anna Lee']);
  });

  it('types a known organization ORG even where the tagger saw a person or a place, but not a surname or an instance', () => {
    expect(consistency('Goldman Sachs said profits rose.', [['Goldman Sachs', 'PER']])).toEqual(['ORG:Goldman Sachs']);
    expect(consistency('JPMorgan Chase chief executive Jamie Dimon spoke.', [['JPMorgan Chase', 'PER'], ['Jamie Dimon', 'PER']]))
      .toEqual(['ORG:JPMorgan Chase', 'PER:Jamie Dimon']);
    expect(consistency('She worked at Volkswagen.', [['Volkswagen', 'LOC']])).toEqual(['ORG:Volkswagen']);
    expect(consistency('Interpol said the case was closed.', [['Interpol', 'PER']])).toEqual(['ORG:Interpol']);
    // known only as an organization in the training names
    expect(consistency('Europol said the case was closed.', [['Europol', 'PER']])).toEqual(['ORG:Europol']);
    expect(consistency('Shares in Nvidia fell.', [['Nvidia', 'LOC']])).toEqual(['ORG:Nvidia']);
    expect(consistency('Ffs will everyone stop.', [['Ffs', 'LOC']])).toEqual(['LOC:Ffs']);
    expect(consistency('Ford said he would direct it.', [['Ford', 'PER']])).toEqual(['PER:Ford']);
    expect(consistency('He was attacked outside a McDonalds.', [['McDonalds', 'LOC']])).toEqual(['LOC:McDonalds']);
  });

  it('tags a person’s surname alone after the full name, but not a title the tagger read as a name', () => {
    expect(consistency('Ibrahim Kalin spoke. Kalin left.', [['Ibrahim Kalin', 'PER']])).toEqual(['PER:Ibrahim Kalin', 'PER:Kalin']);
    expect(consistency('The Iraqi Foreign Minister spoke. As Minister, he left.', [['Iraqi Foreign Minister', 'PER']]))
      .toEqual(['PER:Iraqi Foreign Minister']);
  });

  it('types a state’s party member MISC, not an organization', () => {
    expect(consistency('Elizabeth Warren, a Massachusetts Democrat, spoke.', [['Elizabeth Warren', 'PER'], ['Massachusetts Democrat', 'ORG']]))
      .toEqual(['PER:Elizabeth Warren', 'MISC:Massachusetts Democrat']);
    expect(consistency('the Young Democrats met', [['Young Democrats', 'ORG']])).toEqual(['ORG:Young Democrats']);
  });

  it('types a full name after an organization’s possessive as a person', () => {
    expect(consistency('The People’s Party’s Anna Lee won.', [['People’s Party’s Anna Lee', 'ORG']]))
      .toEqual(['ORG:People’s Party', 'PER:Anna Lee']);
  });

  it('does not make a dotted country abbreviation or a nationality an organization before an organization noun', () => {
    const names = tagText('The U.S. company said profits rose. U.S. troops left Iraq.').map((s) => `${s.type}:${s.text}`);
    expect(names).toEqual(['LOC:U.S.', 'LOC:U.S.', 'LOC:Iraq']);
    // nor a nationality that the gazetteer lacks but the training names know as MISC
    const british = tagText('In Baghdad, a British security firm guarding the airport said so.').map((s) => `${s.type}:${s.text}`);
    expect(british).toContain('MISC:British');
  });

  it('makes a name before an organization noun an organization, but not a person’s full name or across a verb', () => {
    expect(consistency('Anadolu state news agency reported it.', [['Anadolu', 'PER']])).toEqual(['ORG:Anadolu']);
    expect(consistency('Anna Lee founded the group.', [['Anna Lee', 'PER']])).toEqual(['PER:Anna Lee']);
    expect(consistency('Kalin met the group.', [['Kalin', 'PER']])).toEqual(['PER:Kalin']);
  });

  it('makes a name an organization by its apposition or its officer, but not a person by theirs', () => {
    expect(consistency('Anthropic, the artificial intelligence startup founded by engineers, grew. Anthropic hired.',
      [['Anthropic', 'PER'], ['2:Anthropic', 'PER']])).toEqual(['ORG:Anthropic', 'ORG:Anthropic']);
    expect(consistency('Anadolu, the state news agency, said so.', [['Anadolu', 'PER']])).toEqual(['ORG:Anadolu']);
    expect(consistency('Cohen, a bank teller, said so.', [['Cohen', 'PER']])).toEqual(['PER:Cohen']);
    // a party's leader; not a place's
    expect(consistency('Zorfein leader Gerry Adams spoke.', [['Zorfein', 'PER'], ['Gerry Adams', 'PER']])).toEqual(['ORG:Zorfein', 'PER:Gerry Adams']);
    expect(consistency('Soviet Union leader Joseph Stalin spoke.', [['Soviet Union', 'LOC'], ['Joseph Stalin', 'PER']]))
      .toEqual(['LOC:Soviet Union', 'PER:Joseph Stalin']);
    // a place or nationality may open the apposition; a preposition inside the sentence opens no phrase
    expect(consistency('Pouches made by Yondr, a California company whose pouches lock.', [['Yondr', 'PER'], ['California', 'LOC']]))
      .toEqual(['ORG:Yondr', 'LOC:California']);
    expect(consistency('Hallwood, a Cleveland merchant bank, owns it.', [['Hallwood', 'LOC'], ['Cleveland', 'LOC']]))
      .toEqual(['ORG:Hallwood', 'LOC:Cleveland']);
    expect(consistency('In Kent, the company said so.', [['Kent', 'LOC']])).toEqual(['LOC:Kent']);
    expect(consistency("Zorvex, the European Union's law enforcement agency, said so.", [['Zorvex', 'PER'], ['European Union', 'ORG']]))
      .toEqual(['ORG:Zorvex', 'ORG:European Union']);
    expect(consistency('Lee, the party’s leader, said so.', [['Lee', 'PER']])).toEqual(['PER:Lee']);
    expect(consistency('Anthropic chief executive Dario Amodei spoke.', [['Anthropic', 'PER'], ['Dario Amodei', 'PER']]))
      .toEqual(['ORG:Anthropic', 'PER:Dario Amodei']);
    expect(consistency('Voltara CEO Mara Quinn spoke.', [['Voltara', 'PER'], ['Mara Quinn', 'PER']]))
      .toEqual(['ORG:Voltara', 'PER:Mara Quinn']);
    expect(consistency('FTC Chair Lina Khan spoke.', [['FTC', 'PER'], ['Lina Khan', 'PER']]))
      .toEqual(['ORG:FTC', 'PER:Lina Khan']);
    expect(consistency('Trump chief of staff John Kelly left.', [['Trump', 'PER'], ['John Kelly', 'PER']]))
      .toEqual(['PER:Trump', 'PER:John Kelly']);
    // an opening phrase is no apposition, a verb does not close one, and a nationality before "Chairman" stays
    expect(consistency('In Kent, the company said it.', [['Kent', 'PER']])).toEqual(['PER:Kent']);
    expect(consistency('At Edgeley Park, the club finished 17th.', [['Edgeley Park', 'LOC']])).toEqual(['LOC:Edgeley Park']);
    expect(consistency('Then Kent, the company finished it.', [['Kent', 'PER']])).toEqual(['PER:Kent']);
    expect(consistency('North Korean Chairman Kim Jong-un met him.', [['North Korean', 'MISC'], ['Kim Jong-un', 'PER']]))
      .toEqual(['MISC:North Korean', 'PER:Kim Jong-un']);
  });

  it('reads a name\'s possessive as opening an apposition, and tags an untagged sentence start before one', () => {
    expect(consistency("Gazprom rose. Lukoil, Russia's largest oil company, said so.", [['Gazprom', 'ORG'], ['Russia', 'LOC']]))
      .toEqual(['ORG:Gazprom', 'ORG:Lukoil', 'LOC:Russia']);
    expect(consistency("Yukos, Russia's largest oil company, said so.", [['Yukos', 'PER'], ['Russia', 'LOC']]))
      .toEqual(['ORG:Yukos', 'LOC:Russia']);
    expect(consistency("Moscow, Russia's largest city, said so.", [['Moscow', 'LOC'], ['Russia', 'LOC']]))
      .toEqual(['LOC:Moscow', 'LOC:Russia']);
    expect(consistency("Smith, the company's founder, said so.", [['Smith', 'PER']])).toEqual(['PER:Smith']);
    expect(consistency('Then, the company said so.', [])).toEqual([]);
  });

  it('types an untagged sentence start before an officer and a person ORG where the article tags the word elsewhere', () => {
    expect(consistency('Lazio sacked their coach. Lazio president Sergio Cragnotti said so.', [['Lazio', 'PER'], ['Sergio Cragnotti', 'PER']]))
      .toEqual(['ORG:Lazio', 'ORG:Lazio', 'PER:Sergio Cragnotti']);
    expect(consistency('Former president Bill Clinton spoke.', [['Bill Clinton', 'PER']])).toEqual(['PER:Bill Clinton']);
    expect(consistency('France lost. France coach Aime Jacquet was angry.', [['France', 'LOC'], ['Aime Jacquet', 'PER']]).filter((x) => x.startsWith('ORG')))
      .toEqual([]);
  });

  it('does not keep dates as names, but keeps a name that is also a month', () => {
    expect(consistency('WASHINGTON, Dec 6 (Reuters) - The Senate voted.', [['WASHINGTON', 'LOC'], ['Dec 6', 'ORG'], ['Reuters', 'ORG']]))
      .toEqual(['LOC:WASHINGTON', 'ORG:Reuters']);
    expect(consistency('The vote is set for May 5, officials said.', [['May', 'PER']])).toEqual([]);
    expect(consistency('NEW YORK, Sept. 12 (AP) - The mayor spoke.', [['Sept. 12', 'MISC']])).toEqual(['LOC:NEW YORK']);
    expect(consistency('Theresa May spoke on Monday.', [['Theresa May', 'PER']])).toEqual(['PER:Theresa May']);
  });
});

describe('headlines take their names from the prose', () => {
  it("cuts a Title Case headline's run-on verb and nouns off the prose name that opens it, and untags common words", () => {
    const text = 'Siemens Quarterly Profit Beats Forecasts, Weak Sales Outlook\nSiemens said its quarterly profit rose, despite weak sales outlook.';
    expect(consistency(text, [['Siemens Quarterly Profit Beats Forecasts', 'MISC'], ['Weak Sales Outlook', 'MISC'], ['2:Siemens', 'ORG']]))
      .toEqual(['ORG:Siemens', 'ORG:Siemens']);
  });

  it('keeps a name of its own around the prose name, and lines that are prose dense with names', () => {
    const open = 'Nadal Wins Madrid Open Final\nNadal won the Madrid Open on Sunday.';
    expect(consistency(open, [['Nadal', 'PER'], ['Madrid Open Final', 'MISC'], ['2:Nadal', 'PER'], ['2:Madrid Open', 'MISC']]))
      .toEqual(['PER:Nadal', 'MISC:Madrid Open Final', 'PER:Nadal', 'MISC:Madrid Open']);
    const prose = 'Staff Officers Included Major General Artemas Ward And Colonel Henry Knox.\nKnox led the guns.';
    expect(consistency(prose, [['Artemas Ward', 'PER'], ['Henry Knox', 'PER'], ['2:Knox', 'PER']]))
      .toEqual(['PER:Artemas Ward', 'PER:Henry Knox', 'PER:Knox']);
  });

  it('untags a one-word headline "name" that the prose writes as a common word', () => {
    const text = 'CHECHEN DEAL HOLDS , SAYS LEBED\nAlexander Lebed said the peace deal was holding.';
    expect(consistency(text, [['DEAL', 'MISC'], ['CHECHEN', 'MISC'], ['Alexander Lebed', 'PER']]))
      .toEqual(['MISC:CHECHEN', 'PER:LEBED', 'PER:Alexander Lebed']);
    // a word the prose also capitalizes mid-sentence is kept ("Deal" as a name), and so is a short one ("US" / "us")
    expect(consistency('DEAL WINS\nThe firm Deal grew. It told us so.', [['DEAL', 'ORG'], ['Deal', 'ORG']])).toEqual(['ORG:DEAL', 'ORG:Deal']);
  });

  it('tags an ALL CAPS headline’s names by the prose mentions, surnames included', () => {
    const text = 'NADAL BEATS FEDERER IN FINAL\nRafael Nadal beat Roger Federer on Sunday.';
    expect(consistency(text, [['Rafael Nadal', 'PER'], ['Roger Federer', 'PER']]))
      .toEqual(['PER:NADAL', 'PER:FEDERER', 'PER:Rafael Nadal', 'PER:Roger Federer']);
  });

  it('splits a headline span that runs two prose names together, and retypes an exact one', () => {
    const text = 'The champion Nadal and Federer met in Paris.\nNadal Beats Federer Again In Paris';
    expect(consistency(text, [['Nadal', 'PER'], ['Federer', 'PER'], ['Paris', 'LOC'], ['Nadal Beats Federer', 'ORG'], ['2:Paris', 'ORG']])
      .slice(3)).toEqual(['PER:Nadal', 'PER:Federer', 'LOC:Paris']);
  });

  it('untags a headline span of words the prose never capitalizes, where it holds no prose name', () => {
    // "Guts" and "Aging" are in no prose sentence; the news names its people and places again below the headline
    const fire = 'Traders Count Losses as Fire Guts Section of Bodija Market\nA fire destroyed stalls at Bodija Market.';
    expect(consistency(fire, [['Fire Guts', 'MISC'], ['Bodija Market', 'LOC'], ['2:Bodija Market', 'LOC']]))
      .toEqual(['LOC:Bodija Market', 'LOC:Bodija Market']);
    // one word alone only where the prose writes it lowercase: "Bricklayers" goes, "Kneecap" (a name only in the
    //  headline) stays
    const one = 'Bricklayers Lift Amateur Cup After Late Winner\nA team of bricklayers won on Sunday.';
    expect(consistency(one, [['Bricklayers', 'PER']])).toEqual([]);
    const band = 'Kneecap Collect Award in Dublin Ceremony\nThe band won on Sunday.';
    expect(consistency(band, [['Kneecap', 'ORG']])).toEqual(['ORG:Kneecap']);
    // not on a results line ("Jan Ullrich (Germany) 70 65"), a byline's full name, or a line after the story
    const results = 'Leading scores\nJan Ullrich (Germany) 70 65\nThe leaders finished late.';
    expect(consistency(results, [['Jan Ullrich', 'PER'], ['Germany', 'LOC']])).toEqual(['PER:Jan Ullrich', 'LOC:Germany']);
    expect(consistency('By Harriet Lowe\nThe council met.', [['Harriet Lowe', 'PER']])).toEqual(['PER:Harriet Lowe']);
    const sources = 'The council met on Monday.\nSources: Hull Daily Mail';
    expect(consistency(sources, [['Hull Daily Mail', 'ORG']])).toEqual(['ORG:Hull Daily Mail']);
  });

  it("cuts a plain headline's one verb after the prose name off it", () => {
    const text = 'Bank of England Cuts Rates in Tight Vote\nThe Bank of England cut rates on Thursday.';
    expect(consistency(text, [['Bank of England Cuts', 'ORG'], ['2:Bank of England', 'ORG']]))
      .toEqual(['ORG:Bank of England', 'ORG:Bank of England']);
  });

  it("cuts a plain headline's words before the prose name off it", () => {
    const text = 'Grocery App Kiranakart Files for Listing\nKiranakart said it would list its shares.';
    expect(consistency(text, [['Grocery App Kiranakart Files', 'MISC'], ['2:Kiranakart', 'ORG']]))
      .toEqual(['ORG:Kiranakart', 'ORG:Kiranakart']);
  });

  it('keeps the tagger’s longer headline name around one prose name', () => {
    const text = 'MADRID OPEN ENDS TODAY\nThe final is played in Madrid on Sunday.';
    expect(consistency(text, [['MADRID OPEN', 'MISC'], ['Madrid', 'LOC']])).toEqual(['MISC:MADRID OPEN', 'LOC:Madrid']);
  });

  it('leaves prose lines alone', () => {
    const text = 'Apple said on Monday that apple growers would be paid.';
    expect(consistency(text, [['Apple', 'ORG']])).toEqual(['ORG:Apple']);
  });
});

describe('datelines', () => {
  it('types the place of a dateline LOC, also beside an agency', () => {
    expect(consistency('BRUSSELS, March 3 (Reuters) - The Commission fined Microsoft.', [['BRUSSELS', 'ORG'], ['Microsoft', 'ORG']]))
      .toEqual(['LOC:BRUSSELS', 'ORG:Reuters', 'ORG:Microsoft']); // the agency is one (organizations.ts)
    expect(consistency('NEW YORK (AP) — The mayor spoke.', [['NEW', 'ORG']])).toEqual(['LOC:NEW YORK']);
    expect(consistency('AL-AIN, United Arab Emirates 1996-12-06\nJapan won.', [])).toEqual(['LOC:AL-AIN']);
  });

  it('does not take an upper-case sentence start for a dateline', () => {
    expect(consistency('NATO said on Monday (Reuters) that it would meet.', [['NATO', 'ORG']])).toEqual(['ORG:NATO', 'ORG:Reuters']);
    expect(consistency('US officials met on Dec 6 in Geneva.', [['US', 'LOC']])).toEqual(['LOC:US']);
  });
});

describe('results tables', () => {
  it('gives a table’s untagged and half-tagged names the type of its tagged ones', () => {
    const text = 'Leading scores:\nTiger Woods 70 66 65\nColin Montgomerie 72 67 74\nCostantino Rocca 71 69 70';
    expect(consistency(text, [['Tiger Woods', 'PER'], ['Rocca', 'ORG']]))
      .toEqual(['PER:Tiger Woods', 'PER:Colin Montgomerie', 'PER:Costantino Rocca']);
  });

  it('reads rows with two names, and keeps a cell the tagger typed otherwise', () => {
    const text = 'Results:\nJapan 2 Syria 1\nAl Ain 1 Bayern of Munich 0';
    expect(consistency(text, [['Japan', 'LOC'], ['Syria', 'LOC'], ['Ain', 'ORG']]))
      .toEqual(['LOC:Japan', 'LOC:Syria', 'LOC:Al Ain', 'LOC:Bayern of Munich']);
  });

  it('retypes the odd cell out when the table’s type holds a clear majority', () => {
    const text = 'Standings:\nBayern Munich 32 19 67\nBayer Leverkusen 32 19 63\nVfB Stuttgart 32 17 60\nBorussia Dortmund 32 17 58';
    expect(consistency(text, [['Bayern Munich', 'ORG'], ['Bayer Leverkusen', 'MISC'], ['Stuttgart', 'LOC'], ['Dortmund', 'LOC']]))
      .toEqual(['ORG:Bayern Munich', 'ORG:Bayer Leverkusen', 'ORG:VfB Stuttgart', 'ORG:Borussia Dortmund']);
  });

  it('needs two rows, and a line with words after its numbers is not a row', () => {
    expect(consistency('Arsenal 12 7 4\nThe league ends in May.', [['The', 'ORG']])).toEqual(['ORG:The']);
    expect(consistency('Chapter 3 of the book\nChelsea 12 7 2\nArsenal 12 7 4', [['Chelsea', 'ORG']]))
      .toEqual(['ORG:Chelsea', 'ORG:Arsenal']);
  });
});

describe('acronyms and titles', () => {
  it('gives an acronym in parentheses its name’s type, and finds it again later', () => {
    const text = 'The World Health Organization (WHO) met. Officials of the WHO agreed.';
    expect(consistency(text, [['World Health Organization', 'ORG']]))
      .toEqual(['ORG:World Health Organization', 'ORG:WHO', 'ORG:WHO']);
    expect(consistency('the National Intelligence Organization (MIT) said', [['National Intelligence Organization', 'ORG']]))
      .toEqual(['ORG:National Intelligence Organization', 'ORG:MIT']);
    expect(consistency('with Internet Explorer 9 (IE9) now', [['Internet Explorer 9', 'MISC']])).toEqual(['MISC:Internet Explorer 9', 'MISC:IE9']);
    // not a title's acronym, one of a longer name after a place or nationality, one the tagger typed
    expect(consistency('a Member of Parliament (MP) for Leeds', [['Parliament', 'ORG']])).toEqual(['ORG:Parliament']);
    expect(consistency('to offer Computer Aided Design (CAD) now', [['Computer Aided Design', 'MISC']]))
      .toEqual(['MISC:Computer Aided Design', 'MISC:CAD']);
    expect(consistency('In a British (ITV) interview', [['British', 'MISC']])).toEqual(['MISC:British']);
    expect(consistency('Armed Forces of Colombia (FARC) rebels', [['Colombia', 'LOC'], ['FARC', 'ORG']])).toEqual(['LOC:Colombia', 'ORG:FARC']);
  });

  it('does not take an agency after a dateline place, or a one-letter party, for an acronym', () => {
    expect(consistency('LOS ANGELES (AP) — Fires burned.', [['LOS ANGELES', 'LOC'], ['AP', 'ORG']]))
      .toEqual(['LOC:LOS ANGELES', 'ORG:AP']);
    expect(consistency('said John Smith (R) on Monday', [['John Smith', 'PER']])).toEqual(['PER:John Smith']);
    expect(consistency('Pete Sampras (USA) beat him', [['Pete Sampras', 'PER']])).toEqual(['PER:Pete Sampras']);
    expect(consistency('the Sandoz Group (UK) said', [['Sandoz Group', 'ORG'], ['UK', 'LOC']])).toEqual(['ORG:Sandoz Group', 'LOC:UK']);
  });

  it('tags a repeat before a title, but does not cut a longer name in two', () => {
    expect(consistency('Shares of Apple rose. Analysts said Apple CEO Tim Cook spoke.', [['Apple', 'ORG'], ['Tim Cook', 'PER']]))
      .toEqual(['ORG:Apple', 'ORG:Apple', 'PER:Tim Cook']);
    expect(consistency('Shares of Apple rose. Analysts said Apple Music grew.', [['Apple', 'ORG']])).toEqual(['ORG:Apple']);
  });
});

describe('organization names', () => {
  it('joins the names on both sides of "&" into one organization, but not two people', () => {
    expect(consistency('an analyst at Halvorsen & Price said', [['Halvorsen', 'LOC'], ['Price', 'PER']])).toEqual(['ORG:Halvorsen & Price']);
    expect(consistency('Southland Power & Light reports outages', [['Southland', 'LOC'], ['Power', 'MISC']]))
      .toEqual(['ORG:Southland Power & Light']);
    expect(consistency('Florida Power & Light reports outages', [['Florida', 'LOC'], ['Power & Light', 'MISC']]))
      .toEqual(['ORG:Florida Power & Light']);
    expect(consistency('with Anna Lee & John Smith on stage', [['Anna Lee', 'PER'], ['John Smith', 'PER']]))
      .toEqual(['PER:Anna Lee', 'PER:John Smith']);
    expect(consistency('Video: Miharris & Acphillips.', [['Miharris', 'PER'], ['Acphillips', 'PER']])).toEqual(['PER:Miharris', 'PER:Acphillips']);
    expect(consistency('the Grand Lodge F&AM chartered it', [['Grand Lodge', 'LOC']])).toEqual(['LOC:Grand Lodge']);
    // two organizations stay two; a title the tagger read whole stands; a tagged name is not walked into
    expect(consistency('on MTV & Wild on E! nightly', [['MTV', 'ORG'], ['Wild on E!', 'ORG']])).toEqual(['ORG:MTV', 'ORG:Wild on E!']);
    expect(consistency('his book Tremors - New & Selected Poems sold', [['Tremors - New & Selected Poems', 'MISC']]))
      .toEqual(['MISC:Tremors - New & Selected Poems']);
    expect(consistency('every Perth Glory Home & Away fixture', [['Perth Glory', 'ORG']])).toEqual(['ORG:Perth Glory']);
    expect(consistency('his career in Sales, Consulting & Special Events began', [])).toEqual([]);
    // two places, and a citation's two authors
    expect(consistency('east to Tempe & Mesa by rail', [['Tempe', 'LOC'], ['Mesa', 'LOC']])).toEqual(['LOC:Tempe', 'LOC:Mesa']);
    expect(consistency('in scholarship (Baron & Beresford 2014) it', [['Baron', 'ORG'], ['Beresford', 'PER']]))
      .toEqual(['ORG:Baron', 'PER:Beresford']);
    expect(consistency('soul, funk and R & B records', [])).toEqual([]);
  });

  it('joins a surname to the described organization right after it, but not a place, a nationality or a name of its own', () => {
    expect(consistency('Kessler Foods Group has agreed', [['Kessler', 'PER'], ['Foods Group', 'ORG']])).toEqual(['ORG:Kessler Foods Group']);
    expect(consistency('the Spanish People’s Party said', [['Spanish', 'MISC'], ['People’s Party', 'ORG']]))
      .toEqual(['MISC:Spanish', 'ORG:People’s Party']);
    expect(consistency('Kessler, Foods Group and others', [['Kessler', 'PER'], ['Foods Group', 'ORG']]))
      .toEqual(['PER:Kessler', 'ORG:Foods Group']);
    expect(consistency('like the US FBI does', [['US', 'LOC'], ['FBI', 'ORG']])).toEqual(['LOC:US', 'ORG:FBI']);
    expect(consistency('the Pakistani ISI has', [['Pakistani', 'MISC'], ['ISI', 'ORG']])).toEqual(['MISC:Pakistani', 'ORG:ISI']);
    expect(consistency('the U.S. Field Force base', [['U.S.', 'LOC'], ['Field Force', 'ORG']])).toEqual(['LOC:U.S.', 'ORG:Field Force']);
  });

  it('keeps a plural possessive inside a name that ends in a head noun', () => {
    expect(consistency('The State Teachers’ Retirement System paid', [['State Teachers', 'ORG']])).toEqual(['ORG:State Teachers’ Retirement System']);
    expect(consistency('The Rangers’ Chris Kreider scored', [['Rangers', 'ORG'], ['Chris Kreider', 'PER']]))
      .toEqual(['ORG:Rangers', 'PER:Chris Kreider']);
  });

  it('continues a head noun’s name after "for"', () => {
    expect(consistency('the Joint Council for the Welfare of Immigrants campaigner', [['Joint Council', 'ORG']]))
      .toEqual(['ORG:Joint Council for the Welfare of Immigrants']);
    expect(consistency('Apple for the Holidays', [['Apple', 'ORG']])).toEqual(['ORG:Apple']);
    expect(consistency('she moved to CBS Records for Blowin Away in 1990', [['CBS Records', 'ORG']])).toEqual(['ORG:CBS Records']);
    expect(consistency('the Movement for the Emancipation of the Niger Delta said', [['Movement', 'ORG'], ['Niger Delta', 'LOC']]))
      .toEqual(['ORG:Movement for the Emancipation of the Niger Delta']);
    // a place, a person or an organization of its own after "for"
    expect(consistency('the U.N. Development Program for Somalia said', [['U.N. Development Program', 'ORG'], ['Somalia', 'LOC']]))
      .toEqual(['ORG:U.N. Development Program', 'LOC:Somalia']);
    expect(consistency('in the National Hockey League for the Boston Bruins', [['National Hockey League', 'ORG'], ['Boston Bruins', 'ORG']]))
      .toEqual(['ORG:National Hockey League', 'ORG:Boston Bruins']);
  });

  it('splits a full person name off the end of an organization', () => {
    expect(consistency('CEO of the Refugee Council Enver Solomon told Sky News', [['Refugee Council Enver Solomon', 'ORG']]))
      .toEqual(['ORG:Refugee Council', 'PER:Enver Solomon', 'ORG:Sky News']);
    expect(consistency('and the United Christian Democrats won', [['United Christian Democrats', 'ORG']])).toEqual(['ORG:United Christian Democrats']);
    // after a title's "of (the)", whatever the organization's last word; a one-word portfolio is the title's
    expect(consistency('Chancellor of the Exchequer Rachel Reeves said', [['Exchequer Rachel Reeves', 'ORG']])).toEqual(['PER:Rachel Reeves']);
    expect(consistency('Minister of Home Affairs Amit Shah said', [['Home Affairs Amit Shah', 'ORG']]))
      .toEqual(['ORG:Home Affairs', 'PER:Amit Shah']);
    expect(consistency('a meeting of the Exchequer Rachel Reeves chaired', [['Exchequer Rachel Reeves', 'ORG']]))
      .toEqual(['ORG:Exchequer Rachel Reeves']);
    // common words that end in a surname are no person ("Wing", "Council" are census surnames)
    expect(consistency('Established as 4 Air Defense Wing in 1943.', [['4 Air Defense Wing', 'ORG']])).toEqual(['ORG:4 Air Defense Wing']);
    expect(consistency('the United Nations Security Council met', [['United Nations Security Council', 'ORG']]))
      .toEqual(['ORG:United Nations Security Council']);
    // a given name inside an organization that ends in its head noun is not a trailing person
    expect(consistency('It came from the Bill & Melinda Gates Foundation.', [['Bill & Melinda Gates Foundation', 'ORG']]))
      .toEqual(['ORG:Bill & Melinda Gates Foundation']);
  });

  it('types a storm and its name alone MISC, but not a longer name with "Storm" in it', () => {
    expect(consistency('Hurricane Idris came ashore. Idris weakened later.', [['Idris', 'PER'], ['2:Idris', 'PER']]))
      .toEqual(['MISC:Hurricane Idris', 'MISC:Idris']);
    expect(consistency('The Gulf Storm Prediction Office warned.', [['Gulf Storm Prediction Office', 'ORG']]))
      .toEqual(['ORG:Gulf Storm Prediction Office']);
  });

  it('trims an organization’s title word off its name, but not a plural acronym (the training sets tag "IEDs")', () => {
    expect(consistency('six VBIEDs were destroyed', [['VBIEDs', 'MISC']])).toEqual(['MISC:VBIEDs']);
    expect(consistency('Jeff Rathke, the State Department Spokesperson, said', [['Jeff Rathke', 'PER'], ['State Department Spokesperson', 'ORG']]))
      .toEqual(['PER:Jeff Rathke', 'ORG:State Department']);
    expect(consistency('the Office of the President said', [['Office of the President', 'ORG']])).toEqual(['ORG:Office of the President']);
    expect(consistency('he was Senate Majority Leader then', [['Senate Majority Leader', 'ORG']])).toEqual(['ORG:Senate Majority Leader']);
    expect(consistency('the International Center for Transitional Justice said', [['International Center for Transitional Justice', 'ORG']]))
      .toEqual(['ORG:International Center for Transitional Justice']);
  });
});

describe('more article-wide evidence', () => {
  it('untags the place of a "-based" that the tagger ran into the organization after it, and keeps "-led"', () => {
    expect(consistency('He worked at Lagos-based Zenith Bank.', [['Lagos-based Zenith Bank', 'ORG']])).toEqual(['ORG:Zenith Bank']);
    expect(consistency('Fighters of the Hamas-led Front said', [['Hamas-led Front', 'ORG']])).toEqual(['ORG:Hamas', 'ORG:Front']);
  });

  it('types an untagged name before "-run" or "-led" from what the training names or gazetteer know of it', () => {
    const spans = tagText('Officials in Hamas-run Gaza said 30 people were killed.').map((s) => `${s.type}:${s.text}`);
    expect(spans).toEqual(['ORG:Hamas', 'LOC:Gaza']);
    // no dictionary evidence (training-time word info): left alone
    expect(consistency('Officials in Zorblat-run Gaza said', [['Gaza', 'LOC']])).toEqual(['LOC:Gaza']);
    // only an organization before a compound of control: not a language, a place or a style
    const names = (text: string): string[] => tagText(text).map((s) => `${s.type}:${s.text}`);
    expect(names('It merged with the German-speaking party in 2002.')).toEqual([]);
    expect(names('It came out on the Jackson-based Malaco label.')).toEqual(['ORG:Malaco']);
  });

  it('gives a string the type of its first mention when its types are tied', () => {
    expect(consistency('OpenAI CEO Sam Altman spoke. Microsoft invested in OpenAI.', [['OpenAI', 'ORG'], ['Sam Altman', 'PER'], ['Microsoft', 'ORG'], ['2:OpenAI', 'MISC']]))
      .toEqual(['ORG:OpenAI', 'PER:Sam Altman', 'ORG:Microsoft', 'ORG:OpenAI']);
  });
});

describe('organization names across punctuation', () => {
  it('takes a web name in front of a lone designator ("Amazon.com Inc")', () => {
    expect(consistency('Amazon.com Inc said it would hire.', [['Inc', 'ORG']])).toEqual(['ORG:Amazon.com Inc']);
    expect(consistency('the Inc said', [['Inc', 'ORG']])).toEqual(['ORG:Inc']);
    expect(consistency('In December, Congress fired them.', [['Congress', 'ORG']])).toEqual(['ORG:Congress']);
    expect(consistency('in the Democratic-controlled Senate today', [['Senate', 'ORG']])).toEqual(['ORG:Senate']);
  });

  it('does not continue an "of" name after "and": the second name is one of its own', () => {
    expect(consistency('the Journal of Applied Physics and Applied Physics Letters', [['Journal of Applied Physics', 'ORG'], ['Applied Physics Letters', 'ORG']]))
      .toEqual(['ORG:Journal of Applied Physics', 'ORG:Applied Physics Letters']);
  });
});

describe('clubs named after their city (teams.ts)', () => {
  it('types both names of a match row as clubs, and their other mentions', () => {
    const text = 'Chelsea went top.\nCoventry 0 Chelsea 2\nLeeds 1 Southampton 1\n';
    expect(consistency(text, [['Chelsea', 'PER'], ['Coventry', 'LOC'], ['2:Chelsea', 'LOC'], ['Leeds', 'LOC'], ['Southampton', 'LOC']]))
      .toEqual(['ORG:Chelsea', 'ORG:Coventry', 'ORG:Chelsea', 'ORG:Leeds', 'ORG:Southampton']);
    // a row of two countries is national teams: LOC (CoNLL)
    expect(consistency('France 2 Spain 1\nItaly 0 Germany 0\n', [['France', 'LOC'], ['Spain', 'LOC'], ['Italy', 'LOC'], ['Germany', 'LOC']]))
      .toEqual(['LOC:France', 'LOC:Spain', 'LOC:Italy', 'LOC:Germany']);
  });

  it('replaces what the tagger made of a match row with scorers, and types the clubs\' other mentions', () => {
    const text = 'PSV Eindhoven 3 ( Nilis 12 , Jonk 40 ) Utrecht 0 . Halftime 2-0 . Attendance 25,000\nStandings :\nPSV Eindhoven 3 3 0 0 9 1 9\nUtrecht 3 0 0 3 1 7 0\n';
    expect(consistency(text, [['PSV Eindhoven 3', 'MISC'], ['Nilis 12', 'MISC'], ['Utrecht', 'LOC'], ['Halftime', 'MISC']]))
      .toEqual(['ORG:PSV Eindhoven', 'PER:Nilis', 'PER:Jonk', 'ORG:Utrecht', 'ORG:PSV Eindhoven', 'ORG:Utrecht']);
    // one row of two names and two numbers alone is no result ("Chapter 3 Verse 16")
    expect(consistency('Chapter 3 Verse 16\n', [['Verse', 'MISC']])).toEqual(['MISC:Verse']);
  });

  it('types the teams of a standings table with winning percentages, but not a country or the dateline', () => {
    const text = 'BALTIMORE 1996-08-30\nStandings :\nNEW YORK 74 58 .561 -\nBALTIMORE 70 62 .530 4\nCUBA 66 68 .493 9\n';
    expect(consistency(text, [['BALTIMORE', 'LOC'], ['NEW YORK', 'LOC'], ['2:BALTIMORE', 'LOC'], ['CUBA', 'LOC']]))
      .toEqual(['LOC:BALTIMORE', 'ORG:NEW YORK', 'ORG:BALTIMORE', 'LOC:CUBA']);
  });

  it('types the teams of a league table (a name and five figures or more, three rows), but not persons or countries', () => {
    const table = 'Standings :\nPSV Eindhoven 12 9 2 1 32 8 29\nFeyenoord 12 8 3 1 22 10 27\nTwente Enschede 12 7 2 3 20 12 23';
    expect(consistency(table, [['PSV Eindhoven 12', 'MISC']])).toEqual(['ORG:PSV Eindhoven', 'ORG:Feyenoord', 'ORG:Twente Enschede']);
    const group = 'Group standings :\nJapan 3 2 1 0 6 3 7\nSyria 3 1 1 1 4 4 4\nUzbekistan 3 0 0 3 2 5 0';
    expect(consistency(group, [])).toEqual(['LOC:Japan', 'LOC:Syria', 'LOC:Uzbekistan']);
    const golf = 'Leading scores :\nTiger Woods 66 67 68 68 269\nErnie Els 67 67 69 67 270\nNick Price 68 66 69 68 271';
    expect(consistency(golf, [['Tiger Woods', 'PER']]).filter((x) => x.startsWith('ORG'))).toEqual([]);
    // two rows are no table
    expect(consistency('Standings :\nFeyenoord 12 8 3 1 22 10 27\nHeerenveen 12 7 2 3 20 12 23', [])).toEqual([]);
  });

  it('takes a result verb or a result word and a score as a club\'s evidence', () => {
    expect(consistency('Leeds were held 1-1 at home on Saturday.', [['Leeds', 'LOC']])).toEqual(['ORG:Leeds']);
    expect(consistency('Bayern beat Hamburg 3-1 on Saturday.', [['Bayern', 'ORG'], ['Hamburg', 'LOC']])).toEqual(['ORG:Bayern', 'ORG:Hamburg']);
    expect(consistency('Dortmund drew 0-0 with Middlesbrough.', [['Dortmund', 'LOC'], ['Middlesbrough', 'LOC']]))
      .toEqual(['ORG:Dortmund', 'ORG:Middlesbrough']);
    expect(consistency('Marseille striker Pierre Dupont scored twice.', [['Marseille', 'LOC'], ['Pierre Dupont', 'PER']]))
      .toEqual(['ORG:Marseille', 'PER:Pierre Dupont']);
  });

  it('reads "for" after a player\'s figure and "led" as naming a club, but not a debut in a biography', () => {
    expect(consistency('Irving scored 15 for Dallas, and Doncic led Dallas with 28 points in the game.', [['Irving', 'PER'], ['Dallas', 'LOC'], ['Doncic', 'PER'], ['2:Dallas', 'LOC']]))
      .toEqual(['PER:Irving', 'ORG:Dallas', 'PER:Doncic', 'ORG:Dallas']);
    expect(consistency('He made his debut for Chhattisgarh in the 2016 Ranji Trophy season.', [['Chhattisgarh', 'LOC'], ['Ranji Trophy', 'MISC']]))
      .toEqual(['LOC:Chhattisgarh', 'MISC:Ranji Trophy']);
  });

  it('needs a sports sentence: cities beat cities to host games too', () => {
    expect(consistency('Paris beat London in the vote to stage the 2024 Olympics.', [['Paris', 'LOC'], ['London', 'LOC']]))
      .toEqual(['LOC:Paris', 'LOC:London']);
    expect(consistency('Athens hosted the 2004 Games, a season of records.', [['Athens', 'LOC']])).toEqual(['LOC:Athens']);
  });

  it('keeps countries, venues and persons as they are', () => {
    expect(consistency('Australia beat India by six wickets in Adelaide.', [['Australia', 'LOC'], ['India', 'LOC'], ['Adelaide', 'LOC']]))
      .toEqual(['LOC:Australia', 'LOC:India', 'LOC:Adelaide']);
    expect(consistency('Sampras beat Agassi 6-3 6-4 in the final match.', [['Sampras', 'PER'], ['Agassi', 'PER']]))
      .toEqual(['PER:Sampras', 'PER:Agassi']);
    // a person the tagger read as a place (a surname, not a city; a longer name that is no known city) is no club
    expect(consistency('Cho won the next three games.', [['Cho', 'LOC']])).toEqual(['LOC:Cho']);
    expect(consistency("Croatia's Janica Kostelic has won her first World Cup race.", [['Croatia', 'LOC'], ['Janica Kostelic', 'LOC'], ['World Cup', 'MISC']]))
      .toEqual(['LOC:Croatia', 'LOC:Janica Kostelic', 'MISC:World Cup']);
    // a longer place the gazetteer lacks is told by its words ("Kansas City"), not a country's evidence ("the goal")
    expect(consistency('Kansas City trailed 24-14 at halftime.', [['Kansas City', 'LOC']])).toEqual(['ORG:Kansas City']);
    expect(consistency('What was the goal for North Vietnam in the Tet offensive?', [['North Vietnam', 'LOC'], ['Tet', 'MISC']]))
      .toEqual(['LOC:North Vietnam', 'MISC:Tet']);
    // but a club's opening word makes one, whatever its city's other readings ("Milan" is a given name too)
    expect(consistency('He signed for Inter Milan in June.', [['Inter Milan', 'LOC']])).toEqual(['ORG:Inter Milan']);
    // "at" after a score is the venue
    expect(consistency('Real Madrid beat Borussia Dortmund 2-0 at Wembley on Saturday.', [['Madrid', 'LOC'], ['Borussia', 'LOC'], ['Dortmund', 'LOC'], ['Wembley', 'LOC']]))
      .toEqual(['ORG:Real Madrid', 'ORG:Borussia Dortmund', 'LOC:Wembley']);
  });

  it('types a one-word club the tagger read as a person or left untagged by a team result, but not a player', () => {
    expect(consistency('Napoli drew 0-0 with Sampdoria while Juventus beat Parma 2-1.', [['Napoli', 'PER'], ['Sampdoria', 'ORG'], ['Juventus', 'PER'], ['Parma', 'MISC']]))
      .toEqual(['ORG:Napoli', 'ORG:Sampdoria', 'ORG:Juventus', 'ORG:Parma']);
    expect(consistency('Ajax thrashed Vitesse 5-0 in the league. Ajax stay top.', [['Vitesse', 'PER']]))
      .toEqual(['ORG:Ajax', 'ORG:Vitesse', 'ORG:Ajax']);
    // players: a full name with a result makes the article one of players ("Chang" is one too); so do set scores
    expect(consistency('Pete Sampras beat Andre Agassi in the final. Sampras will meet Chang in the semifinal.', [['Pete Sampras', 'PER'], ['Andre Agassi', 'PER'], ['2:Sampras', 'PER'], ['Chang', 'PER']]))
      .toEqual(['PER:Pete Sampras', 'PER:Andre Agassi', 'PER:Sampras', 'PER:Chang']);
    expect(consistency('Hingis beat Seles 6-3 6-4 in the final match.', [['Hingis', 'PER'], ['Seles', 'PER']]))
      .toEqual(['PER:Hingis', 'PER:Seles']);
    // a surname of a full name in the article; a player's own deeds ("beat two defenders", "scored"); a date
    expect(consistency('Ronaldo Nazario scored. Ronaldo beat two defenders and Ronaldo scored in the 2-1 win.', [['Ronaldo Nazario', 'PER'], ['2:Ronaldo', 'PER'], ['3:Ronaldo', 'PER']]))
      .toEqual(['PER:Ronaldo Nazario', 'PER:Ronaldo', 'PER:Ronaldo']);
    expect(consistency('Kiko beat two defenders to score in the 2-1 win.', [['Kiko', 'PER']])).toEqual(['PER:Kiko']);
    expect(consistency('The champion was upset Wednesday by a qualifier in the match.', [])).toEqual([]);
    // an adjective after "against" is no club
    expect(consistency('The match pitted locals against Western expatriates.', [])).toEqual([]);
  });

  it('types a name before a club officer and a person as an organization', () => {
    expect(consistency('Schalke coach Huub Stevens said his side lacked ideas.', [['Schalke', 'PER'], ['Huub Stevens', 'PER']]))
      .toEqual(['ORG:Schalke', 'PER:Huub Stevens']);
    // capitalized, the title is the person's own (a run-on headline)
    expect(consistency('Mideast tour. George W. Bush President Bush says', [['George W. Bush', 'PER'], ['2:Bush', 'PER']]))
      .toEqual(['PER:George W. Bush', 'PER:Bush']);
  });

  it('takes a results article (two scores) as the sports context of its other sentences, for places only', () => {
    expect(consistency('Leeds beat Hull 2-1 and Derby drew 0-0. Inter Milan moved level after beating Lazio.', [['Leeds', 'LOC'], ['Hull', 'LOC'], ['Derby', 'LOC'], ['Inter Milan', 'ORG'], ['Lazio', 'LOC']]).at(-1))
      .toBe('ORG:Lazio');
    expect(consistency('Leeds beat Hull 2-1. Inter Milan moved level after beating Lazio.', [['Leeds', 'LOC'], ['Hull', 'LOC'], ['Inter Milan', 'ORG'], ['Lazio', 'LOC']]).at(-1))
      .toBe('LOC:Lazio');
    // a one-word "person" needs the sports sentence itself, and a score, not any number ("hammered 20 fours")
    expect(consistency('India won by 5-0 and 3-1. Later Ganguly hammered 20 fours in the innings.', [['India', 'LOC'], ['Ganguly', 'PER']]))
      .toEqual(['LOC:India', 'PER:Ganguly']);
  });

  it('cuts the score off a club the tagger ran into it', () => {
    expect(consistency('Leicestershire beat Somerset by an innings .\nSomerset 83 , Leicestershire 296 .', [['Leicestershire', 'LOC'], ['Somerset', 'LOC'], ['2:Somerset', 'LOC'], ['Leicestershire 296', 'LOC']]))
      .toEqual(['ORG:Leicestershire', 'ORG:Somerset', 'ORG:Somerset', 'ORG:Leicestershire']);
  });

  it('types the other places of a list with a club as clubs, but only a closed list of places', () => {
    expect(consistency('Title rivals Essex, Derbyshire and Surrey closed in on victory in the match.', [['Essex', 'LOC'], ['Derbyshire', 'LOC'], ['Surrey', 'LOC']]))
      .toEqual(['ORG:Essex', 'ORG:Derbyshire', 'ORG:Surrey']);
    expect(consistency('Real Madrid and Barcelona want him, the coach said.', [['Madrid', 'LOC'], ['Barcelona', 'LOC']]))
      .toEqual(['ORG:Real Madrid', 'ORG:Barcelona']);
    // a country stays a place, and a list that does not close is none
    expect(consistency('Leeds were held 2-2, France, Spain and Italy watched.', [['Leeds', 'LOC'], ['France', 'LOC'], ['Spain', 'LOC'], ['Italy', 'LOC']]))
      .toEqual(['ORG:Leeds', 'LOC:France', 'LOC:Spain', 'LOC:Italy']);
    expect(consistency('Leeds were held 2-2 in the match, Paris wept.', [['Leeds', 'LOC'], ['Paris', 'LOC']]))
      .toEqual(['ORG:Leeds', 'LOC:Paris']);
  });

  it('leaves a mention that reads as the place ("in Leeds", "Houston, Texas")', () => {
    const text = 'Texas coach Darrell Royal praised him. Leeds were beaten 2-0 in Leeds. He was born in Houston, Texas.';
    expect(consistency(text, [['Texas', 'LOC'], ['Darrell Royal', 'PER'], ['Leeds', 'LOC'], ['2:Leeds', 'LOC'], ['Houston', 'LOC'], ['2:Texas', 'LOC']]))
      .toEqual(['ORG:Texas', 'PER:Darrell Royal', 'ORG:Leeds', 'LOC:Leeds', 'LOC:Houston', 'LOC:Texas']);
  });
});

describe('an acronym gives the extent of the name before it (acronyms.ts)', () => {
  it('joins the words its initials spell into one organization', () => {
    expect(consistency('a ban by the Organisation for Security and Cooperation in Europe ( OSCE ) .', [['Organisation for Security and Cooperation', 'ORG'], ['Europe', 'LOC']]))
      .toEqual(['ORG:Organisation for Security and Cooperation in Europe', 'ORG:OSCE']);
    expect(consistency('the American Center for Law & Justice (ACLJ) said', [['American Center for Law &', 'ORG']]))
      .toEqual(['ORG:American Center for Law & Justice', 'ORG:ACLJ']);
    // not inside a longer name, nor a title around one
    expect(consistency('the U.S. Central Intelligence Agency (CIA) said', [['U.S. Central Intelligence Agency', 'ORG']]))
      .toEqual(['ORG:U.S. Central Intelligence Agency', 'ORG:CIA']);
    expect(consistency('a Member of the Scottish Parliament (MSP) for Fife', [['Scottish Parliament', 'ORG'], ['Fife', 'LOC']]))
      .toEqual(['ORG:Scottish Parliament', 'LOC:Fife']);
  });
});

describe('a person "of" a team or place', () => {
  it('splits the full name from its team or place', () => {
    // a team the training names know as an organization (the dictionary: tagText)
    expect(tagText('German Erik Zabel of Telekom won the stage.').map((e) => `${e.type}:${e.text}`)).toEqual(['MISC:German', 'PER:Erik Zabel', 'ORG:Telekom']);
    expect(consistency('John Smith of Chicago said so.', [['John Smith of Chicago', 'PER']])).toEqual(['PER:John Smith', 'LOC:Chicago']);
    // a single name with "of" is one ("Catherine of Aragon")
    expect(consistency('Catherine of Aragon married.', [['Catherine of Aragon', 'PER']])).toEqual(['PER:Catherine of Aragon']);
  });
});

describe('a nationality before a name', () => {
  it('splits "Dutchman Richard Krajicek" into MISC and PER, but not a title or a given name', () => {
    expect(consistency('Dutchman Richard Krajicek won.', [['Dutchman Richard Krajicek', 'PER']])).toEqual(['MISC:Dutchman', 'PER:Richard Krajicek']);
    expect(consistency('He met the Iraqi Foreign Minister, Ibrahim Jaafari.', [['Iraqi Foreign Minister', 'PER']])).toEqual(['PER:Iraqi Foreign Minister']);
    expect(consistency('by Scot Gresham Lancaster today', [['Scot Gresham Lancaster', 'PER']])).toEqual(['PER:Scot Gresham Lancaster']);
  });
});

describe('a "person" that was founded (org-evidence.ts)', () => {
  it('is an organization in every mention; a person who founded something stays a person', () => {
    expect(consistency('Kestrel, founded in 2023 by two engineers, grew fast. Kestrel hired.', [['Kestrel', 'PER'], ['2:Kestrel', 'PER']]))
      .toEqual(['ORG:Kestrel', 'ORG:Kestrel']);
    expect(consistency('Raseef was founded in 2021 in Cairo.', [['Raseef', 'PER'], ['Cairo', 'LOC']])).toEqual(['ORG:Raseef', 'LOC:Cairo']);
    expect(consistency('Obi founded the firm in 2023. Obi said so.', [['Obi', 'PER'], ['2:Obi', 'PER']])).toEqual(['PER:Obi', 'PER:Obi']);
  });
});

describe("a worker's employer (org-evidence.ts)", () => {
  it('is an organization in every mention; not before a possessive', () => {
    expect(consistency('said Cathal Kenny, an analyst at Davy. Davy expects more.', [['Cathal Kenny', 'PER'], ['Davy', 'LOC'], ['2:Davy', 'LOC']]))
      .toEqual(['PER:Cathal Kenny', 'ORG:Davy', 'ORG:Davy']);
    expect(consistency("a lecturer at Gaza City's university", [['Gaza City', 'LOC']])).toEqual(['LOC:Gaza City']);
  });
});

describe('a "person" the gazetteer knows as a city', () => {
  it('is a place, unless a word of it is a person\'s name too', () => {
    expect(consistency("Abu Dhabi's index slipped.", [['Abu Dhabi', 'PER']])).toEqual(['LOC:Abu Dhabi']);
    expect(consistency('Hamilton deserves nights like this.', [['Hamilton', 'PER']])).toEqual(['PER:Hamilton']);
  });
});

describe('a team the tagger typed MISC, before its officer (org-evidence.ts)', () => {
  it('is an organization; a people before its leader is not', () => {
    expect(consistency('Urawa coach Maciej Skorza said so. Urawa lost.', [['Urawa', 'MISC'], ['Maciej Skorza', 'PER'], ['2:Urawa', 'MISC']]))
      .toEqual(['ORG:Urawa', 'PER:Maciej Skorza', 'ORG:Urawa']);
    expect(consistency('the Bosnian Serb leader Radovan Karadzic', [['Bosnian Serb', 'MISC'], ['Radovan Karadzic', 'PER']]))
      .toEqual(['MISC:Bosnian Serb', 'PER:Radovan Karadzic']);
  });
});

describe("a one-word \"person\" whose possessive holds a person named in full (org-evidence.ts)", () => {
  it('is the team or company they belong to; not after a title', () => {
    expect(consistency("He held off McLaren's Lando Norris.", [['McLaren', 'PER'], ['Lando Norris', 'PER']]))
      .toEqual(['ORG:McLaren', 'PER:Lando Norris']);
    expect(consistency("Princess Beatrice's Philip Treacy hat sold.", [['Beatrice', 'PER'], ['Philip Treacy', 'PER']]))
      .toEqual(['PER:Beatrice', 'PER:Philip Treacy']);
  });
});

describe("a transcript's speaker in capitals", () => {
  it('is the person whose surname it is; another label is not', () => {
    const text = 'Clara Henning spoke to Kenji Arakawa.\nHENNING: Was it hard?\nARAKAWA: Only when asked.\nNOTE: Edited.';
    expect(consistency(text, [['Clara Henning', 'PER'], ['Kenji Arakawa', 'PER']]))
      .toEqual(['PER:Clara Henning', 'PER:Kenji Arakawa', 'PER:HENNING', 'PER:ARAKAWA']);
  });
});

describe('a name after "maker" (org-evidence.ts)', () => {
  it('is the company; a person with a particle is not', () => {
    expect(consistency('Shares of battery maker Lingxin rose. Lingxin said so.', [['Lingxin', 'PER'], ['2:Lingxin', 'PER']]))
      .toEqual(['ORG:Lingxin', 'ORG:Lingxin']);
    expect(consistency('the death of bomb maker Azahari bin Husin', [['Azahari bin Husin', 'PER']])).toEqual(['PER:Azahari bin Husin']);
  });
});

describe('a line that is only a place in capitals', () => {
  it('is a dateline where the gazetteer knows the place, not a section heading', () => {
    expect(consistency('Star wrecks car\nMUNICH\nThe defender crashed.', [['MUNICH', 'ORG']])).toEqual(['LOC:MUNICH']);
    expect(consistency('Results\nSPORT\nThe club won.', [['SPORT', 'ORG']])).toEqual(['ORG:SPORT']);
  });
});

describe('surname particles (particles.ts)', () => {
  it('joins a person cut at a particle, and keeps the particles of a surname said alone', () => {
    expect(consistency('She thanked Gethin ap Rhys on Monday.', [['Gethin', 'PER'], ['Rhys', 'PER']])).toEqual(['PER:Gethin ap Rhys']);
    expect(consistency('Then Senne van den Heuvel scored.', [['Senne', 'PER']])).toEqual(['PER:Senne van den Heuvel']);
    expect(consistency('It was hard, van der Heijden says.', [['Heijden', 'PER']])).toEqual(['PER:van der Heijden']);
    expect(consistency('The letters came from al-Zarqawi.', [['Zarqawi', 'PER']])).toEqual(['PER:al-Zarqawi']);
    expect(consistency('the rule of Daniel arap Moi ended.', [['Daniel', 'PER'], ['Moi', 'PER']])).toEqual(['PER:Daniel arap Moi']);
    // an untagged given name before them joins a person; a title does not
    expect(consistency('Chief executive Maarten van der Linden said so.', [['Linden', 'PER']]))
      .toEqual(['PER:Maarten van der Linden']);
    expect(consistency('The Minister van der Linden said so.', [['Linden', 'PER']])).toEqual(['PER:van der Linden']);
    // no person after the particles: nothing; "à la Trump" keeps its article outside
    expect(consistency('They rode the Tour de France.', [['Tour de France', 'MISC']])).toEqual(['MISC:Tour de France']);
    expect(consistency('A speech à la Trump.', [['Trump', 'PER']])).toEqual(['PER:Trump']);
  });
});

describe('titles (titles.ts)', () => {
  it('leaves local titles outside the name, and makes a titled "organization" the person', () => {
    expect(consistency('Cllr Trevor Whitlock objected.', [['Cllr Trevor Whitlock', 'PER']])).toEqual(['PER:Trevor Whitlock']);
    expect(consistency('Then Garda Siobhan Bryan spoke.', [['Garda Siobhan Bryan', 'PER']])).toEqual(['PER:Siobhan Bryan']);
    expect(consistency('She told Judge Colm Roberts so.', [['Judge Colm Roberts', 'ORG']])).toEqual(['PER:Colm Roberts']);
    // not a work, a band, a party, a stage name, or a school named after a judge
    expect(consistency('They sang Mrs. Robinson again.', [['Mrs. Robinson', 'MISC']])).toEqual(['MISC:Mrs. Robinson']);
    expect(consistency('He played with Mr. Bungle.', [['Mr. Bungle', 'ORG']])).toEqual(['ORG:Mr. Bungle']);
    expect(consistency('The Justice First party quit.', [['Justice First', 'ORG']])).toEqual(['ORG:Justice First']);
    expect(consistency('It featured DJ Khaled.', [['DJ Khaled', 'PER']])).toEqual(['PER:DJ Khaled']);
    expect(consistency('She taught at Judge Roberts School.', [['Judge Roberts School', 'ORG']])).toEqual(['ORG:Judge Roberts School']);
  });
});

describe('a name right after an organization noun', () => {
  it('is an organization ("the militant group Shabab", "the charity Caritas"), unless a personal name', () => {
    expect(consistency('The insurgent group Shabab said. Shabab fighters fled.', [['Shabab', 'PER'], ['2:Shabab', 'PER']])).toEqual(['ORG:Shabab', 'ORG:Shabab']);
    expect(consistency('the Catholic charity Caritas said', [['Catholic', 'MISC'], ['Caritas', 'PER']])).toEqual(['MISC:Catholic', 'ORG:Caritas']);
    expect(consistency('the company Morrison founded', [['Morrison', 'PER']])).toEqual(['PER:Morrison']);
    expect(consistency('the weekly magazine Die Weltbuhne said', [['Die Weltbuhne', 'MISC']])).toEqual(['MISC:Die Weltbuhne']);
  });
});

describe('companies in market reports (markets.ts)', () => {
  it('types a name whose shares move or are held ORG, in every mention', () => {
    expect(consistency('Siemens slipped 0.4 percent. Siemens said so.', [['Siemens', 'PER'], ['2:Siemens', 'PER']])).toEqual(['ORG:Siemens', 'ORG:Siemens']);
    expect(consistency('Shares in Daimler-Benz rose.', [['Daimler-Benz', 'LOC']])).toEqual(['ORG:Daimler-Benz']);
    expect(consistency("Fokker's shares fell as much as 3 percent.", [['Fokker', 'LOC']])).toEqual(['ORG:Fokker']);
    // a poll's points, a city's market and a full personal name are not companies
    expect(consistency('Dole rose 3 points in the poll.', [['Dole', 'PER']])).toEqual(['PER:Dole']);
    expect(consistency('Frankfurt shares rose 1 percent.', [['Frankfurt', 'LOC']])).toEqual(['LOC:Frankfurt']);
    expect(consistency('Anna Lee rose 5 percent in the polls.', [['Anna Lee', 'PER']])).toEqual(['PER:Anna Lee']);
    expect(consistency('Harris rose 3 percent in the polls.', [['Harris', 'PER']])).toEqual(['PER:Harris']);
    expect(consistency('Support for Harris rose 3 percent.', [['Harris', 'PER']])).toEqual(['PER:Harris']);
    // London's prices in pence, written as one word
    expect(consistency('Glaxo Wellcome rose 12p to 962p.', [['Glaxo Wellcome', 'MISC']])).toEqual(['ORG:Glaxo Wellcome']);
    expect(consistency('Harris rose 12pm to speak.', [['Harris', 'PER']])).toEqual(['PER:Harris']);
  });

  it('untags a credit rating in a sentence about ratings, but not an acronym elsewhere', () => {
    expect(consistency('S&P cut its rating on Daewoo Motor to BB from BBB.', [['S&P', 'ORG'], ['Daewoo Motor', 'ORG'], ['BB', 'ORG'], ['BBB', 'ORG']]))
      .toEqual(['ORG:S&P', 'ORG:Daewoo Motor']);
    expect(consistency("Moody's rates the bonds Baa1.", [['Baa1', 'ORG']])).toEqual(['ORG:Moody']);
    expect(consistency('The AA said motorists should slow down.', [['AA', 'ORG']])).toEqual(['ORG:AA']);
  });

  it('reads "Fitch" alone as the rating agency in a sentence about ratings, not elsewhere', () => {
    expect(consistency('Fitch affirmed the outlook.', [['Fitch', 'PER']])).toEqual(['ORG:Fitch']);
    expect(consistency('Fitch cut the rating. Later, Fitch said more.', [['Fitch', 'PER'], ['2:Fitch', 'PER']]))
      .toEqual(['ORG:Fitch', 'ORG:Fitch']);
    expect(consistency('Fitch scored twice.', [['Fitch', 'PER']])).toEqual(['PER:Fitch']);
    // an article about ratings, or beside another agency
    expect(consistency('Fitch cut the rating to junk. Fitch said rents were high.', [['Fitch', 'PER'], ['2:Fitch', 'PER']]))
      .toEqual(['ORG:Fitch', 'ORG:Fitch']);
    expect(consistency("Traders fear Moody's and Fitch will follow.", [['Fitch', 'PER']])).toEqual(['ORG:Moody', 'ORG:Fitch']);
    expect(consistency('Jim Fitch cut the rating.', [['Jim Fitch', 'PER']])).toEqual(['PER:Jim Fitch']);
  });
});

describe('a nationality the demonym list lacks', () => {
  it('types "Sri Lankan", "Kenyan" MISC by their country, but not a country or a name that only ends in "an"', () => {
    expect(consistency('The Sri Lankan army said so.', [['Sri Lankan', 'ORG']])).toEqual(['MISC:Sri Lankan']);
    expect(consistency('A Kenyan runner won.', [['Kenyan', 'LOC']])).toEqual(['MISC:Kenyan']);
    expect(consistency('Ryan Morgan met the Vatican envoy in Sudan.', [['Ryan Morgan', 'PER'], ['Vatican', 'LOC'], ['Sudan', 'LOC']]))
      .toEqual(['PER:Ryan Morgan', 'LOC:Vatican', 'LOC:Sudan']);
  });
});

describe('a surname with its elided particle', () => {
  it('takes "d\'Estaing" into the person before it, but not a word of its own', () => {
    expect(consistency("Former president Valery Giscard d'Estaing said so.", [['Valery Giscard', 'PER']])).toEqual(["PER:Valery Giscard d'Estaing"]);
    expect(consistency('He met Guillaume d’Amboise there.', [['Guillaume', 'PER']])).toEqual(['PER:Guillaume d’Amboise']);
    expect(consistency("Paris d'abord, said Jean.", [['Paris', 'LOC'], ['Jean', 'PER']])).toEqual(['LOC:Paris', 'PER:Jean']);
  });
});

describe('an institution the tagger did not know (org-names.ts)', () => {
  it('types a Title Case run after "the" that ends in an institution\'s head noun ORG', () => {
    expect(consistency('He said the Federal Trade Commission sued Amazon.', [['Amazon', 'ORG']])).toEqual(['ORG:Federal Trade Commission', 'ORG:Amazon']);
    expect(consistency('The World Trade Organization ruled on Monday that the tariff was illegal.', [])).toEqual(['ORG:World Trade Organization']);
    // a first word the tagger read as a nationality alone
    expect(consistency('Talks were held with the Palestinian Authority on Monday.', [['Palestinian', 'MISC']])).toEqual(['ORG:Palestinian Authority']);
    expect(consistency('Talks were held with the Palestinian leaders on Monday.', [['Palestinian', 'MISC']])).toEqual(['MISC:Palestinian']);
    // not a run that goes on with "of", one that opens with a month, a lone word, or a headline's line
    expect(consistency('He joined the Honorary Board of distinguished achievers.', [])).toEqual([]);
    expect(consistency('Before the August Board meeting we met.', [])).toEqual([]);
    expect(consistency('He called the Commission on Monday.', [])).toEqual([]);
    expect(consistency('Police Raid The Party Headquarters In The City\nThe story follows.', [])).toEqual([]);
  });
});

describe('a company named by its first word (org-names.ts)', () => {
  it('types the first word of a company named with its legal form ORG where it stands alone, but not a common word', () => {
    expect(consistency('Barrick agreed to buy Arequipa Resources Ltd on Monday. Arequipa shares jumped, and Arequipa said so.', [['Arequipa Resources Ltd', 'ORG'], ['3:Arequipa', 'PER']]))
      .toEqual(['ORG:Arequipa Resources Ltd', 'ORG:Arequipa', 'ORG:Arequipa']);
    expect(consistency('General Motors Corp said so. General Smith agreed, and the general left.', [['General Motors Corp', 'ORG'], ['Smith', 'PER']]))
      .toEqual(['ORG:General Motors Corp', 'PER:Smith']);
    // not a school's or a district's place
    expect(consistency('Ramapo High School won. Students chose between Ramapo and Indian Hills.', [['Ramapo High School', 'ORG'], ['2:Ramapo', 'LOC'], ['Indian Hills', 'LOC']]))
      .toEqual(['ORG:Ramapo High School', 'LOC:Ramapo', 'LOC:Indian Hills']);
  });
});

describe('glued "&" and officers', () => {
  it('joins the parts of a glued "&" where the tagger read one, and keeps a run it read whole', () => {
    expect(consistency('S&P said demand was weak.', [['P', 'ORG']])).toEqual(['ORG:S&P']);
    expect(consistency('He went to Texas A&M in 1990.', [['Texas A', 'LOC']])).toEqual(['ORG:Texas A&M']);
    expect(consistency('They liked R&B music.', [['R', 'MISC']])).toEqual(['MISC:R&B']);
    expect(consistency('R&D spending rose.', [])).toEqual([]);
    expect(consistency('Control of the B&SR passed on.', [['B&SR', 'LOC']])).toEqual(['LOC:B&SR']);
  });

  it('types a "place" before a lowercase officer and a person ORG, but not a nationality or a division', () => {
    expect(consistency('Elf Aquitaine chairman Philippe Jaffre said so.', [['Elf Aquitaine', 'LOC'], ['Philippe Jaffre', 'PER']]))
      .toEqual(['ORG:Elf Aquitaine', 'PER:Philippe Jaffre']);
    expect(consistency('He sent former South African president Thabo Mbeki.', [['South African', 'LOC'], ['Thabo Mbeki', 'PER']]))
      .toEqual(['MISC:South African', 'PER:Thabo Mbeki']);
    expect(consistency('Toyota North America chief executive Tetsuo Ogawa said so.', [['Toyota', 'ORG'], ['North America', 'LOC'], ['Tetsuo Ogawa', 'PER']]))
      .toEqual(['ORG:Toyota', 'LOC:North America', 'PER:Tetsuo Ogawa']);
  });
});

describe('sports events (events.ts)', () => {
  it('types a name that ends in an event noun MISC, and joins a lone head noun to the name before it', () => {
    expect(consistency('He reached the final of the U.S. Open on Saturday.', [['U.S. Open', 'ORG']])).toEqual(['MISC:U.S. Open']);
    expect(consistency('He leads the German Open by two shots.', [['German', 'MISC'], ['Open', 'ORG']])).toEqual(['MISC:German Open']);
    expect(consistency('He won the Monaco Grand Prix.', [['Monaco', 'LOC'], ['Grand Prix', 'MISC']])).toEqual(['MISC:Monaco Grand Prix']);
    expect(consistency('the French Open champion', [['French', 'MISC']])).toEqual(['MISC:French Open']);
    expect(consistency('the fifth stage of the Tour of Spain on Thursday', [['Spain', 'LOC']])).toEqual(['MISC:Tour of Spain']);
    // two names side by side stay two ("Felcsút, Hungary Puskás Cup")
    expect(consistency('Felcsut, Hungary Puskas Cup, a tournament', [['Felcsut', 'LOC'], ['Hungary', 'LOC'], ['Puskas Cup', 'MISC']]))
      .toEqual(['LOC:Felcsut', 'LOC:Hungary', 'MISC:Puskas Cup']);
  });
});

describe('a time after a name', () => {
  it('is cut off the name ("Mapei 21:04:12"), a model number is not ("Boeing 747")', () => {
    expect(consistency('1. Abraham Olano ( Spain ) Mapei 21:04:12\n', [['Abraham Olano', 'PER'], ['Spain', 'LOC'], ['Mapei 21:04:12', 'ORG']]))
      .toEqual(['PER:Abraham Olano', 'LOC:Spain', 'ORG:Mapei']);
    expect(consistency('a Boeing 747 landed', [['Boeing 747', 'MISC']])).toEqual(['MISC:Boeing 747']);
  });
});

describe('ranked lists of players and clubs (rankings.ts)', () => {
  it('types the player PER and the club ORG, and leaves a country in the parentheses', () => {
    const text = 'Leading scorers :\n5 - Ronaldo ( Barcelona )\n4 - Davor Suker ( Real Madrid ) , Meho Kodro ( Tenerife )\n';
    expect(consistency(text, [['Ronaldo', 'LOC'], ['Barcelona', 'LOC'], ['Davor Suker', 'PER'], ['Real Madrid', 'ORG'], ['Meho Kodro', 'PER']]))
      .toEqual(['PER:Ronaldo', 'ORG:Barcelona', 'PER:Davor Suker', 'ORG:Real Madrid', 'PER:Meho Kodro', 'ORG:Tenerife']);
    const teams = 'Team standings :\n1. Telekom ( Germany ) 12\n2. Mapei ( Italy ) 10\n';
    expect(consistency(teams, [['Telekom', 'ORG'], ['Germany', 'LOC'], ['Mapei', 'LOC'], ['Italy', 'LOC']]))
      .toEqual(['ORG:Telekom', 'LOC:Germany', 'LOC:Mapei', 'LOC:Italy']);
  });

  it('types the team after a country in parentheses ORG, before a time or "same time", and the name PER', () => {
    const text = 'Results :\n1. Michael Schumacher ( Germany ) Ferrari 1:28:15.125\n2. Jacques Villeneuve ( Canada ) Williams 1:28:20.727\n3. Erik Zabel ( Germany ) Telekom same time\n';
    expect(consistency(text, [['Michael Schumacher', 'PER'], ['Germany', 'LOC'], ['Jacques Villeneuve', 'MISC'], ['Canada', 'LOC'], ['Williams', 'PER'], ['Erik Zabel', 'PER'], ['2:Germany', 'LOC']]))
      .toEqual(['PER:Michael Schumacher', 'LOC:Germany', 'ORG:Ferrari', 'PER:Jacques Villeneuve', 'LOC:Canada', 'ORG:Williams', 'PER:Erik Zabel', 'LOC:Germany', 'ORG:Telekom']);
  });
});

describe('tennis results lines (rankings.ts)', () => {
  it('types both players of a results line as persons, seeds and all', () => {
    const text = 'Results on Thursday :\n1 - Pete Sampras ( U.S. ) beat Jiri Novak ( Czech Republic ) 6-3 1-6 6-3\nGoran Ivanisevic ( Croatia ) beat Andrei Olhovskiy ( Russia ) 6-4';
    expect(consistency(text, [['Pete Sampras', 'PER'], ['U.S.', 'LOC'], ['Jiri Novak', 'PER'], ['Czech Republic', 'LOC'], ['Goran Ivanisevic', 'MISC'], ['Croatia', 'LOC'], ['Andrei Olhovskiy', 'LOC'], ['Russia', 'LOC']]))
      .toEqual(['PER:Pete Sampras', 'LOC:U.S.', 'PER:Jiri Novak', 'LOC:Czech Republic', 'PER:Goran Ivanisevic', 'LOC:Croatia', 'PER:Andrei Olhovskiy', 'LOC:Russia']);
  });

  it('needs a country in each pair of parentheses and a score after', () => {
    expect(consistency('Leeds United ( Yorkshire ) beat Hull City ( Humberside ) in the cup .', [['Leeds United', 'ORG'], ['Yorkshire', 'LOC'], ['Hull City', 'ORG'], ['Humberside', 'LOC']]))
      .toEqual(['ORG:Leeds United', 'LOC:Yorkshire', 'ORG:Hull City', 'LOC:Humberside']);
    expect(consistency('Boris Becker ( Germany ) beat Michael Stich ( Germany ) easily', [['Boris Becker', 'MISC'], ['Germany', 'LOC'], ['Michael Stich', 'PER'], ['2:Germany', 'LOC']]))
      .toEqual(['MISC:Boris Becker', 'LOC:Germany', 'PER:Michael Stich', 'LOC:Germany']);
  });
});

describe('cricket scorecards (scorecards.ts)', () => {
  it('types every name of two or more batting lines PER, and untags the card\'s headings', () => {
    const text = 'England first innings\nM. Atherton c Wasim b Waqar 31\nA. Stewart b Mushtaq 44\nExtras ( lb-4 ) 4\n';
    expect(consistency(text, [['England', 'LOC'], ['Atherton', 'PER'], ['Stewart', 'PER'], ['Mushtaq', 'ORG'], ['Extras', 'MISC']]))
      .toEqual(['LOC:England', 'PER:M. Atherton', 'PER:Wasim', 'PER:Waqar', 'PER:A. Stewart', 'PER:Mushtaq']);
    // one line alone is left to the tagger
    expect(consistency('Leeds b York 2\n', [['Leeds', 'LOC']])).toEqual(['LOC:Leeds']);
  });
});

describe('names with a possessive (possessive-brands.ts)', () => {
  it('joins an institution named after a patron: a royal word or a saint, the possessive and a name after it', () => {
    expect(consistency("She studied at Queen's University.", [['Queen', 'ORG'], ['University', 'ORG']]))
      .toEqual(["ORG:Queen's University"]);
    expect(consistency("Rebels of the Lord's Resistance Army struck.", [['Lord', 'ORG'], ['Resistance Army', 'ORG']]))
      .toEqual(["ORG:Lord's Resistance Army"]);
    expect(consistency("He attended St. Xavier's High School.", [['St. Xavier', 'LOC'], ['High School', 'ORG']]))
      .toEqual(["ORG:St. Xavier's High School"]);
    // a church the tagger read as a place stays one
    expect(consistency("He was rector of St. Paul's Church.", [['St. Paul', 'LOC'], ['Church', 'LOC']]))
      .toEqual(["LOC:St. Paul's Church"]);
  });

  it('leaves a patron without an institution after it alone', () => {
    expect(consistency("The Queen's Speech was read.", [['Queen', 'MISC'], ['Speech', 'MISC']])).toEqual(['MISC:Queen', 'MISC:Speech']);
    expect(consistency("St. Mary's was full.", [['St. Mary', 'LOC']])).toEqual(['LOC:St. Mary']);
  });

  it('types the brand ORG, the possessive outside where the name ends with it', () => {
    expect(consistency("Shares of Macy's fell after Kohl's reported.", [['Macy', 'PER'], ['Kohl', 'PER']]))
      .toEqual(['ORG:Macy', 'ORG:Kohl']);
    expect(consistency("The painting sold at Sotheby's.", [['Sotheby', 'LOC']])).toEqual(['ORG:Sotheby']);
    expect(consistency("MCDONALD'S CUTS PRICES", [])).toEqual(['ORG:MCDONALD']);
    expect(consistency('McDonald’s said sales rose.', [['McDonald', 'PER']])).toEqual(['ORG:McDonald']);
  });

  it('takes in the possessive and the rest of a name that goes on: an organization, a designator, "of London"', () => {
    expect(consistency("Moody's Investors Service cut it.", [['Moody', 'ORG'], ['Investors Service', 'ORG']]))
      .toEqual(["ORG:Moody's Investors Service"]);
    expect(consistency("Lloyd's of London said so.", [['Lloyd', 'PER'], ['London', 'LOC']])).toEqual(["ORG:Lloyd's of London"]);
    expect(consistency("Domino's Pizza Inc said.", [['Domino', 'PER']])).toEqual(["ORG:Domino's Pizza Inc"]);
    expect(consistency("Sotheby's of Hong Kong said.", [['Sotheby', 'PER'], ['Hong Kong', 'LOC']])).toEqual(['ORG:Sotheby', 'LOC:Hong Kong']);
    expect(consistency("Standard and Poor's cut it.", [['Poor', 'PER']])).toEqual(['ORG:Standard and Poor']);
  });

  it("leaves a person's possessive alone", () => {
    expect(consistency("Rick Moody's novel won.", [['Rick Moody', 'PER']])).toEqual(['PER:Rick Moody']);
    expect(consistency("Governor Christie's plan failed.", [['Christie', 'PER']])).toEqual(['PER:Christie']);
    expect(consistency("Helmut Kohl died. Kohl's legacy is debated.", [['Helmut Kohl', 'PER'], ['2:Kohl', 'PER']]))
      .toEqual(['PER:Helmut Kohl', 'PER:Kohl']);
    expect(consistency("Moody's said so.", [['Moody', 'PER']])).toEqual(['ORG:Moody']);
  });
});

describe('nationalities, religions and peoples the demonym list lacks (nationalities.ts)', () => {
  it('types them MISC wherever the tagger put them', () => {
    expect(consistency('She is an Irish novelist.', [['Irish', 'LOC']])).toEqual(['MISC:Irish']);
    expect(consistency('He is a Lutheran.', [['Lutheran', 'ORG']])).toEqual(['MISC:Lutheran']);
    expect(consistency('British and Danish firms.', [['British', 'LOC'], ['Danish', 'ORG']])).toEqual(['MISC:British', 'MISC:Danish']);
  });

  it('leaves names that only start with one, and the ambiguous ones, to the tagger', () => {
    expect(consistency('The Irish Times said.', [['Irish Times', 'ORG']])).toEqual(['ORG:Irish Times']);
    expect(consistency('Roma beat Lazio 2-1.', [['Roma', 'ORG'], ['Lazio', 'ORG']])).toEqual(['ORG:Roma', 'ORG:Lazio']);
    expect(consistency('Christian said so.', [['Christian', 'PER']])).toEqual(['PER:Christian']);
  });
});

describe('a place that ends in an organization head noun', () => {
  it('is the organization', () => {
    expect(consistency('He advises the Great Barrier Reef Marine Park Authority.', [['Great Barrier Reef Marine Park Authority', 'LOC']]))
      .toEqual(['ORG:Great Barrier Reef Marine Park Authority']);
    expect(consistency('She coaches Glasgow City F.C. now.', [['Glasgow City F.C.', 'LOC']])).toEqual(['ORG:Glasgow City F.C.']);
  });

  it('unless places end in the noun too: hospitals, centers, churches', () => {
    expect(consistency('He was treated at Dunedin Hospital.', [['Dunedin Hospital', 'LOC']])).toEqual(['LOC:Dunedin Hospital']);
    expect(consistency('They played the Lincoln Center.', [['Lincoln Center', 'LOC']])).toEqual(['LOC:Lincoln Center']);
  });
});

describe('news agencies and outlets (organizations.ts)', () => {
  it("types every mention ORG: the interviewer's speaker label, an untagged sentence start", () => {
    const text = 'Wikinews interviewed Priya Raman.\nWikinews: What do you do?\nRaman: We recycle.';
    expect(consistency(text, [['Priya Raman', 'PER'], ['2:Wikinews', 'PER'], ['2:Raman', 'PER']]))
      .toEqual(['ORG:Wikinews', 'PER:Priya Raman', 'ORG:Wikinews', 'PER:Raman']);
    expect(consistency('Jet was shot down, Interfax says.', [['Interfax', 'LOC']])).toEqual(['ORG:Interfax']);
  });

  it('leaves a longer name that holds one to the tagger', () => {
    expect(consistency('The Reuters Institute said so.', [['Reuters Institute', 'ORG']])).toEqual(['ORG:Reuters Institute']);
  });
});

describe('a place the tagger cut after its first word', () => {
  it('takes back the untagged word that makes it a country or a city, but not "The"', () => {
    expect(consistency('It came against Sri Lanka at Galle.', [['Lanka', 'LOC'], ['Galle', 'LOC']])).toEqual(['LOC:Sri Lanka', 'LOC:Galle']);
    expect(consistency('The court in The Hague ruled.', [['Hague', 'LOC']])).toEqual(['LOC:Hague']);
  });
});

describe('an acronym set off by commas (acronyms.ts)', () => {
  it('is the organization whose initials before the comma spell it', () => {
    expect(consistency('The Australian Institute of Marine Science, AIMS, found it.', [['Australian Institute of Marine Science', 'ORG']]))
      .toEqual(['ORG:Australian Institute of Marine Science', 'ORG:AIMS']);
  });

  it('not a list of names, nor letters the initials do not spell', () => {
    expect(consistency('He met Zorvex, QRB, and Blimco.', [['Zorvex', 'ORG'], ['Blimco', 'ORG']])).toEqual(['ORG:Zorvex', 'ORG:Blimco']);
    expect(consistency('The Marine Science Institute, MSX, found it.', [['Marine Science Institute', 'ORG']]))
      .toEqual(['ORG:Marine Science Institute']);
  });
});

describe('well-known organizations (organizations.ts)', () => {
  it('types a listed company ORG where the tagger read a person, a place or a product, or left it untagged', () => {
    expect(consistency('The capsule was built by Lockheed Martin, and Spotify said so.', [['Lockheed Martin', 'PER'], ['Spotify', 'PER']]))
      .toEqual(['ORG:Lockheed Martin', 'ORG:Spotify']);
    expect(consistency('She shops at Sephora.', [['Sephora', 'LOC']])).toEqual(['ORG:Sephora']);
    expect(consistency('Shares of Palo Alto Networks rose.', [])).toEqual(['ORG:Palo Alto Networks']);
  });

  it("leaves a person's name, a longer name, and a platform named as the site", () => {
    expect(consistency('Keisuke Honda scored. Honda said so.', [['Keisuke Honda', 'PER'], ['2:Honda', 'PER']]))
      .toEqual(['PER:Keisuke Honda', 'PER:Honda']);
    expect(consistency('It runs on Google Cloud servers.', [['Google Cloud', 'MISC']])).toEqual(['MISC:Google Cloud']);
    expect(consistency('She posted it on Facebook.', [['Facebook', 'MISC']])).toEqual(['MISC:Facebook']);
    expect(consistency('Facebook said it would act.', [['Facebook', 'PER']])).toEqual(['ORG:Facebook']);
  });
});

describe("a US state's abbreviation after a city (states.ts)", () => {
  it('is LOC with its period', () => {
    expect(consistency('CUPERTINO, Calif. — Apple said.', [['CUPERTINO', 'LOC'], ['Calif', 'LOC']])).toEqual(['LOC:CUPERTINO', 'LOC:Calif.']);
    expect(consistency('MARSHALL, Mich. — Production began.', [['MARSHALL', 'LOC'], ['Mich', 'PER']])).toEqual(['LOC:MARSHALL', 'LOC:Mich.']);
  });

  it('not without a place and a comma before it', () => {
    expect(consistency('He said Mich. was late.', [['Mich', 'PER']])).toEqual(['PER:Mich']);
  });
});

describe("a football report's scorers (scorers.ts)", () => {
  it('types the clubs ORG and the scorers PER, without their minutes', () => {
    expect(consistency('Scorers: Bayern Munich - Makaay 14, Ballack 48. Werder Bremen - Micoud 31, Klose 88.',
      [['Bayern Munich', 'ORG'], ['Ballack 48', 'LOC'], ['Werder Bremen', 'PER'], ['Klose 88', 'LOC']]))
      .toEqual(['ORG:Bayern Munich', 'PER:Makaay', 'PER:Ballack', 'ORG:Werder Bremen', 'PER:Micoud', 'PER:Klose']);
  });

  it('stops where the line goes on with prose', () => {
    expect(consistency('Scorer: Ronaldo 12. Coach Bobby Robson was pleased.', [['Ronaldo', 'PER'], ['Bobby Robson', 'PER']]))
      .toEqual(['PER:Ronaldo', 'PER:Bobby Robson']);
  });
});
