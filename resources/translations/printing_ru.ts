<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>PdfActions</name>
    <message>
        <location filename="../../app/ui/printing.py" line="+539"/>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the PDF &amp;viewer</source>
        <translation>Открыть в &amp;программе просмотра PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the si&amp;gnatures…</source>
        <translation>Проверить &amp;подписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another PDF…</source>
        <translation>Выбрать другой PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, open or check the signatures of any PDF file</source>
        <translation>Напечатать, открыть или проверить подписи любого PDF-файла</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</source>
        <translation>Для печати нужен QtPdf, которого нет в этой установке: откройте PDF в программе просмотра и напечатайте оттуда.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a PDF</source>
        <translation>Выберите PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location line="-369"/>
        <source>Preparing the pages</source>
        <translation>Подготовка страниц</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing %1…</source>
        <translation>Печать %1…</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <location line="+123"/>
        <source>Signatures: %1</source>
        <translation>Подписи: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer&apos;s certificate is the one issued to that person is checked by comparing it with the paper copy.</source>
        <translation>«Не изменён после подписания» означает, что подписанные байты точно такие, какими их оставил подписавший. Подпись, после которой поставлена ещё одна, не охватывает весь файл: так и должно быть. Выдан ли сертификат подписавшего именно этому человеку, проверяется сравнением с бумажным экземпляром.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The signatures could not be checked: %1</source>
        <translation>Не удалось проверить подписи: %1</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location line="-98"/>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged since signing</source>
        <translation>Не изменён после подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature valid</source>
        <translation>Подпись действительна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers the whole file</source>
        <translation>Охватывает весь файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PDF carries no digital signature.</source>
        <translation>В этом PDF нет электронной подписи.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</source>
        <translation>
            <numerusform>%n подпись не подтверждается: файл изменён после подписания или подпись повреждена. Не полагайтесь на этот экземпляр.</numerusform>
            <numerusform>%n подписи не подтверждаются: файл изменён после подписания или подписи повреждены. Не полагайтесь на этот экземпляр.</numerusform>
            <numerusform>%n подписей не подтверждаются: файл изменён после подписания или подписи повреждены. Не полагайтесь на этот экземпляр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n signature(s), every one intact and valid.</source>
        <translation>
            <numerusform>%n подпись, не изменена и действительна.</numerusform>
            <numerusform>%n подписи, все не изменены и действительны.</numerusform>
            <numerusform>%n подписей, все не изменены и действительны.</numerusform>
        </translation>
    </message>
</context>
</TS>
