import { describe, expect, it } from 'vitest';
import {
  isDisabledOn,
  parseSiteInput,
  siteOf,
  withSite,
} from '../../../../../lib/shared/settings/site';
import { normaliseSettings } from '../../../../../lib/shared/settings/settings';

describe('site', () => {
  it('treats www. and the bare host as one site, and a subdomain as its own', () => {
    expect(siteOf('https://www.VietnamNews.vn/politics')).toBe('vietnamnews.vn');
    expect(siteOf('http://vietnamnews.vn')).toBe('vietnamnews.vn');
    expect(siteOf('https://sport.example.com/')).toBe('sport.example.com');
  });

  it('has no site for browser and extension pages', () => {
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('reads a site the reader typed with or without its scheme and path', () => {
    expect(parseSiteInput(' https://www.x.vn/a?b ')).toBe('x.vn');
    expect(parseSiteInput('tuoitre.vn')).toBe('tuoitre.vn');
    expect(parseSiteInput('hello')).toBeNull();
    expect(parseSiteInput('')).toBeNull();
  });

  it('turns a site off and back on', () => {
    const off = withSite(normaliseSettings({}), 'x.vn', true);
    expect(isDisabledOn(off, 'https://www.x.vn/story')).toBe(true);
    expect(isDisabledOn(off, 'https://y.vn/')).toBe(false);
    expect(isDisabledOn(withSite(off, 'x.vn', false), 'https://x.vn/')).toBe(false);
  });
});
