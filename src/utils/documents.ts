import { getCollection } from 'astro:content';
import type { DocumentModel } from '../lib/model.ts';
import { byDateDesc } from './titles.ts';

let cache: DocumentModel[] | null = null;

/** Every document of the collection, newest first. */
export async function getDocuments(): Promise<DocumentModel[]> {
  cache ??= (await getCollection('documents')).map((entry) => entry.data as unknown as DocumentModel).sort(byDateDesc);
  return cache;
}
