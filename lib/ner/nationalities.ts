/**
 * Nationalities, religions, peoples and languages that the gazetteer's demonym list (compromise's) lacks: it has
 * "Afghan" and "Kenyan" but not "Irish", "British", "Spanish" or "Turkish", and no religion. The tagger, taught in
 * part by Re-DocRED (which types demonyms LOC, "American" 162 times), reads them as places ("an Irish novelist",
 * "She is a Lutheran") or organizations. The corpus convention, CoNLL's, is MISC. Written for the project; used by the
 * document pass only (they are not model features, so the model does not change). Not "Roma" (the club, "Roma beat
 * Lazio").
 */
import { hashSet } from './hash';

/** Lowercase. Not "Christian" (a given name: "Christian Bale"). */
export const MORE_NATIONALITIES = hashSet([
  // nationalities in -ish and others missing
  'irish', 'english', 'british', 'scottish', 'welsh', 'danish', 'finnish', 'swedish', 'polish', 'spanish', 'turkish',
  'kurdish', 'cornish', 'flemish', 'argentinian', 'catalan', 'basque', 'kiwi', 'brit', 'brits', 'scot', 'scots', 'dane',
  'danes', 'finn', 'finns', 'swede', 'swedes', 'pole', 'poles', 'spaniard', 'spaniards', 'turk', 'turks', 'kurd', 'kurds',
  'arab', 'arabs', 'arabic', 'latino', 'latinos', 'latina', 'hispanic', 'hispanics',
  // religions and their followers
  'jewish', 'jews', 'muslim', 'muslims', 'islamic', 'christians', 'catholic', 'catholics', 'protestant', 'protestants',
  'lutheran', 'lutherans', 'anglican', 'anglicans', 'methodist', 'methodists', 'baptist', 'baptists', 'evangelical',
  'evangelicals', 'mormon', 'mormons', 'orthodox', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'sunni',
  'sunnis', 'shia', 'shiite', 'shiites', 'mennonite', 'mennonites', 'amish', 'quaker', 'quakers',
  // peoples and their languages
  'yoruba', 'hausa', 'igbo', 'zulu', 'xhosa', 'maori', 'māori', 'quechua', 'aymara', 'pashtun', 'pashtuns', 'tamil',
  'tamils', 'sinhalese', 'uyghur', 'uyghurs', 'uighur', 'uighurs', 'tibetan', 'tibetans', 'rohingya', 'bengali',
  'punjabi', 'gujarati', 'marathi', 'urdu', 'hindi', 'swahili', 'amharic', 'tigrayan', 'oromo', 'somali', 'berber',
  'inuit', 'sami', 'druze', 'alawite', 'alawites', 'yazidi', 'yazidis', 'cherokee', 'navajo',
]);
