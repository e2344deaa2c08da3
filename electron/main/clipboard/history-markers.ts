/**
 * The clipboard formats that ask clipboard history, cloud sync and clipboard
 * managers to leave a copy alone, per OS, written beside the text in the
 * same write. They are requests, not guarantees: a tool may ignore them,
 * which is why the key is also taken off the clipboard after 30 seconds.
 *
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing` keeps the copy out
 *   of Win+V history, cloud sync and the monitors that honour it;
 *   `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard` as a DWORD 0
 *   say the same to Windows' own history and sync (Microsoft's "Cloud Clipboard
 *   and Clipboard History Formats"; arboard, used by Bitwarden's and 1Password's
 *   desktop apps, writes these three the same way); `Clipboard Viewer Ignore` is
 *   the older convention KeePass writes, honoured by managers such as Ditto.
 * - macOS: `org.nspasteboard.ConcealedType` (nspasteboard.org), honoured by
 *   clipboard managers such as Maccy, Alfred, Raycast and Paste. macOS keeps no
 *   history itself. Universal Clipboard (Handoff) may still carry the copy to
 *   the user's other Apple devices: opting out needs NSPasteboard's
 *   `currentHostOnly`, which Electron does not offer.
 * - Linux: `x-kde-passwordManagerHint` = `secret`, as KeePassXC writes it,
 *   honoured by KDE's Klipper and by tools such as CopyQ and wl-paste. GNOME
 *   keeps no history itself.
 *
 * Values: Windows reads the DWORDs; for the markers only their presence
 * counts, and a non-empty value is written so no layer drops an empty one.
 */
export function historyMarkers(platform: NodeJS.Platform): Record<string, Uint8Array<ArrayBuffer>> {
  const dwordZero = () => new Uint8Array(4)
  const text = (value: string) => new TextEncoder().encode(value)
  switch (platform) {
    case 'win32':
      return {
        ExcludeClipboardContentFromMonitorProcessing: dwordZero(),
        CanIncludeInClipboardHistory: dwordZero(),
        CanUploadToCloudClipboard: dwordZero(),
        'Clipboard Viewer Ignore': text('Tafelwerk'),
      }
    case 'darwin':
      return { 'org.nspasteboard.ConcealedType': text('secret') }
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return { 'x-kde-passwordManagerHint': text('secret') }
    default:
      return {}
  }
}
