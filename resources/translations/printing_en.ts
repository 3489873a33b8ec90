<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PdfActions</name>
        <message>
            <location filename="../../app/ui/printing.py" line="+305" />
            <source>Print pre&amp;view…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open in the PDF &amp;viewer</source>
            <translation>Open in the PDF &amp;viewer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the si&amp;gnatures…</source>
            <translation>Check the si&amp;gnatures…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose another PDF…</source>
            <translation>Choose another PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print, open or check the signatures of any PDF file</source>
            <translation>Print, open or check the signatures of any PDF file</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</source>
            <translation>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Choose a PDF</source>
            <translation>Choose a PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../app/ui/pdf_pages.py" line="+221" />
            <source>Preparing the pages</source>
            <translation>Preparing the pages</translation>
        </message>
        <message>
            <location filename="../../app/ui/printing.py" line="-153" />
            <location filename="../../app/ui/pdf_pages.py" line="+2" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="-145" />
            <source>Print preview: %1</source>
            <translation>Print preview: %1</translation>
        </message>
        <message>
            <location line="+73" />
            <source>this computer has no way to hand a PDF file to the printer</source>
            <translation>this computer has no way to hand a PDF file to the printer</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 was sent to the printer %2 as it is: its own vector pages with the e-signature box — the same bytes that were signed.</source>
            <translation>%1 was sent to the printer %2 as it is: its own vector pages with the e-signature box — the same bytes that were signed.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(default)</source>
            <translation>(default)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The PDF program prints every page once: choose pages and copies in its own print window if it shows one.</source>
            <translation>The PDF program prints every page once: choose pages and copies in its own print window if it shows one.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+22" />
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printing %1 as page images (%2 dpi)…</source>
            <translation>Printing %1 as page images (%2 dpi)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The PDF itself could not be handed to the printer (%1). Its pages are printed as images instead: they show the same text and e-signature box, but not as vector print.</source>
            <translation>The PDF itself could not be handed to the printer (%1). Its pages are printed as images instead: they show the same text and e-signature box, but not as vector print.</translation>
        </message>
        <message>
            <source>Printing %1…</source>
            <translation type="vanished">Printing %1…</translation>
        </message>
    </context>
    <context>
        <name>SignaturesDialog</name>
        <message>
            <location filename="../../app/ui/pdf_signatures.py" line="+150" />
            <source>Signatures: %1</source>
            <translation>Signatures: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+47" />
            <source>Checking the signatures…</source>
            <translation>Checking the signatures…</translation>
        </message>
        <message>
            <location line="-44" />
            <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. «Trusted» means the certificate is one you named (or was issued by one): compare its SHA-256 with the paper copy before you name it.</source>
            <translation>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. «Trusted» means the certificate is one you named (or was issued by one): compare its SHA-256 with the paper copy before you name it.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Trust a certificate…</source>
            <translation>Trust a certificate…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name the signer's certificate file (.pem, .cer, .crt) or its issuer's: only signatures made with it count as trusted</source>
            <translation>Name the signer's certificate file (.pem, .cer, .crt) or its issuer's: only signatures made with it count as trusted</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a certificate to trust</source>
            <translation>Choose a certificate to trust</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificates (*.pem *.cer *.crt *.der)</source>
            <translation>Certificates (*.pem *.cer *.crt *.der)</translation>
        </message>
        <message>
            <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer's certificate is the one issued to that person is checked by comparing it with the paper copy.</source>
            <translation type="vanished">«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer's certificate is the one issued to that person is checked by comparing it with the paper copy.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The signatures could not be checked: %1</source>
            <translation>The signatures could not be checked: %1</translation>
        </message>
    </context>
    <context>
        <name>SignaturesModel</name>
        <message>
            <location line="-191" />
            <source>Signed by</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged since signing</source>
            <translation>Unchanged since signing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature valid</source>
            <translation>Signature valid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covers the whole file</source>
            <translation>Covers the whole file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trusted</source>
            <translation>Trusted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed after it</source>
            <translation>Changed after it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate SHA-256</source>
            <translation>Certificate SHA-256</translation>
        </message>
        <message>
            <location line="+27" />
            <source>cannot be checked</source>
            <translation>cannot be checked</translation>
        </message>
        <message>
            <location line="+7" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>NO</source>
            <translation>NO</translation>
        </message>
        <message>
            <location line="+10" />
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <location filename="../../app/reports/signature_texts.py" line="+21" />
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>later signatures only</source>
            <translation>later signatures only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>annotations added</source>
            <translation>annotations added</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the document was altered</source>
            <translation>the document was altered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../app/ui/pdf_signatures.py" line="+12" />
            <source>This PDF carries no digital signature.</source>
            <translation>This PDF carries no digital signature.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n signature(s) cannot be checked: the signature is damaged or of an unknown kind. Do not rely on this copy.</source>
            <translation>
                <numerusform>%n signature(s) cannot be checked: the signature is damaged or of an unknown kind. Do not rely on this copy.</numerusform>
                <numerusform>%n signature(s) cannot be checked: the signature is damaged or of an unknown kind. Do not rely on this copy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</source>
            <translation>
                <numerusform>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</numerusform>
                <numerusform>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n signature(s) are intact but not trusted: anyone can make a certificate with any name. Name the signer's certificate (or its issuer's) with «Trust a certificate…» after checking it against the paper copy.</source>
            <translation>
                <numerusform>%n signature(s) are intact but not trusted: anyone can make a certificate with any name. Name the signer's certificate (or its issuer's) with «Trust a certificate…» after checking it against the paper copy.</numerusform>
                <numerusform>%n signature(s) are intact but not trusted: anyone can make a certificate with any name. Name the signer's certificate (or its issuer's) with «Trust a certificate…» after checking it against the paper copy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n signature(s), every one intact, valid and made with a certificate you named.</source>
            <translation>
                <numerusform>%n signature(s), every one intact, valid and made with a certificate you named.</numerusform>
                <numerusform>%n signature(s), every one intact, valid and made with a certificate you named.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signature(s), every one intact and valid.</source>
            <translation type="vanished">
                <numerusform>%n signature(s), every one intact and valid.</numerusform>
                <numerusform>%n signature(s), every one intact and valid.</numerusform>
            </translation>
        </message>
    </context>
</TS>
