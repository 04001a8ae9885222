import { figuresPageAt, figuresPagePath, pathBelowBase, type FiguresPage } from './page-address';

describe('figuresPageAt', () => {
  it('reads an overview and an ambition’s page, with or without a closing slash, under a sub-path too', () => {
    expect(figuresPageAt('/wyh')).toEqual({ kind: 'overview', frameworkId: 'wyh' });
    expect(figuresPageAt('/wyh/')).toEqual({ kind: 'overview', frameworkId: 'wyh' });
    expect(figuresPageAt('/wyh/ambitions/5/')).toEqual({ kind: 'ambition', frameworkId: 'wyh', ambitionNumber: '5' });
    expect(figuresPageAt('/dash/wyh/ambitions/5', '/dash/')).toEqual({ kind: 'ambition', frameworkId: 'wyh', ambitionNumber: '5' });
  });

  it('reads nothing from other pages, or from an id the app would not make', () => {
    for (const path of ['/', '/wyh/grid', '/wyh/present/1', '/wyh/ambitions', '/wyh/ambitions/1/x', '/WYH', '/-wyh', '//evil.example']) expect(figuresPageAt(path)).toBeUndefined();
  });
});

describe('pathBelowBase', () => {
  it('takes the base off, and only a whole base', () => {
    expect(pathBelowBase('/dash/wyh/', '/dash/')).toBe('/wyh');
    expect(pathBelowBase('/dashboard/wyh', '/dash/')).toBe('/dashboard/wyh');
    expect(pathBelowBase('/wyh', '/')).toBe('/wyh');
  });
});

describe('figuresPagePath', () => {
  it('writes the address figuresPageAt reads back', () => {
    const pages: FiguresPage[] = [
      { kind: 'overview', frameworkId: 'wyh' },
      { kind: 'ambition', frameworkId: 'calderdale-cares', ambitionNumber: '10' },
    ];
    for (const page of pages) expect(figuresPageAt(figuresPagePath(page))).toEqual(page);
    expect(figuresPagePath(pages[1]!)).toBe('/calderdale-cares/ambitions/10');
  });
});
