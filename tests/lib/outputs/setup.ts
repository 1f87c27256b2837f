/** The real data/ and its outputs, shared by the output tests. */
import { join } from 'node:path';
import { loadData } from '../../../src/lib/data/load.ts';
import { publishedFiles } from '../../../src/lib/outputs/files.ts';

export const DATA_DIR = join(import.meta.dirname, '../../../data');
export const SITE = 'https://ansinh.example.org';
export const { data, problems } = loadData(DATA_DIR);
export const files = await publishedFiles(data, { site: SITE, dataDir: DATA_DIR });
export const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
