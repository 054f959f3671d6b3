import { describe, expect, it } from 'vitest';
import {
  checkSiteSettings,
  isProductionBuild,
  PLACEHOLDER_EMAIL,
  PLACEHOLDER_SITE,
  readSiteSettings,
  reportProblemHref,
} from '../../src/lib/site';

const real = {
  POSTBAG_SITE: 'https://letters.example.net',
  POSTBAG_CONTACT_EMAIL: 'editors@letters.example.net',
};

describe('site settings', () => {
  it('has documented defaults: the placeholder address and mailbox, the name and CC0', () => {
    const settings = readSiteSettings({});
    expect(settings).toMatchObject({
      name: 'Postbag',
      site: PLACEHOLDER_SITE,
      contactEmail: PLACEHOLDER_EMAIL,
      contactUrl: undefined,
      licence: { name: 'CC0 1.0 public domain dedication' },
    });
  });

  it('reads every setting from the environment', () => {
    const settings = readSiteSettings({
      ...real,
      POSTBAG_NAME: 'Letters',
      POSTBAG_CONTACT_URL: 'https://letters.example.net/contact',
      POSTBAG_LICENCE_NAME: 'CC BY 4.0',
      POSTBAG_LICENCE_URL: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(settings).toEqual({
      name: 'Letters',
      site: 'https://letters.example.net',
      contactEmail: 'editors@letters.example.net',
      contactUrl: 'https://letters.example.net/contact',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
  });

  it('warns loudly about a placeholder, naming the variable, outside production', () => {
    const warning = checkSiteSettings(readSiteSettings({}), false);
    expect(warning).toMatch(/^WARNING/);
    expect(warning).toContain('POSTBAG_SITE is not set');
    expect(warning).toContain('POSTBAG_CONTACT_EMAIL');
    expect(checkSiteSettings(readSiteSettings(real), false)).toBeUndefined();
  });

  it('refuses a placeholder in a production build', () => {
    expect(() => checkSiteSettings(readSiteSettings({}), true)).toThrow(
      /production build \(POSTBAG_PRODUCTION\) refuses placeholder settings:[\s\S]*POSTBAG_SITE/,
    );
    expect(() =>
      checkSiteSettings(readSiteSettings({ POSTBAG_SITE: real.POSTBAG_SITE }), true),
    ).toThrow(/POSTBAG_CONTACT_EMAIL/);
    expect(checkSiteSettings(readSiteSettings(real), true)).toBeUndefined();
  });

  it('is a production build only when POSTBAG_PRODUCTION is 1 or true, whatever CI says', () => {
    expect(isProductionBuild({ POSTBAG_PRODUCTION: '1' })).toBe(true);
    expect(isProductionBuild({ POSTBAG_PRODUCTION: 'true' })).toBe(true);
    expect(isProductionBuild({ CI: 'true' })).toBe(false);
    expect(isProductionBuild({ POSTBAG_PRODUCTION: '0' })).toBe(false);
  });
});

describe('report a problem with a page', () => {
  const page = 'https://letters.example.net/letters/x/';

  it('is a mailto carrying the page address in subject and body', () => {
    const href = reportProblemHref(readSiteSettings(real), page);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('editors@letters.example.net');
    expect(url.searchParams.get('subject')).toContain(page);
    expect(url.searchParams.get('body')).toContain(`Page: ${page}`);
  });

  it('is the web form with ?page= when one is set', () => {
    const href = reportProblemHref(
      readSiteSettings({ ...real, POSTBAG_CONTACT_URL: 'https://forms.example.net/p?form=1' }),
      page,
    );
    expect(new URL(href).searchParams.get('page')).toBe(page);
    expect(new URL(href).searchParams.get('form')).toBe('1');
  });
});
