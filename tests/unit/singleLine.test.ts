import { describe, expect, it } from 'vitest';
import { singleLine } from '../../src/renderer/forms/singleLine';

describe('a one-line field', () => {
  it('stores a row pasted from Excel with spaces instead of tabs, and without its closing line break', () => {
    expect(singleLine('Telenet\tInternetlijn\t0800 66 000\r\n')).toBe('Telenet Internetlijn 0800 66 000');
    expect(singleLine('An\t\tPeeters')).toBe('An Peeters');
    expect(singleLine('Burgerzaken')).toBe('Burgerzaken');
  });
});
