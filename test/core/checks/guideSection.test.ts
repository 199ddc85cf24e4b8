import { translator } from '../../../src/core/i18n/translate';
import { guideSection } from '../../../src/core/checks/guideSection';

describe('a section of the guide', () => {
  it("names the guide's annexes in the reader's language and leaves numbered sections as they are", () => {
    expect(guideSection('Annex 1', translator('sr-Latn'))).toBe('Prilog 1');
    expect(guideSection('Annex 4', translator('sq'))).toBe('Aneksi 4');
    expect(guideSection('Annex 1', translator('en'))).toBe('Annex 1');
    expect(guideSection('A.4.3', translator('mk'))).toBe('A.4.3');
  });
});
