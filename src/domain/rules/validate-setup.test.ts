import { ONE_HALTON_FRAMEWORK } from '../../../mocks/data/examples/one-halton-carers';
import { parseFunding, validateAction, validatePartnership, validatePlace, validateProgramme } from './validate-setup';

const halton = ONE_HALTON_FRAMEWORK;

describe('a partnership set up in the app', () => {
  it('says beside each field what is wrong, in words an admin can act on', () => {
    const checked = validatePartnership(
      { name: '', shortName: 'x'.repeat(41), address: '!!!', one: '', many: 'areas', source: '', wholeName: 'Halton', wholeCodes: 'E0600006' },
      new Set(),
    );
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors).toEqual({
      name: 'Give the partnership’s name.',
      shortName: 'Keep the short name to 40 characters.',
      address: 'Give an address of letters and digits, e.g. one-halton.',
      one: 'Say what the partnership calls one commitment, e.g. “ambition” or “priority area”.',
      source: 'Say where the commitments are published, e.g. the strategy’s title.',
      wholeCodes: '“E0600006” is not an ONS code: a code is a letter and eight digits, like E08000033.',
    });
  });

  it('makes an address of what is typed, or of the name, instead of refusing it', () => {
    const input = { name: 'Test Valley Partnership', shortName: 'TV', address: '', one: 'aim', many: 'aims', source: 'S', wholeName: 'Test Valley', wholeCodes: '' };
    expect(validatePartnership({ ...input, shortName: 'Test Valley' }, new Set())).toMatchObject({ ok: true, value: { id: 'test-valley' } });
    expect(validatePartnership({ ...input, address: 'Test Valley' }, new Set())).toMatchObject({ ok: true, value: { id: 'test-valley' } });
    expect(validatePartnership({ ...input, shortName: 'TVP', address: ' One Halton: Carers & Cared-for ' }, new Set())).toMatchObject({
      ok: true,
      value: { id: 'one-halton-carers-and-cared-for' },
    });
  });

  it('refuses an address that is taken, or that the app uses itself', () => {
    const input = { name: 'X', shortName: 'X', address: 'wyh', one: 'aim', many: 'aims', source: 'S', wholeName: 'X', wholeCodes: '' };
    expect(validatePartnership(input, new Set(['wyh']))).toMatchObject({ ok: false, errors: { address: 'The address “wyh” is taken. Choose another.' } });
    expect(validatePartnership({ ...input, address: 'new' }, new Set())).toMatchObject({ ok: false, errors: { address: 'The address “new” is taken. Choose another.' } });
  });

  it('gives a new place an id from its name that no other place has, and refuses a second place of the same name', () => {
    const added = validatePlace({ name: 'Halton', areaCodes: '', note: '' }, halton);
    expect(added).toMatchObject({ ok: false, errors: { name: 'There is already a place called “Halton”.' } });
    const widnes = validatePlace({ name: 'Widnes', areaCodes: 'e06000006, E06000006', note: '' }, halton);
    expect(widnes).toMatchObject({ ok: true, value: { id: 'widnes', name: 'Widnes', isTotal: false, areaCodes: ['E06000006'] } });
  });

  it('reads a due date and a status for an action', () => {
    expect(validateAction({ title: 'Census', owner: 'Council', due: '31/03/2027', status: 'on-track', provenance: 'published' }, halton)).toMatchObject({
      ok: false,
      errors: { due: 'Give the date it is due, like 2027-03-31.' },
    });
    expect(validateAction({ title: 'Census', owner: 'Council', due: '2027-03-31', status: 'on-track', provenance: 'published' }, halton)).toMatchObject({
      ok: true,
      value: { id: 'census', due: '2027-03-31' },
    });
  });

  it('reads funding as people write it, and refuses what is not an amount', () => {
    expect(['£2.6m', '2,600,000', '850k', '£1.2bn', ''].map((t) => parseFunding(t))).toEqual([
      { ok: true, value: 2_600_000 },
      { ok: true, value: 2_600_000 },
      { ok: true, value: 850_000 },
      { ok: true, value: 1_200_000_000 },
      { ok: true, value: undefined },
    ]);
    expect(parseFunding('lots')).toEqual({ ok: false, error: '“lots” is not an amount. Write it like £2.6m, £850,000 or 1200000.' });
    const programme = validateProgramme(
      { name: 'Fund', description: '', owner: 'Council', period: '2024/25', funding: '£1m', ambitionNumbers: [2, 12], provenance: 'published', source: 'Plan' },
      halton,
    );
    expect(programme).toMatchObject({ ok: false, errors: { ambitionNumbers: 'There is no number 12.' } });
  });
});
