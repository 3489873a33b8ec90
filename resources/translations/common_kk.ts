<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli_texts.py" line="+17"/>
        <source>%1: valid round — %2 entries, %3 experts, %4 criteria; digest %5</source>
        <translation>%1: кезең файлы дұрыс — курстар: %2, сарапшылар: %3, критерийлер: %4; хэші %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: warning: %2</source>
        <translation>%1: ескерту: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results written: %1</source>
        <translation>нәтижелер жазылды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel summary written: %1</source>
        <translation>Excel жиынтығы жазылды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol written: %1</source>
        <translation>хаттама жазылды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol written and signed (%1): %2</source>
        <translation>хаттама жазылды және оған қол қойылды (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media check written: %1</source>
        <translation>бейнефайлдарды тексеру нәтижесі жазылды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1: </source>
        <translation>%1 кілтінің құпиясөзі: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sarapshy: internal error; details were saved to %1. Please send that file to the developers.</source>
        <translation>sarapshy: ішкі қате; толық мәліметі %1 файлына сақталды. Сол файлды әзірлеушілерге жіберіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sarapshy: the window cannot start (%1). Install the Qt libraries (see README).</source>
        <translation>sarapshy: терезе ашылмайды (%1). Qt кітапханаларын орнатыңыз (README қараңыз).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo round written: %1</source>
        <translation>демо кезең жазылды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: signed sheet of %2, revision %3, verification code %4</source>
        <translation>%1: %2 сарапшының қол қойылған парағы, %3-нұсқа, тексеру коды %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file for Documentolog written: %1 (%2 pages, no interactive parts)</source>
        <translation>Documentolog-қа арналған файл жазылды: %1 (%2 бет, интерактивті бөліктері жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 %1  (also in %2)</source>
        <translation>SHA-256 %1  (%2 файлында да бар)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winners extract written: %1</source>
        <translation>жеңімпаздар туралы үзінді жазылды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter written: %1</source>
        <translation>хат жазылды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not applied, out of date: %2</source>
        <translation>%1: қолданылмады, ескірген: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not made: %2</source>
        <translation>%1: жасалмады: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a decisions file</source>
        <translation>шешімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chair&apos;s decisions in %1 (format sarapshy-decisions/1), fill in the &lt;…&gt; parts, and run the command again with --decisions FILE:</source>
        <translation>Төрағаның шешімдерін %1 файлына жазыңыз (пішімі sarapshy-decisions/1), &lt;…&gt; бөліктерін толтырыңыз да, команданы --decisions ФАЙЛ арқылы қайта іске қосыңыз:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no digital signatures</source>
        <translation>%1: цифрлық қолтаңба жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time unknown</source>
        <translation>уақыты белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNVERIFIABLE</source>
        <translation>ТЕКСЕРУ МҮМКІН ЕМЕС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INTACT BUT NOT VALID</source>
        <translation>ӨЗГЕРМЕГЕН, БІРАҚ ЖАРАМСЫЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BROKEN</source>
        <translation>БҰЗЫЛҒАН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid, trusted</source>
        <translation>жарамды, сенімді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid but UNTRUSTED (its certificate is not one named with --trust)</source>
        <translation>жарамды, бірақ СЕНІМСІЗ (оның сертификаты --trust арқылы көрсетілгендердің қатарында жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  certificate SHA-256: %1</source>
        <translation>  сертификаттың SHA-256 хэші: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  issuer: %1</source>
        <translation>  берген орталық: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  covers: %1; changed after it: %2</source>
        <translation>  қамтиды: %1; қол қойылғаннан кейін өзгертілген: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole file</source>
        <translation>бүкіл файлды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the whole file</source>
        <translation>файлдың бір бөлігін ғана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BROKEN: %1</source>
        <translation>БҰЗЫЛҒАН: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain intact: %1 records</source>
        <translation>тізбек бүтін: %1 жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain intact: %1 records, last hash %2</source>
        <translation>тізбек бүтін: %1 жазба, соңғы хэші %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit annex written: %1</source>
        <translation>аудит журналының қосымшасы жазылды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next-stage package written: %1</source>
        <translation>келесі кезеңге арналған пакет жазылды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  round file: %1; protocol extract: %2; entries: %3</source>
        <translation>  кезең файлы: %1; хаттамадан үзінді: %2; курстар: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 round with %3 entries</source>
        <translation>%1: %2 кезеңі, курстар саны: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 from %2</source>
        <translation>  %1 — %2 ұсынған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 from %2 (was %3)</source>
        <translation>  %1 — %2 ұсынған (бұрын %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the commission of the round, as for any round, before it goes to the experts</source>
        <translation>кезең сарапшыларға жіберілмес бұрын, кез келген кезеңдегідей, оның комиссиясын белгілеңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: reconsideration request to %2 on revision %3, %4 cell(s), signed with the chair&apos;s key %5</source>
        <translation>%1: %2 сарапшыға %3-нұсқа бойынша қайта қарау сұрауы, ұяшықтар: %4, төрағаның %5 кілтімен қол қойылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>request to %1 (%2) from %3, chair&apos;s key %4</source>
        <translation>%1 (%2) сарапшыға %3 төрағадан сұрау, төрағаның кілті %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on sheet revision %1 (code %2); request sha256 %3</source>
        <translation>парақтың %1-нұсқасы бойынша (коды %2); сұраудың sha256 хэші %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1/%2  score %3  %4</source>
        <translation>  %1/%2  балл %3  %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: revision %2 of %3&apos;s sheet, %4 cell(s) reconsidered, %5 changed, verification code %6</source>
        <translation>%1: %3 сарапшы парағының %2-нұсқасы, қайта қаралған ұяшықтар: %4, өзгергені: %5, тексеру коды %6</translation>
    </message>
    <message>
        <location filename="../../app/models/decisions_file.py" line="+36"/>
        <source>&lt;the commission&apos;s resolution of the tie at %1; list the entries best first&gt;</source>
        <translation>&lt;%1 баллдағы тең нәтиже туралы комиссияның шешімі; курстарды ең үздігінен бастап атаңыз&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;number&gt;</source>
        <translation>&lt;нөмірі&gt;</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../app/models/error_templates.py" line="+43"/>
        <source>the file does not exist</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the name and the folder</source>
        <translation>файлдың атауы мен қалтасын тексеріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file</source>
        <translation>бұл файл емес, қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the file inside it</source>
        <translation>оның ішіндегі файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission to read the file is denied</source>
        <translation>файлды оқуға рұқсат жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file to a folder you own, or ask for read access</source>
        <translation>файлды өзіңіздің қалтаңызға көшіріңіз немесе оқуға рұқсат сұраңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read (%1)</source>
        <translation>файлды оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy it to the local disk and try again</source>
        <translation>оны компьютердің өз дискісіне көшіріп, қайта көріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>файл тым үлкен (%1; шегі — %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a Sarapshy file, or it was damaged; choose the right file</source>
        <translation>бұл Сарапшы файлы емес немесе ол бүлінген; дұрыс файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is UTF-16 text, not UTF-8</source>
        <translation>файл UTF-8 емес, UTF-16 мәтіні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)</source>
        <translation>оны UTF-8 кодтауымен сақтаңыз (Блокнотта: «Басқаша сақтау» → «Кодтау»: UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not UTF-8 text (byte %3)</source>
        <translation>файл UTF-8 мәтіні емес (%3 байты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8; it may have been saved in a Windows code page</source>
        <translation>оны UTF-8 кодтауымен сақтаңыз; ол Windows кодтауында (мысалы, cp1251) сақталған болуы мүмкін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is a PDF document, not a Sarapshy file</source>
        <translation>файл — PDF құжаты, Sarapshy файлы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .json file itself; the PDF is only its printable copy</source>
        <translation>JSON файлының өзін таңдаңыз; PDF — оның басып шығаруға арналған көшірмесі ғана</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>line %1, byte %2</source>
        <translation>%1-жол, %2-байт</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>row %1, column %2</source>
        <translation>%1-жол, %2 бағаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a whole number from %3 to %4</source>
        <translation>бүтін сан жазыңыз (ең азы %3, ең көбі %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the results again with `sarapshy merge --json`</source>
        <translation>нәтижелерді `sarapshy merge --json` командасымен қайта жазыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1</source>
        <translation>%1 курсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1, criterion %2</source>
        <translation>%1 курсы, %2 критерийі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score it, or declare a conflict of interest for the entry</source>
        <translation>балл қойыңыз немесе осы курс бойынша мүдделер қақтығысын мәлімдеңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-export the video as mp4 (H.264 + AAC) or replace the file</source>
        <translation>бейнені mp4 (H.264 + AAC) пішімінде қайта экспорттаңыз немесе файлды ауыстырыңыз</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choose the right file</source>
        <translation>дұрыс файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key «%1» appears twice in one object</source>
        <translation>«%1» кілті бір объектіде екі рет кездеседі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep only one of them</source>
        <translation>біреуін ғана қалдырыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid JSON (%3)</source>
        <translation>JSON қате (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>the file is damaged or is not a Sarapshy file</source>
        <translation>файл бүлінген немесе Сарапшы файлы емес</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+127"/>
        <source>line %1, column %2</source>
        <translation>%1-жол, %2-баған</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>the JSON is nested too deeply</source>
        <translation>JSON тым терең кірістірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>this is not a Sarapshy file</source>
        <translation>бұл Сарапшы файлы емес</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the JSON document is not an object</source>
        <translation>JSON құжаты объект емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown version «%1» of the file format</source>
        <translation>файл пішімінің белгісіз нұсқасы: «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this program reads %2; install a newer Sarapshy</source>
        <translation>бұл бағдарлама %2 пішімін оқиды; Сарапшының жаңа нұсқасын орнатыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field «format» is missing</source>
        <translation>«format» өрісі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file must start with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>файл &quot;format&quot;: &quot;%1&quot; жолынан басталуы керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a different kind of file (format %1)</source>
        <translation>бұл басқа түрдегі файл (пішімі %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %2</source>
        <translation>күтілгені: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required field is missing</source>
        <translation>міндетті өріс жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add it</source>
        <translation>оны қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field «%1»</source>
        <translation>белгісіз өріс «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove it or correct its spelling</source>
        <translation>оны өшіріңіз немесе атауын дұрыс жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list needs at least %2 item(s), it has %3</source>
        <translation>тізімде кемінде %2 элемент болуы керек, қазір %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the missing ones</source>
        <translation>жетпейтіндерін қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list may have at most %2 item(s), it has %3</source>
        <translation>тізімде ең көбі %2 элемент болуы мүмкін, қазір %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the extra ones</source>
        <translation>артығын өшіріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is too short (at least %2 character(s))</source>
        <translation>мәтін тым қысқа (кемінде %2 таңба керек)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>fill it in</source>
        <translation>оны толтырыңыз</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>the text is too long (at most %2 characters)</source>
        <translation>мәтін тым ұзын (ең көбі %2 таңба)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it</source>
        <translation>оны қысқартыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value does not match the pattern %2</source>
        <translation>мәні %2 үлгісіне сәйкес емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use only the characters it allows: for an id, Latin letters, digits and _ . -</source>
        <translation>тек рұқсат етілген таңбаларды қолданыңыз: идентификаторда — латын әріптері, цифрлар және _ . -</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one of: %2</source>
        <translation>мына мәндердің бірі болуы керек: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>бүтін сан болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false</source>
        <translation>true немесе false болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>мәтін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object { … }</source>
        <translation>объект { … } болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list [ … ]</source>
        <translation>тізім [ … ] болуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date</source>
        <translation>дата болуы керек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write it as YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түрінде жазыңыз (мысалы, 2026-05-20)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least %2</source>
        <translation>кемінде %2 болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at most %2</source>
        <translation>ең көбі %2 болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be greater than %2</source>
        <translation>%2 санынан үлкен болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be less than %2</source>
        <translation>%2 санынан кіші болуы керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown language «%2»</source>
        <translation>белгісіз тіл «%2»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use kk, ru or en</source>
        <translation>kk, ru немесе en кодын қолданыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is empty in every language</source>
        <translation>мәтін барлық тілде бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it in at least one language</source>
        <translation>оны кемінде бір тілде жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an http:// or https:// address</source>
        <translation>http:// немесе https:// мекенжайы болуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be relative to the round file&apos;s folder, not an absolute path</source>
        <translation>толық жол емес, кезең файлының қалтасына қатысты жол болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. media/m01/promo.mp4</source>
        <translation>мысалы, media/m01/promo.mp4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves the round file&apos;s folder</source>
        <translation>кезең файлының қалтасынан шығып кетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep media inside it (e.g. media/m01/promo.mp4)</source>
        <translation>бейне мен басқа файлдарды сол қалтаның ішінде сақтаңыз (мысалы, media/m01/promo.mp4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not base64 text</source>
        <translation>base64 мәтіні емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an Ed25519 public key (32 bytes, base64)</source>
        <translation>Ed25519 ашық кілті емес (32 байт, base64)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min (%2) must be below max (%3)</source>
        <translation>min (%2) мәні max (%3) мәнінен кіші болуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give exactly one of «path» (a file in the round folder) or «url»</source>
        <translation>«path» (кезең қалтасындағы файл) немесе «url» өрістерінің дәл біреуін ғана көрсетіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a UUID</source>
        <translation>UUID болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427</source>
        <translation>мысалы, 1b4e28ba-2fa1-11d2-883f-0016d3cca427</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id «%2» is used twice (again at position %3)</source>
        <translation>«%2» идентификаторы екі рет қолданылған (қайтадан %3-орында)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ids must be unique</source>
        <translation>идентификаторлар қайталанбауы керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leads outside the round file&apos;s folder</source>
        <translation>кезең файлының қалтасынан тыс жерге апарады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file into the round folder</source>
        <translation>файлды кезең қалтасына көшіріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the round has no entries yet</source>
        <translation>кезеңде әзірге курс жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 has no videos: it will be judged from its link</source>
        <translation>%1 курсында бейне жоқ: ол сілтемесі бойынша бағаланады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the video %1 is not in the round folder</source>
        <translation>%1 бейнесі кезең қалтасында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the media folder next to the round file</source>
        <translation>media қалтасын кезең файлының жанына көшіріңіз</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an existing folder</source>
        <translation>бар қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write in this folder (%1)</source>
        <translation>бұл қалтаға жазу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a folder you may write to</source>
        <translation>жазуға рұқсатыңыз бар қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the file (%1)</source>
        <translation>файлды жазу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the file is not open in another program and the disk is not full</source>
        <translation>файл басқа бағдарламада ашық емес екенін және дискіде орын бар екенін тексеріңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key file does not exist</source>
        <translation>кілт файлы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .p12 file issued to you</source>
        <translation>өзіңізге берілген .p12 файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key file cannot be opened</source>
        <translation>кілт файлын ашу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the passphrase; the file must be a PKCS#12 (.p12/.pfx) key with its certificate</source>
        <translation>құпиясөзді тексеріңіз; файл сертификаты бар PKCS#12 (.p12/.pfx) кілті болуы керек</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/models/error_templates_chair.py" line="+213"/>
        <source>the PDF cannot be read (%1)</source>
        <translation>PDF файлын оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a PDF written by Sarapshy</source>
        <translation>Сарапшы жасаған PDF файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature field «%1» is already signed</source>
        <translation>«%1» қолтаңба өрісіне қол қойылып қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign a copy of the unsigned document, or use another field</source>
        <translation>құжаттың қол қойылмаған көшірмесіне қол қойыңыз немесе басқа өрісті пайдаланыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase of the signing key is needed</source>
        <translation>қол қою кілтінің құпиясөзі қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set %1, or run the command in a terminal to be asked for it</source>
        <translation>%1 айнымалысын орнатыңыз немесе құпиясөзді сұрауы үшін команданы терминалда іске қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no protocol to sign</source>
        <translation>қол қоятын хаттама жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add --protocol P.pdf</source>
        <translation>--protocol P.pdf параметрін қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no valid sheet to merge</source>
        <translation>біріктіруге жарамды бағалау парағы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the sheet files listed above</source>
        <translation>жоғарыда аталған парақ файлдарын тексеріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol cannot be made yet (see above)</source>
        <translation>хаттаманы әзірге жасау мүмкін емес (жоғарыда қараңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the chair&apos;s decisions with --decisions FILE</source>
        <translation>төрағаның шешімдерін --decisions ФАЙЛ арқылы беріңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+204"/>
        <source>there is no expert «%1» in the round</source>
        <translation>кезеңде «%1» сарапшысы жоқ</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>use one of: %2</source>
        <translation>мыналардың бірін пайдаланыңыз: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tables are not read</source>
        <translation>%1 кестелері оқылмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the table as .xlsx or as CSV (UTF-8)</source>
        <translation>кестені .xlsx немесе CSV (UTF-8) ретінде сақтаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/models/error_templates_review.py" line="+167"/>
        <source>the table is not UTF-8 text</source>
        <translation>кесте UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as «CSV UTF-8» (Excel: Save as → CSV UTF-8)</source>
        <translation>оны «CSV UTF-8» ретінде сақтаңыз (Excel: Басқаша сақтау → CSV UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/models/error_templates_review.py" line="+10"/>
        <source>line %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV cannot be read (%1)</source>
        <translation>CSV файлын оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again from the spreadsheet program</source>
        <translation>оны кестелер бағдарламасынан қайта сақтаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+107"/>
        <source>the table is empty</source>
        <translation>кесте бос</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>the first row is the header: entry_id, c1, c2, …, comment</source>
        <translation>бірінші жол — тақырып жолы: entry_id, c1, c2, …, comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry id is empty</source>
        <translation>курс идентификаторы бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the entry&apos;s id, e.g. m01</source>
        <translation>курстың идентификаторын жазыңыз, мысалы, m01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no entry «%3» in the round</source>
        <translation>кезеңде «%3» курсы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of: %4</source>
        <translation>мыналардың бірін пайдаланыңыз: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %3 appears twice</source>
        <translation>%3 курсы екі рет кездеседі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one row per entry</source>
        <translation>әр курсқа бір жол қалдырыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%3» is not understood</source>
        <translation>«%3» мәні түсініксіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write yes for a recusal, or leave the cell empty</source>
        <translation>бағалаудан бас тартсаңыз, yes деп жазыңыз, әйтпесе ұяшықты бос қалдырыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %3 is recused but has scores</source>
        <translation>%3 курсын бағалаудан бас тартылған, бірақ оның балдары бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave the criteria empty for a recused entry, or remove yes from recused</source>
        <translation>бас тартылған курстың критерийлерін бос қалдырыңыз немесе recused бағанынан yes сөзін өшіріңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+170"/>
        <source>a recusal needs a reason</source>
        <translation>бағалаудан бас тартудың себебі жазылуы керек</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>say briefly why, e.g. I am a co-author of this course</source>
        <translation>себебін қысқаша жазыңыз, мысалы: мен осы курстың авторларының бірімін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the score «%5» is not a whole number</source>
        <translation>«%5» балы бүтін сан емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score is missing</source>
        <translation>балл қойылмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %5 is out of range</source>
        <translation>%5 балы рұқсат етілген аралықтан тыс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries missing from the table: %1</source>
        <translation>кестеде мына курстар жоқ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a row for each (scores, or recused = yes with a reason)</source>
        <translation>әрқайсысына жол қосыңыз (балдарымен немесе recused = yes және себебімен)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column «%3»</source>
        <translation>белгісіз баған: «%3»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns are entry_id, %4, comment, recused, recusal_reason</source>
        <translation>бағандар: entry_id, %4, comment, recused, recusal_reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column %3 appears twice</source>
        <translation>%3 бағаны екі рет кездеседі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one of them</source>
        <translation>олардың біреуін ғана қалдырыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the column %2 is missing</source>
        <translation>%2 бағаны жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a column titled %2</source>
        <translation>%2 деген атаумен баған қосыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 (header)</source>
        <translation>%1-жол (тақырып жолы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the video file is missing</source>
        <translation>бейне файл жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put the file at this path or correct the path in the round file</source>
        <translation>файлды осы жолға орналастырыңыз немесе кезең файлындағы жолды түзетіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video file is empty</source>
        <translation>бейне файл бос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as a video (%1); the file may be truncated or damaged</source>
        <translation>бейне ретінде оқылмайды (%1); файл толық көшірілмеген немесе бүлінген болуы мүмкін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds neither a video nor an audio stream</source>
        <translation>файлда бейне де, дыбыс та жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends at %1 s although its header says %2 s: it is truncated (an interrupted copy?)</source>
        <translation>файлдың тақырыбында ұзақтығы %2 секунд деп көрсетілген, бірақ ол %1 секундта аяқталады: файл толық емес (көшіру үзіліп қалған болуы мүмкін)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy the file again from the original</source>
        <translation>файлды түпнұсқадан қайта көшіріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no video frame could be decoded</source>
        <translation>бірде-бір бейне кадрды декодтау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video could not be decoded (%1); the file may be damaged</source>
        <translation>бейнені декодтау мүмкін болмады (%1); файл бүлінген болуы мүмкін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round was not read from a folder, so its video files cannot be found</source>
        <translation>кезең файлы қалтадан ашылмаған, сондықтан оның бейнефайлдарын табу мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the round file from disk</source>
        <translation>кезең файлын дискіден ашыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the working database cannot be opened (%1)</source>
        <translation>жұмыс дерекқорын ашу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged: restore the newest .bak file beside it, or move it away to start afresh</source>
        <translation>файл бүлінген: қасындағы ең жаңа .bak файлынан қалпына келтіріңіз немесе жұмысты басынан бастау үшін оны басқа жерге жылжытыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the working database was made by a newer Sarapshy (schema %1, this one knows %2)</source>
        <translation>жұмыс дерекқорын Сарапшының жаңарақ нұсқасы жасаған (схема %1, бұл нұсқа %2 схемасына дейін біледі)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>install the newer Sarapshy again</source>
        <translation>Сарапшының жаңа нұсқасын қайта орнатыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is the %1 database, not the %2 one</source>
        <translation>бұл %2 емес, %1 рөлінің дерекқоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the database of the right role</source>
        <translation>тиісті рөлдің дерекқорын ашыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export the responses again from Google Forms (Responses → ⋮ → Download responses (.csv)) or from the linked Google Sheet</source>
        <translation>жауаптарды Google Forms-тан (Жауаптар → ⋮ → Жауаптарды жүктеп алу (.csv)) немесе байланысты Google Sheets кестесінен қайта экспорттаңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is not a CSV text file</source>
        <translation>бұл CSV мәтіндік файлы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .csv or .xlsx export of the responses</source>
        <translation>жауаптардың .csv немесе .xlsx экспортын таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV text cannot be read (%1)</source>
        <translation>CSV мәтінін оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the responses again</source>
        <translation>жауаптарды қайта экспорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Excel file cannot be read (%1)</source>
        <translation>Excel файлын оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it in Excel or LibreOffice and save it again as .xlsx, or export as .csv</source>
        <translation>оны Excel немесе LibreOffice-та ашып, .xlsx ретінде қайта сақтаңыз немесе .csv ретінде экспорттаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing or malformed</source>
        <translation>жоқ немесе қате жазылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this round (%1) is not the one the results are for (%2)</source>
        <translation>бұл кезең (%1) нәтижелер жатқан кезең емес (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the round file of the same year</source>
        <translation>сол жылдың кезең файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a whole number</source>
        <translation>бүтін сан емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the round file of these results (round %1) is not in the same folder</source>
        <translation>осы нәтижелердің кезең файлы (%1 кезеңі) сол қалтада жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy that year&apos;s round file beside the results file, or choose it</source>
        <translation>сол жылдың кезең файлын нәтижелер файлының қасына көшіріңіз немесе оны таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signing key file is damaged or is not an Ed25519 key</source>
        <translation>қол қою кілтінің файлы бүлінген немесе Ed25519 кілті емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore it from a backup; deleting it makes a new key that the chair will not recognise as yours unless the new one is pinned</source>
        <translation>оны сақтық көшірмеден қалпына келтіріңіз; файлды өшірсеңіз, жаңа кілт жасалады, ал жаңа кілт кезең файлында бекітілмейінше, төраға оны сіздікі деп танымайды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the public key is not usable (%1)</source>
        <translation>ашық кілтті пайдалану мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the key file again from the expert&apos;s computer</source>
        <translation>кілт файлын сарапшының компьютерінен қайта экспорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fingerprint %1 does not belong to this key</source>
        <translation>%1 саусақ ізі бұл кілтке тиесілі емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file was edited; export the key file again</source>
        <translation>файл өзгертілген; кілт файлын қайта экспорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is not a text</source>
        <translation>аты мәтін түрінде емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the key file again</source>
        <translation>кілт файлын қайта экспорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round pins another key for this expert (fingerprint %1) than this computer&apos;s key (%2)</source>
        <translation>кезең файлында бұл сарапшы үшін осы компьютердің кілтінен (%2) басқа кілт (саусақ ізі %1) бекітілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign on the computer that holds the pinned key, or ask the organiser to pin this key</source>
        <translation>бекітілген кілт сақталған компьютерде қол қойыңыз немесе ұйымдастырушыдан осы кілтті бекітуді сұраңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>the round has no file yet</source>
        <translation>кезеңнің әлі файлы жоқ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>use Save as… to choose where to save it</source>
        <translation>қайда сақтайтынын таңдау үшін «Басқаша сақтау…» пәрменін пайдаланыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save the round first, then package it</source>
        <translation>алдымен кезеңді сақтаңыз, содан кейін оны дестеге жинаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy %1 here (%2)</source>
        <translation>%1 файлын осында көшіру мүмкін емес (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the disk is not full and that you may write to the folder</source>
        <translation>дискіде орын бар екенін және қалтаға жазуға рұқсатыңыз бар екенін тексеріңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no expert is chosen for this round</source>
        <translation>бұл кезең үшін сарапшы таңдалмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose yourself in the commission list first</source>
        <translation>алдымен комиссия тізімінен өзіңізді таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a name from the commission list</source>
        <translation>комиссия тізімінен атыңызды таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no criterion «%2» in the round</source>
        <translation>кезеңде «%2» критерийі жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %3 is not allowed</source>
        <translation>%3 балын қоюға болмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a whole number from %4 to %5</source>
        <translation>бүтін сан енгізіңіз (ең азы %4, ең көбі %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say briefly why (e.g. I am a co-author of this course)</source>
        <translation>себебін қысқаша жазыңыз (мысалы: мен осы курстың авторларының бірімін)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the played interval ends (%1) before it starts (%2)</source>
        <translation>көрілген аралықтың соңы (%1) басынан (%2) бұрын тұр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no entry «%1» in the round</source>
        <translation>кезеңде «%1» курсы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry has no video «%2»</source>
        <translation>курста «%2» бейнесі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time %1 is not a number of seconds from the start</source>
        <translation>%1 уақыты басынан бастап есептелген секунд саны емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no note «%1»</source>
        <translation>«%1» жазбасы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it may have been deleted already</source>
        <translation>ол бұрын өшірілген болуы мүмкін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry is neither scored nor recused</source>
        <translation>курс бағаланбаған және одан бас тартылмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the criterion is not scored</source>
        <translation>критерий бойынша балл қойылмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audio could not be decoded (%1); the file may be damaged</source>
        <translation>дыбысты декодтау мүмкін болмады (%1); файл бүлінген болуы мүмкін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(found %1)</source>
        <translation>(табылғаны: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top level)</source>
        <translation>(жоғарғы деңгей)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value was expected</source>
        <translation>мән күтілген еді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field name in double quotes was expected</source>
        <translation>қос тырнақшадағы өріс атауы күтілген еді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma «,» was expected</source>
        <translation>үтір «,» күтілген еді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon «:» was expected</source>
        <translation>қос нүкте «:» күтілген еді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text in quotes is not closed</source>
        <translation>тырнақшадағы мәтін жабылмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character (such as a line break) inside a text</source>
        <translation>мәтін ішінде басқару таңбасы бар (мысалы, жол ауыстыру)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wrong \uXXXX sequence in a text</source>
        <translation>мәтінде \uXXXX тізбегі қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong sequence with «\» in a text</source>
        <translation>мәтінде «\» таңбасынан басталатын тізбек қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more text after the end of the document</source>
        <translation>құжат аяқталғаннан кейін артық мәтін бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma before a closing bracket</source>
        <translation>жабатын жақша алдында артық үтір</translation>
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
        <translation>мәтіннің %2-орнында %1 таңбасы тұр, мәтінде ондай таңба болмауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the text again; it was damaged or made to harm</source>
        <translation>мәтінді қайта теріңіз: ол бүлінген немесе зиян келтіру үшін жасалған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file&apos;s name or folder holds the character %1</source>
        <translation>файлдың немесе қалтаның атауында %1 таңбасы бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename the file (or folder) with ordinary letters</source>
        <translation>файлдың (немесе қалтаның) атауын кәдімгі әріптермен өзгертіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name is too long (%1 characters; at most %2)</source>
        <translation>файл атауы тым ұзын (%1 таңба; ең көбі %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the file a shorter name</source>
        <translation>файлға қысқарақ атау беріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number %3 is out of range</source>
        <translation>%3 саны рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or was made to harm; ask for a new copy</source>
        <translation>файл бүлінген немесе зиян келтіру үшін жасалған; жаңа көшірмесін сұраңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be decoded (%1)</source>
        <translation>файлды декодтау мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a readable .xlsx workbook (%1)</source>
        <translation>файл оқылатын .xlsx кітабы емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it again as .xlsx, or export it as CSV (UTF-8)</source>
        <translation>оны .xlsx ретінде қайта сақтаңыз немесе CSV (UTF-8) ретінде экспорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook is refused: it holds %1 parts (at most %2)</source>
        <translation>кітап қабылданбады: онда %1 бөлік бар (ең көбі %2)</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)</source>
        <translation>оны Excel немесе LibreOffice-те ашып, .xlsx ретінде қайта сақтаңыз немесе CSV (UTF-8) ретінде сақтаңыз</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>the workbook is refused: it would expand to %1 MB (at most %2 MB)</source>
        <translation>кітап қабылданбады: ашылғанда %1 МБ болар еді (ең көбі %2 МБ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook is refused: its part %1 is compressed %2 times (a zip bomb)</source>
        <translation>кітап қабылданбады: оның %1 бөлігі %2 есе сығылған (zip-бомба)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook is refused: its part %1 holds more than it declares (a zip bomb)</source>
        <translation>кітап қабылданбады: оның %1 бөлігінде көрсетілгеннен көп дерек бар (zip-бомба)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workbook is refused: its part %1 is not UTF-8 XML</source>
        <translation>кітап қабылданбады: оның %1 бөлігі UTF-8 кодындағы XML емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook is refused: its part %1 declares a DTD (&lt;!DOCTYPE or &lt;!ENTITY)</source>
        <translation>кітап қабылданбады: оның %1 бөлігінде DTD жарияланған (&lt;!DOCTYPE немесе &lt;!ENTITY)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table has more than %1 rows</source>
        <translation>кестеде %1 жолдан артық бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a sheet&apos;s table has one row per entry of the round; choose the right file</source>
        <translation>парақ кестесінде кезеңнің әр курсына бір жол болады; дұрыс файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 more problems</source>
        <translation>және тағы %1 қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct the ones above first, then check the table again</source>
        <translation>алдымен жоғарыдағыларды түзетіп, кестені қайта тексеріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cell holds the character %1, which a text may not hold</source>
        <translation>ұяшықта %1 таңбасы тұр, мәтінде ондай таңба болмауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the cell again</source>
        <translation>ұяшықты қайта толтырыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round is already open as %1 in another Sarapshy window</source>
        <translation>бұл кезең Sarapshy-дің басқа терезесінде «%1» рөлінде ашық тұр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch to that window, or close it and open the round here</source>
        <translation>сол терезеге өтіңіз немесе оны жауып, кезеңді осында ашыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setting a sheet aside needs a reason</source>
        <translation>парақты шеттету үшін себебін жазу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why, e.g. the key differs from the one on the signed paper sheet</source>
        <translation>себебін жазыңыз, мысалы: кілт қол қойылған қағаз парақтағы кілттен өзгеше</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>this is not a readable UTF-16 text file</source>
        <translation>бұл оқылатын UTF-16 мәтін файлы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the responses again as .csv or .xlsx</source>
        <translation>жауаптарды .csv немесе .xlsx ретінде қайта экспорттаңыз</translation>
    </message>
    <message>
        <location filename="../../app/models/error_templates_chair.py" line="-202"/>
        <source>ask the lower stage for its package again</source>
        <translation>алдыңғы кезеңнен пакетті қайта сұраңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>department</source>
        <translation>кафедра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faculty</source>
        <translation>факультет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university</source>
        <translation>университет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the university stage is the last one: nothing advances from it</source>
        <translation>университет кезеңі — соңғысы: одан әрі ешнәрсе жіберілмейді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the decisions file&apos;s &apos;advancing&apos; is empty: no entry advances</source>
        <translation>шешімдер файлының &apos;advancing&apos; тізімі бос: ешбір курс келесі кезеңге өтпейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the entries that advance, or leave &apos;advancing&apos; out to send the best %1</source>
        <translation>өтетін курстарды тізіңіз немесе ең үздік %1 курсты жіберу үшін &apos;advancing&apos; жолын алып тастаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the %1 stage at most %2 entries advance (regulation 9.5), %3 were chosen</source>
        <translation>%1 кезеңінен ең көбі %2 курс өтеді (Ереженің 9.5-тармағы), %3 курс таңдалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose fewer entries</source>
        <translation>азырақ курс таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no result for %1: an entry advances on the commission&apos;s scores</source>
        <translation>%1 үшін нәтиже жоқ: курс комиссияның баллдары бойынша өтеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose entries the experts scored</source>
        <translation>сарапшылар бағалаған курстарды таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no entry was chosen to advance</source>
        <translation>келесі кезеңге өтетін бірде-бір курс таңдалмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick the entries that advance</source>
        <translation>келесі кезеңге өтетін курстарды белгілеңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the round: %1</source>
        <translation>кезеңде жоқ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only an accepted sheet can be matched with its paper</source>
        <translation>қағаз нұсқасымен тек қабылданған парақты ғана салыстыруға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a valid sheet file for this expert</source>
        <translation>осы сарапшының жарамды парақ файлын жүктеңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entry has a result</source>
        <translation>бірде-бір курстың нәтижесі жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 share place %2 across the limit of %3 entries that advance (regulation 9.5)</source>
        <translation>%1 %2-орынды бөліседі, ал өтетін курстар шегі — %3 (Ереженің 9.5-тармағы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tick the entries the commission chose by vote (in a decisions file: &quot;advancing&quot;: %4), or order the tie with a tie resolution</source>
        <translation>комиссия дауыс беру арқылы таңдаған курстарды белгілеңіз (шешімдер файлында: &quot;advancing&quot;: %4) немесе тең баллды шешіммен реттеңіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a file, not a folder</source>
        <translation>бұл қалта емес, файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose an empty folder for the package</source>
        <translation>пакет үшін бос қалта таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder is not empty: a package is written into an empty folder</source>
        <translation>қалта бос емес: пакет бос қалтаға жазылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a new, empty folder (the package goes to the next stage as it is)</source>
        <translation>жаңа, бос қалта таңдаңыз (пакет келесі кезеңге сол күйінде жіберіледі)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the record of the lower stage&apos;s decision was changed after it was made (its content does not match the digest in its name)</source>
        <translation>алдыңғы кезең шешімінің жазбасы жасалғаннан кейін өзгертілген (мазмұны атауындағы дайджестке сәйкес келмейді)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the protocol extract of the %1 stage is missing or is not the one its record names</source>
        <translation>%1 кезеңі хаттамасынан үзінді жоқ немесе жазбада аталғанымен сәйкес емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the package&apos;s stages do not fit (%1 → %2)</source>
        <translation>пакеттің кезеңдері сәйкес емес (%1 → %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round file was changed after the package was made</source>
        <translation>раунд файлы пакет жасалғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the protocol extract was changed after the package was made</source>
        <translation>хаттамадан үзінді пакет жасалғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest and the round file list different entries</source>
        <translation>манифест пен раунд файлында әртүрлі курстар көрсетілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry %1 has no record of the stage that sent it</source>
        <translation>%1 курсында оны жіберген кезеңнің жазбасы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no package was given</source>
        <translation>бірде-бір пакет берілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 packages</source>
        <translation>%1 пакеттен көп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file already exists: gathering writes a new round</source>
        <translation>файл бұрыннан бар: жинау жаңа раунд жазады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a new file name (an existing round keeps its commission and sheets)</source>
        <translation>жаңа файл атауын таңдаңыз (бар раунд өз комиссиясы мен парақтарын сақтайды)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this package goes from the %1 stage to the %2 stage; it cannot go into a %3 round</source>
        <translation>бұл пакет %1 кезеңінен %2 кезеңіне жіберілген; оны %3 раундына қосуға болмайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gather the packages of one stage into the round of the stage after it</source>
        <translation>бір кезеңнің пакеттерін одан кейінгі кезеңнің раундына жинаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same stage&apos;s package is given twice (also %1)</source>
        <translation>бір кезеңнің пакеті екі рет берілген (тағы %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give each package once</source>
        <translation>әр пакетті бір рет беріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot copy the file (%1)</source>
        <translation>файлды көшіру мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a folder you may write to, with enough free space</source>
        <translation>жазуға рұқсат етілген, бос орны жеткілікті қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the entry «%1» is not in the round</source>
        <translation>«%1» жұмысы раундта жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the entry ids of the round file</source>
        <translation>раунд файлындағы жұмыс кодтарын жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert «%1» is not in the commission</source>
        <translation>«%1» сарапшысы комиссия құрамында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the expert ids of the round file</source>
        <translation>раунд файлындағы сарапшы кодтарын жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry is named twice</source>
        <translation>бір жұмыс екі рет аталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name each tied entry once, in the decided order</source>
        <translation>тең баллды әр жұмысты шешілген ретпен бір рет атаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry is in two tie resolutions</source>
        <translation>бір жұмыс тең баллдар бойынша екі шешімде бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give one resolution per tie</source>
        <translation>әр тең баллға бір шешім жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a place must be 1 or more (found %1)</source>
        <translation>орын 1 не одан көп болуы керек (табылғаны: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</source>
        <translation>Бұл компьютерде NCALayer іске қосылмаған (127.0.0.1:13579 мекенжайында ешкім жауап бермейді)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</source>
        <translation>NCALayer-ді іске қосыңыз (белгішесі сағаттың жанында пайда болады) да, «ЭЦҚ-мен қол қою (NCALayer)» түймесін қайта басыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signing was cancelled: nothing was signed</source>
        <translation>қол қою тоқтатылды: ештеңеге қол қойылған жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign again when ready</source>
        <translation>дайын болғанда қайта қол қойыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 chose an authentication key (AUTH_…): it is not for signing documents</source>
        <translation>%1 аутентификация кілтін (AUTH_…) таңдады: ол құжаттарға қол қоюға арналмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</source>
        <translation>қайта қол қойып, қол қою кілтін таңдаңыз (файл атауы RSA_ немесе GOST512_ деп басталады)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NCALayer refused to sign: %1 %2</source>
        <translation>NCALayer қол қоюдан бас тартты: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read NCALayer&apos;s message; check the key, its password and its validity</source>
        <translation>NCALayer хабарын оқыңыз; кілтті, оның құпия сөзін және жарамдылық мерзімін тексеріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the program at 127.0.0.1:13579 did not answer as NCALayer does</source>
        <translation>127.0.0.1:13579 мекенжайындағы бағдарлама NCALayer сияқты жауап бермеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>restart NCALayer and try again</source>
        <translation>NCALayer-ді қайта іске қосып, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>NCALayer closed the connection before answering</source>
        <translation>NCALayer жауап бермей тұрып байланысты жапты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NCALayer gave no answer in time</source>
        <translation>NCALayer уақытында жауап бермеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look for NCALayer&apos;s window (it may be behind this one) and try again</source>
        <translation>NCALayer терезесін іздеңіз (ол осы терезенің артында болуы мүмкін) де, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NCALayer is reached only on this computer, not at %1</source>
        <translation>NCALayer-ге тек осы компьютерде қосылуға болады, %1 мекенжайында емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use wss://127.0.0.1:13579</source>
        <translation>wss://127.0.0.1:13579 мекенжайын қолданыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document is too large to send to NCALayer</source>
        <translation>құжат NCALayer-ге жіберу үшін тым үлкен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign a smaller document</source>
        <translation>кішірек құжатқа қол қойыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signature NCALayer returned does not match the protocol</source>
        <translation>NCALayer қайтарған қолтаңба хаттамаға сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>nothing was saved; sign again</source>
        <translation>ештеңе сақталған жоқ; қайта қол қойыңыз</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the protocol changed on disk while it was being signed</source>
        <translation>қол қойылып жатқанда хаттама дискіде өзгерді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a CMS signature (SignedData)</source>
        <translation>файл CMS қолтаңбасы (SignedData) емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the .cms file saved beside the PDF</source>
        <translation>PDF жанына сақталған .cms файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this key has already signed the document</source>
        <translation>бұл кілтпен құжатқа қол қойылып қойған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next member signs with their own key</source>
        <translation>келесі мүше өз кілтімен қол қояды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these signatures are over another version of the protocol</source>
        <translation>бұл қолтаңбалар хаттаманың басқа нұсқасына қойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move this .cms file away (keep it with its own PDF), then sign the new protocol</source>
        <translation>бұл .cms файлын басқа жерге жылжытыңыз (оны өз PDF-імен бірге сақтаңыз), содан кейін жаңа хаттамаға қол қойыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is damaged and cannot be read (%1)</source>
        <translation>PDF зақымдалған, оны оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the copy the signer sent, or ask for it again</source>
        <translation>қол қоюшы жіберген дананы пайдаланыңыз немесе оны қайта сұраңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not an X.509 certificate</source>
        <translation>бұл X.509 сертификаты емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the signer&apos;s certificate file (.pem, .cer or .crt)</source>
        <translation>қол қоюшының сертификат файлын көрсетіңіз (.pem, .cer немесе .crt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy would overwrite the protocol itself</source>
        <translation>көшірме хаттаманың өзін қайта жазып жібереді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another file name</source>
        <translation>басқа файл атауын таңдаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the protocol PDF written by Sarapshy</source>
        <translation>Sarapshy жазған хаттама PDF-ін таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no program on this computer prints PDF files</source>
        <translation>бұл компьютерде PDF файлдарын басып шығаратын бағдарлама жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install a PDF reader and set it as the PDF program</source>
        <translation>PDF оқу бағдарламасын орнатып, оны PDF бағдарламасы етіп тағайындаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the printing system did not take the file (%1)</source>
        <translation>басып шығару жүйесі файлды қабылдамады (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the printer in the system settings</source>
        <translation>жүйе баптауларында принтерді тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../app/models/error_templates_review.py" line="-163"/>
        <source>ask the chair for a new request</source>
        <translation>төрағадан жаңа сұрау сұраңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no conflict of interest is suggested for this entry</source>
        <translation>бұл курс бойынша мүдделер қақтығысы ұсынылмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer «%2» is neither recused nor dismissed</source>
        <translation>«%2» жауабы «бас тартты» да, «қабылдамады» да емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dismissing a suggested conflict of interest needs a reason</source>
        <translation>ұсынылған мүдделер қақтығысын қабылдамау үшін себебін жазу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why there is no conflict, or confirm it and recuse yourself</source>
        <translation>қақтығыс неге жоқ екенін жазыңыз немесе оны растап, бағалаудан бас тартыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answers to suggested conflicts of interest need format sarapshy-sheet/2, but the sheet says sarapshy-sheet/1</source>
        <translation>ұсынылған мүдделер қақтығыстарына жауаптар sarapshy-sheet/2 пішімін қажет етеді, ал парақта sarapshy-sheet/1 жазылған</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a conflict-of-interest answer names entry «%1», which is not in the round</source>
        <translation>мүдделер қақтығысына жауап раундта жоқ «%1» курсын атайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conflict of interest is answered twice</source>
        <translation>мүдделер қақтығысына екі рет жауап берілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert confirmed the conflict of interest (recused), yet the sheet scores the course</source>
        <translation>сарапшы мүдделер қақтығысын растады (бағалаудан бас тартты), бірақ парақта курс бағаланған</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the question to the expert is empty</source>
        <translation>сарапшыға қойылған сұрақ бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write what the expert should reconsider</source>
        <translation>сарапшы нені қайта қарауы керек екенін жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert %1 has no accepted sheet to reconsider</source>
        <translation>%1 сарапшысының қайта қарауға болатын қабылданған парағы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the expert&apos;s sheet first</source>
        <translation>алдымен сарапшының парағын импорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no accepted sheet of expert «%1» among the files</source>
        <translation>файлдардың арасында «%1» сарапшысының қабылданған парағы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the expert&apos;s sheet file (sarapshy merge lists why a sheet is left out)</source>
        <translation>сарапшының парақ файлын беріңіз (парақтың неге алынбағанын sarapshy merge көрсетеді)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» is not ENTRY:CRITERION:QUESTION</source>
        <translation>«%1» КУРС:КРИТЕРИЙ:СҰРАҚ түрінде емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. --cell m01:c3:&apos;Why 9?&apos;</source>
        <translation>мысалы, --cell m01:c3:&apos;Неге 9?&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet does not belong to this round file</source>
        <translation>парақ осы раунд файлына тиесілі емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the expert&apos;s sheet for this round</source>
        <translation>сарапшының осы раундқа арналған парағын импорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no cell is marked for reconsideration</source>
        <translation>қайта қарауға бірде-бір ұяшық белгіленбеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark at least one cell</source>
        <translation>кемінде бір ұяшықты белгілеңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert gave no score here</source>
        <translation>сарапшы бұл жерге баға қоймаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark a scored cell</source>
        <translation>бағаланған ұяшықты белгілеңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request is not signed by the chair</source>
        <translation>сұрауға төраға қол қоймаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the chair to export the request again from Sarapshy</source>
        <translation>төрағадан сұрауды Sarapshy-ден қайта экспорттауды сұраңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request was changed after the chair signed it</source>
        <translation>сұрау төраға қол қойғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the file exactly as the chair exported it, or ask for it again</source>
        <translation>файлды төраға экспорттаған күйінде пайдаланыңыз немесе оны қайта сұраңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request belongs to another round (%1)</source>
        <translation>сұрау басқа раундқа тиесілі (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the round the chair sent the request for</source>
        <translation>төраға сұрауды жіберген раундты ашыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request was made for another version of the round file</source>
        <translation>сұрау раунд файлының басқа нұсқасы үшін жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the chair which round file is current</source>
        <translation>қай раунд файлы өзекті екенін төрағадан сұраңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request is addressed to %1, not to you (expert %2)</source>
        <translation>сұрау сізге емес (сарапшы %2), %1 атына жіберілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the request addressed to you</source>
        <translation>өзіңізге арналған сұрауды ашыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request refers to another file of your sheet (revision %1, code %2)</source>
        <translation>сұрау парағыңыздың басқа файлына сілтейді (%1-нұсқа, коды %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose that sheet file</source>
        <translation>сол парақ файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request names a course or criterion the round does not have</source>
        <translation>сұрауда раундта жоқ курс немесе критерий аталған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request states the score %2, the sheet holds %3</source>
        <translation>сұрауда %2 бағасы көрсетілген, ал парақта %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cell was not requested</source>
        <translation>бұл ұяшық сұралмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer only the requested cells; other changes need a separate revision</source>
        <translation>тек сұралған ұяшықтарға жауап беріңіз; басқа өзгерістер бөлек нұсқаны қажет етеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the requested cell has no answer</source>
        <translation>сұралған ұяшыққа жауап жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the score or change it</source>
        <translation>бағаны қалдырыңыз немесе өзгертіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %2 is out of range %3–%4</source>
        <translation>%2 бағасы %3–%4 аралығынан тыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a score within the range</source>
        <translation>аралықтағы баға қойыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changes %2 → %3 without a written justification</source>
        <translation>баға %2 → %3 жазбаша негіздемесіз өзгереді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write why the score changes</source>
        <translation>баға неге өзгеретінін жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a changed score needs a written justification</source>
        <translation>өзгертілген баға жазбаша негіздемені қажет етеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the revision %1 is not newer than the sheet&apos;s</source>
        <translation>%1-нұсқа парақтың нұсқасынан жаңа емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the revision answers more than one reconsideration request</source>
        <translation>нұсқа қайта қараудың бірнеше сұрауына жауап береді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer one request per revision</source>
        <translation>әр нұсқада бір сұрауға ғана жауап беріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it answers a reconsideration request (%1…) the chair does not have here</source>
        <translation>ол төрағада бұл жерде жоқ қайта қарау сұрауына (%1…) жауап береді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import that request file</source>
        <translation>сол сұрау файлын импорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet it revises (revision %1, code %2) is not among the imported files</source>
        <translation>ол қайта қарайтын парақ (%1-нұсқа, коды %2) импортталған файлдардың арасында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import it as well, so the change can be checked</source>
        <translation>өзгерісті тексеру үшін оны да импорттаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision %1 is not newer than the revision %2 it revises</source>
        <translation>%1-нұсқа ол қайта қарайтын %2-нұсқадан жаңа емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the requested cell is not answered</source>
        <translation>сұралған ұяшыққа жауап берілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;before&apos; is %2, the score in the revised sheet was %3</source>
        <translation>«бұрын» мәні %2, ал қайта қаралған парақта баға %3 болған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listed as reconsidered but not requested</source>
        <translation>қайта қаралған деп көрсетілген, бірақ сұралмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;after&apos; is %2, the sheet holds %3</source>
        <translation>«кейін» мәні %2, ал парақта %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recusal changed without being requested</source>
        <translation>бағалаудан бас тарту сұралмай өзгерген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recusal changed without being requested (compared with revision %2)</source>
        <translation>бағалаудан бас тарту сұралмай өзгерген (%2-нұсқамен салыстырғанда)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changed %2 → %3 without being requested</source>
        <translation>баға сұралмай %2 → %3 өзгерген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score changed %2 → %3 without being requested (compared with revision %4)</source>
        <translation>баға сұралмай %2 → %3 өзгерген (%4-нұсқамен салыстырғанда)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save it as CSV (UTF-8)</source>
        <translation>оны CSV (UTF-8) ретінде сақтаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header must name entry_id, criterion_id, score (and justification)</source>
        <translation>тақырып жолында entry_id, criterion_id, score (және justification) аталуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the header line</source>
        <translation>тақырып жолын қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score «%2» is not a whole number</source>
        <translation>«%2» бағасы бүтін сан емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the score kept or the new one</source>
        <translation>қалдырылған немесе жаңа бағаны жазыңыз</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <location filename="../../app/media/check_words.py" line="+20"/>
        <source>filled in %1 of %2 frames</source>
        <translation>%2 кадрдың %1 кадры толық</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>black bars (%1) in %2 of %3 frames</source>
        <translation>%3 кадрдың %2 кадрында қара жолақтар бар (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all %1 sampled frames are black</source>
        <translation>алынған %1 кадрдың бәрі қара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no black bars</source>
        <translation>қара жолақтар жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 channels (stereo)</source>
        <translation>2 арна (стерео)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 channel (mono)</source>
        <translation>1 арна (моно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>%1 арна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silence</source>
        <translation>тыныштық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters</source>
        <translation>%1 таңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters (%2)</source>
        <translation>%1 таңба (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–%1 characters</source>
        <translation>1–%1 таңба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 1 promo video</source>
        <translation>кемінде 1 промо-бейнеролик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 link(s) not checked</source>
        <translation>%1 сілтеме тексерілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video files in the round folder</source>
        <translation>кезең қалтасындағы бейне файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a readable video file</source>
        <translation>оқылатын бейне файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left − right %1 dB, channels alike %2</source>
        <translation>сол − оң %1 дБ, арналардың ұқсастығы %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left − right within ±%1 dB, channels alike ≥ %2</source>
        <translation>сол − оң ±%1 дБ аралығында, арналардың ұқсастығы ≥ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2 (%3), pixels %4:%5</source>
        <translation>%1:%2 (%3), пиксельдер %4:%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars above and below %1%</source>
        <translation>үсті мен астындағы жолақтар %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars at the sides %1%</source>
        <translation>бүйірлеріндегі жолақтар %1%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The voice must sound from the middle: the left and right channels about equally loud (a difference of at most %1 dB) and carrying the same sound (likeness from 0 — unrelated — to 1 — identical; at least %2). A voice heard from one side only fails.</source>
        <translation>Дауыс ортадан естілуі керек: сол және оң арналардың қаттылығы шамамен бірдей (айырмасы %1 дБ-ден аспайды) және екеуінде бір дыбыс (ұқсастық 0 — мүлде басқа, 1 — бірдей; кемінде %2). Дауыс тек бір жақтан естілсе, талап орындалмайды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture must fill the whole frame: black stripes above and below or at the sides mean the video was made for another frame shape.</source>
        <translation>Сурет кадрды толық толтыруы керек: үсті мен астындағы немесе бүйірлеріндегі қара жолақтар бейненің басқа кадр пішініне жасалғанын білдіреді.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+184"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>SheetStatus</name>
    <message>
        <location filename="../../app/models/status_text.py" line="+20"/>
        <source>OK</source>
        <translation>ДҰРЫС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>ҚАТЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REJECTED</source>
        <translation>ҚАБЫЛДАНБАДЫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUPERSEDED</source>
        <translation>ЕСКІРГЕН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DUPLICATE</source>
        <translation>ҚАЙТАЛАНҒАН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SET_ASIDE</source>
        <translation>ШЕТТЕТІЛДІ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLAG</source>
        <translation>НАЗАР АУДАРЫҢЫЗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key %1 also signs the sheets of %2: one person may have signed for another; compare with the signed paper sheets</source>
        <translation>%1 кілтімен %2 сарапшыларының парақтарына да қол қойылған: бір адам басқасының атынан қол қойған болуы мүмкін; қол қойылған қағаз парақтармен салыстырыңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file cannot be checked (%1)</source>
        <translation>файлды тексеру мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readable sheet file</source>
        <translation>бұл оқылатын бағалау парағының файлы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not match: the sheet was changed after signing, or it is not signed</source>
        <translation>қолтаңба сәйкес келмейді: парақ қол қойылғаннан кейін өзгертілген немесе оған қол қойылмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet belongs to another round (%1)</source>
        <translation>парақ басқа кезеңге тиесілі (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round file was edited after this sheet was made: the expert must score against the current round file</source>
        <translation>кезең файлы осы парақ жасалғаннан кейін өзгертілген: сарапшы кезең файлының қазіргі нұсқасы бойынша қайта бағалауы керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expert «%1» is not in the round&apos;s commission</source>
        <translation>«%1» сарапшысы кезең комиссиясының құрамында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed with another key (fingerprint %1) than the one pinned for %2 in the round</source>
        <translation>кезең файлында %2 үшін бекітілген кілтпен емес, басқа кілтпен (саусақ ізі %1) қол қойылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a score is out of range</source>
        <translation>балдардың бірі рұқсат етілген аралықтан тыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet is incomplete</source>
        <translation>парақ толық толтырылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet scores entries or criteria that are not in the round</source>
        <translation>парақта кезеңде жоқ курстар немесе критерийлер бағаланған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1 handed in different sheets with the same revision %2 (%3); keep only the right one</source>
        <translation>%1 сарапшысы нұсқасы бірдей (%2) әртүрлі парақтар тапсырған (%3); тек дұрысын қалдырыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert %1&apos;s sheets are signed with different keys (%2); compare the key printed on the signed paper sheet and set the wrong file aside</source>
        <translation>%1 сарапшысының парақтарына әртүрлі кілттермен қол қойылған (%2); қол қойылған қағаз парақтағы кілтпен салыстырып, қате файлды шеттетіңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>revision %1; revision %2 is taken</source>
        <translation>%1-нұсқа; %2-нұсқа алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same sheet as one already taken</source>
        <translation>бұрын алынған парақпен бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answers to suggested conflicts of interest do not fit the sheet</source>
        <translation>ұсынылған мүдделер қақтығыстарына жауаптар параққа сәйкес емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the revision does not answer the chair&apos;s reconsideration request as it must; the revision before it stays in force</source>
        <translation>нұсқа төрағаның қайта қарау сұрауына тиісінше жауап бермейді; оның алдындағы нұсқа күшінде қалады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and %1 more</source>
        <translation>және тағы %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry «%1» is not in the round</source>
        <translation>«%1» курсы кезеңде жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: video «%2» is not in the round</source>
        <translation>%1 курсы: «%2» бейнесі кезеңде жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion «%2» is not in the round</source>
        <translation>%1 курсы: «%2» критерийі кезеңде жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion %2 is not scored</source>
        <translation>%1 курсы: %2 критерийі бойынша балл қойылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1: criterion %2 score %3 is out of range %4–%5</source>
        <translation>%1 курсы: %2 критерийі бойынша %3 балы %4–%5 аралығынан тыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries neither scored nor recused: %1</source>
        <translation>бағаланбаған және бас тартылмаған курстар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key %1</source>
        <translation>кілт %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key %1 (key not confirmed)</source>
        <translation>кілт %1 (кілт расталмаған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1  revision %2  code %3</source>
        <translation>сарапшы %1  нұсқа %2  код %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert %1  code %2</source>
        <translation>сарапшы %1  код %2</translation>
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
        <translation>Қате шықты, әрекет аяқталмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your saved work is not affected. Error: %1</source>
        <translation>Сақталған жұмысыңыз зардап шеккен жоқ. Қате: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
</context>
</TS>
