import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, readHeaders } from './message-source.ts';

describe('reading an e-mail source', () => {
  it('decodes B and Q encoded words in the charsets Central European mail uses', () => {
    expect(decodeEncodedWords('=?UTF-8?B?WmHFvMOzxYLEhyBnxJnFm2zEhQ==?=')).toBe('Zażółć gęślą');
    expect(decodeEncodedWords('=?ISO-8859-2?Q?=AFó=B3w?=')).toBe('Żółw');
    expect(decodeEncodedWords('=?windows-1250?Q?P=F8=EDli=9A_=9Elu=9Dou=E8k=FD?=')).toBe('Příliš žluťoučký');
    expect(decodeEncodedWords('Re: =?koi8-r?B?8NLJ18XU?= [#12]')).toBe('Re: Привет [#12]');
  });

  it('joins adjacent words (a character split between them) and keeps other spaces', () => {
    // "ż" (C5 BC) split across two words; the space between encoded words is not text.
    expect(decodeEncodedWords('=?UTF-8?Q?=C5?= =?UTF-8?Q?=BC=C3=B3=C5=82w?= i =?UTF-8?Q?kot?=')).toBe(
      'żółw i kot',
    );
  });

  it('leaves broken or unknown words readable as they are', () => {
    expect(decodeEncodedWords('=?x-unknown?Q?abc?= ok')).toBe('=?x-unknown?Q?abc?= ok');
    expect(decodeEncodedWords('plain subject')).toBe('plain subject');
  });

  it('unfolds continuation lines and stops at the body', () => {
    const raw = 'Subject: one\r\n two\r\nTo: a@x-demo.test,\r\n\tb@x-demo.test\r\n\r\nFrom: not a header\r\n';
    expect(readHeaders(raw)).toEqual([
      { name: 'Subject', value: 'one two' },
      { name: 'To', value: 'a@x-demo.test, b@x-demo.test' },
    ]);
  });
});
