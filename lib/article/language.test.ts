import { describe, expect, it } from 'vitest';
import { articleLanguage, isSupportedLanguage } from './language';

const english = 'The minister said on Monday that the talks with the union would resume in the spring.';

describe('articleLanguage', () => {
  it('trusts a declared language other than English', () => {
    expect(articleLanguage('ar', 'قال الوزير يوم الاثنين')).toBe('ar');
    expect(articleLanguage('fr-FR', 'Le ministre a déclaré lundi')).toBe('fr');
  });
  it('checks a declared or missing English against the text', () => {
    expect(articleLanguage('en-US', english)).toBe('en');
    expect(articleLanguage(null, english)).toBe('en');
    expect(articleLanguage('en', 'Der Minister sagte am Montag, dass die Gespräche im Frühjahr weitergehen.')).toBe('und');
    expect(articleLanguage(null, 'Der Minister sagte am Montag, dass die Gespräche im Frühjahr weitergehen.')).toBe('und');
  });
  it('supports English only', () => {
    expect(isSupportedLanguage('en')).toBe(true);
    expect(isSupportedLanguage('ar')).toBe(false);
  });
});
