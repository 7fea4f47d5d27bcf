import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {getOption, OPTION_IDS} from '@site/src/data';
import {optionName, optionResponse} from './optionNames';

describe('option names in questions', () => {
  it('name a SageMaker option in full and Bedrock and Lambda by their service', () => {
    for (const id of OPTION_IDS) {
      const option = getOption(id);
      const name = optionName(id);
      if (option.service === 'Amazon SageMaker AI') {
        assert.equal(name, option.name);
        assert.match(name, /^SageMaker /);
      } else {
        assert.equal(name, option.service);
      }
    }
    assert.equal(new Set(OPTION_IDS.map(optionName)).size, OPTION_IDS.length);
  });

  it('make matching responses, each keyed and tagged by its option', () => {
    const responses = [optionResponse('lambda'), optionResponse('batch')];
    assert.deepEqual(responses, [
      {id: 'lambda', text: optionName('lambda'), option: 'lambda'},
      {id: 'batch', text: optionName('batch'), option: 'batch'},
    ]);
  });
});
