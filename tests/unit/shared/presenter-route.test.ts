import { describe, expect, test } from 'vitest'
import { isPresenterHash, parsePresenterRoute, presenterRoutePath } from '../../../shared/domain/presenter-route'

describe('the presenter route', () => {
  test('carries the session there and back', () => {
    const path = presenterRoutePath('a1b2c3d4e5f6')
    expect(path).toBe('presentator?sessie=a1b2c3d4e5f6')
    expect(parsePresenterRoute(`#/${path}`)).toBe('a1b2c3d4e5f6')
    expect(isPresenterHash(`#/${path}`)).toBe(true)
  })

  test('refuses another route and a session that is not one of ours', () => {
    expect(parsePresenterRoute('#/casussen?sessie=a1b2c3d4e5f6')).toBeNull()
    expect(parsePresenterRoute('#/presentator')).toBeNull()
    expect(parsePresenterRoute('#/presentator?sessie=kort')).toBeNull()
    expect(parsePresenterRoute('#/presentator?sessie=<script>alert(1)</script>')).toBeNull()
    expect(isPresenterHash('#/voortgangsrapportage')).toBe(false)
  })
})
