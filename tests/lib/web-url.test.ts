import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../../src/model/web-url';

describe('web addresses in the content', () => {
  it.each([
    'https://www.gov.uk/government/organisations/department-of-health-and-social-care',
    'http://example.org/',
    'HTTPS://EXAMPLE.ORG/a?b=c#d',
    'https://example.org/%20spaced',
  ])('accepts %s', (url) => {
    expect(isWebUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'mailto:someone@example.org',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    ' https://example.org/',
    'https://example.org/\n',
    'https://exa mple.org/',
    'https:example.org',
    'https:///path-only',
    '//example.org/protocol-relative',
    '/sources/x.pdf',
    'example.org',
    '',
  ])('rejects %j', (url) => {
    expect(isWebUrl(url)).toBe(false);
  });
});
