export * from './placeholders.ts';
export * from './template.ts';
export * from './render.ts';
export * from './variants.ts';
