import type { APIRoute } from 'astro';
import { getDocuments } from '../../../utils/documents.ts';
import { shortTitle, subjectTitle } from '../../../utils/titles.ts';
import { url } from '../../../utils/urls.ts';
import { PROVINCES } from '../../../lib/vocabulary/provinces.ts';
import { makesShared } from '../../../utils/build-part.ts';

/** A province's documents in brief (the compare page's chooser reads it). */
export function getStaticPaths() {
  return makesShared() ? PROVINCES.map((p) => ({ params: { slug: p.slug }, props: { slug: p.slug } })) : [];
}

export const GET: APIRoute = async ({ props }) => {
  const docs = (await getDocuments()).filter((d) => d.province?.slug === props.slug);
  const documents = docs.map((d) => ({ id: d.id, title: shortTitle(d), subject: subjectTitle(d), date: d.date, url: url.document(d.id) }));
  return new Response(JSON.stringify({ documents }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
