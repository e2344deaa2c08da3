/**
 * Every error that crosses the IPC boundary is one of these codes with a Dutch
 * message. Nothing else (no stack, no SQL) ever reaches the renderer.
 */
export const errorMessages = {
  VAULT_LOCKED: 'De kluis is vergrendeld. Ontgrendel de kluis om verder te gaan.',
  VAULT_MISSING: 'Er is nog geen kluis. Maak eerst een nieuwe kluis aan.',
  VAULT_EXISTS: 'Er bestaat al een kluis op deze computer.',
  VAULT_DAMAGED:
    'Het kluisbestand is beschadigd of hoort niet bij Tafelwerk. Het bestand is niet gewijzigd of verwijderd; u kunt een back-up terugzetten of een nieuwe kluis maken.',
  VAULT_HEADER_CHANGED:
    'Het sleutelbestand van de kluis (tafelwerk.vault.header.json) is buiten Tafelwerk om gewijzigd. Uit voorzorg is de kluis niet geopend; er is niets gewijzigd. Zet een ongewijzigde kopie van het sleutelbestand terug.',
  KEY_ROTATION_INTERRUPTED:
    'Het vervangen van de gegevenssleutel is onderbroken. De kluis is in orde: ontgrendel hem één keer met uw wachtwoord en maak daarna een nieuwe herstelsleutel.',
  WRONG_PASSPHRASE: 'Onjuist wachtwoord. Probeer het opnieuw.',
  WRONG_RECOVERY_KEY: 'Onjuiste herstelsleutel. Controleer de sleutel en probeer het opnieuw.',
  WEAK_PASSPHRASE: 'Dit wachtwoord is niet sterk genoeg.',
  PASSPHRASE_MISMATCH: 'De twee wachtwoorden zijn niet gelijk.',
  VALIDATION: 'Niet alle velden zijn juist ingevuld.',
  NOT_FOUND: 'Dit gegeven bestaat niet (meer).',
  CONFLICT: 'Dit gegeven bestaat al.',
  FORBIDDEN_SENDER: 'Dit verzoek komt niet van Tafelwerk en is geweigerd.',
  UNKNOWN_CHANNEL: 'Onbekend verzoek.',
  EXPORT_EMPTY: 'Deze vergadering heeft nog geen agenda. Voeg eerst agendapunten toe en exporteer dan opnieuw.',
  EXPORT_NOT_WRITABLE: 'Tafelwerk kan niet in deze map schrijven. Kies een andere map.',
  EXPORT_DISK_FULL:
    'De schijf is vol. Er is geen half bestand achtergebleven; maak ruimte vrij of kies een andere plek.',
  EXPORT_FAILED: 'Het bestand kon niet worden opgeslagen. Er is geen half bestand achtergebleven; probeer het opnieuw.',
  REPORT_EMPTY:
    'Dit bereik heeft tot het einde van deze periode nog geen casussen: er is niets om te exporteren. Kies een andere periode of een ander bereik.',
  PACKAGE_FOREIGN:
    'Dit bestand is geen rapport van Tafelwerk. Kies een bestand dat eindigt op .tafelrapport en dat met Tafelwerk is geëxporteerd.',
  PACKAGE_DAMAGED:
    'Dit rapportbestand is beschadigd of na het exporteren gewijzigd. Tafelwerk opent het daarom niet; vraag de afzender het rapport opnieuw te exporteren.',
  PACKAGE_TOO_NEW:
    'Dit rapportbestand is gemaakt met een nieuwere versie van Tafelwerk. Werk Tafelwerk bij en open het bestand opnieuw.',
  PACKAGE_INVALID:
    'Dit rapportbestand is onbeschadigd, maar bevat geen rapport dat Tafelwerk kan tonen. Vraag de afzender het rapport opnieuw te exporteren.',
  DISK_FULL:
    'De schijf is vol. Deze wijziging is niet opgeslagen; alles wat eerder is opgeslagen is veilig. Maak ruimte vrij en probeer het opnieuw.',
  DISK_ERROR:
    'De schijf gaf een fout bij het opslaan. Deze wijziging is niet opgeslagen; alles wat eerder is opgeslagen is veilig. Probeer het opnieuw.',
  BACKUP_NO_FOLDER: 'Kies eerst een map voor de back-ups, bijvoorbeeld op een USB-stick.',
  BACKUP_RUNNING: 'Er wordt al een back-up gemaakt. Wacht tot die klaar is.',
  BACKUP_DISK_FULL:
    'Er is niet genoeg ruimte voor de back-up. Er is geen half bestand achtergebleven en de kluis is ongewijzigd. Maak ruimte vrij of kies een andere map.',
  BACKUP_NOT_WRITABLE:
    'Tafelwerk kan niet in deze map schrijven. De kluis is ongewijzigd; kies een andere map voor de back-ups.',
  BACKUP_FAILED:
    'De back-up kwam niet ongeschonden door de controle en is verwijderd. De kluis is ongewijzigd; probeer het opnieuw of kies een andere map.',
  BACKUP_UNREADABLE: 'Dit bestand kan niet worden gelezen. Er is niets gewijzigd; kies een ander bestand.',
  BACKUP_FOREIGN:
    'Dit bestand is geen back-up van Tafelwerk. Er is niets gewijzigd; kies een bestand dat eindigt op .tafelbackup.',
  BACKUP_DAMAGED:
    'Deze back-up is beschadigd of na het maken gewijzigd. Er is niets gewijzigd; kies een andere back-up.',
  BACKUP_TOO_NEW:
    'Deze back-up is gemaakt met een nieuwere versie van Tafelwerk. Er is niets gewijzigd; werk Tafelwerk bij en probeer het opnieuw.',
  BACKUP_WRONG_SECRET:
    'Dit wachtwoord of deze herstelsleutel opent deze back-up niet. Gebruik het wachtwoord of de herstelsleutel van toen de back-up werd gemaakt.',
  RESTORE_NOT_CHECKED: 'Kies eerst een back-up en laat Tafelwerk die controleren.',
  INTERNAL: 'Er ging iets mis. Er is niets gewijzigd; probeer het opnieuw.',
} as const

export type ErrorCode = keyof typeof errorMessages

export const errorCodes = Object.keys(errorMessages) as ErrorCode[]

/** Field name → Dutch explanation, for form validation messages. */
export type FieldErrors = Record<string, string>

export interface OmtErrorPayload {
  code: ErrorCode
  message: string
  fields?: FieldErrors
}

/** Thrown by domain code and the client; serialised with {@link toPayload}. */
export class OmtError extends Error {
  readonly code: ErrorCode
  readonly fields: FieldErrors | undefined

  constructor(code: ErrorCode, message?: string, fields?: FieldErrors) {
    super(message ?? errorMessages[code])
    this.name = 'OmtError'
    this.code = code
    this.fields = fields
  }

  toPayload(): OmtErrorPayload {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message }
  }
}
