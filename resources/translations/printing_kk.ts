<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>PdfActions</name>
    <message>
        <location filename="../../app/ui/printing.py" line="+305"/>
        <source>Print pre&amp;view…</source>
        <translation>Басып шығаруды алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the PDF &amp;viewer</source>
        <translation>PDF &amp;қарау бағдарламасында ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the si&amp;gnatures…</source>
        <translation>&amp;Қолтаңбаларды тексеру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another PDF…</source>
        <translation>Басқа PDF таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, open or check the signatures of any PDF file</source>
        <translation>Кез келген PDF файлын басып шығару, ашу немесе қолтаңбаларын тексеру</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</source>
        <translation>Басып шығару үшін QtPdf керек, ол бұл орнатуда жоқ: PDF-ті қарау бағдарламасында ашып, сол жерден басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a PDF</source>
        <translation>PDF таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/pdf_pages.py" line="+221"/>
        <source>Preparing the pages</source>
        <translation>Беттер дайындалуда</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="-153"/>
        <location filename="../../app/ui/pdf_pages.py" line="+2"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Print preview: %1</source>
        <translation>Басып шығаруды алдын ала қарау: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>this computer has no way to hand a PDF file to the printer</source>
        <translation>бұл компьютер PDF файлын принтерге тікелей бере алмайды</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was sent to the printer %2 as it is: its own vector pages with the e-signature box — the same bytes that were signed.</source>
        <translation>%1 файлы %2 принтеріне өзгеріссіз жіберілді: электрондық қолтаңба белгісі бар өзінің векторлық беттері — қол қойылған байттардың дәл өзі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(default)</source>
        <translation>(әдепкі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF program prints every page once: choose pages and copies in its own print window if it shows one.</source>
        <translation>PDF бағдарламасы әр бетті бір реттен басып шығарады: беттер мен даналар санын оның өз басып шығару терезесінде таңдаңыз (егер ол ашылса).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing %1 as page images (%2 dpi)…</source>
        <translation>%1 бет суреттері ретінде басып шығарылуда (%2 dpi)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF itself could not be handed to the printer (%1). Its pages are printed as images instead: they show the same text and e-signature box, but not as vector print.</source>
        <translation>PDF файлының өзін принтерге беру мүмкін болмады (%1). Оның орнына беттер сурет ретінде басып шығарылады: мәтін мен электрондық қолтаңба белгісі сол күйінде, бірақ векторлық баспа емес.</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation type="vanished">%1 басып шығарылуда…</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <location filename="../../app/ui/pdf_signatures.py" line="+150"/>
        <source>Signatures: %1</source>
        <translation>Қолтаңбалар: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>Checking the signatures…</source>
        <translation>Қолтаңбалар тексерілуде…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. «Trusted» means the certificate is one you named (or was issued by one): compare its SHA-256 with the paper copy before you name it.</source>
        <translation>«Қол қойылғаннан бері өзгермеген» — қол қойылған байттар қол қоюшы қалдырған күйінде деген сөз. Артынан басқа қолтаңба қойылған қолтаңба бүкіл файлды қамтымайды: бұл қалыпты жағдай. «Сенімді» — сертификатты сіз өзіңіз көрсеттіңіз (немесе ол сіз көрсеткен сертификатпен берілген) деген сөз: көрсетпес бұрын оның SHA-256 хэшін қағаз данамен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trust a certificate…</source>
        <translation>Сертификатқа сену…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the signer&apos;s certificate file (.pem, .cer, .crt) or its issuer&apos;s: only signatures made with it count as trusted</source>
        <translation>Қол қоюшының немесе оны берген орталықтың сертификат файлын (.pem, .cer, .crt) көрсетіңіз: тек сол сертификатпен жасалған қолтаңбалар сенімді саналады</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a certificate to trust</source>
        <translation>Сенетін сертификатты таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.cer *.crt *.der)</source>
        <translation>Сертификаттар (*.pem *.cer *.crt *.der)</translation>
    </message>
    <message>
        <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer&apos;s certificate is the one issued to that person is checked by comparing it with the paper copy.</source>
        <translation type="vanished">«Қол қойылғаннан бері өзгермеген» — қол қойылған байттар қол қоюшы қалдырғандай дәл сол күйінде деген сөз. Одан кейін тағы бір қол қойылған қолтаңба бүкіл файлды қамтымайды: бұл қалыпты жағдай. Қол қоюшының сертификаты шынымен сол адамға берілгені қағаз данамен салыстыру арқылы тексеріледі.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The signatures could not be checked: %1</source>
        <translation>Қолтаңбаларды тексеру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location line="-191"/>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged since signing</source>
        <translation>Қол қойылғаннан бері өзгермеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature valid</source>
        <translation>Қолтаңба жарамды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the whole file</source>
        <translation>Бүкіл файлды қамтиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>Сенімді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after it</source>
        <translation>Одан кейін өзгертілгені</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Берген орталық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256</source>
        <translation>Сертификаттың SHA-256</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot be checked</source>
        <translation>тексеру мүмкін емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>ЖОҚ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../app/reports/signature_texts.py" line="+21"/>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later signatures only</source>
        <translation>тек кейінгі қолтаңбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations added</source>
        <translation>аңдатпалар қосылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document was altered</source>
        <translation>құжат өзгертілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_signatures.py" line="+12"/>
        <source>This PDF carries no digital signature.</source>
        <translation>Бұл PDF-те электрондық қолтаңба жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n signature(s) cannot be checked: the signature is damaged or of an unknown kind. Do not rely on this copy.</source>
        <translation>
            <numerusform>%n қолтаңбаны тексеру мүмкін емес: қолтаңба зақымдалған немесе белгісіз түрде. Бұл данаға сенуге болмайды.</numerusform>
            <numerusform>%n қолтаңбаны тексеру мүмкін емес: қолтаңба зақымдалған немесе белгісіз түрде. Бұл данаға сенуге болмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</source>
        <translation>
            <numerusform>%n қолтаңба жарамсыз: файл қол қойылғаннан кейін өзгертілген немесе қолтаңба зақымдалған. Бұл данаға сенуге болмайды.</numerusform>
            <numerusform>%n қолтаңба жарамсыз: файл қол қойылғаннан кейін өзгертілген немесе қолтаңба зақымдалған. Бұл данаға сенуге болмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n signature(s) are intact but not trusted: anyone can make a certificate with any name. Name the signer&apos;s certificate (or its issuer&apos;s) with «Trust a certificate…» after checking it against the paper copy.</source>
        <translation>
            <numerusform>%n қолтаңба бүтін, бірақ сенімді емес: кез келген адам кез келген атпен сертификат жасай алады. Қол қоюшының (немесе оны берген орталықтың) сертификатын қағаз данамен салыстырып, «Сертификатқа сену…» арқылы көрсетіңіз.</numerusform>
            <numerusform>%n қолтаңба бүтін, бірақ сенімді емес: кез келген адам кез келген атпен сертификат жасай алады. Қол қоюшының (немесе оны берген орталықтың) сертификатын қағаз данамен салыстырып, «Сертификатқа сену…» арқылы көрсетіңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n signature(s), every one intact, valid and made with a certificate you named.</source>
        <translation>
            <numerusform>%n қолтаңба, әрқайсысы бүтін, дұрыс және сіз көрсеткен сертификатпен жасалған.</numerusform>
            <numerusform>%n қолтаңба, әрқайсысы бүтін, дұрыс және сіз көрсеткен сертификатпен жасалған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), every one intact and valid.</source>
        <translation type="vanished">
            <numerusform>%n қолтаңба, бәрі өзгермеген және жарамды.</numerusform>
            <numerusform>%n қолтаңба, бәрі өзгермеген және жарамды.</numerusform>
        </translation>
    </message>
</context>
</TS>
