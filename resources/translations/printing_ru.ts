<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>PdfActions</name>
    <message>
        <location filename="../../app/ui/printing.py" line="+305"/>
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
        <location line="+17"/>
        <source>Printing needs QtPdf, which this installation lacks: open the PDF in the viewer and print from there.</source>
        <translation>Для печати нужен QtPdf, которого нет в этой установке: откройте PDF в программе просмотра и напечатайте оттуда.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a PDF</source>
        <translation>Выберите PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/pdf_pages.py" line="+221"/>
        <source>Preparing the pages</source>
        <translation>Подготовка страниц</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="-153"/>
        <location filename="../../app/ui/pdf_pages.py" line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>this computer has no way to hand a PDF file to the printer</source>
        <translation>этот компьютер не умеет передавать PDF-файл принтеру напрямую</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was sent to the printer %2 as it is: its own vector pages with the e-signature box — the same bytes that were signed.</source>
        <translation>%1 отправлен на принтер %2 как есть: его собственные векторные страницы с отметкой электронной подписи — те самые байты, которые были подписаны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF program prints every page once: choose pages and copies in its own print window if it shows one.</source>
        <translation>Программа для PDF печатает каждую страницу один раз: выберите страницы и число копий в её окне печати, если оно откроется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing %1 as page images (%2 dpi)…</source>
        <translation>Печать %1 изображениями страниц (%2 dpi)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF itself could not be handed to the printer (%1). Its pages are printed as images instead: they show the same text and e-signature box, but not as vector print.</source>
        <translation>Сам PDF не удалось передать принтеру (%1). Вместо этого страницы печатаются изображениями: тот же текст и отметка электронной подписи, но не векторная печать.</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation type="vanished">Печать %1…</translation>
    </message>
</context>
<context>
    <name>SignaturesDialog</name>
    <message>
        <location filename="../../app/ui/pdf_signatures.py" line="+150"/>
        <source>Signatures: %1</source>
        <translation>Подписи: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>Checking the signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. «Trusted» means the certificate is one you named (or was issued by one): compare its SHA-256 with the paper copy before you name it.</source>
        <translation>«Не изменён после подписания» означает, что подписанные байты точно такие, какими их оставил подписавший. Подпись, за которой следует другая, не охватывает весь файл: это ожидаемо. «Доверенный» означает, что сертификат указан вами (или выдан указанным): перед этим сверьте его SHA-256 с бумажным экземпляром.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trust a certificate…</source>
        <translation>Доверять сертификату…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the signer&apos;s certificate file (.pem, .cer, .crt) or its issuer&apos;s: only signatures made with it count as trusted</source>
        <translation>Укажите файл сертификата подписавшего или его издателя (.pem, .cer, .crt): доверенными считаются только подписи, сделанные с ним</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a certificate to trust</source>
        <translation>Выберите сертификат, которому доверять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.cer *.crt *.der)</source>
        <translation>Сертификаты (*.pem *.cer *.crt *.der)</translation>
    </message>
    <message>
        <source>«Unchanged since signing» means the signed bytes are exactly as the signer left them. A signature followed by another one does not cover the whole file: that is expected. Whether the signer&apos;s certificate is the one issued to that person is checked by comparing it with the paper copy.</source>
        <translation type="vanished">«Не изменён после подписания» означает, что подписанные байты точно такие, какими их оставил подписавший. Подпись, после которой поставлена ещё одна, не охватывает весь файл: так и должно быть. Выдан ли сертификат подписавшего именно этому человеку, проверяется сравнением с бумажным экземпляром.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The signatures could not be checked: %1</source>
        <translation>Не удалось проверить подписи: %1</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location line="-191"/>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged since signing</source>
        <translation>Не изменён после подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature valid</source>
        <translation>Подпись действительна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the whole file</source>
        <translation>Охватывает весь файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>Доверенный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed after it</source>
        <translation>Изменено после</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256</source>
        <translation>SHA-256 сертификата</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot be checked</source>
        <translation>проверить невозможно</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../app/reports/signature_texts.py" line="+21"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later signatures only</source>
        <translation>только последующие подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations added</source>
        <translation>добавлены аннотации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document was altered</source>
        <translation>документ изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_signatures.py" line="+12"/>
        <source>This PDF carries no digital signature.</source>
        <translation>В этом PDF нет электронной подписи.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n signature(s) cannot be checked: the signature is damaged or of an unknown kind. Do not rely on this copy.</source>
        <translation>
            <numerusform>%n подпись невозможно проверить: подпись повреждена или неизвестного вида. Не полагайтесь на этот экземпляр.</numerusform>
            <numerusform>%n подписи невозможно проверить: подпись повреждена или неизвестного вида. Не полагайтесь на этот экземпляр.</numerusform>
            <numerusform>%n подписей невозможно проверить: подпись повреждена или неизвестного вида. Не полагайтесь на этот экземпляр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n signature(s) do not hold: the file was changed after signing or the signature is damaged. Do not rely on this copy.</source>
        <translation>
            <numerusform>%n подпись не подтверждается: файл изменён после подписания или подпись повреждена. Не полагайтесь на этот экземпляр.</numerusform>
            <numerusform>%n подписи не подтверждаются: файл изменён после подписания или подписи повреждены. Не полагайтесь на этот экземпляр.</numerusform>
            <numerusform>%n подписей не подтверждаются: файл изменён после подписания или подписи повреждены. Не полагайтесь на этот экземпляр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n signature(s) are intact but not trusted: anyone can make a certificate with any name. Name the signer&apos;s certificate (or its issuer&apos;s) with «Trust a certificate…» after checking it against the paper copy.</source>
        <translation>
            <numerusform>%n подпись цела, но не доверенная: кто угодно может сделать сертификат на любое имя. Сверьте сертификат подписавшего (или его издателя) с бумажным экземпляром и укажите его кнопкой «Доверять сертификату…».</numerusform>
            <numerusform>%n подписи целы, но не доверенные: кто угодно может сделать сертификат на любое имя. Сверьте сертификат подписавшего (или его издателя) с бумажным экземпляром и укажите его кнопкой «Доверять сертификату…».</numerusform>
            <numerusform>%n подписей целы, но не доверенные: кто угодно может сделать сертификат на любое имя. Сверьте сертификат подписавшего (или его издателя) с бумажным экземпляром и укажите его кнопкой «Доверять сертификату…».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n signature(s), every one intact, valid and made with a certificate you named.</source>
        <translation>
            <numerusform>%n подпись, каждая цела, верна и сделана с указанным вами сертификатом.</numerusform>
            <numerusform>%n подписи, каждая цела, верна и сделана с указанным вами сертификатом.</numerusform>
            <numerusform>%n подписей, каждая цела, верна и сделана с указанным вами сертификатом.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), every one intact and valid.</source>
        <translation type="vanished">
            <numerusform>%n подпись, не изменена и действительна.</numerusform>
            <numerusform>%n подписи, все не изменены и действительны.</numerusform>
            <numerusform>%n подписей, все не изменены и действительны.</numerusform>
        </translation>
    </message>
</context>
</TS>
