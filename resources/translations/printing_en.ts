<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PdfActions</name>
    <message>
        <location filename="../../app/ui/printing.py" line="+539"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the PDF &amp;viewer</source>
        <translation>Open in the PDF &amp;viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the si&amp;gnatures…</source>
        <translation>Check the si&amp;gnatures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another PDF…</source>
        <translation>Choose another PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, open or check the signatures of any PDF file</source>
        <translation>Print, open or check the signatures of any PDF file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</source>
        <translation>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a PDF</source>
        <translation>Choose a PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location line="-369"/>
        <source>Preparing the pages</source>
        <translation>Preparing the pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing %1…</source>
        <translation>Printing %1…</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <location line="+123"/>
        <source>Signatures: %1</source>
        <translation>Signatures: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer&apos;s certificate is the one issued to that person is checked by comparing it with the paper copy.</source>
        <translation>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer&apos;s certificate is the one issued to that person is checked by comparing it with the paper copy.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The signatures could not be checked: %1</source>
        <translation>The signatures could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location line="-98"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged since signing</source>
        <translation>Unchanged since signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature valid</source>
        <translation>Signature valid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers the whole file</source>
        <translation>Covers the whole file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PDF carries no digital signature.</source>
        <translation>This PDF carries no digital signature.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</source>
        <translation>
            <numerusform>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</numerusform>
            <numerusform>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n signature(s), every one intact and valid.</source>
        <translation>
            <numerusform>%n signature(s), every one intact and valid.</numerusform>
            <numerusform>%n signature(s), every one intact and valid.</numerusform>
        </translation>
    </message>
</context>
</TS>
