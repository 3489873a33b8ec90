<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CmsSignersModel</name>
    <message>
        <location filename="../../app/ui/ncalayer.py" line="+49"/>
        <source>Signer</source>
        <translation>Подписавший</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing time</source>
        <translation>Время подписи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate serial</source>
        <translation>Серийный номер сертификата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>NOT VALID: an authentication (AUTH_) key</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА: ключ аутентификации (AUTH_)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid (digest and signature checked)</source>
        <translation>верна (хэш и подпись проверены)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BROKEN: the file was changed after signing</source>
        <translation>НАРУШЕНА: файл изменён после подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BROKEN: %1</source>
        <translation>НАРУШЕНА: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid signature</source>
        <translation>подпись неверна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digest matches; confirm the GOST signature on ezSigner</source>
        <translation>хэш совпадает; подтвердите подпись ГОСТ на ezSigner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</source>
        <translation type="vanished">NCALayer не запущен на этом компьютере (по адресу 127.0.0.1:13579 никто не отвечает)</translation>
    </message>
    <message>
        <source>start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</source>
        <translation type="vanished">запустите NCALayer (его значок появится рядом с часами) и снова нажмите «Подписать ЭЦП (NCALayer)»</translation>
    </message>
    <message>
        <source>signing was cancelled: nothing was signed</source>
        <translation type="vanished">подписание отменено: ничего не подписано</translation>
    </message>
    <message>
        <source>sign again when ready</source>
        <translation type="vanished">подпишите снова, когда будете готовы</translation>
    </message>
    <message>
        <source>%1 chose an authentication key (AUTH_…): it is not for signing documents</source>
        <translation type="vanished">%1 выбрал(а) ключ аутентификации (AUTH_…): он не предназначен для подписи документов</translation>
    </message>
    <message>
        <source>sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</source>
        <translation type="vanished">подпишите снова и выберите ключ подписи (имя файла начинается с RSA_ или GOST512_)</translation>
    </message>
    <message>
        <source>NCALayer refused to sign: %1 %2</source>
        <translation type="vanished">NCALayer отказал в подписании: %1 %2</translation>
    </message>
    <message>
        <source>read NCALayer&apos;s message; check the key, its password and its validity</source>
        <translation type="vanished">прочитайте сообщение NCALayer; проверьте ключ, его пароль и срок действия</translation>
    </message>
    <message>
        <source>the program at 127.0.0.1:13579 did not answer as NCALayer does</source>
        <translation type="vanished">программа по адресу 127.0.0.1:13579 ответила не так, как NCALayer</translation>
    </message>
    <message>
        <source>restart NCALayer and try again</source>
        <translation type="vanished">перезапустите NCALayer и попробуйте снова</translation>
    </message>
    <message>
        <source>NCALayer closed the connection before answering</source>
        <translation type="vanished">NCALayer закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>NCALayer gave no answer in time</source>
        <translation type="vanished">NCALayer не ответил вовремя</translation>
    </message>
    <message>
        <source>look for NCALayer&apos;s window (it may be behind this one) and try again</source>
        <translation type="vanished">найдите окно NCALayer (оно может быть за этим окном) и попробуйте снова</translation>
    </message>
    <message>
        <source>NCALayer is reached only on this computer, not at %1</source>
        <translation type="vanished">к NCALayer подключаются только на этом компьютере, а не по адресу %1</translation>
    </message>
    <message>
        <source>use wss://127.0.0.1:13579</source>
        <translation type="vanished">используйте wss://127.0.0.1:13579</translation>
    </message>
    <message>
        <source>the document is too large to send to NCALayer</source>
        <translation type="vanished">документ слишком велик для отправки в NCALayer</translation>
    </message>
    <message>
        <source>sign a smaller document</source>
        <translation type="vanished">подпишите документ меньшего размера</translation>
    </message>
    <message>
        <source>the signature NCALayer returned does not match the protocol</source>
        <translation type="vanished">подпись, возвращённая NCALayer, не соответствует протоколу</translation>
    </message>
    <message>
        <source>nothing was saved; sign again</source>
        <translation type="vanished">ничего не сохранено; подпишите снова</translation>
    </message>
    <message>
        <source>the protocol changed on disk while it was being signed</source>
        <translation type="vanished">протокол изменился на диске во время подписания</translation>
    </message>
    <message>
        <source>the file is not a CMS signature (SignedData)</source>
        <translation type="vanished">файл не является подписью CMS (SignedData)</translation>
    </message>
    <message>
        <source>choose the .cms file saved beside the PDF</source>
        <translation type="vanished">выберите файл .cms, сохранённый рядом с PDF</translation>
    </message>
    <message>
        <source>this key has already signed the document</source>
        <translation type="vanished">этим ключом документ уже подписан</translation>
    </message>
    <message>
        <source>the next member signs with their own key</source>
        <translation type="vanished">следующий член комиссии подписывает своим ключом</translation>
    </message>
    <message>
        <source>these signatures are over another version of the protocol</source>
        <translation type="vanished">эти подписи поставлены под другой версией протокола</translation>
    </message>
    <message>
        <source>move this .cms file away (keep it with its own PDF), then sign the new protocol</source>
        <translation type="vanished">переместите этот файл .cms (храните его вместе с его PDF), затем подпишите новый протокол</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read (%1)</source>
        <translation type="vanished">PDF повреждён и не может быть прочитан (%1)</translation>
    </message>
    <message>
        <source>use the copy the signer sent, or ask for it again</source>
        <translation type="vanished">используйте экземпляр, присланный подписавшим, или запросите его снова</translation>
    </message>
    <message>
        <source>this is not an X.509 certificate</source>
        <translation type="vanished">это не сертификат X.509</translation>
    </message>
    <message>
        <source>name the signer&apos;s certificate file (.pem, .cer or .crt)</source>
        <translation type="vanished">укажите файл сертификата подписавшего (.pem, .cer или .crt)</translation>
    </message>
    <message>
        <source>the copy would overwrite the protocol itself</source>
        <translation type="vanished">копия перезаписала бы сам протокол</translation>
    </message>
    <message>
        <source>choose another file name</source>
        <translation type="vanished">выберите другое имя файла</translation>
    </message>
    <message>
        <source>the PDF cannot be read (%1)</source>
        <translation type="vanished">PDF не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <source>choose the protocol PDF written by Sarapshy</source>
        <translation type="vanished">выберите PDF протокола, созданный Sarapshy</translation>
    </message>
    <message>
        <source>no program on this computer prints PDF files</source>
        <translation type="vanished">на этом компьютере нет программы для печати PDF-файлов</translation>
    </message>
    <message>
        <source>install a PDF reader and set it as the PDF program</source>
        <translation type="vanished">установите программу для чтения PDF и назначьте её программой для PDF</translation>
    </message>
    <message>
        <source>the printing system did not take the file (%1)</source>
        <translation type="vanished">система печати не приняла файл (%1)</translation>
    </message>
    <message>
        <source>check the printer in the system settings</source>
        <translation type="vanished">проверьте принтер в настройках системы</translation>
    </message>
</context>
<context>
    <name>NcaLayerActions</name>
    <message>
        <location line="+148"/>
        <source>The file for Documentolog is written: %1 (%2 pages). It holds the protocol&apos;s pages with the verification QR and nothing interactive (no form, no signature fields). Register it in Documentolog and sign it there.

SHA-256: %3</source>
        <translation>Файл для Documentolog записан: %1 (страниц: %2). В нём страницы протокола с QR-кодом проверки и ничего интерактивного (ни формы, ни полей подписи). Зарегистрируйте его в Documentolog и подпишите там.

SHA-256: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File for Documentolog</source>
        <translation>Файл для Documentolog</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sign with ЭЦП (NCALayer)…</source>
        <translation>Подписать ЭЦП (NCALayer)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member signs the protocol with their NCA RK key; the signatures are saved beside it as .cms and can be checked here</source>
        <translation>Каждый член комиссии подписывает протокол своим ключом НУЦ РК; подписи сохраняются рядом с ним как .cms и проверяются здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File for Documentolog…</source>
        <translation>Файл для Documentolog…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol without interactive parts, with its SHA-256, to register and sign in Documentolog</source>
        <translation>Протокол без интерактивных частей, с его SHA-256, для регистрации и подписания в Documentolog</translation>
    </message>
</context>
<context>
    <name>NcaLayerDialog</name>
    <message>
        <location line="-170"/>
        <source>Sign with ЭЦП (NCALayer): %1</source>
        <translation>Подписать ЭЦП (NCALayer): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each commission member signs the protocol in turn with their own NCA RK signing key. NCALayer opens its own window: choose the key (RSA_… or GOST512_…, not AUTH_…) and type its password. All signatures are kept together in one file beside the PDF: %1.</source>
        <translation>Каждый член комиссии по очереди подписывает протокол своим ключом подписи НУЦ РК. NCALayer открывает своё окно: выберите ключ (RSA_… или GOST512_…, не AUTH_…) и введите его пароль. Все подписи хранятся вместе в одном файле рядом с PDF: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RSA and ECDSA signatures are verified here. GOST 34.10-2015 signatures (NCA RK keys since 2024) are checked for the file&apos;s digest and their structure only: confirm them on ezSigner.kz. The certificate&apos;s chain to NCA RK and its revocation are not checked here (that needs the network).</source>
        <translation>Подписи RSA и ECDSA проверяются здесь. У подписей ГОСТ 34.10-2015 (ключи НУЦ РК с 2024 года) проверяются только хэш файла и структура: подтвердите их на ezSigner.kz. Цепочка сертификата до НУЦ РК и его отзыв здесь не проверяются (для этого нужна сеть).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign with ЭЦП (NCALayer)</source>
        <translation>Подписать ЭЦП (NCALayer)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody has signed yet: %1 does not exist.</source>
        <translation>Ещё никто не подписал: файла %1 нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n signature(s) in %1; the protocol is unchanged since signing.</source>
        <translation>
            <numerusform>%n подпись в %1; протокол не изменялся после подписания.</numerusform>
            <numerusform>%n подписи в %1; протокол не изменялся после подписания.</numerusform>
            <numerusform>%n подписей в %1; протокол не изменялся после подписания.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some signatures do not hold: do not rely on this copy of the protocol.</source>
        <translation>Некоторые подписи не подтверждаются: не полагайтесь на этот экземпляр протокола.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your signing key and type its password in NCALayer&apos;s window…</source>
        <translation>Выберите ключ подписи и введите его пароль в окне NCALayer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for NCALayer: choose your key and type its password in NCALayer&apos;s window.</source>
        <translation>Ожидание NCALayer: выберите ключ и введите его пароль в окне NCALayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing with NCALayer</source>
        <translation>Подписание через NCALayer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed by %1. The signature is saved in %2.</source>
        <translation>Подписал(а): %1. Подпись сохранена в %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing was cancelled: nothing was signed.</source>
        <translation>Подписание отменено: ничего не подписано.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
</TS>
