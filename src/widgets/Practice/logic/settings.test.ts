import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {OPTION_IDS} from '@site/src/data';
import {parseQuery} from '@site/src/widgets/shared/logic/query';
import {PRACTICE_SCHEMA, readLinkedIds, readOptions, readSettings, writeOptions} from './settings';

const read = (search: string) => readSettings(parseQuery(search, PRACTICE_SCHEMA).values);

describe('practice settings in the URL', () => {
  it('defaults to any exam, every option, ten questions, immediate feedback', () => {
    const settings = read('');
    assert.deepEqual(settings.filter, {exam: undefined, options: []});
    assert.equal(settings.count, 10);
    assert.equal(settings.feedback, 'immediate');
    assert.equal(settings.notice, undefined);
  });

  it('reads an exam, options, a count and end-of-set feedback', () => {
    const settings = read('?exam=MLA-C01&options=lambda,batch&count=20&feedback=end');
    assert.deepEqual(settings.filter, {exam: 'MLA-C01', options: ['batch', 'lambda']});
    assert.equal(settings.count, 20);
    assert.equal(settings.feedback, 'end');
  });

  it('drops unknown options and says so, without echoing them', () => {
    const settings = read('?options=lambda,<script>alert(1)</script>,,lambda');
    assert.deepEqual(settings.options, ['lambda']);
    assert.match(settings.notice ?? '', /an option this guide does not cover; the others are used/);
    assert.doesNotMatch(settings.notice ?? '', /script/);
    assert.match(read('?options=nope,zip').notice ?? '', /2 options .* all options are used/);
  });

  it('reads question ids from a link, well formed and each once', () => {
    assert.deepEqual(
      readLinkedIds('?ids=sl-office-tool,,sl-office-tool,Bad_Id,<b>x</b>,lm-limits'),
      ['sl-office-tool', 'lm-limits'],
    );
    assert.deepEqual(readLinkedIds(''), []);
    assert.deepEqual(readLinkedIds('?ids=%E0%A4%A'), []);
    assert.equal(
      readLinkedIds(`?ids=${Array.from({length: 300}, (_, i) => `q-${i}`).join(',')}`).length,
      100,
    );
  });

  it('falls back to defaults for choices a link cannot use', () => {
    const settings = read('?exam=SAA-C03&count=1e9&feedback=later');
    assert.equal(settings.filter.exam, undefined);
    assert.equal(settings.count, 10);
    assert.equal(settings.feedback, 'immediate');
  });

  it('writes nothing for all options, and round-trips any subset', () => {
    assert.equal(writeOptions(OPTION_IDS), '');
    fc.assert(
      fc.property(fc.subarray([...OPTION_IDS]), (subset) => {
        const written = writeOptions(subset);
        const back = readOptions(written).options;
        if (subset.length === OPTION_IDS.length) assert.deepEqual(back, []);
        else assert.deepEqual(new Set(back), new Set(subset));
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        (exam, options, count, fb, ids) => {
          const s = readSettings({exam, options, count, feedback: fb});
          assert.ok(readLinkedIds(ids).every((id) => /^[a-z0-9-]+$/.test(id)));
          assert.ok(s.count > 0);
          assert.ok(s.options.every((o) => OPTION_IDS.includes(o)));
        },
      ),
    );
  });
});
