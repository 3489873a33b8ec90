<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>PdfActions</name>
    <message>
        <location filename="../../app/ui/printing.py" line="+539"/>
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
        <location line="+13"/>
        <source>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</source>
        <translation>Басып шығару үшін QtPdf керек, ол бұл орнатуда жоқ: PDF-ті қарау бағдарламасында ашып, сол жерден басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a PDF</source>
        <translation>PDF таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location line="-369"/>
        <source>Preparing the pages</source>
        <translation>Беттер дайындалуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Print preview: %1</source>
        <translation>Басып шығаруды алдын ала қарау: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing %1…</source>
        <translation>%1 басып шығарылуда…</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <location line="+123"/>
        <source>Signatures: %1</source>
        <translation>Қолтаңбалар: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the signatures…</source>
        <translation>Қолтаңбалар тексерілуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer&apos;s certificate is the one issued to that person is checked by comparing it with the paper copy.</source>
        <translation>«Қол қойылғаннан бері өзгермеген» — қол қойылған байттар қол қоюшы қалдырғандай дәл сол күйінде деген сөз. Одан кейін тағы бір қол қойылған қолтаңба бүкіл файлды қамтымайды: бұл қалыпты жағдай. Қол қоюшының сертификаты шынымен сол адамға берілгені қағаз данамен салыстыру арқылы тексеріледі.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The signatures could not be checked: %1</source>
        <translation>Қолтаңбаларды тексеру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location line="-98"/>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged since signing</source>
        <translation>Қол қойылғаннан бері өзгермеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature valid</source>
        <translation>Қолтаңба жарамды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers the whole file</source>
        <translation>Бүкіл файлды қамтиды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+7"/>
        <source>This PDF carries no digital signature.</source>
        <translation>Бұл PDF-те электрондық қолтаңба жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</source>
        <translation>
            <numerusform>%n қолтаңба жарамсыз: файл қол қойылғаннан кейін өзгертілген немесе қолтаңба зақымдалған. Бұл данаға сенуге болмайды.</numerusform>
            <numerusform>%n қолтаңба жарамсыз: файл қол қойылғаннан кейін өзгертілген немесе қолтаңба зақымдалған. Бұл данаға сенуге болмайды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n signature(s), every one intact and valid.</source>
        <translation>
            <numerusform>%n қолтаңба, бәрі өзгермеген және жарамды.</numerusform>
            <numerusform>%n қолтаңба, бәрі өзгермеген және жарамды.</numerusform>
        </translation>
    </message>
</context>
</TS>
