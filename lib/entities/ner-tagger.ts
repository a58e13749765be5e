import { tagText } from '../ner/index';
import type { Tagger } from './tagger';

/** Backstory's own engine (lib/ner: hashed-feature averaged perceptron, on the device) as a Tagger. */
export const nerTagger: Tagger = (text) => tagText(text);
