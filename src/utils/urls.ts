/** Page addresses, in one place so every link agrees. */
export const url = {
  home: '/',
  documents: '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,
  clause: (id: string, clause: string) => `/van-ban/${id}/#${clause}`,
  provinces: '/tinh/',
  province: (slug: string) => `/tinh/${slug}/`,
  instruments: '/dan-chieu/',
  instrument: (id: string) => `/dan-chieu/${id}/`,
  roles: '/co-quan/',
  role: (id: string) => `/co-quan/${id}/`,
  compare: '/so-sanh/',
  comparePair: (a: string, b: string) => `/so-sanh/${a}--${b}/`,
  timeline: '/dong-thoi-gian/',
  search: '/tim-kiem/',
  /** The search page with a query and filters set (names as in src/search/records.ts FILTERS). */
  searchWith: (params: Record<string, string | number>) => `/tim-kiem/?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, `${v}`]))}`,
  quality: '/chat-luong/',
  source: (id: string) => `/van-ban/${id}/nguon.txt`,
  json: (id: string) => `/van-ban/${id}.json`,
};
