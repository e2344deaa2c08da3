import { Component, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  children: ReactNode
  /** What shows instead of the children once they failed to load or render. */
  fallback: () => ReactNode
}

/**
 * Keeps a failure inside one part of the screen: without a boundary React
 * unmounts the whole app when a child throws, a lazy chunk that fails to load
 * included. The error itself is not shown or logged, as it may carry data.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback() : this.props.children
  }
}
