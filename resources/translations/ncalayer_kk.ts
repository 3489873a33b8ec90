<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>CmsSignersModel</name>
    <message>
        <location filename="../../app/ui/ncalayer.py" line="+49"/>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing time</source>
        <translation>Қол қойылған уақыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate serial</source>
        <translation>Сертификат нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Берген орталық</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>NOT VALID: an authentication (AUTH_) key</source>
        <translation>ЖАРАМСЫЗ: аутентификация (AUTH_) кілті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid (digest and signature checked)</source>
        <translation>дұрыс (хэш пен қолтаңба тексерілді)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BROKEN: the file was changed after signing</source>
        <translation>БҰЗЫЛҒАН: файл қол қойылғаннан кейін өзгерген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BROKEN: %1</source>
        <translation>БҰЗЫЛҒАН: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid signature</source>
        <translation>қолтаңба дұрыс емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digest matches; confirm the GOST signature on ezSigner</source>
        <translation>хэш сәйкес; ГОСТ қолтаңбасын ezSigner-де растаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</source>
        <translation type="vanished">Бұл компьютерде NCALayer іске қосылмаған (127.0.0.1:13579 мекенжайында ешкім жауап бермейді)</translation>
    </message>
    <message>
        <source>start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</source>
        <translation type="vanished">NCALayer-ді іске қосыңыз (белгішесі сағаттың жанында пайда болады) да, «ЭЦҚ-мен қол қою (NCALayer)» түймесін қайта басыңыз</translation>
    </message>
    <message>
        <source>signing was cancelled: nothing was signed</source>
        <translation type="vanished">қол қою тоқтатылды: ештеңеге қол қойылған жоқ</translation>
    </message>
    <message>
        <source>sign again when ready</source>
        <translation type="vanished">дайын болғанда қайта қол қойыңыз</translation>
    </message>
    <message>
        <source>%1 chose an authentication key (AUTH_…): it is not for signing documents</source>
        <translation type="vanished">%1 аутентификация кілтін (AUTH_…) таңдады: ол құжаттарға қол қоюға арналмаған</translation>
    </message>
    <message>
        <source>sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</source>
        <translation type="vanished">қайта қол қойып, қол қою кілтін таңдаңыз (файл атауы RSA_ немесе GOST512_ деп басталады)</translation>
    </message>
    <message>
        <source>NCALayer refused to sign: %1 %2</source>
        <translation type="vanished">NCALayer қол қоюдан бас тартты: %1 %2</translation>
    </message>
    <message>
        <source>read NCALayer&apos;s message; check the key, its password and its validity</source>
        <translation type="vanished">NCALayer хабарын оқыңыз; кілтті, оның құпия сөзін және жарамдылық мерзімін тексеріңіз</translation>
    </message>
    <message>
        <source>the program at 127.0.0.1:13579 did not answer as NCALayer does</source>
        <translation type="vanished">127.0.0.1:13579 мекенжайындағы бағдарлама NCALayer сияқты жауап бермеді</translation>
    </message>
    <message>
        <source>restart NCALayer and try again</source>
        <translation type="vanished">NCALayer-ді қайта іске қосып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>NCALayer closed the connection before answering</source>
        <translation type="vanished">NCALayer жауап бермей тұрып байланысты жапты</translation>
    </message>
    <message>
        <source>NCALayer gave no answer in time</source>
        <translation type="vanished">NCALayer уақытында жауап бермеді</translation>
    </message>
    <message>
        <source>look for NCALayer&apos;s window (it may be behind this one) and try again</source>
        <translation type="vanished">NCALayer терезесін іздеңіз (ол осы терезенің артында болуы мүмкін) де, қайталап көріңіз</translation>
    </message>
    <message>
        <source>NCALayer is reached only on this computer, not at %1</source>
        <translation type="vanished">NCALayer-ге тек осы компьютерде қосылуға болады, %1 мекенжайында емес</translation>
    </message>
    <message>
        <source>use wss://127.0.0.1:13579</source>
        <translation type="vanished">wss://127.0.0.1:13579 мекенжайын қолданыңыз</translation>
    </message>
    <message>
        <source>the document is too large to send to NCALayer</source>
        <translation type="vanished">құжат NCALayer-ге жіберу үшін тым үлкен</translation>
    </message>
    <message>
        <source>sign a smaller document</source>
        <translation type="vanished">кішірек құжатқа қол қойыңыз</translation>
    </message>
    <message>
        <source>the signature NCALayer returned does not match the protocol</source>
        <translation type="vanished">NCALayer қайтарған қолтаңба хаттамаға сәйкес келмейді</translation>
    </message>
    <message>
        <source>nothing was saved; sign again</source>
        <translation type="vanished">ештеңе сақталған жоқ; қайта қол қойыңыз</translation>
    </message>
    <message>
        <source>the protocol changed on disk while it was being signed</source>
        <translation type="vanished">қол қойылып жатқанда хаттама дискіде өзгерді</translation>
    </message>
    <message>
        <source>the file is not a CMS signature (SignedData)</source>
        <translation type="vanished">файл CMS қолтаңбасы (SignedData) емес</translation>
    </message>
    <message>
        <source>choose the .cms file saved beside the PDF</source>
        <translation type="vanished">PDF жанына сақталған .cms файлын таңдаңыз</translation>
    </message>
    <message>
        <source>this key has already signed the document</source>
        <translation type="vanished">бұл кілтпен құжатқа қол қойылып қойған</translation>
    </message>
    <message>
        <source>the next member signs with their own key</source>
        <translation type="vanished">келесі мүше өз кілтімен қол қояды</translation>
    </message>
    <message>
        <source>these signatures are over another version of the protocol</source>
        <translation type="vanished">бұл қолтаңбалар хаттаманың басқа нұсқасына қойылған</translation>
    </message>
    <message>
        <source>move this .cms file away (keep it with its own PDF), then sign the new protocol</source>
        <translation type="vanished">бұл .cms файлын басқа жерге жылжытыңыз (оны өз PDF-імен бірге сақтаңыз), содан кейін жаңа хаттамаға қол қойыңыз</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read (%1)</source>
        <translation type="vanished">PDF зақымдалған, оны оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <source>use the copy the signer sent, or ask for it again</source>
        <translation type="vanished">қол қоюшы жіберген дананы пайдаланыңыз немесе оны қайта сұраңыз</translation>
    </message>
    <message>
        <source>this is not an X.509 certificate</source>
        <translation type="vanished">бұл X.509 сертификаты емес</translation>
    </message>
    <message>
        <source>name the signer&apos;s certificate file (.pem, .cer or .crt)</source>
        <translation type="vanished">қол қоюшының сертификат файлын көрсетіңіз (.pem, .cer немесе .crt)</translation>
    </message>
    <message>
        <source>the copy would overwrite the protocol itself</source>
        <translation type="vanished">көшірме хаттаманың өзін қайта жазып жібереді</translation>
    </message>
    <message>
        <source>choose another file name</source>
        <translation type="vanished">басқа файл атауын таңдаңыз</translation>
    </message>
    <message>
        <source>the PDF cannot be read (%1)</source>
        <translation type="vanished">PDF-ті оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <source>choose the protocol PDF written by Sarapshy</source>
        <translation type="vanished">Sarapshy жазған хаттама PDF-ін таңдаңыз</translation>
    </message>
    <message>
        <source>no program on this computer prints PDF files</source>
        <translation type="vanished">бұл компьютерде PDF файлдарын басып шығаратын бағдарлама жоқ</translation>
    </message>
    <message>
        <source>install a PDF reader and set it as the PDF program</source>
        <translation type="vanished">PDF оқу бағдарламасын орнатып, оны PDF бағдарламасы етіп тағайындаңыз</translation>
    </message>
    <message>
        <source>the printing system did not take the file (%1)</source>
        <translation type="vanished">басып шығару жүйесі файлды қабылдамады (%1)</translation>
    </message>
    <message>
        <source>check the printer in the system settings</source>
        <translation type="vanished">жүйе баптауларында принтерді тексеріңіз</translation>
    </message>
</context>
<context>
    <name>NcaLayerActions</name>
    <message>
        <location line="+148"/>
        <source>The file for Documentolog is written: %1 (%2 pages). It holds the protocol&apos;s pages with the verification QR and nothing interactive (no form, no signature fields). Register it in Documentolog and sign it there.

SHA-256: %3</source>
        <translation>Documentolog-қа арналған файл жазылды: %1 (%2 бет). Онда хаттаманың беттері тексеру QR-кодымен бірге бар, интерактивті ештеңе жоқ (форма да, қолтаңба өрістері де жоқ). Оны Documentolog-та тіркеп, сонда қол қойыңыз.

SHA-256: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File for Documentolog</source>
        <translation>Documentolog-қа арналған файл</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sign with ЭЦП (NCALayer)…</source>
        <translation>ЭЦҚ-мен қол қою (NCALayer)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member signs the protocol with their NCA RK key; the signatures are saved beside it as .cms and can be checked here</source>
        <translation>Әр мүше хаттамаға өзінің ҚР ҰКО кілтімен қол қояды; қолтаңбалар оның жанына .cms ретінде сақталады және осы жерде тексеріледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File for Documentolog…</source>
        <translation>Documentolog-қа арналған файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protocol without interactive parts, with its SHA-256, to register and sign in Documentolog</source>
        <translation>Documentolog-та тіркеп, қол қою үшін интерактивті бөліктерсіз хаттама және оның SHA-256 хэші</translation>
    </message>
</context>
<context>
    <name>NcaLayerDialog</name>
    <message>
        <location line="-170"/>
        <source>Sign with ЭЦП (NCALayer): %1</source>
        <translation>ЭЦҚ-мен қол қою (NCALayer): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each commission member signs the protocol in turn with their own NCA RK signing key. NCALayer opens its own window: choose the key (RSA_… or GOST512_…, not AUTH_…) and type its password. All signatures are kept together in one file beside the PDF: %1.</source>
        <translation>Комиссияның әр мүшесі хаттамаға кезекпен өзінің ҚР ҰКО қол қою кілтімен қол қояды. NCALayer өз терезесін ашады: кілтті таңдаңыз (AUTH_… емес, RSA_… немесе GOST512_…) және оның құпия сөзін енгізіңіз. Барлық қолтаңба PDF жанындағы бір файлда бірге сақталады: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RSA and ECDSA signatures are verified here. GOST 34.10-2015 signatures (NCA RK keys since 2024) are checked for the file&apos;s digest and their structure only: confirm them on ezSigner.kz. The certificate&apos;s chain to NCA RK and its revocation are not checked here (that needs the network).</source>
        <translation>RSA және ECDSA қолтаңбалары осы жерде тексеріледі. ГОСТ 34.10-2015 қолтаңбаларының (2024 жылдан бергі ҚР ҰКО кілттері) тек файл хэші мен құрылымы тексеріледі: оларды ezSigner.kz сайтында растаңыз. Сертификаттың ҚР ҰКО-ға дейінгі тізбегі мен кері қайтарылуы мұнда тексерілмейді (ол үшін желі қажет).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign with ЭЦП (NCALayer)</source>
        <translation>ЭЦҚ-мен қол қою (NCALayer)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nobody has signed yet: %1 does not exist.</source>
        <translation>Әлі ешкім қол қойған жоқ: %1 файлы жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n signature(s) in %1; the protocol is unchanged since signing.</source>
        <translation>
            <numerusform>%1 ішінде %n қолтаңба; хаттама қол қойылғаннан бері өзгермеген.</numerusform>
            <numerusform>%1 ішінде %n қолтаңба; хаттама қол қойылғаннан бері өзгермеген.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some signatures do not hold: do not rely on this copy of the protocol.</source>
        <translation>Кейбір қолтаңбалар жарамсыз: хаттаманың бұл данасына сенуге болмайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose your signing key and type its password in NCALayer&apos;s window…</source>
        <translation>NCALayer терезесінде қол қою кілтіңізді таңдап, құпия сөзін енгізіңіз…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for NCALayer: choose your key and type its password in NCALayer&apos;s window.</source>
        <translation>NCALayer күтілуде: оның терезесінде кілтіңізді таңдап, құпия сөзін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing with NCALayer</source>
        <translation>NCALayer арқылы қол қою</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed by %1. The signature is saved in %2.</source>
        <translation>Қол қойған: %1. Қолтаңба %2 файлына сақталды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing was cancelled: nothing was signed.</source>
        <translation>Қол қою тоқтатылды: ештеңеге қол қойылған жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: %1</source>
        <translation>Бірдеңе дұрыс болмады: %1</translation>
    </message>
</context>
</TS>
