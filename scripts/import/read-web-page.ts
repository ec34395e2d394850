import { decodeFetchedPage } from './charset.ts'
import { fetchPage, type FetchPageOptions } from './fetch-page.ts'

export { isWebAddress } from './fetch-page.ts'

/**
 * The text of the page at `address`: fetched (`fetchPage`), then decoded by
 * the charset its header or its own markup states (`decodeFetchedPage`).
 */
export async function readWebPage(address: string, options: FetchPageOptions = {}): Promise<string> {
  const page = await fetchPage(address, options)
  return decodeFetchedPage(page.bytes, page.contentType, address)
}
