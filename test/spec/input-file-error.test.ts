import { describe, expect, it } from 'vitest';
import { InputError, type InputFileError, SpecLoadError } from '../../src/spec/index.js';
import { SimulatorConfigError } from '../../src/simulator/index.js';

describe('InputFileError', () => {
  it.each<[string, { given: InputFileError; want: { message: string; file: string; field: string; problem: string } }]>([
    [
      'file and problem',
      {
        given: new SpecLoadError('spec.yaml', 'no such file'),
        want: { message: 'spec.yaml: no such file', file: 'spec.yaml', field: '', problem: 'no such file' },
      },
    ],
    [
      'file, field and problem',
      {
        given: new SimulatorConfigError('f.json', 'functions[0]', 'is not an object'),
        want: { message: 'f.json: functions[0]: is not an object', file: 'f.json', field: 'functions[0]', problem: 'is not an object' },
      },
    ],
    ['line breaks escaped', { given: new SpecLoadError('a\nb', 'c\rd'), want: { message: 'a\\nb: c\\rd', file: 'a\\nb', field: '', problem: 'c\\rd' } }],
  ])('%s', (_name, { given, want }) => {
    expect({ message: given.message, file: given.file, field: given.field, problem: given.problem }).toEqual(want);
    expect(given).toBeInstanceOf(InputError);
  });

  it('namedAs keeps the class and the field, renames the file and adds to the problem', () => {
    const original = new SimulatorConfigError('/abs/f.json', 'functions[0]', 'is not an object');
    const renamed = original.namedAs('f.json', ' (see --help)');
    expect(renamed).toBeInstanceOf(SimulatorConfigError);
    expect(renamed.name).toBe('SimulatorConfigError');
    expect({ message: renamed.message, file: renamed.file, field: renamed.field, problem: renamed.problem, source: renamed.source }).toEqual({
      message: 'f.json: functions[0]: is not an object (see --help)',
      file: 'f.json',
      field: 'functions[0]',
      problem: 'is not an object (see --help)',
      source: 'f.json',
    });
    expect(original.message).toBe('/abs/f.json: functions[0]: is not an object');
  });
});
