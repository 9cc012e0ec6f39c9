import { describe, expect, it } from 'vitest';
import { checkFile, typeAllowed } from './files.ts';
import { pickLanguage, translator } from './i18n.ts';

const uploads = { allowedTypes: ['image/*', 'application/pdf'], maxBytes: 1024 * 1024 };

describe('file checks before upload', () => {
  it('allows listed types and wildcards, nothing else', () => {
    expect(typeAllowed('image/png', uploads.allowedTypes)).toBe(true);
    expect(typeAllowed('IMAGE/JPEG', uploads.allowedTypes)).toBe(true);
    expect(typeAllowed('application/pdf', uploads.allowedTypes)).toBe(true);
    expect(typeAllowed('application/pdf+zip', uploads.allowedTypes)).toBe(false);
    expect(typeAllowed('text/html', uploads.allowedTypes)).toBe(false);
    expect(typeAllowed('image/png', [])).toBe(false);
  });

  it('names the file and the limit in the visitor language', () => {
    const t = translator('pl');
    expect(checkFile(t, { name: 'a.png', size: 10, type: 'image/png' }, uploads)).toBeNull();
    expect(checkFile(t, { name: 'big.png', size: 2 * 1024 * 1024, type: 'image/png' }, uploads)).toBe(
      'Plik big.png jest za duży (maks. 1 MB).',
    );
    expect(checkFile(t, { name: 'x.exe', size: 10, type: '' }, uploads)).toBe(
      'Nie można wysłać pliku x.exe: ten typ pliku jest niedozwolony.',
    );
  });
});

describe('language', () => {
  it('takes the first language the widget speaks, English otherwise', () => {
    expect(pickLanguage(['de-DE', 'cs-CZ', 'pl'])).toBe('cs');
    expect(pickLanguage(['pl-PL'])).toBe('pl');
    expect(pickLanguage(['sk'])).toBe('cs');
    expect(pickLanguage(['fr', 'de'])).toBe('en');
    expect(translator('cs')('queuePosition', { n: 3 })).toBe('Jste 3. ve frontě.');
  });
});
