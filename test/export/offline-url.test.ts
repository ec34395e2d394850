import { describe, expect, it } from 'vitest'
import { isLocalUrl } from '../../scripts/export/offline.ts'

describe('isLocalUrl', () => {
  it.each([
    'http://localhost:3030/',
    'http://127.0.0.1:5173/@vite/client',
    'ws://127.0.0.1:5173/',
    'https://127.4.5.6/x',
    'http://[::1]:8080/presenter/1',
    'http://app.localhost/',
    'data:font/woff2;base64,AAAA',
    'blob:http://127.0.0.1:3030/1f2e',
    'about:blank',
  ])('keeps %s on this machine', (url) => {
    expect(isLocalUrl(url)).toBe(true)
  })

  it.each([
    'https://fonts.googleapis.com/css2?family=Inter',
    'https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png',
    'http://192.168.1.10/',
    'http://10.0.0.1/',
    'http://localhost.example.com/',
    'http://127.0.0.1.example.com/',
    'file:///etc/passwd',
    'ftp://127.0.0.1/',
    'not a url',
  ])('counts %s as leaving the machine', (url) => {
    expect(isLocalUrl(url)).toBe(false)
  })
})
