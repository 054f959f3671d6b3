/**
 * The two sides of a letter: who sent it (the signatory, the team that signs, the
 * email's From, or the letterhead's organisation) and to whom, each matched to the
 * archive's people and organisations where it can be, with the name as written
 * and the line it was read from.
 */
import {
  matchOrganisation,
  matchPerson,
  organisationsNamedIn,
  peopleNamedIn,
  type Catalogue,
  type KnownOrganisation,
  type KnownPerson,
} from './catalogue.ts';
import { headerParagraphs, type LetterLayout } from './detect.ts';
import { found, type Found } from './evidence.ts';
import { addressName, headerFields, valueOf, wroteLine } from './labels.ts';
import { detectRecipient } from './recipient.ts';
import {
  detectRoleNear,
  detectSignatory,
  displayName,
  letterheadOrganisation,
} from './signatory.ts';
import type { LetterSource } from './source.ts';

/** One side of a letter: the matched entries, the name as written, and where it was read. */
export interface Side {
  person: KnownPerson | undefined;
  organisation: KnownOrganisation | undefined;
  written: string | undefined;
  found: Found | undefined;
}

/** The sender: who signs, in what role, for which organisation. */
export interface Sender {
  readonly side: Side;
  readonly role: string | undefined;
  /** The person who signs, as written. */
  readonly signedName: string | undefined;
  /** The organisation as written, when no entry matched: the letterhead's, if nothing is signed. */
  readonly organisationWritten: string | undefined;
}

/** The email's From as a found field, for a letter without a signature. */
function emailSender(source: LetterSource, layout: LetterLayout): Found | undefined {
  const header = headerFields(headerParagraphs(layout)).get('from');
  const name = header === undefined ? undefined : addressName(valueOf(header));
  if (header !== undefined && name !== undefined) return found(name, header, 'medium');
  const wrote = wroteLine(headerParagraphs(layout));
  if (wrote?.name !== undefined) return found(wrote.name, wrote.line, 'medium');
  const from = source.email?.from?.name;
  return from === undefined ? undefined : found(from, `From: ${from}`, 'medium');
}

/** A first name signed alone ("Beccy") made full from the email's From ("Dr Beccy Cooper MP"). */
function fullerSignature(signed: string | undefined, from: string | undefined): string | undefined {
  if (signed === undefined || signed.includes(' ') || from === undefined) return signed;
  const full = from
    .replace(/\s+MP$/, '')
    .replace(/^(?:dr|mr|mrs|ms|miss|mx|prof|sir|dame)\.?\s+/i, '');
  return full.toLowerCase().startsWith(`${signed.toLowerCase()} `) ? full : signed;
}

/** Finds the signatory and the organisation they write for. */
export function senderOf(
  layout: LetterLayout,
  source: LetterSource,
  catalogue: Catalogue,
  text: string,
): Sender {
  const signed = detectSignatory(layout);
  const header = emailSender(source, layout);
  const byEmail = signed.found === undefined ? header : undefined;
  const written =
    fullerSignature(signed.name, header?.value) ??
    (signed.organisation === undefined ? byEmail?.value : undefined);
  const person = written === undefined ? undefined : matchPerson(written, catalogue, text);
  const fullName = person?.name ?? (written === undefined ? undefined : displayName(written));
  const role =
    signed.role ?? (fullName === undefined ? undefined : detectRoleNear(layout, fullName));
  const letterhead = layout.paragraphs.slice(0, layout.bodyStart).join('\n');
  const named = organisationsNamedIn(letterhead, catalogue);
  const organisation =
    (signed.organisation === undefined
      ? undefined
      : matchOrganisation(signed.organisation, catalogue)) ??
    organisationsNamedIn(signed.lines.join('\n'), catalogue)[0] ??
    (person === undefined
      ? named.find((o) => o.kind !== 'parliament')
      : named.find((o) => person.organisations.includes(o.id) && o.kind !== 'parliament'));
  // Nothing signed: the organisation the letterhead and footers name is the sender.
  const unsigned =
    written === undefined && signed.organisation === undefined && organisation === undefined
      ? letterheadOrganisation(text)
      : undefined;
  const side: Side = {
    person,
    organisation,
    written: written ?? signed.organisation ?? unsigned?.value,
    found: signed.found ?? byEmail ?? unsigned,
  };
  return { side, role, signedName: written, organisationWritten: unsigned?.value };
}

/** Finds the recipient: the address block, the salutation, the email's To, else a group the letter names. */
export function recipientOf(
  layout: LetterLayout,
  source: LetterSource,
  catalogue: Catalogue,
  text: string,
  sender: Side,
  warnings: string[],
): Side {
  const detected = detectRecipient(layout, sender.person?.name ?? sender.written);
  const { salutationName, addressLines } = detected;
  const address = addressLines.join('\n');
  const emailName = source.email?.to?.name;
  const byEmail =
    emailName === undefined ? undefined : found(emailName, `To: ${emailName}`, 'high');
  const best = byEmail ?? detected.found;
  const person =
    peopleNamedIn(address, catalogue).find((p) => p.id !== sender.person?.id) ??
    (best === undefined ? undefined : matchPerson(best.value, catalogue, text)) ??
    (salutationName === undefined ? undefined : matchPerson(salutationName, catalogue, text));
  const written = person?.name ?? best?.value;
  if (person !== undefined) return { person, organisation: undefined, written, found: best };
  const addressed = organisationsNamedIn(address, catalogue).find(
    (o) => o.id !== sender.organisation?.id,
  );
  const byName = best === undefined ? undefined : matchOrganisation(best.value, catalogue);
  if (addressed !== undefined || byName !== undefined) {
    return { person: undefined, organisation: addressed ?? byName, written, found: best };
  }
  if (written === undefined) {
    // No address, salutation or To: a community group the letter names is most likely who it answers.
    const group = organisationsNamedIn(text, catalogue).find((o) => o.kind === 'community-group');
    if (group !== undefined) {
      warnings.push(
        `recipient guessed as "${group.name}", the group the letter names most; it has no address or salutation`,
      );
      const guess = found(group.name, group.name, 'low');
      return { person: undefined, organisation: group, written: group.name, found: guess };
    }
  }
  return { person: undefined, organisation: undefined, written, found: best };
}
