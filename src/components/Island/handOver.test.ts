import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {
  changesOf,
  controlKey,
  findControl,
  keysOf,
  withoutReactIds,
  type Control,
} from '@site/src/components/Island/handOver';

/** A control as the server wrote it (nothing changed), with any field given. */
function control(fields: Partial<Control> & {tag: string}): Control {
  const value = fields.value ?? '';
  const checked = fields.checked ?? false;
  return {
    type: '',
    name: '',
    text: '',
    value,
    defaultValue: value,
    checked,
    defaultChecked: checked,
    ...fields,
  };
}

const text = (name: string, value = '') => control({tag: 'input', type: 'text', name, value});
const radio = (name: string, value: string, checked = false) =>
  control({tag: 'input', type: 'radio', name, value, checked});
const button = (label: string) => control({tag: 'button', type: 'button', text: label});

describe('withoutReactIds', () => {
  it("drops React's useId values, server and browser forms, from a name", () => {
    assert.equal(withoutReactIds('model-_R_m2q7dalbah_'), 'model');
    assert.equal(withoutReactIds('model-_r_1f_'), 'model');
    assert.equal(withoutReactIds('_R_e2q7dalbah_-unit'), '-unit');
    assert.equal(withoutReactIds('processingUnit'), 'processingUnit');
  });

  it('gives the same name for any two ids React could write', () => {
    const id = fc.stringMatching(/^[0-9a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z]{1,10}$/), id, id, (name, a, b) => {
        assert.equal(withoutReactIds(`${name}-_R_${a}_`), withoutReactIds(`${name}-_r_${b}_`));
      }),
    );
  });
});

describe('controlKey and keysOf', () => {
  it('names fields by tag, type and name; radios and checkboxes also by value', () => {
    assert.equal(controlKey(text('processing')), 'input:text:processing');
    assert.equal(controlKey(control({tag: 'select', name: 'sdk'})), 'select:sdk');
    assert.equal(controlKey(radio('when-_R_a2_', 'minute')), 'input:radio:when=minute');
    assert.equal(controlKey(radio('when-_r_3_', 'minute')), 'input:radio:when=minute');
  });

  it('names buttons, links and <details> by their words, spaces squeezed', () => {
    assert.equal(
      controlKey(button('  Copy link\n to this result ')),
      'button:Copy link to this result',
    );
    assert.equal(controlKey(control({tag: 'a', text: 'Serverless'})), 'a:Serverless');
    assert.equal(
      controlKey(control({tag: 'details', text: 'Your own prices'})),
      'details:Your own prices',
    );
  });

  it('counts repeats of a key in document order', () => {
    const unit = control({tag: 'select', name: 'sizeUnit'});
    assert.deepEqual(keysOf([unit, text('size'), unit, unit]), [
      'select:sizeUnit#0',
      'input:text:size#0',
      'select:sizeUnit#1',
      'select:sizeUnit#2',
    ]);
  });

  it('gives every control of a list its own key', () => {
    const anyControl = fc.record({
      tag: fc.constantFrom('input', 'select', 'button'),
      type: fc.constantFrom('text', 'radio', ''),
      name: fc.constantFrom('a', 'b', 'a-_R_1_'),
      text: fc.constantFrom('Start', 'Copy'),
      value: fc.constantFrom('x', 'y'),
    });
    fc.assert(
      fc.property(fc.array(anyControl, {maxLength: 30}), (fields) => {
        const keys = keysOf(fields.map(control));
        assert.equal(new Set(keys).size, keys.length);
      }),
    );
  });
});

describe('findControl', () => {
  it('finds the same control in a rendering with other React ids', () => {
    const server = [radio('gpu-_R_q2_', 'no', true), radio('gpu-_R_q2_', 'yes'), button('Start')];
    const live = [radio('gpu-_r_7_', 'no', true), radio('gpu-_r_7_', 'yes'), button('Start')];
    const keys = keysOf(server);
    assert.deepEqual(
      keys.map((key) => findControl(live, key)),
      [0, 1, 2],
    );
  });

  it('finds the second of two same fields as the second, and a missing one nowhere', () => {
    const live = [text('size'), button('Start'), text('size')];
    assert.equal(findControl(live, 'input:text:size#1'), 2);
    assert.equal(findControl(live, 'input:text:size#2'), -1);
    assert.equal(findControl(live, 'button:Stop#0'), -1);
  });
});

describe('changesOf', () => {
  it('finds nothing changed in the HTML as the server wrote it', () => {
    const untouched = [
      text('processing', '2'),
      control({tag: 'select', name: 'unit', value: 's'}),
      radio('when', 'minute', true),
      radio('when', 'later'),
      control({tag: 'input', type: 'checkbox', name: 'options', value: 'batch', checked: true}),
      control({tag: 'details', text: 'Prices'}),
      button('Start'),
    ];
    assert.deepEqual(changesOf(untouched), []);
  });

  it('gives typed and chosen values, with the key and place of each field', () => {
    const typed = {...text('processing', '2'), value: '20'};
    const chosen = {...control({tag: 'select', name: 'unit', value: 's'}), value: 'min'};
    assert.deepEqual(changesOf([button('Copy'), typed, chosen]), [
      {key: 'input:text:processing#0', at: 1, kind: 'value', value: '20'},
      {key: 'select:unit#0', at: 2, kind: 'value', value: 'min'},
    ]);
    // An emptied field is a change too.
    assert.deepEqual(changesOf([{...text('size', '3'), value: ''}]), [
      {key: 'input:text:size#0', at: 0, kind: 'value', value: ''},
    ]);
  });

  it('gives the radio button chosen, not the one that lost the choice', () => {
    const left = {...radio('when', 'minute', true), checked: false};
    const picked = {...radio('when', 'later'), checked: true};
    assert.deepEqual(changesOf([left, picked]), [
      {key: 'input:radio:when=later#0', at: 1, kind: 'checked', checked: true},
    ]);
  });

  it('gives boxes ticked or cleared, and <details> opened or closed', () => {
    const box = (value: string, was: boolean, is: boolean) => ({
      ...control({tag: 'input', type: 'checkbox', name: 'options', value, checked: was}),
      checked: is,
    });
    const details = {...control({tag: 'details', text: 'Prices'}), checked: true};
    assert.deepEqual(changesOf([box('batch', true, false), box('lambda', false, true), details]), [
      {key: 'input:checkbox:options=batch#0', at: 0, kind: 'checked', checked: false},
      {key: 'input:checkbox:options=lambda#0', at: 1, kind: 'checked', checked: true},
      {key: 'details:Prices#0', at: 2, kind: 'checked', checked: true},
    ]);
  });

  it('gives a file input that holds files, and never a button or link', () => {
    const file = control({tag: 'input', type: 'file', hasFiles: true});
    const link = {...control({tag: 'a', text: 'Serverless'}), value: 'changed'};
    assert.deepEqual(changesOf([link, file, {...button('Start'), value: 'x'}]), [
      {key: 'input:file:#0', at: 1, kind: 'files'},
    ]);
  });
});
