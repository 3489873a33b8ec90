<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>InputError</name>
    <message>
        <location filename="../../app/ui/error_text.py" line="+38"/>
        <source>the file does not exist</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the name and the folder</source>
        <translation>файлдың атауы мен қалтасын тексеріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a folder, not a file</source>
        <translation>бұл файл емес, қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the file inside it</source>
        <translation>оның ішіндегі файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission to read the file is denied</source>
        <translation>файлды оқуға рұқсат жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file to a folder you own, or ask for read access</source>
        <translation>файлды өзіңіздің қалтаңызға көшіріңіз немесе оқуға рұқсат сұраңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read (%1)</source>
        <translation>файлды оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy it to the local disk and try again</source>
        <translation>оны компьютердің өз дискісіне көшіріп, қайта көріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>файл тым үлкен (%1; шегі — %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a Sarapshy file, or it was damaged; choose the right file</source>
        <translation>бұл Сарапшы файлы емес немесе ол бүлінген; дұрыс файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is UTF-16 text, not UTF-8</source>
        <translation>файл UTF-8 емес, UTF-16 мәтіні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)</source>
        <translation>оны UTF-8 кодтауымен сақтаңыз (Блокнотта: «Басқаша сақтау» → «Кодтау»: UTF-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not UTF-8 text (byte %3)</source>
        <translation>файл UTF-8 мәтіні емес (%3 байты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save it as UTF-8; it may have been saved in a Windows code page</source>
        <translation>оны UTF-8 кодтауымен сақтаңыз; ол Windows кодтауында (мысалы, cp1251) сақталған болуы мүмкін</translation>
    </message>
    <message>
        <source>the file is a PDF document, not a Sarapshy file</source>
        <translation>файл — PDF құжаты, Sarapshy файлы емес</translation>
    </message>
    <message>
        <source>choose the .json file itself; the PDF is only its printable copy</source>
        <translation>JSON файлының өзін таңдаңыз; PDF — оның басып шығаруға арналған көшірмесі ғана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, byte %2</source>
        <translation>%1-жол, %2-байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the right file</source>
        <translation>дұрыс файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key «%1» appears twice in one object</source>
        <translation>«%1» кілті бір объектіде екі рет кездеседі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep only one of them</source>
        <translation>біреуін ғана қалдырыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON (%3)</source>
        <translation>JSON қате (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or is not a Sarapshy file</source>
        <translation>файл бүлінген немесе Сарапшы файлы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, column %2</source>
        <translation>%1-жол, %2-баған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the JSON is nested too deeply</source>
        <translation>JSON тым терең кірістірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>this is not a Sarapshy file</source>
        <translation>бұл Сарапшы файлы емес</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the JSON document is not an object</source>
        <translation>JSON құжаты объект емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown version «%1» of the file format</source>
        <translation>файл пішімінің белгісіз нұсқасы: «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this program reads %2; install a newer Sarapshy</source>
        <translation>бұл бағдарлама %2 пішімін оқиды; Сарапшының жаңа нұсқасын орнатыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field «format» is missing</source>
        <translation>«format» өрісі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file must start with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>файл &quot;format&quot;: &quot;%1&quot; жолынан басталуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a different kind of file (format %1)</source>
        <translation>бұл басқа түрдегі файл (пішімі %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %2</source>
        <translation>күтілгені: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required field is missing</source>
        <translation>міндетті өріс жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add it</source>
        <translation>оны қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field «%1»</source>
        <translation>белгісіз өріс «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove it or correct its spelling</source>
        <translation>оны өшіріңіз немесе атауын дұрыс жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the list needs at least %2 item(s), it has %3</source>
        <translation>тізімде кемінде %2 элемент болуы керек, қазір %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the missing ones</source>
        <translation>жетпейтіндерін қосыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the list may have at most %2 item(s), it has %3</source>
        <translation>тізімде ең көбі %2 элемент болуы мүмкін, қазір %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the extra ones</source>
        <translation>артығын өшіріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is too short (at least %2 character(s))</source>
        <translation>мәтін тым қысқа (кемінде %2 таңба керек)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>fill it in</source>
        <translation>оны толтырыңыз</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the text is too long (at most %2 characters)</source>
        <translation>мәтін тым ұзын (ең көбі %2 таңба)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it</source>
        <translation>оны қысқартыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value does not match the pattern %2</source>
        <translation>мәні %2 үлгісіне сәйкес емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use only the characters it allows: for an id, Latin letters, digits and _ . -</source>
        <translation>тек рұқсат етілген таңбаларды қолданыңыз: идентификаторда — латын әріптері, цифрлар және _ . -</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>write it as YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түрінде жазыңыз (мысалы, 2026-05-20)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>use kk, ru or en</source>
        <translation>kk, ru немесе en кодын қолданыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is empty in every language</source>
        <translation>мәтін барлық тілде бос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write it in at least one language</source>
        <translation>оны кемінде бір тілде жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>leaves the round file&apos;s folder</source>
        <translation>кезең файлының қалтасынан шығып кетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep media inside it (e.g. media/m01/promo.mp4)</source>
        <translation>бейне мен басқа файлдарды сол қалтаның ішінде сақтаңыз (мысалы, media/m01/promo.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>must be a UUID</source>
        <translation>UUID болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1b4e28ba-2fa1-11d2-883f-0016d3cca427</source>
        <translation>мысалы, 1b4e28ba-2fa1-11d2-883f-0016d3cca427</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the id «%2» is used twice (again at position %3)</source>
        <translation>«%2» идентификаторы екі рет қолданылған (қайтадан %3-орында)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ids must be unique</source>
        <translation>идентификаторлар қайталанбауы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leads outside the round file&apos;s folder</source>
        <translation>кезең файлының қалтасынан тыс жерге апарады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the file into the round folder</source>
        <translation>файлды кезең қалтасына көшіріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round has no entries yet</source>
        <translation>кезеңде әзірге курс жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 has no videos: it will be judged from its link</source>
        <translation>%1 курсында бейне жоқ: ол сілтемесі бойынша бағаланады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video %1 is not in the round folder</source>
        <translation>%1 бейнесі кезең қалтасында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy the media folder next to the round file</source>
        <translation>media қалтасын кезең файлының жанына көшіріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>a control character (such as a line break) inside a text</source>
        <translation>мәтін ішінде басқару таңбасы бар (мысалы, жол ауыстыру)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>the text holds the character %1 at position %2, which a text may not hold</source>
        <translation>мәтіннің %2-орнында %1 таңбасы тұр, мәтінде ондай таңба болмауы керек</translation>
    </message>
    <message>
        <source>type the text again; it was damaged or made to harm</source>
        <translation>мәтінді қайта теріңіз: ол бүлінген немесе зиян келтіру үшін жасалған</translation>
    </message>
    <message>
        <source>the file's name or folder holds the character %1</source>
        <translation>файлдың немесе қалтаның атауында %1 таңбасы бар</translation>
    </message>
    <message>
        <source>rename the file (or folder) with ordinary letters</source>
        <translation>файлдың (немесе қалтаның) атауын кәдімгі әріптермен өзгертіңіз</translation>
    </message>
    <message>
        <source>the file name is too long (%1 characters; at most %2)</source>
        <translation>файл атауы тым ұзын (%1 таңба; ең көбі %2)</translation>
    </message>
    <message>
        <source>give the file a shorter name</source>
        <translation>файлға қысқарақ атау беріңіз</translation>
    </message>
    <message>
        <source>the number %3 is out of range</source>
        <translation>%3 саны рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>the file is damaged or was made to harm; ask for a new copy</source>
        <translation>файл бүлінген немесе зиян келтіру үшін жасалған; жаңа көшірмесін сұраңыз</translation>
    </message>
    <message>
        <source>the file cannot be decoded (%1)</source>
        <translation>файлды декодтау мүмкін емес (%1)</translation>
    </message>
    <message>
        <source>the file is not a readable .xlsx workbook (%1)</source>
        <translation>файл оқылатын .xlsx кітабы емес (%1)</translation>
    </message>
    <message>
        <source>save it again as .xlsx, or export it as CSV (UTF-8)</source>
        <translation>оны .xlsx ретінде қайта сақтаңыз немесе CSV (UTF-8) ретінде экспорттаңыз</translation>
    </message>
    <message>
        <source>the workbook is refused: it holds %1 parts (at most %2)</source>
        <translation>кітап қабылданбады: онда %1 бөлік бар (ең көбі %2)</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV (UTF-8)</source>
        <translation>оны Excel немесе LibreOffice-те ашып, .xlsx ретінде қайта сақтаңыз немесе CSV (UTF-8) ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>the workbook is refused: it would expand to %1 MB (at most %2 MB)</source>
        <translation>кітап қабылданбады: ашылғанда %1 МБ болар еді (ең көбі %2 МБ)</translation>
    </message>
    <message>
        <source>the workbook is refused: its part %1 is compressed %2 times (a zip bomb)</source>
        <translation>кітап қабылданбады: оның %1 бөлігі %2 есе сығылған (zip-бомба)</translation>
    </message>
    <message>
        <source>the workbook is refused: its part %1 holds more than it declares (a zip bomb)</source>
        <translation>кітап қабылданбады: оның %1 бөлігінде көрсетілгеннен көп дерек бар (zip-бомба)</translation>
    </message>
    <message>
        <source>the workbook is refused: its part %1 is not UTF-8 XML</source>
        <translation>кітап қабылданбады: оның %1 бөлігі UTF-8 кодындағы XML емес</translation>
    </message>
    <message>
        <source>the workbook is refused: its part %1 declares a DTD (&lt;!DOCTYPE or &lt;!ENTITY)</source>
        <translation>кітап қабылданбады: оның %1 бөлігінде DTD жарияланған (&lt;!DOCTYPE немесе &lt;!ENTITY)</translation>
    </message>
    <message>
        <source>the table has more than %1 rows</source>
        <translation>кестеде %1 жолдан артық бар</translation>
    </message>
    <message>
        <source>a sheet's table has one row per entry of the round; choose the right file</source>
        <translation>парақ кестесінде кезеңнің әр курсына бір жол болады; дұрыс файлды таңдаңыз</translation>
    </message>
    <message>
        <source>and %1 more problems</source>
        <translation>және тағы %1 қате</translation>
    </message>
    <message>
        <source>correct the ones above first, then check the table again</source>
        <translation>алдымен жоғарыдағыларды түзетіп, кестені қайта тексеріңіз</translation>
    </message>
    <message>
        <source>the cell holds the character %1, which a text may not hold</source>
        <translation>ұяшықта %1 таңбасы тұр, мәтінде ондай таңба болмауы керек</translation>
    </message>
    <message>
        <source>type the cell again</source>
        <translation>ұяшықты қайта толтырыңыз</translation>
    </message>
    <message>
        <source>the round is already open as %1 in another Sarapshy window</source>
        <translation>бұл кезең Sarapshy-дің басқа терезесінде «%1» рөлінде ашық тұр</translation>
    </message>
    <message>
        <source>switch to that window, or close it and open the round here</source>
        <translation>сол терезеге өтіңіз немесе оны жауып, кезеңді осында ашыңыз</translation>
    </message>
    <message>
        <source>setting a sheet aside needs a reason</source>
        <translation>парақты шеттету үшін себебін жазу керек</translation>
    </message>
    <message>
        <source>say why, e.g. the key differs from the one on the signed paper sheet</source>
        <translation>себебін жазыңыз, мысалы: кілт қол қойылған қағаз парақтағы кілттен өзгеше</translation>
    </message>
    <message>
        <source>this is not a readable UTF-16 text file</source>
        <translation>бұл оқылатын UTF-16 мәтін файлы емес</translation>
    </message>
    <message>
        <source>export the responses again as .csv or .xlsx</source>
        <translation>жауаптарды .csv немесе .xlsx ретінде қайта экспорттаңыз</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/ui/worker.py" line="+179"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location line="+18"/>
        <source>Sarapshy</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong and the operation was not completed.</source>
        <translation>Қате шықты, әрекет аяқталмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved work is not affected. Error: %1</source>
        <translation>Сақталған жұмысыңыз зардап шеккен жоқ. Қате: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
</context>
</TS>
