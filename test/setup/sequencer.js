const Sequencer = require('@jest/test-sequencer').default;

/**
 * Long suites first. On a clean clone Jest has no timings and orders by file size, which put the
 * fuzzing suite (~4-8 minutes, small file) last: the whole run then waited on it alone.
 */
const SLOW_FIRST = ['test/fuzz.', 'test/hardening.', 'test/faults.', 'test/python-client.', 'test/literature-memory.', 'test/ui/', 'test/literature-search.', 'test/relevance.', 'test/literature-jobs.'];

const rank = (path) => {
  const i = SLOW_FIRST.findIndex((p) => path.replaceAll('\\', '/').includes(`/${p}`));
  return i < 0 ? SLOW_FIRST.length : i;
};

class SlowFirstSequencer extends Sequencer {
  async sort(tests) {
    const byDefault = await super.sort(tests);
    const position = new Map(byDefault.map((t, i) => [t, i]));
    return [...byDefault].sort((a, b) => rank(a.path) - rank(b.path) || position.get(a) - position.get(b));
  }
}

module.exports = SlowFirstSequencer;
