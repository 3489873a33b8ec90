<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli_texts.py" line="+17"/>
        <source>%1: valid round — %2 entries, %3 experts, %4 criteria; digest %5</source>
        <translation>%1: файл этапа корректен — курсов: %2, экспертов: %3, критериев: %4; хеш %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: warning: %2</source>
        <translation>%1: предупреждение: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results written: %1</source>
        <translation>результаты записаны: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel summary written: %1</source>
        <translation>сводка Excel записана: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol written: %1</source>
        <translation>протокол записан: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol written and signed (%1): %2</source>
        <translation>протокол записан и подписан (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media check written: %1</source>
        <translation>результат проверки видеофайлов записан: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1: </source>
        <translation>Пароль ключа %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sarapshy: internal error; details were saved to %1. Please send that file to the developers.</source>
        <translation>sarapshy: внутренняя ошибка; подробности сохранены в %1. Пожалуйста, отправьте этот файл разработчикам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sarapshy: the window cannot start (%1). Install the Qt libraries (see README).</source>
        <translation>sarapshy: окно не может открыться (%1). Установите библиотеки Qt (см. README).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo round written: %1</source>
        <translation>демонстрационный этап записан: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: signed sheet of %2, revision %3, verification code %4</source>
        <translation>%1: подписанный лист эксперта %2, редакция %3, проверочный код %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file for Documentolog written: %1 (%2 pages, no interactive parts)</source>
        <translation>файл для Documentolog записан: %1 (страниц: %2, без интерактивных элементов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 %1  (also in %2)</source>
        <translation>SHA-256 %1  (также в файле %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winners extract written: %1</source>
        <translation>выписка о победителях записана: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter written: %1</source>
        <translation>письмо записано: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not applied, out of date: %2</source>
        <translation>%1: не применено, устарело: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not made: %2</source>
        <translation>%1: не создан: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a decisions file</source>
        <translation>файл решений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chair&apos;s decisions in %1 (format sarapshy-decisions/1), fill in the &lt;…&gt; parts, and run the command again with --decisions FILE:</source>
        <translation>Запишите решения председателя в %1 (формат sarapshy-decisions/1), заполните части &lt;…&gt; и запустите команду снова с --decisions ФАЙЛ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no digital signatures</source>
        <translation>%1: нет цифровых подписей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time unknown</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNVERIFIABLE</source>
        <translation>ПРОВЕРИТЬ НЕВОЗМОЖНО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INTACT BUT NOT VALID</source>
        <translation>НЕ ИЗМЕНЕНА, НО НЕДЕЙСТВИТЕЛЬНА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BROKEN</source>
        <translation>НАРУШЕНА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid, trusted</source>
        <translation>действительна, доверенная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid but UNTRUSTED (its certificate is not one named with --trust)</source>
        <translation>действительна, но НЕ ДОВЕРЕННАЯ (её сертификат не указан через --trust)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  certificate SHA-256: %1</source>
        <translation>  SHA-256 сертификата: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  issuer: %1</source>
        <translation>  издатель: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  covers: %1; changed after it: %2</source>
        <translation>  охватывает: %1; изменено после неё: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole file</source>
        <translation>весь файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the whole file</source>
        <translation>не весь файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BROKEN: %1</source>
        <translation>НАРУШЕНО: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain intact: %1 records</source>
        <translation>цепочка цела: записей: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain intact: %1 records, last hash %2</source>
        <translation>цепочка цела: записей: %1, последний хеш %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit annex written: %1</source>
        <translation>приложение с журналом аудита записано: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next-stage package written: %1</source>
        <translation>пакет для следующего этапа записан: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  round file: %1; protocol extract: %2; entries: %3</source>
        <translation>  файл этапа: %1; выписка из протокола: %2; курсы: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 round with %3 entries</source>
        <translation>%1: этап %2, курсов: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 from %2</source>
        <translation>  %1 от %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 from %2 (was %3)</source>
        <translation>  %1 от %2 (был %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the commission of the round, as for any round, before it goes to the experts</source>
        <translation>задайте комиссию этапа, как для любого этапа, прежде чем передать его экспертам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: reconsideration request to %2 on revision %3, %4 cell(s), signed with the chair&apos;s key %5</source>
        <translation>%1: запрос на пересмотр эксперту %2 по редакции %3, ячеек: %4, подписан ключом председателя %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>request to %1 (%2) from %3, chair&apos;s key %4</source>
        <translation>запрос эксперту %1 (%2) от председателя %3, ключ председателя %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on sheet revision %1 (code %2); request sha256 %3</source>
        <translation>по редакции листа %1 (код %2); sha256 запроса %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1/%2  score %3  %4</source>
        <translation>  %1/%2  балл %3  %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: revision %2 of %3&apos;s sheet, %4 cell(s) reconsidered, %5 changed, verification code %6</source>
        <translation>%1: редакция %2 листа эксперта %3, пересмотрено ячеек: %4, изменено: %5, проверочный код %6</translation>
    </message>
    <message>
        <location filename="../../app/models/decisions_file.py" line="+36"/>
        <source>&lt;the commission&apos;s resolution of the tie at %1; list the entries best first&gt;</source>
        <translation>&lt;решение комиссии о равенстве результатов %1; перечислите курсы, начиная с лучшего&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;number&gt;</source>
        <translation>&lt;номер&gt;</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../app/models/error_templates.py" line="+43"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the name and the folder</source>
        <translation>проверьте имя файла и папку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the file inside it</source>
        <translation>выберите файл внутри неё</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission to read the file is denied</source>
        <translation>нет разрешения на чтение файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file to a folder you own, or ask for read access</source>
        <translation>скопируйте файл в свою папку или попросите доступ на чтение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read (%1)</source>
        <translation>файл не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy it to the local disk and try again</source>
        <translation>скопируйте его на локальный диск и попробуйте снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>файл слишком большой (%1; предел — %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a Sarapshy file, or it was damaged; choose the right file</source>
        <translation>это не файл Сарапшы, или он повреждён; выберите нужный файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is UTF-16 text, not UTF-8</source>
        <translation>файл в кодировке UTF-16, а не UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)</source>
        <translation>сохраните его в UTF-8 (в Блокноте: «Сохранить как» → «Кодировка»: UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not UTF-8 text (byte %3)</source>
        <translation>файл не является текстом UTF-8 (байт %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8; it may have been saved in a Windows code page</source>
        <translation>сохраните его в UTF-8; возможно, он сохранён в кодировке Windows (например, cp1251)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is a PDF document, not a Sarapshy file</source>
        <translation>файл — документ PDF, а не файл Sarapshy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .json file itself; the PDF is only its printable copy</source>
        <translation>выберите сам файл .json; PDF — лишь его копия для печати</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>line %1, byte %2</source>
        <translation>строка %1, байт %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>row %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a whole number from %3 to %4</source>
        <translation>впишите целое число от %3 до %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the results again with `sarapshy merge --json`</source>
        <translation>запишите результаты заново командой `sarapshy merge --json`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1</source>
        <translation>курс %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1, criterion %2</source>
        <translation>курс %1, критерий %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score it, or declare a conflict of interest for the entry</source>
        <translation>выставьте балл или заявите о конфликте интересов по этому курсу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-export the video as mp4 (H.264 + AAC) or replace the file</source>
        <translation>заново экспортируйте видео в mp4 (H.264 + AAC) или замените файл</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choose the right file</source>
        <translation>выберите нужный файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key «%1» appears twice in one object</source>
        <translation>ключ «%1» встречается дважды в одном объекте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep only one of them</source>
        <translation>оставьте только один из них</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid JSON (%3)</source>
        <translation>ошибка в JSON (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>the file is damaged or is not a Sarapshy file</source>
        <translation>файл повреждён или не является файлом Сарапшы</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+127"/>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>the JSON is nested too deeply</source>
        <translation>в JSON слишком глубокая вложенность</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>this is not a Sarapshy file</source>
        <translation>это не файл Сарапшы</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the JSON document is not an object</source>
        <translation>JSON-документ не является объектом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown version «%1» of the file format</source>
        <translation>неизвестная версия формата файла: «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this program reads %2; install a newer Sarapshy</source>
        <translation>эта программа читает %2; установите более новую версию Сарапшы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field «format» is missing</source>
        <translation>нет поля «format»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file must start with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>файл должен начинаться с &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a different kind of file (format %1)</source>
        <translation>это файл другого вида (формат %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %2</source>
        <translation>ожидался %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add it</source>
        <translation>добавьте его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field «%1»</source>
        <translation>неизвестное поле «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove it or correct its spelling</source>
        <translation>удалите его или исправьте написание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list needs at least %2 item(s), it has %3</source>
        <translation>элементов в списке: %3, а нужно не меньше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the missing ones</source>
        <translation>добавьте недостающие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list may have at most %2 item(s), it has %3</source>
        <translation>элементов в списке: %3, а можно не больше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the extra ones</source>
        <translation>удалите лишние</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is too short (at least %2 character(s))</source>
        <translation>текст слишком короткий (символов нужно не меньше: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>fill it in</source>
        <translation>заполните его</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>the text is too long (at most %2 characters)</source>
        <translation>текст слишком длинный (символов можно не больше: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it</source>
        <translation>сократите его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value does not match the pattern %2</source>
        <translation>значение не соответствует шаблону %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use only the characters it allows: for an id, Latin letters, digits and _ . -</source>
        <translation>используйте только допустимые символы: в идентификаторе — латинские буквы, цифры и _ . -</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one of: %2</source>
        <translation>должно быть одним из значений: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object { … }</source>
        <translation>должно быть объектом { … }</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list [ … ]</source>
        <translation>должно быть списком [ … ]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date</source>
        <translation>должно быть датой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write it as YYYY-MM-DD</source>
        <translation>запишите в виде ГГГГ-ММ-ДД (например, 2026-05-20)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least %2</source>
        <translation>должно быть не меньше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most %2</source>
        <translation>должно быть не больше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be greater than %2</source>
        <translation>должно быть больше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be less than %2</source>
        <translation>должно быть меньше %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown language «%2»</source>
        <translation>неизвестный язык «%2»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use kk, ru or en</source>
        <translation>используйте kk, ru или en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is empty in every language</source>
        <translation>текст пуст на всех языках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it in at least one language</source>
        <translation>напишите его хотя бы на одном языке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an http:// or https:// address</source>
        <translation>должно быть адресом http:// или https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be relative to the round file&apos;s folder, not an absolute path</source>
        <translation>путь должен быть относительным (от папки файла этапа), а не абсолютным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. media/m01/promo.mp4</source>
        <translation>например, media/m01/promo.mp4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves the round file&apos;s folder</source>
        <translation>выходит за пределы папки файла этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep media inside it (e.g. media/m01/promo.mp4)</source>
        <translation>храните видео и другие файлы внутри неё (например, media/m01/promo.mp4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not base64 text</source>
        <translation>не является текстом base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an Ed25519 public key (32 bytes, base64)</source>
        <translation>не является открытым ключом Ed25519 (32 байта, base64)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min (%2) must be below max (%3)</source>
        <translation>min (%2) должно быть меньше max (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give exactly one of «path» (a file in the round folder) or «url»</source>
        <translation>укажите ровно одно из полей: «path» (файл в папке этапа) или «url»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a UUID</source>
        <translation>должно быть UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427</source>
        <translation>например, 1b4e28ba-2fa1-11d2-883f-0016d3cca427</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id «%2» is used twice (again at position %3)</source>
        <translation>идентификатор «%2» использован дважды (повторно на позиции %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ids must be unique</source>
        <translation>идентификаторы должны быть уникальными</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leads outside the round file&apos;s folder</source>
        <translation>ведёт за пределы папки файла этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file into the round folder</source>
        <translation>скопируйте файл в папку этапа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the round has no entries yet</source>
        <translation>в этапе пока нет курсов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 has no videos: it will be judged from its link</source>
        <translation>у курса %1 нет видео: его будут оценивать по ссылке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the video %1 is not in the round folder</source>
        <translation>видео %1 нет в папке этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the media folder next to the round file</source>
        <translation>скопируйте папку media рядом с файлом этапа</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an existing folder</source>
        <translation>выберите существующую папку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write in this folder (%1)</source>
        <translation>в эту папку нельзя записать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a folder you may write to</source>
        <translation>выберите папку, в которую у вас есть право записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the file (%1)</source>
        <translation>файл не удаётся записать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the file is not open in another program and the disk is not full</source>
        <translation>проверьте, что файл не открыт в другой программе и на диске есть место</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file does not exist</source>
        <translation>файл ключа не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .p12 file issued to you</source>
        <translation>выберите выданный вам файл .p12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key file cannot be opened</source>
        <translation>файл ключа не удаётся открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the passphrase; the file must be a PKCS#12 (.p12/.pfx) key with its certificate</source>
        <translation>проверьте пароль; файл должен быть ключом PKCS#12 (.p12/.pfx) с сертификатом</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/models/error_templates_chair.py" line="+213"/>
        <source>the PDF cannot be read (%1)</source>
        <translation>PDF не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a PDF written by Sarapshy</source>
        <translation>выберите PDF, созданный Сарапшы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature field «%1» is already signed</source>
        <translation>поле подписи «%1» уже подписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign a copy of the unsigned document, or use another field</source>
        <translation>подпишите неподписанную копию документа или используйте другое поле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase of the signing key is needed</source>
        <translation>нужен пароль ключа подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set %1, or run the command in a terminal to be asked for it</source>
        <translation>задайте переменную %1 или запустите команду в терминале, чтобы ввести пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no protocol to sign</source>
        <translation>нет протокола, который нужно подписать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add --protocol P.pdf</source>
        <translation>добавьте --protocol P.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no valid sheet to merge</source>
        <translation>нет ни одного действительного оценочного листа для сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the sheet files listed above</source>
        <translation>проверьте файлы листов, перечисленные выше</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol cannot be made yet (see above)</source>
        <translation>протокол пока нельзя составить (см. выше)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the chair&apos;s decisions with --decisions FILE</source>
        <translation>укажите решения председателя через --decisions ФАЙЛ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+204"/>
        <source>there is no expert «%1» in the round</source>
        <translation>в этапе нет эксперта «%1»</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>use one of: %2</source>
        <translation>используйте один из: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tables are not read</source>
        <translation>таблицы %1 не читаются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the table as .xlsx or as CSV (UTF-8)</source>
        <translation>сохраните таблицу в формате .xlsx или CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/models/error_templates_review.py" line="+167"/>
        <source>the table is not UTF-8 text</source>
        <translation>таблица не в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as «CSV UTF-8» (Excel: Save as → CSV UTF-8)</source>
        <translation>сохраните её как «CSV UTF-8» (Excel: Сохранить как → CSV UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/models/error_templates_review.py" line="+10"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV cannot be read (%1)</source>
        <translation>CSV не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the spreadsheet program</source>
        <translation>сохраните её заново из программы для таблиц</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+107"/>
        <source>the table is empty</source>
        <translation>таблица пуста</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>the first row is the header: entry_id, c1, c2, …, comment</source>
        <translation>первая строка — заголовок: entry_id, c1, c2, …, comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry id is empty</source>
        <translation>не указан идентификатор курса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the entry&apos;s id, e.g. m01</source>
        <translation>впишите идентификатор курса, например m01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no entry «%3» in the round</source>
        <translation>в этапе нет курса «%3»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of: %4</source>
        <translation>используйте один из: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %3 appears twice</source>
        <translation>курс %3 встречается дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one row per entry</source>
        <translation>оставьте по одной строке на курс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%3» is not understood</source>
        <translation>значение «%3» непонятно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write yes for a recusal, or leave the cell empty</source>
        <translation>впишите yes при самоотводе или оставьте ячейку пустой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %3 is recused but has scores</source>
        <translation>по курсу %3 заявлен самоотвод, но выставлены баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave the criteria empty for a recused entry, or remove yes from recused</source>
        <translation>оставьте критерии пустыми для курса с самоотводом или уберите yes из столбца recused</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>a recusal needs a reason</source>
        <translation>для самоотвода нужна причина</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>say briefly why, e.g. I am a co-author of this course</source>
        <translation>кратко укажите причину, например: я соавтор этого курса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the score «%5» is not a whole number</source>
        <translation>балл «%5» не является целым числом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score is missing</source>
        <translation>балл не выставлен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %5 is out of range</source>
        <translation>балл %5 вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries missing from the table: %1</source>
        <translation>в таблице нет курсов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a row for each (scores, or recused = yes with a reason)</source>
        <translation>добавьте строку для каждого (баллы или recused = yes с причиной)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column «%3»</source>
        <translation>неизвестный столбец «%3»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns are entry_id, %4, comment, recused, recusal_reason</source>
        <translation>столбцы таблицы: entry_id, %4, comment, recused, recusal_reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column %3 appears twice</source>
        <translation>столбец %3 встречается дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one of them</source>
        <translation>оставьте только один из них</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column %2 is missing</source>
        <translation>нет столбца %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a column titled %2</source>
        <translation>добавьте столбец с заголовком %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 (header)</source>
        <translation>строка %1 (заголовок)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video file is missing</source>
        <translation>видеофайл отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put the file at this path or correct the path in the round file</source>
        <translation>положите файл по этому пути или исправьте путь в файле этапа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video file is empty</source>
        <translation>видеофайл пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as a video (%1); the file may be truncated or damaged</source>
        <translation>не читается как видео (%1); файл, возможно, обрезан или повреждён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds neither a video nor an audio stream</source>
        <translation>в файле нет ни видео-, ни аудиопотока</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends at %1 s although its header says %2 s: it is truncated (an interrupted copy?)</source>
        <translation>файл обрывается на %1 с, хотя в заголовке указано %2 с: он неполный (копирование прервалось?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy the file again from the original</source>
        <translation>скопируйте файл заново с оригинала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no video frame could be decoded</source>
        <translation>не удалось декодировать ни одного кадра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video could not be decoded (%1); the file may be damaged</source>
        <translation>видео не удалось декодировать (%1); файл, возможно, повреждён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round was not read from a folder, so its video files cannot be found</source>
        <translation>файл этапа открыт не из папки, поэтому его видеофайлы не найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the round file from disk</source>
        <translation>откройте файл этапа с диска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the working database cannot be opened (%1)</source>
        <translation>рабочую базу данных не удаётся открыть (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged: restore the newest .bak file beside it, or move it away to start afresh</source>
        <translation>файл повреждён: восстановите его из самого нового файла .bak рядом с ним или уберите его, чтобы начать заново</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the working database was made by a newer Sarapshy (schema %1, this one knows %2)</source>
        <translation>рабочая база данных создана более новой версией Сарапшы (схема %1, эта версия знает до %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>install the newer Sarapshy again</source>
        <translation>установите новую версию Сарапшы снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is the %1 database, not the %2 one</source>
        <translation>это база данных роли %1, а не %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the database of the right role</source>
        <translation>откройте базу данных нужной роли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export the responses again from Google Forms (Responses → ⋮ → Download responses (.csv)) or from the linked Google Sheet</source>
        <translation>заново выгрузите ответы из Google Forms (Ответы → ⋮ → Скачать ответы (.csv)) или из связанной Google Таблицы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is not a CSV text file</source>
        <translation>это не текстовый файл CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .csv or .xlsx export of the responses</source>
        <translation>выберите выгрузку ответов в .csv или .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV text cannot be read (%1)</source>
        <translation>текст CSV не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the responses again</source>
        <translation>выгрузите ответы заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel file cannot be read (%1)</source>
        <translation>файл Excel не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it in Excel or LibreOffice and save it again as .xlsx, or export as .csv</source>
        <translation>откройте его в Excel или LibreOffice и сохраните заново как .xlsx либо экспортируйте в .csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing or malformed</source>
        <translation>отсутствует или записано неверно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this round (%1) is not the one the results are for (%2)</source>
        <translation>этот этап (%1) — не тот, к которому относятся результаты (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the round file of the same year</source>
        <translation>выберите файл этапа того же года</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the round file of these results (round %1) is not in the same folder</source>
        <translation>файла этапа этих результатов (этап %1) нет в той же папке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy that year&apos;s round file beside the results file, or choose it</source>
        <translation>скопируйте файл этапа того года рядом с файлом результатов или выберите его</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signing key file is damaged or is not an Ed25519 key</source>
        <translation>файл ключа подписи повреждён или не является ключом Ed25519</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore it from a backup; deleting it makes a new key that the chair will not recognise as yours unless the new one is pinned</source>
        <translation>восстановите его из резервной копии; если удалить файл, будет создан новый ключ, и председатель не признает его вашим, пока новый ключ не закреплён в файле этапа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the public key is not usable (%1)</source>
        <translation>открытый ключ непригоден (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the key file again from the expert&apos;s computer</source>
        <translation>заново выгрузите файл ключа на компьютере эксперта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fingerprint %1 does not belong to this key</source>
        <translation>отпечаток %1 не принадлежит этому ключу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file was edited; export the key file again</source>
        <translation>файл изменён; выгрузите файл ключа заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is not a text</source>
        <translation>имя записано не текстом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the key file again</source>
        <translation>выгрузите файл ключа заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round pins another key for this expert (fingerprint %1) than this computer&apos;s key (%2)</source>
        <translation>в файле этапа за этим экспертом закреплён другой ключ (отпечаток %1), а не ключ этого компьютера (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign on the computer that holds the pinned key, or ask the organiser to pin this key</source>
        <translation>подпишите на компьютере, где хранится закреплённый ключ, или попросите организатора закрепить этот ключ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>the round has no file yet</source>
        <translation>у этапа ещё нет файла</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>use Save as… to choose where to save it</source>
        <translation>выберите место командой «Сохранить как…»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save the round first, then package it</source>
        <translation>сначала сохраните этап, затем соберите пакет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy %1 here (%2)</source>
        <translation>не удаётся скопировать %1 сюда (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the disk is not full and that you may write to the folder</source>
        <translation>проверьте, что на диске есть место и у вас есть право записи в папку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no expert is chosen for this round</source>
        <translation>для этого этапа не выбран эксперт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose yourself in the commission list first</source>
        <translation>сначала выберите себя в списке комиссии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a name from the commission list</source>
        <translation>выберите имя из списка комиссии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no criterion «%2» in the round</source>
        <translation>в этапе нет критерия «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %3 is not allowed</source>
        <translation>балл %3 недопустим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a whole number from %4 to %5</source>
        <translation>введите целое число от %4 до %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say briefly why (e.g. I am a co-author of this course)</source>
        <translation>кратко укажите причину (например: я соавтор этого курса)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the played interval ends (%1) before it starts (%2)</source>
        <translation>просмотренный отрезок заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no entry «%1» in the round</source>
        <translation>в этапе нет курса «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry has no video «%2»</source>
        <translation>у курса нет видео «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time %1 is not a number of seconds from the start</source>
        <translation>время %1 не является числом секунд от начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no note «%1»</source>
        <translation>заметки «%1» нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it may have been deleted already</source>
        <translation>возможно, она уже удалена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry is neither scored nor recused</source>
        <translation>курс не оценён и самоотвод не заявлен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the criterion is not scored</source>
        <translation>по критерию не выставлен балл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audio could not be decoded (%1); the file may be damaged</source>
        <translation>звук не удалось декодировать (%1); файл, возможно, повреждён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(found %1)</source>
        <translation>(найдено: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value was expected</source>
        <translation>ожидалось значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field name in double quotes was expected</source>
        <translation>ожидалось имя поля в двойных кавычках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma «,» was expected</source>
        <translation>ожидалась запятая «,»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon «:» was expected</source>
        <translation>ожидалось двоеточие «:»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text in quotes is not closed</source>
        <translation>текст в кавычках не закрыт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character (such as a line break) inside a text</source>
        <translation>управляющий символ (например, перевод строки) внутри текста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wrong \uXXXX sequence in a text</source>
        <translation>неверная последовательность \uXXXX в тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong sequence with «\» in a text</source>
        <translation>неверная последовательность с «\» в тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more text after the end of the document</source>
        <translation>лишний текст после конца документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma before a closing bracket</source>
        <translation>лишняя запятая перед закрывающей скобкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>the text holds the character %1 at position %2, which a text may not hold</source>
        <translation>в тексте на позиции %2 стоит символ %1, которого в тексте быть не может</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the text again; it was damaged or made to harm</source>
        <translation>наберите текст заново: он повреждён или составлен во вред</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file&apos;s name or folder holds the character %1</source>
        <translation>в имени файла или папки есть символ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename the file (or folder) with ordinary letters</source>
        <translation>переименуйте файл (или папку) обычными буквами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name is too long (%1 characters; at most %2)</source>
        <translation>имя файла слишком длинное (символов: %1; не более %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the file a shorter name</source>
        <translation>дайте файлу более короткое имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number %3 is out of range</source>
        <translation>число %3 вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or was made to harm; ask for a new copy</source>
        <translation>файл повреждён или составлен во вред; попросите новую копию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be decoded (%1)</source>
        <translation>файл не удаётся декодировать (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a readable .xlsx workbook (%1)</source>
        <translation>файл не является читаемой книгой .xlsx (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again as .xlsx, or export it as CSV (UTF-8)</source>
        <translation>сохраните его заново как .xlsx или экспортируйте в CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook is refused: it holds %1 parts (at most %2)</source>
        <translation>книга отклонена: в ней частей: %1 (не более %2)</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)</source>
        <translation>откройте его в Excel или LibreOffice и сохраните заново как .xlsx или как CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>the workbook is refused: it would expand to %1 MB (at most %2 MB)</source>
        <translation>книга отклонена: при распаковке она заняла бы %1 МБ (не более %2 МБ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook is refused: its part %1 is compressed %2 times (a zip bomb)</source>
        <translation>книга отклонена: её часть %1 сжата в %2 раз (zip-бомба)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook is refused: its part %1 holds more than it declares (a zip bomb)</source>
        <translation>книга отклонена: её часть %1 содержит больше, чем заявлено (zip-бомба)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workbook is refused: its part %1 is not UTF-8 XML</source>
        <translation>книга отклонена: её часть %1 не является XML в UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook is refused: its part %1 declares a DTD (&lt;!DOCTYPE or &lt;!ENTITY)</source>
        <translation>книга отклонена: её часть %1 объявляет DTD (&lt;!DOCTYPE или &lt;!ENTITY)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table has more than %1 rows</source>
        <translation>в таблице больше %1 строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sheet&apos;s table has one row per entry of the round; choose the right file</source>
        <translation>в таблице листа по одной строке на каждый курс этапа; выберите нужный файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 more problems</source>
        <translation>и ещё проблем: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct the ones above first, then check the table again</source>
        <translation>сначала исправьте приведённые выше, затем проверьте таблицу снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cell holds the character %1, which a text may not hold</source>
        <translation>в ячейке стоит символ %1, которого в тексте быть не может</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the cell again</source>
        <translation>заполните ячейку заново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round is already open as %1 in another Sarapshy window</source>
        <translation>этот этап уже открыт в роли «%1» в другом окне Sarapshy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch to that window, or close it and open the round here</source>
        <translation>перейдите в то окно или закройте его и откройте этап здесь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setting a sheet aside needs a reason</source>
        <translation>чтобы отложить лист, нужна причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why, e.g. the key differs from the one on the signed paper sheet</source>
        <translation>укажите причину, например: ключ отличается от указанного на подписанном бумажном листе</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>this is not a readable UTF-16 text file</source>
        <translation>это не читаемый текстовый файл UTF-16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the responses again as .csv or .xlsx</source>
        <translation>экспортируйте ответы заново в .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/models/error_templates_chair.py" line="-202"/>
        <source>ask the lower stage for its package again</source>
        <translation>запросите пакет у предыдущего этапа ещё раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>department</source>
        <translation>кафедры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty</source>
        <translation>факультета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university</source>
        <translation>университета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the university stage is the last one: nothing advances from it</source>
        <translation>университетский этап — последний: с него ничего не направляется дальше</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the decisions file&apos;s &apos;advancing&apos; is empty: no entry advances</source>
        <translation>список &apos;advancing&apos; в файле решений пуст: ни один курс не проходит дальше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the entries that advance, or leave &apos;advancing&apos; out to send the best %1</source>
        <translation>перечислите проходящие курсы или уберите &apos;advancing&apos;, чтобы направить лучшие %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</source>
        <translation>с этапа %1 проходит не более %2 курсов (п. 9.5 Положения), выбрано %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose fewer entries</source>
        <translation>выберите меньше курсов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no result for %1: an entry advances on the commission&apos;s scores</source>
        <translation>нет результата для %1: курс проходит по баллам комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose entries the experts scored</source>
        <translation>выберите курсы, оценённые экспертами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no entry was chosen to advance</source>
        <translation>не выбран ни один курс для прохода на следующий этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick the entries that advance</source>
        <translation>отметьте курсы, которые проходят дальше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the round: %1</source>
        <translation>нет в этапе: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only an accepted sheet can be matched with its paper</source>
        <translation>сверить с бумажным экземпляром можно только принятый лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a valid sheet file for this expert</source>
        <translation>загрузите действительный файл листа этого эксперта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entry has a result</source>
        <translation>ни у одного курса нет результата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</source>
        <translation>%1 делят %2 место на границе в %3 проходящих курса (п. 9.5 Положения)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tick the entries the commission chose by vote (in a decisions file: &quot;advancing&quot;: %4), or order the tie with a tie resolution</source>
        <translation>отметьте курсы, выбранные комиссией голосованием (в файле решений: &quot;advancing&quot;: %4), или упорядочьте равенство решением</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a file, not a folder</source>
        <translation>это файл, а не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an empty folder for the package</source>
        <translation>выберите пустую папку для пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder is not empty: a package is written into an empty folder</source>
        <translation>папка не пуста: пакет записывается в пустую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a new, empty folder (the package goes to the next stage as it is)</source>
        <translation>выберите новую пустую папку (пакет уходит на следующий этап как есть)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record of the lower stage&apos;s decision was changed after it was made (its content does not match the digest in its name)</source>
        <translation>запись решения предыдущего этапа изменена после создания (содержимое не совпадает с дайджестом в имени)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the protocol extract of the %1 stage is missing or is not the one its record names</source>
        <translation>выписка из протокола этапа %1 отсутствует или не та, что указана в записи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s stages do not fit (%1 → %2)</source>
        <translation>этапы пакета не согласуются (%1 → %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round file was changed after the package was made</source>
        <translation>файл раунда изменён после создания пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol extract was changed after the package was made</source>
        <translation>выписка из протокола изменена после создания пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest and the round file list different entries</source>
        <translation>в манифесте и в файле раунда разные курсы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry %1 has no record of the stage that sent it</source>
        <translation>у курса %1 нет записи направившего его этапа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no package was given</source>
        <translation>не указан ни один пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 packages</source>
        <translation>больше %1 пакетов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file already exists: gathering writes a new round</source>
        <translation>файл уже существует: сбор записывает новый раунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a new file name (an existing round keeps its commission and sheets)</source>
        <translation>выберите новое имя файла (существующий раунд сохраняет свою комиссию и листы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</source>
        <translation>этот пакет направлен с этапа %1 на этап %2; его нельзя включить в раунд %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gather the packages of one stage into the round of the stage after it</source>
        <translation>собирайте пакеты одного этапа в раунд следующего за ним этапа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same stage&apos;s package is given twice (also %1)</source>
        <translation>пакет одного этапа указан дважды (также %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each package once</source>
        <translation>укажите каждый пакет один раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy the file (%1)</source>
        <translation>не удаётся скопировать файл (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a folder you may write to, with enough free space</source>
        <translation>выберите папку с правом записи и достаточным свободным местом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the entry «%1» is not in the round</source>
        <translation>работы «%1» нет в раунде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the entry ids of the round file</source>
        <translation>укажите коды работ из файла раунда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert «%1» is not in the commission</source>
        <translation>эксперта «%1» нет в составе комиссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the expert ids of the round file</source>
        <translation>укажите коды экспертов из файла раунда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry is named twice</source>
        <translation>работа названа дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name each tied entry once, in the decided order</source>
        <translation>назовите каждую работу с равными баллами один раз, в решённом порядке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry is in two tie resolutions</source>
        <translation>работа входит в два решения по равенству баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give one resolution per tie</source>
        <translation>дайте одно решение на каждое равенство баллов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a place must be 1 or more (found %1)</source>
        <translation>место должно быть не меньше 1 (найдено: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</source>
        <translation>NCALayer не запущен на этом компьютере (по адресу 127.0.0.1:13579 никто не отвечает)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</source>
        <translation>запустите NCALayer (его значок появится рядом с часами) и снова нажмите «Подписать ЭЦП (NCALayer)»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signing was cancelled: nothing was signed</source>
        <translation>подписание отменено: ничего не подписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign again when ready</source>
        <translation>подпишите снова, когда будете готовы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 chose an authentication key (AUTH_…): it is not for signing documents</source>
        <translation>%1 выбрал(а) ключ аутентификации (AUTH_…): он не предназначен для подписи документов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</source>
        <translation>подпишите снова и выберите ключ подписи (имя файла начинается с RSA_ или GOST512_)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NCALayer refused to sign: %1 %2</source>
        <translation>NCALayer отказал в подписании: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read NCALayer&apos;s message; check the key, its password and its validity</source>
        <translation>прочитайте сообщение NCALayer; проверьте ключ, его пароль и срок действия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the program at 127.0.0.1:13579 did not answer as NCALayer does</source>
        <translation>программа по адресу 127.0.0.1:13579 ответила не так, как NCALayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>restart NCALayer and try again</source>
        <translation>перезапустите NCALayer и попробуйте снова</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>NCALayer closed the connection before answering</source>
        <translation>NCALayer закрыл соединение, не ответив</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NCALayer gave no answer in time</source>
        <translation>NCALayer не ответил вовремя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look for NCALayer&apos;s window (it may be behind this one) and try again</source>
        <translation>найдите окно NCALayer (оно может быть за этим окном) и попробуйте снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NCALayer is reached only on this computer, not at %1</source>
        <translation>к NCALayer подключаются только на этом компьютере, а не по адресу %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use wss://127.0.0.1:13579</source>
        <translation>используйте wss://127.0.0.1:13579</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is too large to send to NCALayer</source>
        <translation>документ слишком велик для отправки в NCALayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign a smaller document</source>
        <translation>подпишите документ меньшего размера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature NCALayer returned does not match the protocol</source>
        <translation>подпись, возвращённая NCALayer, не соответствует протоколу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>nothing was saved; sign again</source>
        <translation>ничего не сохранено; подпишите снова</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the protocol changed on disk while it was being signed</source>
        <translation>протокол изменился на диске во время подписания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a CMS signature (SignedData)</source>
        <translation>файл не является подписью CMS (SignedData)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .cms file saved beside the PDF</source>
        <translation>выберите файл .cms, сохранённый рядом с PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this key has already signed the document</source>
        <translation>этим ключом документ уже подписан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next member signs with their own key</source>
        <translation>следующий член комиссии подписывает своим ключом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these signatures are over another version of the protocol</source>
        <translation>эти подписи поставлены под другой версией протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move this .cms file away (keep it with its own PDF), then sign the new protocol</source>
        <translation>переместите этот файл .cms (храните его вместе с его PDF), затем подпишите новый протокол</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is damaged and cannot be read (%1)</source>
        <translation>PDF повреждён и не может быть прочитан (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the copy the signer sent, or ask for it again</source>
        <translation>используйте экземпляр, присланный подписавшим, или запросите его снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not an X.509 certificate</source>
        <translation>это не сертификат X.509</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the signer&apos;s certificate file (.pem, .cer or .crt)</source>
        <translation>укажите файл сертификата подписавшего (.pem, .cer или .crt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy would overwrite the protocol itself</source>
        <translation>копия перезаписала бы сам протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation>выберите другое имя файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the protocol PDF written by Sarapshy</source>
        <translation>выберите PDF протокола, созданный Sarapshy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no program on this computer prints PDF files</source>
        <translation>на этом компьютере нет программы для печати PDF-файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install a PDF reader and set it as the PDF program</source>
        <translation>установите программу для чтения PDF и назначьте её программой для PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the printing system did not take the file (%1)</source>
        <translation>система печати не приняла файл (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the printer in the system settings</source>
        <translation>проверьте принтер в настройках системы</translation>
    </message>
    <message>
        <location filename="../../app/models/error_templates_review.py" line="-163"/>
        <source>ask the chair for a new request</source>
        <translation>попросите у председателя новый запрос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no conflict of interest is suggested for this entry</source>
        <translation>по этому курсу конфликт интересов не предлагался</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer «%2» is neither recused nor dismissed</source>
        <translation>ответ «%2» — ни самоотвод, ни отклонение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dismissing a suggested conflict of interest needs a reason</source>
        <translation>чтобы отклонить предложенный конфликт интересов, нужна причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why there is no conflict, or confirm it and recuse yourself</source>
        <translation>напишите, почему конфликта нет, или подтвердите его и заявите самоотвод</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answers to suggested conflicts of interest need format sarapshy-sheet/2, but the sheet says sarapshy-sheet/1</source>
        <translation>ответы на предложенные конфликты интересов требуют формата sarapshy-sheet/2, а в листе указан sarapshy-sheet/1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a conflict-of-interest answer names entry «%1», which is not in the round</source>
        <translation>ответ о конфликте интересов называет курс «%1», которого нет в туре</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conflict of interest is answered twice</source>
        <translation>на конфликт интересов ответили дважды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert confirmed the conflict of interest (recused), yet the sheet scores the course</source>
        <translation>эксперт подтвердил конфликт интересов (самоотвод), но в листе курс оценён</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the question to the expert is empty</source>
        <translation>вопрос эксперту пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write what the expert should reconsider</source>
        <translation>напишите, что эксперту следует пересмотреть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert %1 has no accepted sheet to reconsider</source>
        <translation>у эксперта %1 нет принятого листа для пересмотра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the expert&apos;s sheet first</source>
        <translation>сначала импортируйте лист эксперта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no accepted sheet of expert «%1» among the files</source>
        <translation>среди файлов нет принятого листа эксперта «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the expert&apos;s sheet file (sarapshy merge lists why a sheet is left out)</source>
        <translation>укажите файл листа эксперта (почему лист не принят, показывает sarapshy merge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is not ENTRY:CRITERION:QUESTION</source>
        <translation>«%1» не имеет вида КУРС:КРИТЕРИЙ:ВОПРОС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. --cell m01:c3:&apos;Why 9?&apos;</source>
        <translation>например, --cell m01:c3:&apos;Почему 9?&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet does not belong to this round file</source>
        <translation>лист не относится к этому файлу тура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the expert&apos;s sheet for this round</source>
        <translation>импортируйте лист эксперта для этого тура</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no cell is marked for reconsideration</source>
        <translation>ни одна ячейка не отмечена для пересмотра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark at least one cell</source>
        <translation>отметьте хотя бы одну ячейку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert gave no score here</source>
        <translation>эксперт здесь не поставил оценку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a scored cell</source>
        <translation>отметьте ячейку с оценкой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request is not signed by the chair</source>
        <translation>запрос не подписан председателем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the chair to export the request again from Sarapshy</source>
        <translation>попросите председателя снова экспортировать запрос из Sarapshy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request was changed after the chair signed it</source>
        <translation>запрос изменён после того, как председатель его подписал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the file exactly as the chair exported it, or ask for it again</source>
        <translation>используйте файл в точности таким, каким его экспортировал председатель, или запросите его снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request belongs to another round (%1)</source>
        <translation>запрос относится к другому туру (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the round the chair sent the request for</source>
        <translation>откройте тур, для которого председатель отправил запрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request was made for another version of the round file</source>
        <translation>запрос составлен для другой версии файла тура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the chair which round file is current</source>
        <translation>уточните у председателя, какой файл тура актуален</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is addressed to %1, not to you (expert %2)</source>
        <translation>запрос адресован %1, а не вам (эксперт %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the request addressed to you</source>
        <translation>откройте запрос, адресованный вам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request refers to another file of your sheet (revision %1, code %2)</source>
        <translation>запрос ссылается на другой файл вашего листа (редакция %1, код %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose that sheet file</source>
        <translation>выберите этот файл листа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request names a course or criterion the round does not have</source>
        <translation>в запросе назван курс или критерий, которого нет в туре</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request states the score %2, the sheet holds %3</source>
        <translation>в запросе указана оценка %2, а в листе — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cell was not requested</source>
        <translation>эта ячейка не запрашивалась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer only the requested cells; other changes need a separate revision</source>
        <translation>отвечайте только на запрошенные ячейки; другие изменения требуют отдельной редакции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the requested cell has no answer</source>
        <translation>на запрошенную ячейку нет ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the score or change it</source>
        <translation>сохраните оценку или измените её</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %2 is out of range %3–%4</source>
        <translation>оценка %2 вне диапазона %3–%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a score within the range</source>
        <translation>поставьте оценку в пределах диапазона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changes %2 → %3 without a written justification</source>
        <translation>оценка меняется %2 → %3 без письменного обоснования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write why the score changes</source>
        <translation>напишите, почему меняется оценка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a changed score needs a written justification</source>
        <translation>изменённая оценка требует письменного обоснования</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the revision %1 is not newer than the sheet&apos;s</source>
        <translation>редакция %1 не новее редакции листа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the revision answers more than one reconsideration request</source>
        <translation>редакция отвечает более чем на один запрос о пересмотре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer one request per revision</source>
        <translation>отвечайте на один запрос в каждой редакции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it answers a reconsideration request (%1…) the chair does not have here</source>
        <translation>она отвечает на запрос о пересмотре (%1…), которого здесь нет у председателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import that request file</source>
        <translation>импортируйте этот файл запроса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet it revises (revision %1, code %2) is not among the imported files</source>
        <translation>пересматриваемого ею листа (редакция %1, код %2) нет среди импортированных файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import it as well, so the change can be checked</source>
        <translation>импортируйте и его, чтобы изменение можно было проверить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision %1 is not newer than the revision %2 it revises</source>
        <translation>редакция %1 не новее пересматриваемой ею редакции %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the requested cell is not answered</source>
        <translation>на запрошенную ячейку не дан ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;before&apos; is %2, the score in the revised sheet was %3</source>
        <translation>«было» равно %2, а в пересматриваемом листе оценка была %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listed as reconsidered but not requested</source>
        <translation>указана как пересмотренная, но не запрашивалась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;after&apos; is %2, the sheet holds %3</source>
        <translation>«стало» равно %2, а в листе — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recusal changed without being requested</source>
        <translation>самоотвод изменён без запроса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recusal changed without being requested (compared with revision %2)</source>
        <translation>самоотвод изменён без запроса (по сравнению с редакцией %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changed %2 → %3 without being requested</source>
        <translation>оценка изменена %2 → %3 без запроса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changed %2 → %3 without being requested (compared with revision %4)</source>
        <translation>оценка изменена %2 → %3 без запроса (по сравнению с редакцией %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save it as CSV (UTF-8)</source>
        <translation>сохраните её как CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header must name entry_id, criterion_id, score (and justification)</source>
        <translation>в строке заголовка должны быть entry_id, criterion_id, score (и justification)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the header line</source>
        <translation>добавьте строку заголовка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score «%2» is not a whole number</source>
        <translation>оценка «%2» — не целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the score kept or the new one</source>
        <translation>впишите сохранённую или новую оценку</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <location filename="../../app/media/check_words.py" line="+20"/>
        <source>filled in %1 of %2 frames</source>
        <translation>заполнен в %1 из %2 кадров</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>black bars (%1) in %2 of %3 frames</source>
        <translation>чёрные полосы (%1) в %2 из %3 кадров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1 sampled frames are black</source>
        <translation>все %1 взятых кадров чёрные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no black bars</source>
        <translation>без чёрных полос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 channels (stereo)</source>
        <translation>2 канала (стерео)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 channel (mono)</source>
        <translation>1 канал (моно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>каналов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silence</source>
        <translation>тишина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters</source>
        <translation>символов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters (%2)</source>
        <translation>символов: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–%1 characters</source>
        <translation>1–%1 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 1 promo video</source>
        <translation>не менее 1 промо-видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 link(s) not checked</source>
        <translation>не проверено ссылок: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video files in the round folder</source>
        <translation>видеофайлы в папке этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a readable video file</source>
        <translation>читаемый видеофайл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left − right %1 dB, channels alike %2</source>
        <translation>левый − правый %1 дБ, сходство каналов %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left − right within ±%1 dB, channels alike ≥ %2</source>
        <translation>левый − правый в пределах ±%1 дБ, сходство каналов ≥ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2 (%3), pixels %4:%5</source>
        <translation>%1:%2 (%3), пиксели %4:%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars above and below %1%</source>
        <translation>полосы сверху и снизу %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars at the sides %1%</source>
        <translation>полосы по бокам %1%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The voice must sound from the middle: the left and right channels about equally loud (a difference of at most %1 dB) and carrying the same sound (likeness from 0 — unrelated — to 1 — identical; at least %2). A voice heard from one side only fails.</source>
        <translation>Голос должен звучать по центру: левый и правый каналы примерно одинаково громкие (разница не больше %1 дБ) и несут один и тот же звук (сходство от 0 — совсем разные — до 1 — одинаковые; не меньше %2). Если голос слышен только с одной стороны, требование не выполнено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture must fill the whole frame: black stripes above and below or at the sides mean the video was made for another frame shape.</source>
        <translation>Изображение должно заполнять весь кадр: чёрные полосы сверху и снизу или по бокам означают, что видео снято для кадра другой формы.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+184"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>SheetStatus</name>
    <message>
        <location filename="../../app/models/status_text.py" line="+20"/>
        <source>OK</source>
        <translation>ВЕРНО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED</source>
        <translation>ОТКЛОНЁН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUPERSEDED</source>
        <translation>УСТАРЕЛ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DUPLICATE</source>
        <translation>ПОВТОР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SET_ASIDE</source>
        <translation>ОТЛОЖЕН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLAG</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key %1 also signs the sheets of %2: one person may have signed for another; compare with the signed paper sheets</source>
        <translation>ключом %1 подписаны также листы %2: возможно, один человек подписал за другого; сверьте с подписанными бумажными листами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file cannot be checked (%1)</source>
        <translation>файл не удаётся проверить (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readable sheet file</source>
        <translation>это не читаемый файл оценочного листа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not match: the sheet was changed after signing, or it is not signed</source>
        <translation>подпись не совпадает: лист изменён после подписания или не подписан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet belongs to another round (%1)</source>
        <translation>лист относится к другому этапу (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round file was edited after this sheet was made: the expert must score against the current round file</source>
        <translation>файл этапа изменён после составления этого листа: эксперт должен заново оценить по текущему файлу этапа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expert «%1» is not in the round&apos;s commission</source>
        <translation>эксперта «%1» нет в составе комиссии этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed with another key (fingerprint %1) than the one pinned for %2 in the round</source>
        <translation>подписан другим ключом (отпечаток %1), а не тем, что закреплён за %2 в файле этапа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a score is out of range</source>
        <translation>один из баллов вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet is incomplete</source>
        <translation>лист заполнен не полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet scores entries or criteria that are not in the round</source>
        <translation>в листе оценены курсы или критерии, которых нет в этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1 handed in different sheets with the same revision %2 (%3); keep only the right one</source>
        <translation>эксперт %1 сдал разные листы с одной и той же редакцией %2 (%3); оставьте только правильный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert %1&apos;s sheets are signed with different keys (%2); compare the key printed on the signed paper sheet and set the wrong file aside</source>
        <translation>листы эксперта %1 подписаны разными ключами (%2); сверьте с ключом, напечатанным на подписанном бумажном листе, и отложите неверный файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>revision %1; revision %2 is taken</source>
        <translation>редакция %1; принята редакция %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same sheet as one already taken</source>
        <translation>тот же лист, что уже принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answers to suggested conflicts of interest do not fit the sheet</source>
        <translation>ответы на предложенные конфликты интересов не согласуются с листом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the revision does not answer the chair&apos;s reconsideration request as it must; the revision before it stays in force</source>
        <translation>редакция не отвечает на запрос председателя о пересмотре как положено; в силе остаётся предыдущая редакция</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry «%1» is not in the round</source>
        <translation>курса «%1» нет в этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: video «%2» is not in the round</source>
        <translation>курс %1: видео «%2» нет в этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion «%2» is not in the round</source>
        <translation>курс %1: критерия «%2» нет в этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion %2 is not scored</source>
        <translation>курс %1: по критерию %2 нет балла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion %2 score %3 is out of range %4–%5</source>
        <translation>курс %1: балл %3 по критерию %2 вне диапазона %4–%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries neither scored nor recused: %1</source>
        <translation>курсы без оценки и без самоотвода: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key %1 (key not confirmed)</source>
        <translation>ключ %1 (ключ не подтверждён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1  revision %2  code %3</source>
        <translation>эксперт %1  редакция %2  код %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1  code %2</source>
        <translation>эксперт %1  код %2</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+19"/>
        <source>Sarapshy</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong and the operation was not completed.</source>
        <translation>Произошла ошибка, операция не завершена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your saved work is not affected. Error: %1</source>
        <translation>Сохранённая работа не пострадала. Ошибка: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
</TS>
