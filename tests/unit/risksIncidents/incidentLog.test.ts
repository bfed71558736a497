import { describe, expect, it } from 'vitest';
import { appendLogLine, logTime, nextIncidentNumber } from '../../../src/domain/rules/incidentLog';

describe('writing the incident log during an incident', () => {
  it('numbers a new incident after the highest number so far', () => {
    expect(nextIncidentNumber([])).toBe(1);
    expect(
      nextIncidentNumber([{ id: 'a', number: 3 }, { id: 'b', number: null }, { id: 'c', number: 7 }, { id: 'd' }]),
    ).toBe(8);
  });

  it('adds each action on its own line with the time it was taken', () => {
    expect(appendLogLine('', '08:45', 'Storing gemeld')).toBe('08:45 Storing gemeld');
    expect(appendLogLine('08:45 Storing gemeld\n', '09:10', ' 4G-router aangesloten ')).toBe(
      '08:45 Storing gemeld\n09:10 4G-router aangesloten',
    );
    expect(appendLogLine('08:45 Storing gemeld', '09:12', '   ')).toBe('08:45 Storing gemeld');
  });

  it('writes the time on a 24-hour clock', () => {
    expect(logTime(new Date(2026, 5, 3, 8, 5))).toBe('08:05');
    expect(logTime(new Date(2026, 5, 3, 17, 40))).toBe('17:40');
  });
});
