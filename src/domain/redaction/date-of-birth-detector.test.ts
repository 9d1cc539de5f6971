// Dates of birth: a date with birth context; other dates stay.
import { describe, expect, it } from 'vitest';
import { foundOf } from './test-support/found.js';

// Through the whole redactor: it runs the detector only near birth cue words, and that gate is tested too.
function dates(text: string): string[] {
  return foundOf('DATE_OF_BIRTH', text);
}

describe('date of birth detector', () => {
  it.each([
    ['I was born on 14 March 1988 in Accra', '14 March 1988'],
    ['DOB: 1985-11-23.', '1985-11-23'],
    ['My birthday is on 03/07/1991 so expect cake', '03/07/1991'],
    ['She turned 40 on June 12, 1984', 'June 12, 1984'],
    ['Born 17.08.1990 in Hamburg', '17.08.1990'],
    ['Geboren am 12. März 1990 in Wien', '12. März 1990'],
    ['Née le 3 avril 1987 à Lyon', '3 avril 1987'],
    ['21 September is my birthday', '21 September'],
    ['born in 1990', '1990'],
    ['D.O.B. 12/03/1990', '12/03/1990'],
    ['Jane Smith (b. 12 March 1990) joined us', '12 March 1990'],
    ['Her b-day is 3 May 1990', '3 May 1990'],
    ['12 May 1990 was the day I was born, and I love my job as a nurse in Leeds', '12 May 1990'],
  ])('finds the date in "%s"', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });

  it.each(['The policy takes effect on 2025-01-01.', 'Plan b: ship on 12/05/2026.', 'The old office closed on 3 May 2001, long before the new one opened in the spring of that year and we moved.', 'Our town hall is on March 14, 2025.', 'Joined Contoso on 12/05/2019, loving it.'])('leaves "%s"', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
