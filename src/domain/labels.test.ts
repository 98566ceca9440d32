import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load.js';
import { category, systemStage } from '../schemas/common.js';
import { categoryExamples, categoryLabels, categoryOrder, stageLabels, stageOrder } from './labels.js';
import { stageName } from './selfCheck.js';

describe('labels of the fixed wire values', () => {
  it('name every stage and category, in the schema’s order', () => {
    expect(stageOrder).toEqual(systemStage.options);
    expect(categoryOrder).toEqual(category.options);
    expect(Object.keys(categoryExamples)).toEqual(category.options);
  });

  it('are the names the shipped framework content gives its stages', () => {
    const content = loadContent();
    for (const stage of stageOrder) expect(stageName(content, stage)).toBe(stageLabels[stage]);
  });

  it('are all different, so no two choices read the same', () => {
    expect(new Set(Object.values(stageLabels)).size).toBe(stageOrder.length);
    expect(new Set(Object.values(categoryLabels)).size).toBe(categoryOrder.length);
  });
});
