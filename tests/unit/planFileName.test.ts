import { describe, expect, it } from 'vitest';
import { planFileName } from '../../src/ipc/handlers';

describe('the file name suggested for a new plan', () => {
  it('is the organisation name with the plan extension', () => {
    expect(planFileName('Gemeente Testdorp')).toBe('Gemeente Testdorp.paraat');
  });

  it('keeps letters of every language', () => {
    expect(planFileName('Lokaal bestuur Beekzande – Sint-Éloi')).toBe('Lokaal bestuur Beekzande – Sint-Éloi.paraat');
  });

  it.each([
    ['slashes that would make folders', 'IT/ICT\\Dienst', 'IT ICT Dienst.paraat'],
    ['characters Windows refuses', 'A<B>C:D"E|F?G*H', 'A B C D E F G H.paraat'],
    ['control characters and new lines', 'Een\ntwee\tdrie\u0000vier', 'Een twee drie vier.paraat'],
    ['runs of spaces', '  veel    ruimte  ', 'veel ruimte.paraat'],
  ])('replaces %s', (_what, name, expected) => {
    expect(planFileName(name)).toBe(expected);
  });

  it('cannot climb out of the chosen folder', () => {
    const fileName = planFileName('../../etc/passwd');
    expect(fileName).not.toContain('/');
    expect(fileName).not.toContain('\\');
  });

  it.each(['', '   ', '///', '<>:"|?*'])('falls back to "plan" when nothing usable is left of %j', (name) => {
    expect(planFileName(name)).toBe('plan.paraat');
  });

  it('shortens a very long name to a length every file system accepts', () => {
    const fileName = planFileName('Stad '.repeat(100));
    expect(fileName.length).toBeLessThanOrEqual(80 + '.paraat'.length);
    expect(fileName.endsWith('.paraat')).toBe(true);
  });
});
