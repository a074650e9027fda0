import { contractViolations } from '../helpers/contract';

// Answers that broke the contract fail the file even when no test looked at them.
afterAll(() => {
  expect(contractViolations()).toEqual([]);
});
