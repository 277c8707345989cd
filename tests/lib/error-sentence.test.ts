// One sentence for whatever was thrown: the engine's own errors speak for themselves, anything else gets a fallback.
import { describe, expect, it } from 'vitest';
import { errorSentence, SOMETHING_WENT_WRONG } from '../../lib/error-sentence';
import { StorageError } from '../../lib/db/errors';
import { ScriptError } from '../../lib/script/model';

describe('errorSentence', () => {
  it("shows an engine error's own sentence", () => {
    expect(errorSentence(new StorageError('quota')), 'the storage sentence').toBe(
      'Storage is full - nothing was saved.',
    );
    expect(
      errorSentence(new ScriptError('not_script', 'This page does not look like a script.')),
      'a reading',
    ).toBe('This page does not look like a script.');
  });

  it('falls back for a thrown non-error or an error without a message', () => {
    expect(errorSentence('boom'), 'a thrown string').toBe(SOMETHING_WENT_WRONG);
    expect(errorSentence(undefined), 'nothing thrown').toBe(SOMETHING_WENT_WRONG);
    expect(
      errorSentence(new Error(''), 'The job could not be marked printed.'),
      "the caller's fallback",
    ).toBe('The job could not be marked printed.');
  });
});
