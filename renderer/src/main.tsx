import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/forms.css'
import './styles/table.css'
import './styles/vault-screens.css'
import './styles/register.css'
import './styles/retention.css'
import './styles/search.css'
import './styles/demo.css'
import './styles/backup.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// An error an error boundary caught is already told to the user in Dutch; React's default would also
// write it, with its component stack, to the console, where nothing of the vault's data belongs.
createRoot(root, { onCaughtError: () => undefined }).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
