import { describe, expect, it } from '@jest/globals';
import { fileError, inputError, placed, UserError } from '../src/action/errors.ts';
import { parseAndValidate } from '../src/action/schema.ts';
import { parseThreshold } from '../src/policy/threshold.ts';

describe('one error, worded in one place', () => {
  it('words a file with line and column, an input with its line, a key path before the reason', () => {
    expect(fileError('policy.yml', 'expected a number', 2, 12).message).toBe('policy.yml:2:12: expected a number');
    expect(fileError('policy.yml', 'is empty').message).toBe('policy.yml: is empty');
    expect(inputError('mode', 'is required').message).toBe("Input 'mode': is required");
    const inInput = new UserError('expected a number', { input: 'policy', line: 3, path: ['categories', 'lint'] });
    expect(inInput.message).toBe("Input 'policy': categories.lint: expected a number (line 3 of the input)");
  });

  it('a parser gives the position it knows; the boundary adds the input or the file', async () => {
    const schema = { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } } as const;
    const error = await parseAndValidate('a: 1\nb: x\n', schema)
      .then(() => undefined)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).place).toMatchObject({ line: 2, column: 4, path: ['b'] });
    const inFile = placed(error, { file: 'p.yml' }) as UserError;
    expect(inFile.message).toBe("p.yml:2:4: b: expected a number, got string 'x'");
    expect(inFile.place).toMatchObject({ file: 'p.yml', line: 2, column: 4 });
    // Already placed: it keeps its place; anything not a UserError goes on as it is.
    expect(placed(inFile, { input: 'policy' })).toBe(inFile);
    const bug = new TypeError('x is undefined');
    expect(placed(bug, { input: 'policy' })).toBe(bug);
  });

  it('within() says a small text in a larger one and drops the inner column', () => {
    const error = (() => {
      try {
        parseThreshold('rate<<1');
      } catch (caught) {
        return caught as UserError;
      }
      throw new Error('should have failed');
    })();
    expect(error.place.column).toBe(6);
    const embedded = error.within('categories.test.pass-rate', { input: 'policy' });
    expect(embedded.message).toBe(`Input 'policy': categories.test.pass-rate: ${error.message}`);
    expect(embedded.place.column).toBeUndefined();
  });
});
