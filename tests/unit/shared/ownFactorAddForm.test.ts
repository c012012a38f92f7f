import { describe, expect, it } from 'vitest';
import { EMPTY_ADD_FACTOR_FORM, formAfterAdd, type AddFactorForm } from '../../../src/shared/ownFactorEdits';

const sent: AddFactorForm = { name: 'Cups of coffee', kind: 'number', unit: 'cups' };

describe('the add-a-factor form once a save finishes', () => {
  it('empties when nothing was typed during the save', () => {
    expect(formAfterAdd(sent, sent)).toEqual(EMPTY_ADD_FACTOR_FORM);
  });

  it('keeps the next factor typed while the save was running', () => {
    expect(formAfterAdd(sent, { ...sent, name: 'Carried a back' })).toEqual({
      name: 'Carried a back',
      kind: '',
      unit: '',
    });
    expect(formAfterAdd(sent, { name: 'Carried a backpack', kind: 'yes-no', unit: 'cups' })).toEqual({
      name: 'Carried a backpack',
      kind: 'yes-no',
      unit: '',
    });
    expect(formAfterAdd(sent, { name: 'Hours on the phone', kind: 'number', unit: 'hours' })).toEqual({
      name: 'Hours on the phone',
      kind: '',
      unit: 'hours',
    });
  });
});
