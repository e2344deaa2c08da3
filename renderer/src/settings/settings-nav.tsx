import { hrefFor } from '../stores/route-store'
import { type SettingsSection, settingsGroups, settingsSections } from './settings-sections'

export function SettingsNav({ current }: { current: SettingsSection }) {
  return (
    <nav className="sub-nav" aria-label="Onderdelen van Instellingen">
      {settingsGroups.map((group) => (
        <div key={group.id} className="sub-nav__group">
          <p className="sub-nav__heading" id={`settings-group-${group.id}`}>
            {group.title}
          </p>
          <ul className="sub-nav__list" aria-labelledby={`settings-group-${group.id}`}>
            {settingsSections
              .filter((section) => section.group === group.id)
              .map((section) => (
                <li key={section.slug}>
                  <a
                    className="sub-nav__link"
                    href={hrefFor(`instellingen/${section.slug}`)}
                    aria-current={section.slug === current.slug ? 'page' : undefined}
                  >
                    {section.title}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  )
}
