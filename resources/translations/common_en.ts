<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli_texts.py" line="+17"/>
        <source>%1: valid round — %2 entries, %3 experts, %4 criteria; digest %5</source>
        <translation>%1: valid round — %2 entries, %3 experts, %4 criteria; digest %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: warning: %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results written: %1</source>
        <translation>results written: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel summary written: %1</source>
        <translation>Excel summary written: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol written: %1</source>
        <translation>protocol written: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol written and signed (%1): %2</source>
        <translation>protocol written and signed (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media check written: %1</source>
        <translation>media check written: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1: </source>
        <translation>Passphrase of %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sarapshy: internal error; details were saved to %1. Please send that file to the developers.</source>
        <translation>sarapshy: internal error; details were saved to %1. Please send that file to the developers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sarapshy: the window cannot start (%1). Install the Qt libraries (see README).</source>
        <translation>sarapshy: the window cannot start (%1). Install the Qt libraries (see README).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo round written: %1</source>
        <translation>demo round written: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: signed sheet of %2, revision %3, verification code %4</source>
        <translation>%1: signed sheet of %2, revision %3, verification code %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file for Documentolog written: %1 (%2 pages, no interactive parts)</source>
        <translation>file for Documentolog written: %1 (%2 pages, no interactive parts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 %1  (also in %2)</source>
        <translation>SHA-256 %1  (also in %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winners extract written: %1</source>
        <translation>winners extract written: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter written: %1</source>
        <translation>letter written: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not applied, out of date: %2</source>
        <translation>%1: not applied, out of date: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not made: %2</source>
        <translation>%1: not made: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a decisions file</source>
        <translation>a decisions file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chair&apos;s decisions in %1 (format sarapshy-decisions/1), fill in the &lt;…&gt; parts, and run the command again with --decisions FILE:</source>
        <translation>Put the chair&apos;s decisions in %1 (format sarapshy-decisions/1), fill in the &lt;…&gt; parts, and run the command again with --decisions FILE:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no digital signatures</source>
        <translation>%1: no digital signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time unknown</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNVERIFIABLE</source>
        <translation>UNVERIFIABLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INTACT BUT NOT VALID</source>
        <translation>INTACT BUT NOT VALID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BROKEN</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid, trusted</source>
        <translation>valid, trusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid but UNTRUSTED (its certificate is not one named with --trust)</source>
        <translation>valid but UNTRUSTED (its certificate is not one named with --trust)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  certificate SHA-256: %1</source>
        <translation>  certificate SHA-256: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  issuer: %1</source>
        <translation>  issuer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  covers: %1; changed after it: %2</source>
        <translation>  covers: %1; changed after it: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole file</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the whole file</source>
        <translation>not the whole file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BROKEN: %1</source>
        <translation>BROKEN: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain intact: %1 records</source>
        <translation>chain intact: %1 records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain intact: %1 records, last hash %2</source>
        <translation>chain intact: %1 records, last hash %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit annex written: %1</source>
        <translation>audit annex written: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next-stage package written: %1</source>
        <translation>next-stage package written: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  round file: %1; protocol extract: %2; entries: %3</source>
        <translation>  round file: %1; protocol extract: %2; entries: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 round with %3 entries</source>
        <translation>%1: %2 round with %3 entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 from %2</source>
        <translation>  %1 from %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 from %2 (was %3)</source>
        <translation>  %1 from %2 (was %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the commission of the round, as for any round, before it goes to the experts</source>
        <translation>set the commission of the round, as for any round, before it goes to the experts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: reconsideration request to %2 on revision %3, %4 cell(s), signed with the chair&apos;s key %5</source>
        <translation>%1: reconsideration request to %2 on revision %3, %4 cell(s), signed with the chair&apos;s key %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>request to %1 (%2) from %3, chair&apos;s key %4</source>
        <translation>request to %1 (%2) from %3, chair&apos;s key %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on sheet revision %1 (code %2); request sha256 %3</source>
        <translation>on sheet revision %1 (code %2); request sha256 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1/%2  score %3  %4</source>
        <translation>  %1/%2  score %3  %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: revision %2 of %3&apos;s sheet, %4 cell(s) reconsidered, %5 changed, verification code %6</source>
        <translation>%1: revision %2 of %3&apos;s sheet, %4 cell(s) reconsidered, %5 changed, verification code %6</translation>
    </message>
    <message>
        <location filename="../../app/models/decisions_file.py" line="+36"/>
        <source>&lt;the commission&apos;s resolution of the tie at %1; list the entries best first&gt;</source>
        <translation>&lt;the commission&apos;s resolution of the tie at %1; list the entries best first&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;number&gt;</source>
        <translation>&lt;number&gt;</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../app/models/error_templates.py" line="+43"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the name and the folder</source>
        <translation>check the name and the folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the file inside it</source>
        <translation>choose the file inside it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission to read the file is denied</source>
        <translation>permission to read the file is denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file to a folder you own, or ask for read access</source>
        <translation>copy the file to a folder you own, or ask for read access</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy it to the local disk and try again</source>
        <translation>copy it to the local disk and try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>the file is too large (%1; the limit is %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a Sarapshy file, or it was damaged; choose the right file</source>
        <translation>this is not a Sarapshy file, or it was damaged; choose the right file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is UTF-16 text, not UTF-8</source>
        <translation>the file is UTF-16 text, not UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)</source>
        <translation>save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not UTF-8 text (byte %3)</source>
        <translation>the file is not UTF-8 text (byte %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8; it may have been saved in a Windows code page</source>
        <translation>save it as UTF-8; it may have been saved in a Windows code page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is a PDF document, not a Sarapshy file</source>
        <translation>the file is a PDF document, not a Sarapshy file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .json file itself; the PDF is only its printable copy</source>
        <translation>choose the .json file itself; the PDF is only its printable copy</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>line %1, byte %2</source>
        <translation>line %1, byte %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>row %1, column %2</source>
        <translation>row %1, column %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a whole number from %3 to %4</source>
        <translation>write a whole number from %3 to %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the results again with `sarapshy merge --json`</source>
        <translation>write the results again with `sarapshy merge --json`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1, criterion %2</source>
        <translation>entry %1, criterion %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score it, or declare a conflict of interest for the entry</source>
        <translation>score it, or declare a conflict of interest for the entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-export the video as mp4 (H.264 + AAC) or replace the file</source>
        <translation>re-export the video as mp4 (H.264 + AAC) or replace the file</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choose the right file</source>
        <translation>choose the right file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key «%1» appears twice in one object</source>
        <translation>the key «%1» appears twice in one object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep only one of them</source>
        <translation>keep only one of them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid JSON (%3)</source>
        <translation>not valid JSON (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>the file is damaged or is not a Sarapshy file</source>
        <translation>the file is damaged or is not a Sarapshy file</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+127"/>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>the JSON is nested too deeply</source>
        <translation>the JSON is nested too deeply</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>this is not a Sarapshy file</source>
        <translation>this is not a Sarapshy file</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the JSON document is not an object</source>
        <translation>the JSON document is not an object</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown version «%1» of the file format</source>
        <translation>unknown version «%1» of the file format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this program reads %2; install a newer Sarapshy</source>
        <translation>this program reads %2; install a newer Sarapshy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field «format» is missing</source>
        <translation>the field «format» is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file must start with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>the file must start with &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a different kind of file (format %1)</source>
        <translation>this is a different kind of file (format %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %2</source>
        <translation>expected %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required field is missing</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add it</source>
        <translation>add it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field «%1»</source>
        <translation>unknown field «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove it or correct its spelling</source>
        <translation>remove it or correct its spelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list needs at least %2 item(s), it has %3</source>
        <translation>the list needs at least %2 item(s), it has %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the missing ones</source>
        <translation>add the missing ones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list may have at most %2 item(s), it has %3</source>
        <translation>the list may have at most %2 item(s), it has %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the extra ones</source>
        <translation>remove the extra ones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is too short (at least %2 character(s))</source>
        <translation>the text is too short (at least %2 character(s))</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>fill it in</source>
        <translation>fill it in</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>the text is too long (at most %2 characters)</source>
        <translation>the text is too long (at most %2 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it</source>
        <translation>shorten it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value does not match the pattern %2</source>
        <translation>the value does not match the pattern %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use only the characters it allows: for an id, Latin letters, digits and _ . -</source>
        <translation>use only the characters it allows: for an id, Latin letters, digits and _ . -</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one of: %2</source>
        <translation>must be one of: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object { … }</source>
        <translation>must be an object { … }</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list [ … ]</source>
        <translation>must be a list [ … ]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date</source>
        <translation>must be a date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write it as YYYY-MM-DD</source>
        <translation>write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least %2</source>
        <translation>must be at least %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most %2</source>
        <translation>must be at most %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be greater than %2</source>
        <translation>must be greater than %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be less than %2</source>
        <translation>must be less than %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown language «%2»</source>
        <translation>unknown language «%2»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use kk, ru or en</source>
        <translation>use kk, ru or en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is empty in every language</source>
        <translation>the text is empty in every language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it in at least one language</source>
        <translation>write it in at least one language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an http:// or https:// address</source>
        <translation>must be an http:// or https:// address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be relative to the round file&apos;s folder, not an absolute path</source>
        <translation>must be relative to the round file&apos;s folder, not an absolute path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. media/m01/promo.mp4</source>
        <translation>e.g. media/m01/promo.mp4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves the round file&apos;s folder</source>
        <translation>leaves the round file&apos;s folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep media inside it (e.g. media/m01/promo.mp4)</source>
        <translation>keep media inside it (e.g. media/m01/promo.mp4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not base64 text</source>
        <translation>is not base64 text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an Ed25519 public key (32 bytes, base64)</source>
        <translation>is not an Ed25519 public key (32 bytes, base64)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min (%2) must be below max (%3)</source>
        <translation>min (%2) must be below max (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give exactly one of «path» (a file in the round folder) or «url»</source>
        <translation>give exactly one of «path» (a file in the round folder) or «url»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a UUID</source>
        <translation>must be a UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427</source>
        <translation>e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id «%2» is used twice (again at position %3)</source>
        <translation>the id «%2» is used twice (again at position %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ids must be unique</source>
        <translation>ids must be unique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leads outside the round file&apos;s folder</source>
        <translation>leads outside the round file&apos;s folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file into the round folder</source>
        <translation>copy the file into the round folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the round has no entries yet</source>
        <translation>the round has no entries yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 has no videos: it will be judged from its link</source>
        <translation>entry %1 has no videos: it will be judged from its link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the video %1 is not in the round folder</source>
        <translation>the video %1 is not in the round folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the media folder next to the round file</source>
        <translation>copy the media folder next to the round file</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an existing folder</source>
        <translation>choose an existing folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write in this folder (%1)</source>
        <translation>cannot write in this folder (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a folder you may write to</source>
        <translation>choose a folder you may write to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the file (%1)</source>
        <translation>cannot write the file (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the file is not open in another program and the disk is not full</source>
        <translation>check that the file is not open in another program and the disk is not full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file does not exist</source>
        <translation>the key file does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .p12 file issued to you</source>
        <translation>choose the .p12 file issued to you</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key file cannot be opened</source>
        <translation>the key file cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the passphrase; the file must be a PKCS#12 (.p12/.pfx) key with its certificate</source>
        <translation>check the passphrase; the file must be a PKCS#12 (.p12/.pfx) key with its certificate</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/models/error_templates_chair.py" line="+213"/>
        <source>the PDF cannot be read (%1)</source>
        <translation>the PDF cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a PDF written by Sarapshy</source>
        <translation>choose a PDF written by Sarapshy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature field «%1» is already signed</source>
        <translation>the signature field «%1» is already signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign a copy of the unsigned document, or use another field</source>
        <translation>sign a copy of the unsigned document, or use another field</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase of the signing key is needed</source>
        <translation>the passphrase of the signing key is needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set %1, or run the command in a terminal to be asked for it</source>
        <translation>set %1, or run the command in a terminal to be asked for it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no protocol to sign</source>
        <translation>there is no protocol to sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add --protocol P.pdf</source>
        <translation>add --protocol P.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no valid sheet to merge</source>
        <translation>no valid sheet to merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the sheet files listed above</source>
        <translation>check the sheet files listed above</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol cannot be made yet (see above)</source>
        <translation>the protocol cannot be made yet (see above)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the chair&apos;s decisions with --decisions FILE</source>
        <translation>give the chair&apos;s decisions with --decisions FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+204"/>
        <source>there is no expert «%1» in the round</source>
        <translation>there is no expert «%1» in the round</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>use one of: %2</source>
        <translation>use one of: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tables are not read</source>
        <translation>%1 tables are not read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the table as .xlsx or as CSV (UTF-8)</source>
        <translation>save the table as .xlsx or as CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/models/error_templates_review.py" line="+167"/>
        <source>the table is not UTF-8 text</source>
        <translation>the table is not UTF-8 text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as «CSV UTF-8» (Excel: Save as → CSV UTF-8)</source>
        <translation>save it as «CSV UTF-8» (Excel: Save as → CSV UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/models/error_templates_review.py" line="+10"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV cannot be read (%1)</source>
        <translation>the CSV cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the spreadsheet program</source>
        <translation>save it again from the spreadsheet program</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+107"/>
        <source>the table is empty</source>
        <translation>the table is empty</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>the first row is the header: entry_id, c1, c2, …, comment</source>
        <translation>the first row is the header: entry_id, c1, c2, …, comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry id is empty</source>
        <translation>the entry id is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the entry&apos;s id, e.g. m01</source>
        <translation>write the entry&apos;s id, e.g. m01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no entry «%3» in the round</source>
        <translation>there is no entry «%3» in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of: %4</source>
        <translation>use one of: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %3 appears twice</source>
        <translation>entry %3 appears twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one row per entry</source>
        <translation>keep one row per entry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%3» is not understood</source>
        <translation>«%3» is not understood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write yes for a recusal, or leave the cell empty</source>
        <translation>write yes for a recusal, or leave the cell empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %3 is recused but has scores</source>
        <translation>entry %3 is recused but has scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave the criteria empty for a recused entry, or remove yes from recused</source>
        <translation>leave the criteria empty for a recused entry, or remove yes from recused</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>a recusal needs a reason</source>
        <translation>a recusal needs a reason</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>say briefly why, e.g. I am a co-author of this course</source>
        <translation>say briefly why, e.g. I am a co-author of this course</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the score «%5» is not a whole number</source>
        <translation>the score «%5» is not a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score is missing</source>
        <translation>the score is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %5 is out of range</source>
        <translation>the score %5 is out of range</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries missing from the table: %1</source>
        <translation>entries missing from the table: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a row for each (scores, or recused = yes with a reason)</source>
        <translation>add a row for each (scores, or recused = yes with a reason)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column «%3»</source>
        <translation>unknown column «%3»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns are entry_id, %4, comment, recused, recusal_reason</source>
        <translation>the columns are entry_id, %4, comment, recused, recusal_reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column %3 appears twice</source>
        <translation>the column %3 appears twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one of them</source>
        <translation>keep one of them</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column %2 is missing</source>
        <translation>the column %2 is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a column titled %2</source>
        <translation>add a column titled %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 (header)</source>
        <translation>row %1 (header)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video file is missing</source>
        <translation>the video file is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put the file at this path or correct the path in the round file</source>
        <translation>put the file at this path or correct the path in the round file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video file is empty</source>
        <translation>the video file is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as a video (%1); the file may be truncated or damaged</source>
        <translation>cannot be read as a video (%1); the file may be truncated or damaged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds neither a video nor an audio stream</source>
        <translation>holds neither a video nor an audio stream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends at %1 s although its header says %2 s: it is truncated (an interrupted copy?)</source>
        <translation>the file ends at %1 s although its header says %2 s: it is truncated (an interrupted copy?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy the file again from the original</source>
        <translation>copy the file again from the original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no video frame could be decoded</source>
        <translation>no video frame could be decoded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video could not be decoded (%1); the file may be damaged</source>
        <translation>the video could not be decoded (%1); the file may be damaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round was not read from a folder, so its video files cannot be found</source>
        <translation>the round was not read from a folder, so its video files cannot be found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the round file from disk</source>
        <translation>open the round file from disk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the working database cannot be opened (%1)</source>
        <translation>the working database cannot be opened (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged: restore the newest .bak file beside it, or move it away to start afresh</source>
        <translation>the file is damaged: restore the newest .bak file beside it, or move it away to start afresh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the working database was made by a newer Sarapshy (schema %1, this one knows %2)</source>
        <translation>the working database was made by a newer Sarapshy (schema %1, this one knows %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>install the newer Sarapshy again</source>
        <translation>install the newer Sarapshy again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is the %1 database, not the %2 one</source>
        <translation>this is the %1 database, not the %2 one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the database of the right role</source>
        <translation>open the database of the right role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export the responses again from Google Forms (Responses → ⋮ → Download responses (.csv)) or from the linked Google Sheet</source>
        <translation>export the responses again from Google Forms (Responses → ⋮ → Download responses (.csv)) or from the linked Google Sheet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is not a CSV text file</source>
        <translation>this is not a CSV text file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .csv or .xlsx export of the responses</source>
        <translation>choose the .csv or .xlsx export of the responses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV text cannot be read (%1)</source>
        <translation>the CSV text cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the responses again</source>
        <translation>export the responses again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel file cannot be read (%1)</source>
        <translation>the Excel file cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it in Excel or LibreOffice and save it again as .xlsx, or export as .csv</source>
        <translation>open it in Excel or LibreOffice and save it again as .xlsx, or export as .csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing or malformed</source>
        <translation>is missing or malformed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this round (%1) is not the one the results are for (%2)</source>
        <translation>this round (%1) is not the one the results are for (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the round file of the same year</source>
        <translation>choose the round file of the same year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a whole number</source>
        <translation>is not a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the round file of these results (round %1) is not in the same folder</source>
        <translation>the round file of these results (round %1) is not in the same folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy that year&apos;s round file beside the results file, or choose it</source>
        <translation>copy that year&apos;s round file beside the results file, or choose it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signing key file is damaged or is not an Ed25519 key</source>
        <translation>the signing key file is damaged or is not an Ed25519 key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore it from a backup; deleting it makes a new key that the chair will not recognise as yours unless the new one is pinned</source>
        <translation>restore it from a backup; deleting it makes a new key that the chair will not recognise as yours unless the new one is pinned</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the public key is not usable (%1)</source>
        <translation>the public key is not usable (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the key file again from the expert&apos;s computer</source>
        <translation>export the key file again from the expert&apos;s computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fingerprint %1 does not belong to this key</source>
        <translation>the fingerprint %1 does not belong to this key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file was edited; export the key file again</source>
        <translation>the file was edited; export the key file again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is not a text</source>
        <translation>the name is not a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the key file again</source>
        <translation>export the key file again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round pins another key for this expert (fingerprint %1) than this computer&apos;s key (%2)</source>
        <translation>the round pins another key for this expert (fingerprint %1) than this computer&apos;s key (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign on the computer that holds the pinned key, or ask the organiser to pin this key</source>
        <translation>sign on the computer that holds the pinned key, or ask the organiser to pin this key</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>the round has no file yet</source>
        <translation>the round has no file yet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>use Save as… to choose where to save it</source>
        <translation>use Save as… to choose where to save it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save the round first, then package it</source>
        <translation>save the round first, then package it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy %1 here (%2)</source>
        <translation>cannot copy %1 here (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the disk is not full and that you may write to the folder</source>
        <translation>check that the disk is not full and that you may write to the folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no expert is chosen for this round</source>
        <translation>no expert is chosen for this round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose yourself in the commission list first</source>
        <translation>choose yourself in the commission list first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a name from the commission list</source>
        <translation>choose a name from the commission list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no criterion «%2» in the round</source>
        <translation>there is no criterion «%2» in the round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %3 is not allowed</source>
        <translation>the score %3 is not allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a whole number from %4 to %5</source>
        <translation>enter a whole number from %4 to %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say briefly why (e.g. I am a co-author of this course)</source>
        <translation>say briefly why (e.g. I am a co-author of this course)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the played interval ends (%1) before it starts (%2)</source>
        <translation>the played interval ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no entry «%1» in the round</source>
        <translation>there is no entry «%1» in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry has no video «%2»</source>
        <translation>the entry has no video «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time %1 is not a number of seconds from the start</source>
        <translation>the time %1 is not a number of seconds from the start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no note «%1»</source>
        <translation>there is no note «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it may have been deleted already</source>
        <translation>it may have been deleted already</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry is neither scored nor recused</source>
        <translation>the entry is neither scored nor recused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the criterion is not scored</source>
        <translation>the criterion is not scored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audio could not be decoded (%1); the file may be damaged</source>
        <translation>the audio could not be decoded (%1); the file may be damaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(found %1)</source>
        <translation>(found %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value was expected</source>
        <translation>a value was expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field name in double quotes was expected</source>
        <translation>a field name in double quotes was expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma «,» was expected</source>
        <translation>a comma «,» was expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon «:» was expected</source>
        <translation>a colon «:» was expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text in quotes is not closed</source>
        <translation>a text in quotes is not closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character (such as a line break) inside a text</source>
        <translation>a control character (such as a line break) inside a text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wrong \uXXXX sequence in a text</source>
        <translation>a wrong \uXXXX sequence in a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong sequence with «\» in a text</source>
        <translation>a wrong sequence with «\» in a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more text after the end of the document</source>
        <translation>more text after the end of the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma before a closing bracket</source>
        <translation>a comma before a closing bracket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>the text holds the character %1 at position %2, which a text may not hold</source>
        <translation>the text holds the character %1 at position %2, which a text may not hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the text again; it was damaged or made to harm</source>
        <translation>type the text again; it was damaged or made to harm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file&apos;s name or folder holds the character %1</source>
        <translation>the file&apos;s name or folder holds the character %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename the file (or folder) with ordinary letters</source>
        <translation>rename the file (or folder) with ordinary letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name is too long (%1 characters; at most %2)</source>
        <translation>the file name is too long (%1 characters; at most %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the file a shorter name</source>
        <translation>give the file a shorter name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number %3 is out of range</source>
        <translation>the number %3 is out of range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or was made to harm; ask for a new copy</source>
        <translation>the file is damaged or was made to harm; ask for a new copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be decoded (%1)</source>
        <translation>the file cannot be decoded (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a readable .xlsx workbook (%1)</source>
        <translation>the file is not a readable .xlsx workbook (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again as .xlsx, or export it as CSV (UTF-8)</source>
        <translation>save it again as .xlsx, or export it as CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook is refused: it holds %1 parts (at most %2)</source>
        <translation>the workbook is refused: it holds %1 parts (at most %2)</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)</source>
        <translation>open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>the workbook is refused: it would expand to %1 MB (at most %2 MB)</source>
        <translation>the workbook is refused: it would expand to %1 MB (at most %2 MB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook is refused: its part %1 is compressed %2 times (a zip bomb)</source>
        <translation>the workbook is refused: its part %1 is compressed %2 times (a zip bomb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook is refused: its part %1 holds more than it declares (a zip bomb)</source>
        <translation>the workbook is refused: its part %1 holds more than it declares (a zip bomb)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workbook is refused: its part %1 is not UTF-8 XML</source>
        <translation>the workbook is refused: its part %1 is not UTF-8 XML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook is refused: its part %1 declares a DTD (&lt;!DOCTYPE or &lt;!ENTITY)</source>
        <translation>the workbook is refused: its part %1 declares a DTD (&lt;!DOCTYPE or &lt;!ENTITY)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table has more than %1 rows</source>
        <translation>the table has more than %1 rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sheet&apos;s table has one row per entry of the round; choose the right file</source>
        <translation>a sheet&apos;s table has one row per entry of the round; choose the right file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 more problems</source>
        <translation>and %1 more problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct the ones above first, then check the table again</source>
        <translation>correct the ones above first, then check the table again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cell holds the character %1, which a text may not hold</source>
        <translation>the cell holds the character %1, which a text may not hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the cell again</source>
        <translation>type the cell again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round is already open as %1 in another Sarapshy window</source>
        <translation>the round is already open as %1 in another Sarapshy window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch to that window, or close it and open the round here</source>
        <translation>switch to that window, or close it and open the round here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setting a sheet aside needs a reason</source>
        <translation>setting a sheet aside needs a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why, e.g. the key differs from the one on the signed paper sheet</source>
        <translation>say why, e.g. the key differs from the one on the signed paper sheet</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>this is not a readable UTF-16 text file</source>
        <translation>this is not a readable UTF-16 text file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the responses again as .csv or .xlsx</source>
        <translation>export the responses again as .csv or .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/models/error_templates_chair.py" line="-202"/>
        <source>ask the lower stage for its package again</source>
        <translation>ask the lower stage for its package again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty</source>
        <translation>faculty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university</source>
        <translation>university</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the university stage is the last one: nothing advances from it</source>
        <translation>the university stage is the last one: nothing advances from it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the decisions file&apos;s &apos;advancing&apos; is empty: no entry advances</source>
        <translation>the decisions file&apos;s &apos;advancing&apos; is empty: no entry advances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the entries that advance, or leave &apos;advancing&apos; out to send the best %1</source>
        <translation>list the entries that advance, or leave &apos;advancing&apos; out to send the best %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</source>
        <translation>at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose fewer entries</source>
        <translation>choose fewer entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no result for %1: an entry advances on the commission&apos;s scores</source>
        <translation>no result for %1: an entry advances on the commission&apos;s scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose entries the experts scored</source>
        <translation>choose entries the experts scored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no entry was chosen to advance</source>
        <translation>no entry was chosen to advance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick the entries that advance</source>
        <translation>tick the entries that advance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the round: %1</source>
        <translation>not in the round: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only an accepted sheet can be matched with its paper</source>
        <translation>only an accepted sheet can be matched with its paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a valid sheet file for this expert</source>
        <translation>import a valid sheet file for this expert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entry has a result</source>
        <translation>no entry has a result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</source>
        <translation>%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tick the entries the commission chose by vote (in a decisions file: &quot;advancing&quot;: %4), or order the tie with a tie resolution</source>
        <translation>tick the entries the commission chose by vote (in a decisions file: &quot;advancing&quot;: %4), or order the tie with a tie resolution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a file, not a folder</source>
        <translation>this is a file, not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an empty folder for the package</source>
        <translation>choose an empty folder for the package</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder is not empty: a package is written into an empty folder</source>
        <translation>the folder is not empty: a package is written into an empty folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a new, empty folder (the package goes to the next stage as it is)</source>
        <translation>choose a new, empty folder (the package goes to the next stage as it is)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record of the lower stage&apos;s decision was changed after it was made (its content does not match the digest in its name)</source>
        <translation>the record of the lower stage&apos;s decision was changed after it was made (its content does not match the digest in its name)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the protocol extract of the %1 stage is missing or is not the one its record names</source>
        <translation>the protocol extract of the %1 stage is missing or is not the one its record names</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s stages do not fit (%1 → %2)</source>
        <translation>the package&apos;s stages do not fit (%1 → %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round file was changed after the package was made</source>
        <translation>the round file was changed after the package was made</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol extract was changed after the package was made</source>
        <translation>the protocol extract was changed after the package was made</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest and the round file list different entries</source>
        <translation>the manifest and the round file list different entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry %1 has no record of the stage that sent it</source>
        <translation>the entry %1 has no record of the stage that sent it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no package was given</source>
        <translation>no package was given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 packages</source>
        <translation>more than %1 packages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file already exists: gathering writes a new round</source>
        <translation>the file already exists: gathering writes a new round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a new file name (an existing round keeps its commission and sheets)</source>
        <translation>choose a new file name (an existing round keeps its commission and sheets)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</source>
        <translation>this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gather the packages of one stage into the round of the stage after it</source>
        <translation>gather the packages of one stage into the round of the stage after it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same stage&apos;s package is given twice (also %1)</source>
        <translation>the same stage&apos;s package is given twice (also %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each package once</source>
        <translation>give each package once</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy the file (%1)</source>
        <translation>cannot copy the file (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a folder you may write to, with enough free space</source>
        <translation>choose a folder you may write to, with enough free space</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the entry «%1» is not in the round</source>
        <translation>the entry «%1» is not in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the entry ids of the round file</source>
        <translation>use the entry ids of the round file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert «%1» is not in the commission</source>
        <translation>the expert «%1» is not in the commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the expert ids of the round file</source>
        <translation>use the expert ids of the round file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry is named twice</source>
        <translation>an entry is named twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name each tied entry once, in the decided order</source>
        <translation>name each tied entry once, in the decided order</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry is in two tie resolutions</source>
        <translation>an entry is in two tie resolutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give one resolution per tie</source>
        <translation>give one resolution per tie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a place must be 1 or more (found %1)</source>
        <translation>a place must be 1 or more (found %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</source>
        <translation>NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</source>
        <translation>start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signing was cancelled: nothing was signed</source>
        <translation>signing was cancelled: nothing was signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign again when ready</source>
        <translation>sign again when ready</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 chose an authentication key (AUTH_…): it is not for signing documents</source>
        <translation>%1 chose an authentication key (AUTH_…): it is not for signing documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</source>
        <translation>sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NCALayer refused to sign: %1 %2</source>
        <translation>NCALayer refused to sign: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read NCALayer&apos;s message; check the key, its password and its validity</source>
        <translation>read NCALayer&apos;s message; check the key, its password and its validity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the program at 127.0.0.1:13579 did not answer as NCALayer does</source>
        <translation>the program at 127.0.0.1:13579 did not answer as NCALayer does</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>restart NCALayer and try again</source>
        <translation>restart NCALayer and try again</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>NCALayer closed the connection before answering</source>
        <translation>NCALayer closed the connection before answering</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NCALayer gave no answer in time</source>
        <translation>NCALayer gave no answer in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look for NCALayer&apos;s window (it may be behind this one) and try again</source>
        <translation>look for NCALayer&apos;s window (it may be behind this one) and try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NCALayer is reached only on this computer, not at %1</source>
        <translation>NCALayer is reached only on this computer, not at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use wss://127.0.0.1:13579</source>
        <translation>use wss://127.0.0.1:13579</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is too large to send to NCALayer</source>
        <translation>the document is too large to send to NCALayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign a smaller document</source>
        <translation>sign a smaller document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature NCALayer returned does not match the protocol</source>
        <translation>the signature NCALayer returned does not match the protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>nothing was saved; sign again</source>
        <translation>nothing was saved; sign again</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the protocol changed on disk while it was being signed</source>
        <translation>the protocol changed on disk while it was being signed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a CMS signature (SignedData)</source>
        <translation>the file is not a CMS signature (SignedData)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .cms file saved beside the PDF</source>
        <translation>choose the .cms file saved beside the PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this key has already signed the document</source>
        <translation>this key has already signed the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next member signs with their own key</source>
        <translation>the next member signs with their own key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these signatures are over another version of the protocol</source>
        <translation>these signatures are over another version of the protocol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move this .cms file away (keep it with its own PDF), then sign the new protocol</source>
        <translation>move this .cms file away (keep it with its own PDF), then sign the new protocol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is damaged and cannot be read (%1)</source>
        <translation>the PDF is damaged and cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the copy the signer sent, or ask for it again</source>
        <translation>use the copy the signer sent, or ask for it again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not an X.509 certificate</source>
        <translation>this is not an X.509 certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the signer&apos;s certificate file (.pem, .cer or .crt)</source>
        <translation>name the signer&apos;s certificate file (.pem, .cer or .crt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy would overwrite the protocol itself</source>
        <translation>the copy would overwrite the protocol itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation>choose another file name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the protocol PDF written by Sarapshy</source>
        <translation>choose the protocol PDF written by Sarapshy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no program on this computer prints PDF files</source>
        <translation>no program on this computer prints PDF files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install a PDF reader and set it as the PDF program</source>
        <translation>install a PDF reader and set it as the PDF program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the printing system did not take the file (%1)</source>
        <translation>the printing system did not take the file (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the printer in the system settings</source>
        <translation>check the printer in the system settings</translation>
    </message>
    <message>
        <location filename="../../app/models/error_templates_review.py" line="-163"/>
        <source>ask the chair for a new request</source>
        <translation>ask the chair for a new request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no conflict of interest is suggested for this entry</source>
        <translation>no conflict of interest is suggested for this entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer «%2» is neither recused nor dismissed</source>
        <translation>the answer «%2» is neither recused nor dismissed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dismissing a suggested conflict of interest needs a reason</source>
        <translation>dismissing a suggested conflict of interest needs a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why there is no conflict, or confirm it and recuse yourself</source>
        <translation>say why there is no conflict, or confirm it and recuse yourself</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answers to suggested conflicts of interest need format sarapshy-sheet/2, but the sheet says sarapshy-sheet/1</source>
        <translation>answers to suggested conflicts of interest need format sarapshy-sheet/2, but the sheet says sarapshy-sheet/1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a conflict-of-interest answer names entry «%1», which is not in the round</source>
        <translation>a conflict-of-interest answer names entry «%1», which is not in the round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conflict of interest is answered twice</source>
        <translation>the conflict of interest is answered twice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert confirmed the conflict of interest (recused), yet the sheet scores the course</source>
        <translation>the expert confirmed the conflict of interest (recused), yet the sheet scores the course</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the question to the expert is empty</source>
        <translation>the question to the expert is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write what the expert should reconsider</source>
        <translation>write what the expert should reconsider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert %1 has no accepted sheet to reconsider</source>
        <translation>expert %1 has no accepted sheet to reconsider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the expert&apos;s sheet first</source>
        <translation>import the expert&apos;s sheet first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no accepted sheet of expert «%1» among the files</source>
        <translation>no accepted sheet of expert «%1» among the files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the expert&apos;s sheet file (sarapshy merge lists why a sheet is left out)</source>
        <translation>give the expert&apos;s sheet file (sarapshy merge lists why a sheet is left out)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is not ENTRY:CRITERION:QUESTION</source>
        <translation>«%1» is not ENTRY:CRITERION:QUESTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. --cell m01:c3:&apos;Why 9?&apos;</source>
        <translation>e.g. --cell m01:c3:&apos;Why 9?&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet does not belong to this round file</source>
        <translation>the sheet does not belong to this round file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the expert&apos;s sheet for this round</source>
        <translation>import the expert&apos;s sheet for this round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no cell is marked for reconsideration</source>
        <translation>no cell is marked for reconsideration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark at least one cell</source>
        <translation>mark at least one cell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert gave no score here</source>
        <translation>the expert gave no score here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a scored cell</source>
        <translation>mark a scored cell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request is not signed by the chair</source>
        <translation>the request is not signed by the chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the chair to export the request again from Sarapshy</source>
        <translation>ask the chair to export the request again from Sarapshy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request was changed after the chair signed it</source>
        <translation>the request was changed after the chair signed it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the file exactly as the chair exported it, or ask for it again</source>
        <translation>use the file exactly as the chair exported it, or ask for it again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request belongs to another round (%1)</source>
        <translation>the request belongs to another round (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the round the chair sent the request for</source>
        <translation>open the round the chair sent the request for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request was made for another version of the round file</source>
        <translation>the request was made for another version of the round file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the chair which round file is current</source>
        <translation>ask the chair which round file is current</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is addressed to %1, not to you (expert %2)</source>
        <translation>the request is addressed to %1, not to you (expert %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the request addressed to you</source>
        <translation>open the request addressed to you</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request refers to another file of your sheet (revision %1, code %2)</source>
        <translation>the request refers to another file of your sheet (revision %1, code %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose that sheet file</source>
        <translation>choose that sheet file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request names a course or criterion the round does not have</source>
        <translation>the request names a course or criterion the round does not have</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request states the score %2, the sheet holds %3</source>
        <translation>the request states the score %2, the sheet holds %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cell was not requested</source>
        <translation>this cell was not requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer only the requested cells; other changes need a separate revision</source>
        <translation>answer only the requested cells; other changes need a separate revision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the requested cell has no answer</source>
        <translation>the requested cell has no answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the score or change it</source>
        <translation>keep the score or change it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %2 is out of range %3–%4</source>
        <translation>the score %2 is out of range %3–%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a score within the range</source>
        <translation>give a score within the range</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changes %2 → %3 without a written justification</source>
        <translation>the score changes %2 → %3 without a written justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write why the score changes</source>
        <translation>write why the score changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a changed score needs a written justification</source>
        <translation>a changed score needs a written justification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the revision %1 is not newer than the sheet&apos;s</source>
        <translation>the revision %1 is not newer than the sheet&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the revision answers more than one reconsideration request</source>
        <translation>the revision answers more than one reconsideration request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer one request per revision</source>
        <translation>answer one request per revision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it answers a reconsideration request (%1…) the chair does not have here</source>
        <translation>it answers a reconsideration request (%1…) the chair does not have here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import that request file</source>
        <translation>import that request file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet it revises (revision %1, code %2) is not among the imported files</source>
        <translation>the sheet it revises (revision %1, code %2) is not among the imported files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import it as well, so the change can be checked</source>
        <translation>import it as well, so the change can be checked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision %1 is not newer than the revision %2 it revises</source>
        <translation>revision %1 is not newer than the revision %2 it revises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the requested cell is not answered</source>
        <translation>the requested cell is not answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;before&apos; is %2, the score in the revised sheet was %3</source>
        <translation>&apos;before&apos; is %2, the score in the revised sheet was %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listed as reconsidered but not requested</source>
        <translation>listed as reconsidered but not requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;after&apos; is %2, the sheet holds %3</source>
        <translation>&apos;after&apos; is %2, the sheet holds %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recusal changed without being requested</source>
        <translation>the recusal changed without being requested</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recusal changed without being requested (compared with revision %2)</source>
        <translation>the recusal changed without being requested (compared with revision %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changed %2 → %3 without being requested</source>
        <translation>the score changed %2 → %3 without being requested</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changed %2 → %3 without being requested (compared with revision %4)</source>
        <translation>the score changed %2 → %3 without being requested (compared with revision %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save it as CSV (UTF-8)</source>
        <translation>save it as CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header must name entry_id, criterion_id, score (and justification)</source>
        <translation>the header must name entry_id, criterion_id, score (and justification)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the header line</source>
        <translation>add the header line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score «%2» is not a whole number</source>
        <translation>the score «%2» is not a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the score kept or the new one</source>
        <translation>write the score kept or the new one</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <location filename="../../app/media/check_words.py" line="+20"/>
        <source>filled in %1 of %2 frames</source>
        <translation>filled in %1 of %2 frames</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>black bars (%1) in %2 of %3 frames</source>
        <translation>black bars (%1) in %2 of %3 frames</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1 sampled frames are black</source>
        <translation>all %1 sampled frames are black</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no black bars</source>
        <translation>no black bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 channels (stereo)</source>
        <translation>2 channels (stereo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 channel (mono)</source>
        <translation>1 channel (mono)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>%1 channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters (%2)</source>
        <translation>%1 characters (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–%1 characters</source>
        <translation>1–%1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 1 promo video</source>
        <translation>at least 1 promo video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 link(s) not checked</source>
        <translation>%1 link(s) not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video files in the round folder</source>
        <translation>video files in the round folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a readable video file</source>
        <translation>a readable video file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left − right %1 dB, channels alike %2</source>
        <translation>left − right %1 dB, channels alike %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left − right within ±%1 dB, channels alike ≥ %2</source>
        <translation>left − right within ±%1 dB, channels alike ≥ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2 (%3), pixels %4:%5</source>
        <translation>%1:%2 (%3), pixels %4:%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars above and below %1%</source>
        <translation>bars above and below %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars at the sides %1%</source>
        <translation>bars at the sides %1%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The voice must sound from the middle: the left and right channels about equally loud (a difference of at most %1 dB) and carrying the same sound (likeness from 0 — unrelated — to 1 — identical; at least %2). A voice heard from one side only fails.</source>
        <translation>The voice must sound from the middle: the left and right channels about equally loud (a difference of at most %1 dB) and carrying the same sound (likeness from 0 — unrelated — to 1 — identical; at least %2). A voice heard from one side only fails.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture must fill the whole frame: black stripes above and below or at the sides mean the video was made for another frame shape.</source>
        <translation>The picture must fill the whole frame: black stripes above and below or at the sides mean the video was made for another frame shape.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+184"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>SheetStatus</name>
    <message>
        <location filename="../../app/models/status_text.py" line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED</source>
        <translation>REJECTED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUPERSEDED</source>
        <translation>SUPERSEDED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DUPLICATE</source>
        <translation>DUPLICATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SET_ASIDE</source>
        <translation>SET_ASIDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLAG</source>
        <translation>FLAG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key %1 also signs the sheets of %2: one person may have signed for another; compare with the signed paper sheets</source>
        <translation>the key %1 also signs the sheets of %2: one person may have signed for another; compare with the signed paper sheets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file cannot be checked (%1)</source>
        <translation>the file cannot be checked (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readable sheet file</source>
        <translation>not a readable sheet file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not match: the sheet was changed after signing, or it is not signed</source>
        <translation>the signature does not match: the sheet was changed after signing, or it is not signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet belongs to another round (%1)</source>
        <translation>the sheet belongs to another round (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round file was edited after this sheet was made: the expert must score against the current round file</source>
        <translation>the round file was edited after this sheet was made: the expert must score against the current round file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expert «%1» is not in the round&apos;s commission</source>
        <translation>expert «%1» is not in the round&apos;s commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed with another key (fingerprint %1) than the one pinned for %2 in the round</source>
        <translation>signed with another key (fingerprint %1) than the one pinned for %2 in the round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a score is out of range</source>
        <translation>a score is out of range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet is incomplete</source>
        <translation>the sheet is incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet scores entries or criteria that are not in the round</source>
        <translation>the sheet scores entries or criteria that are not in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1 handed in different sheets with the same revision %2 (%3); keep only the right one</source>
        <translation>expert %1 handed in different sheets with the same revision %2 (%3); keep only the right one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert %1&apos;s sheets are signed with different keys (%2); compare the key printed on the signed paper sheet and set the wrong file aside</source>
        <translation>expert %1&apos;s sheets are signed with different keys (%2); compare the key printed on the signed paper sheet and set the wrong file aside</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>revision %1; revision %2 is taken</source>
        <translation>revision %1; revision %2 is taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same sheet as one already taken</source>
        <translation>the same sheet as one already taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answers to suggested conflicts of interest do not fit the sheet</source>
        <translation>the answers to suggested conflicts of interest do not fit the sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the revision does not answer the chair&apos;s reconsideration request as it must; the revision before it stays in force</source>
        <translation>the revision does not answer the chair&apos;s reconsideration request as it must; the revision before it stays in force</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry «%1» is not in the round</source>
        <translation>entry «%1» is not in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: video «%2» is not in the round</source>
        <translation>entry %1: video «%2» is not in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion «%2» is not in the round</source>
        <translation>entry %1: criterion «%2» is not in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion %2 is not scored</source>
        <translation>entry %1: criterion %2 is not scored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion %2 score %3 is out of range %4–%5</source>
        <translation>entry %1: criterion %2 score %3 is out of range %4–%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries neither scored nor recused: %1</source>
        <translation>entries neither scored nor recused: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key %1 (key not confirmed)</source>
        <translation>key %1 (key not confirmed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1  revision %2  code %3</source>
        <translation>expert %1  revision %2  code %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1  code %2</source>
        <translation>expert %1  code %2</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+19"/>
        <source>Sarapshy</source>
        <translation>Sarapshy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong and the operation was not completed.</source>
        <translation>Something went wrong and the operation was not completed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your saved work is not affected. Error: %1</source>
        <translation>Your saved work is not affected. Error: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
</TS>
