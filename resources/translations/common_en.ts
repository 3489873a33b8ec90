<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>InputError</name>
        <message>
            <location filename="../../app/ui/error_text.py" line="+38" />
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check the name and the folder</source>
            <translation>check the name and the folder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>this is a folder, not a file</source>
            <translation>this is a folder, not a file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choose the file inside it</source>
            <translation>choose the file inside it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>permission to read the file is denied</source>
            <translation>permission to read the file is denied</translation>
        </message>
        <message>
            <location line="+1" />
            <source>copy the file to a folder you own, or ask for read access</source>
            <translation>copy the file to a folder you own, or ask for read access</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file cannot be read (%1)</source>
            <translation>the file cannot be read (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>copy it to the local disk and try again</source>
            <translation>copy it to the local disk and try again</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file is too large (%1; the limit is %2)</source>
            <translation>the file is too large (%1; the limit is %2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this is not a Sarapshy file, or it was damaged; choose the right file</source>
            <translation>this is not a Sarapshy file, or it was damaged; choose the right file</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is UTF-16 text, not UTF-8</source>
            <translation>the file is UTF-16 text, not UTF-8</translation>
        </message>
        <message>
            <location line="+1" />
            <source>save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)</source>
            <translation>save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file is not UTF-8 text (byte %3)</source>
            <translation>the file is not UTF-8 text (byte %3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>save it as UTF-8; it may have been saved in a Windows code page</source>
            <translation>save it as UTF-8; it may have been saved in a Windows code page</translation>
        </message>
    <message>
        <source>the file is a PDF document, not a Sarapshy file</source>
        <translation>the file is a PDF document, not a Sarapshy file</translation>
    </message>
    <message>
        <source>choose the .json file itself; the PDF is only its printable copy</source>
        <translation>choose the .json file itself; the PDF is only its printable copy</translation>
    </message>
        <message>
            <location line="+1" />
            <source>line %1, byte %2</source>
            <translation>line %1, byte %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>choose the right file</source>
            <translation>choose the right file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the key «%1» appears twice in one object</source>
            <translation>the key «%1» appears twice in one object</translation>
        </message>
        <message>
            <location line="+1" />
            <source>keep only one of them</source>
            <translation>keep only one of them</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not valid JSON (%3)</source>
            <translation>not valid JSON (%3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file is damaged or is not a Sarapshy file</source>
            <translation>the file is damaged or is not a Sarapshy file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>line %1, column %2</source>
            <translation>line %1, column %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the JSON is nested too deeply</source>
            <translation>the JSON is nested too deeply</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>this is not a Sarapshy file</source>
            <translation>this is not a Sarapshy file</translation>
        </message>
        <message>
            <location line="-1" />
            <source>the JSON document is not an object</source>
            <translation>the JSON document is not an object</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown version «%1» of the file format</source>
            <translation>unknown version «%1» of the file format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this program reads %2; install a newer Sarapshy</source>
            <translation>this program reads %2; install a newer Sarapshy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the field «format» is missing</source>
            <translation>the field «format» is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file must start with "format": "%1"</source>
            <translation>the file must start with "format": "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>this is a different kind of file (format %1)</source>
            <translation>this is a different kind of file (format %1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected %2</source>
            <translation>expected %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>required field is missing</source>
            <translation>required field is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add it</source>
            <translation>add it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unknown field «%1»</source>
            <translation>unknown field «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove it or correct its spelling</source>
            <translation>remove it or correct its spelling</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the list needs at least %2 item(s), it has %3</source>
            <translation>the list needs at least %2 item(s), it has %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add the missing ones</source>
            <translation>add the missing ones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the list may have at most %2 item(s), it has %3</source>
            <translation>the list may have at most %2 item(s), it has %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remove the extra ones</source>
            <translation>remove the extra ones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the text is too short (at least %2 character(s))</source>
            <translation>the text is too short (at least %2 character(s))</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+29" />
            <source>fill it in</source>
            <translation>fill it in</translation>
        </message>
        <message>
            <location line="-27" />
            <source>the text is too long (at most %2 characters)</source>
            <translation>the text is too long (at most %2 characters)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shorten it</source>
            <translation>shorten it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the value does not match the pattern %2</source>
            <translation>the value does not match the pattern %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>use only the characters it allows: for an id, Latin letters, digits and _ . -</source>
            <translation>use only the characters it allows: for an id, Latin letters, digits and _ . -</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be one of: %2</source>
            <translation>must be one of: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be a whole number</source>
            <translation>must be a whole number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be text</source>
            <translation>must be text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be an object { … }</source>
            <translation>must be an object { … }</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be a list [ … ]</source>
            <translation>must be a list [ … ]</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be a date</source>
            <translation>must be a date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write it as YYYY-MM-DD</source>
            <translation>write it as YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be at least %2</source>
            <translation>must be at least %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be at most %2</source>
            <translation>must be at most %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be greater than %2</source>
            <translation>must be greater than %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be less than %2</source>
            <translation>must be less than %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown language «%2»</source>
            <translation>unknown language «%2»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>use kk, ru or en</source>
            <translation>use kk, ru or en</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the text is empty in every language</source>
            <translation>the text is empty in every language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write it in at least one language</source>
            <translation>write it in at least one language</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be an http:// or https:// address</source>
            <translation>must be an http:// or https:// address</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be relative to the round file's folder, not an absolute path</source>
            <translation>must be relative to the round file's folder, not an absolute path</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. media/m01/promo.mp4</source>
            <translation>e.g. media/m01/promo.mp4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>leaves the round file's folder</source>
            <translation>leaves the round file's folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>keep media inside it (e.g. media/m01/promo.mp4)</source>
            <translation>keep media inside it (e.g. media/m01/promo.mp4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not base64 text</source>
            <translation>is not base64 text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is not an Ed25519 public key (32 bytes, base64)</source>
            <translation>is not an Ed25519 public key (32 bytes, base64)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>min (%2) must be below max (%3)</source>
            <translation>min (%2) must be below max (%3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>give exactly one of «path» (a file in the round folder) or «url»</source>
            <translation>give exactly one of «path» (a file in the round folder) or «url»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be a UUID</source>
            <translation>must be a UUID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427</source>
            <translation>e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the id «%2» is used twice (again at position %3)</source>
            <translation>the id «%2» is used twice (again at position %3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ids must be unique</source>
            <translation>ids must be unique</translation>
        </message>
        <message>
            <location line="+2" />
            <source>leads outside the round file's folder</source>
            <translation>leads outside the round file's folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>copy the file into the round folder</source>
            <translation>copy the file into the round folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the round has no entries yet</source>
            <translation>the round has no entries yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>entry %1 has no videos: it will be judged from its link</source>
            <translation>entry %1 has no videos: it will be judged from its link</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the video %1 is not in the round folder</source>
            <translation>the video %1 is not in the round folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>copy the media folder next to the round file</source>
            <translation>copy the media folder next to the round file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(found %1)</source>
            <translation>(found %1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(top level)</source>
            <translation>(top level)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a value was expected</source>
            <translation>a value was expected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a field name in double quotes was expected</source>
            <translation>a field name in double quotes was expected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a comma «,» was expected</source>
            <translation>a comma «,» was expected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a colon «:» was expected</source>
            <translation>a colon «:» was expected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a text in quotes is not closed</source>
            <translation>a text in quotes is not closed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a control character (such as a line break) inside a text</source>
            <translation>a control character (such as a line break) inside a text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a wrong \uXXXX sequence in a text</source>
            <translation>a wrong \uXXXX sequence in a text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a wrong sequence with «\» in a text</source>
            <translation>a wrong sequence with «\» in a text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>more text after the end of the document</source>
            <translation>more text after the end of the document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a comma before a closing bracket</source>
            <translation>a comma before a closing bracket</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>the text holds the character %1 at position %2, which a text may not hold</source>
            <translation>the text holds the character %1 at position %2, which a text may not hold</translation>
        </message>
        <message>
            <source>type the text again; it was damaged or made to harm</source>
            <translation>type the text again; it was damaged or made to harm</translation>
        </message>
        <message>
            <source>the file's name or folder holds the character %1</source>
            <translation>the file's name or folder holds the character %1</translation>
        </message>
        <message>
            <source>rename the file (or folder) with ordinary letters</source>
            <translation>rename the file (or folder) with ordinary letters</translation>
        </message>
        <message>
            <source>the file name is too long (%1 characters; at most %2)</source>
            <translation>the file name is too long (%1 characters; at most %2)</translation>
        </message>
        <message>
            <source>give the file a shorter name</source>
            <translation>give the file a shorter name</translation>
        </message>
        <message>
            <source>the number %3 is out of range</source>
            <translation>the number %3 is out of range</translation>
        </message>
        <message>
            <source>the file is damaged or was made to harm; ask for a new copy</source>
            <translation>the file is damaged or was made to harm; ask for a new copy</translation>
        </message>
        <message>
            <source>the file cannot be decoded (%1)</source>
            <translation>the file cannot be decoded (%1)</translation>
        </message>
        <message>
            <source>the file is not a readable .xlsx workbook (%1)</source>
            <translation>the file is not a readable .xlsx workbook (%1)</translation>
        </message>
        <message>
            <source>save it again as .xlsx, or export it as CSV (UTF-8)</source>
            <translation>save it again as .xlsx, or export it as CSV (UTF-8)</translation>
        </message>
        <message>
            <source>the workbook is refused: it holds %1 parts (at most %2)</source>
            <translation>the workbook is refused: it holds %1 parts (at most %2)</translation>
        </message>
        <message>
            <source>open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)</source>
            <translation>open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)</translation>
        </message>
        <message>
            <source>the workbook is refused: it would expand to %1 MB (at most %2 MB)</source>
            <translation>the workbook is refused: it would expand to %1 MB (at most %2 MB)</translation>
        </message>
        <message>
            <source>the workbook is refused: its part %1 is compressed %2 times (a zip bomb)</source>
            <translation>the workbook is refused: its part %1 is compressed %2 times (a zip bomb)</translation>
        </message>
        <message>
            <source>the workbook is refused: its part %1 holds more than it declares (a zip bomb)</source>
            <translation>the workbook is refused: its part %1 holds more than it declares (a zip bomb)</translation>
        </message>
        <message>
            <source>the workbook is refused: its part %1 is not UTF-8 XML</source>
            <translation>the workbook is refused: its part %1 is not UTF-8 XML</translation>
        </message>
        <message>
            <source>the workbook is refused: its part %1 declares a DTD (&lt;!DOCTYPE or &lt;!ENTITY)</source>
            <translation>the workbook is refused: its part %1 declares a DTD (&lt;!DOCTYPE or &lt;!ENTITY)</translation>
        </message>
        <message>
            <source>the table has more than %1 rows</source>
            <translation>the table has more than %1 rows</translation>
        </message>
        <message>
            <source>a sheet's table has one row per entry of the round; choose the right file</source>
            <translation>a sheet's table has one row per entry of the round; choose the right file</translation>
        </message>
        <message>
            <source>and %1 more problems</source>
            <translation>and %1 more problems</translation>
        </message>
        <message>
            <source>correct the ones above first, then check the table again</source>
            <translation>correct the ones above first, then check the table again</translation>
        </message>
        <message>
            <source>the cell holds the character %1, which a text may not hold</source>
            <translation>the cell holds the character %1, which a text may not hold</translation>
        </message>
        <message>
            <source>type the cell again</source>
            <translation>type the cell again</translation>
        </message>
        <message>
            <source>the round is already open as %1 in another Sarapshy window</source>
            <translation>the round is already open as %1 in another Sarapshy window</translation>
        </message>
        <message>
            <source>switch to that window, or close it and open the round here</source>
            <translation>switch to that window, or close it and open the round here</translation>
        </message>
        <message>
            <source>setting a sheet aside needs a reason</source>
            <translation>setting a sheet aside needs a reason</translation>
        </message>
        <message>
            <source>say why, e.g. the key differs from the one on the signed paper sheet</source>
            <translation>say why, e.g. the key differs from the one on the signed paper sheet</translation>
        </message>
        <message>
            <source>this is not a readable UTF-16 text file</source>
            <translation>this is not a readable UTF-16 text file</translation>
        </message>
        <message>
            <source>export the responses again as .csv or .xlsx</source>
            <translation>export the responses again as .csv or .xlsx</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../app/ui/worker.py" line="+179" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location line="+18" />
            <source>Sarapshy</source>
            <translation>Sarapshy</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Something went wrong and the operation was not completed.</source>
            <translation>Something went wrong and the operation was not completed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your saved work is not affected. Error: %1</source>
            <translation>Your saved work is not affected. Error: %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
</TS>
