import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { formError } from './formError.js';

const invalid = (fields: Record<string, string>) => new ApiError(400, 'validation_failed', 'Some fields need attention.', fields);

describe('formError, the one sentence above every form', () => {
  it('says nothing when nothing failed', () => {
    expect(formError(null)).toBeNull();
  });

  it('points to the fields when every complaint sits under a field the form shows', () => {
    expect(formError(invalid({ name: 'Name is required.' }), ['name', 'email'])).toBe(
      'Some fields need attention. See the messages below each field.',
    );
    expect(formError(invalid({ name: 'Name is required.' }))).toBe(
      'Some fields need attention. See the messages below each field.',
    );
  });

  it('says a complaint itself when the form has no field to show it under', () => {
    expect(formError(invalid({ token: 'This invitation was already used.' }), ['name'])).toBe(
      'This invitation was already used.',
    );
  });

  it('gives the server’s message for a conflict too, so a form without a reload notice never fails silently', () => {
    expect(formError(new ApiError(409, 'conflict', 'This changed elsewhere.'))).toBe('This changed elsewhere.');
  });

  it('gives any other error’s message, and a plain sentence for what is not an error', () => {
    expect(formError(new Error('Network down'))).toBe('Network down');
    expect(formError('boom')).toBe('Something went wrong. Try again.');
  });
});
