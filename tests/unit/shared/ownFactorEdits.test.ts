import { describe, expect, it } from 'vitest';
import {
  EMPTY_ADD_FACTOR_FORM,
  formAfterAdded,
  type AddFactorForm,
} from '../../../src/shared/ownFactorEdits';

const SENT: AddFactorForm = { name: 'Hours on the phone', kind: 'number', unit: 'hours' };

describe('the add-a-factor form once a factor is saved', () => {
  it('empties when nothing was typed while saving', () => {
    expect(formAfterAdded(SENT, SENT)).toEqual(EMPTY_ADD_FACTOR_FORM);
  });

  it('keeps a name typed while the previous one was saving', () => {
    expect(formAfterAdded({ ...SENT, name: 'Carried a bag' }, SENT)).toEqual({
      name: 'Carried a bag',
      kind: '',
      unit: '',
    });
  });

  it('keeps every field changed since, and empties the ones still holding what was sent', () => {
    const typed: AddFactorForm = { name: 'Cups of tea', kind: 'number', unit: 'cups' };
    expect(formAfterAdded(typed, SENT)).toEqual({ name: 'Cups of tea', kind: '', unit: 'cups' });
    expect(formAfterAdded({ name: 'Walked', kind: 'yes-no', unit: 'hours' }, SENT)).toEqual({
      name: 'Walked',
      kind: 'yes-no',
      unit: '',
    });
  });

  it('counts any change as typed, even a trailing space', () => {
    expect(formAfterAdded({ ...SENT, name: 'Hours on the phone ' }, SENT).name).toBe('Hours on the phone ');
  });
});
