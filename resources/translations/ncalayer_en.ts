<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CmsSignersModel</name>
        <message>
            <location filename="../../app/ui/ncalayer.py" line="+49" />
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>IIN</source>
            <translation>IIN</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Algorithm</source>
            <translation>Algorithm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing time</source>
            <translation>Signing time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Certificate serial</source>
            <translation>Certificate serial</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <location line="+24" />
            <source>NOT VALID: an authentication (AUTH_) key</source>
            <translation>NOT VALID: an authentication (AUTH_) key</translation>
        </message>
        <message>
            <location line="+2" />
            <source>valid (digest and signature checked)</source>
            <translation>valid (digest and signature checked)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>BROKEN: the file was changed after signing</source>
            <translation>BROKEN: the file was changed after signing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BROKEN: %1</source>
            <translation>BROKEN: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>invalid signature</source>
            <translation>invalid signature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>digest matches; confirm the GOST signature on ezSigner</source>
            <translation>digest matches; confirm the GOST signature on ezSigner</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
    </context>
    <context>
        <name>InputError</name>
        <message>
            <source>NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</source>
            <translation type="vanished">NCALayer is not running on this computer (nothing answers at 127.0.0.1:13579)</translation>
        </message>
        <message>
            <source>start NCALayer (its icon appears by the clock) and press «Sign» again</source>
            <translation type="vanished">start NCALayer (its icon appears by the clock) and press «Sign» again</translation>
        </message>
        <message>
            <source>start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</source>
            <translation type="vanished">start NCALayer (its icon appears by the clock) and press «Sign with ЭЦП (NCALayer)» again</translation>
        </message>
        <message>
            <source>signing was cancelled: nothing was signed</source>
            <translation type="vanished">signing was cancelled: nothing was signed</translation>
        </message>
        <message>
            <source>sign again when ready</source>
            <translation type="vanished">sign again when ready</translation>
        </message>
        <message>
            <source>%1 chose an authentication key (AUTH_…): it is not for signing documents</source>
            <translation type="vanished">%1 chose an authentication key (AUTH_…): it is not for signing documents</translation>
        </message>
        <message>
            <source>sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</source>
            <translation type="vanished">sign again and choose the signing key (its file name starts with RSA_ or GOST512_)</translation>
        </message>
        <message>
            <source>NCALayer refused to sign: %1 %2</source>
            <translation type="vanished">NCALayer refused to sign: %1 %2</translation>
        </message>
        <message>
            <source>read NCALayer's message; check the key, its password and its validity</source>
            <translation type="vanished">read NCALayer's message; check the key, its password and its validity</translation>
        </message>
        <message>
            <source>the program at 127.0.0.1:13579 did not answer as NCALayer does</source>
            <translation type="vanished">the program at 127.0.0.1:13579 did not answer as NCALayer does</translation>
        </message>
        <message>
            <source>restart NCALayer and try again</source>
            <translation type="vanished">restart NCALayer and try again</translation>
        </message>
        <message>
            <source>NCALayer closed the connection before answering</source>
            <translation type="vanished">NCALayer closed the connection before answering</translation>
        </message>
        <message>
            <source>NCALayer gave no answer in time</source>
            <translation type="vanished">NCALayer gave no answer in time</translation>
        </message>
        <message>
            <source>look for NCALayer's window (it may be behind this one) and try again</source>
            <translation type="vanished">look for NCALayer's window (it may be behind this one) and try again</translation>
        </message>
        <message>
            <source>NCALayer is reached only on this computer, not at %1</source>
            <translation type="vanished">NCALayer is reached only on this computer, not at %1</translation>
        </message>
        <message>
            <source>use wss://127.0.0.1:13579</source>
            <translation type="vanished">use wss://127.0.0.1:13579</translation>
        </message>
        <message>
            <source>the document is too large to send to NCALayer</source>
            <translation type="vanished">the document is too large to send to NCALayer</translation>
        </message>
        <message>
            <source>sign a smaller document</source>
            <translation type="vanished">sign a smaller document</translation>
        </message>
        <message>
            <source>the signature NCALayer returned does not match the protocol</source>
            <translation type="vanished">the signature NCALayer returned does not match the protocol</translation>
        </message>
        <message>
            <source>nothing was saved; sign again</source>
            <translation type="vanished">nothing was saved; sign again</translation>
        </message>
        <message>
            <source>the protocol changed on disk while it was being signed</source>
            <translation type="vanished">the protocol changed on disk while it was being signed</translation>
        </message>
        <message>
            <source>the file is not a CMS signature (SignedData)</source>
            <translation type="vanished">the file is not a CMS signature (SignedData)</translation>
        </message>
        <message>
            <source>choose the .cms file saved beside the PDF</source>
            <translation type="vanished">choose the .cms file saved beside the PDF</translation>
        </message>
        <message>
            <source>this key has already signed the document</source>
            <translation type="vanished">this key has already signed the document</translation>
        </message>
        <message>
            <source>the next member signs with their own key</source>
            <translation type="vanished">the next member signs with their own key</translation>
        </message>
        <message>
            <source>these signatures are over another version of the protocol</source>
            <translation type="vanished">these signatures are over another version of the protocol</translation>
        </message>
        <message>
            <source>move this .cms file away (keep it with its own PDF), then sign the new protocol</source>
            <translation type="vanished">move this .cms file away (keep it with its own PDF), then sign the new protocol</translation>
        </message>
        <message>
            <source>the PDF is damaged and cannot be read (%1)</source>
            <translation type="vanished">the PDF is damaged and cannot be read (%1)</translation>
        </message>
        <message>
            <source>use the copy the signer sent, or ask for it again</source>
            <translation type="vanished">use the copy the signer sent, or ask for it again</translation>
        </message>
        <message>
            <source>this is not an X.509 certificate</source>
            <translation type="vanished">this is not an X.509 certificate</translation>
        </message>
        <message>
            <source>name the signer's certificate file (.pem, .cer or .crt)</source>
            <translation type="vanished">name the signer's certificate file (.pem, .cer or .crt)</translation>
        </message>
        <message>
            <source>the copy would overwrite the protocol itself</source>
            <translation type="vanished">the copy would overwrite the protocol itself</translation>
        </message>
        <message>
            <source>choose another file name</source>
            <translation type="vanished">choose another file name</translation>
        </message>
        <message>
            <source>the PDF cannot be read (%1)</source>
            <translation type="vanished">the PDF cannot be read (%1)</translation>
        </message>
        <message>
            <source>choose the protocol PDF written by Sarapshy</source>
            <translation type="vanished">choose the protocol PDF written by Sarapshy</translation>
        </message>
        <message>
            <source>no program on this computer prints PDF files</source>
            <translation type="vanished">no program on this computer prints PDF files</translation>
        </message>
        <message>
            <source>install a PDF reader and set it as the PDF program</source>
            <translation type="vanished">install a PDF reader and set it as the PDF program</translation>
        </message>
        <message>
            <source>the printing system did not take the file (%1)</source>
            <translation type="vanished">the printing system did not take the file (%1)</translation>
        </message>
        <message>
            <source>check the printer in the system settings</source>
            <translation type="vanished">check the printer in the system settings</translation>
        </message>
    </context>
    <context>
        <name>NcaLayerActions</name>
        <message>
            <location line="+148" />
            <source>The file for Documentolog is written: %1 (%2 pages). It holds the protocol's pages with the verification QR and nothing interactive (no form, no signature fields). Register it in Documentolog and sign it there.

SHA-256: %3</source>
            <translation>The file for Documentolog is written: %1 (%2 pages). It holds the protocol's pages with the verification QR and nothing interactive (no form, no signature fields). Register it in Documentolog and sign it there.

SHA-256: %3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>File for Documentolog</source>
            <translation>File for Documentolog</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Sign with ЭЦП (NCALayer)…</source>
            <translation>Sign with ЭЦП (NCALayer)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each member signs the protocol with their NCA RK key; the signatures are saved beside it as .cms and can be checked here</source>
            <translation>Each member signs the protocol with their NCA RK key; the signatures are saved beside it as .cms and can be checked here</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File for Documentolog…</source>
            <translation>File for Documentolog…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The protocol without interactive parts, with its SHA-256, to register and sign in Documentolog</source>
            <translation>The protocol without interactive parts, with its SHA-256, to register and sign in Documentolog</translation>
        </message>
    </context>
    <context>
        <name>NcaLayerDialog</name>
        <message>
            <location line="-170" />
            <source>Sign with ЭЦП (NCALayer): %1</source>
            <translation>Sign with ЭЦП (NCALayer): %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each commission member signs the protocol in turn with their own NCA RK signing key. NCALayer opens its own window: choose the key (RSA_… or GOST512_…, not AUTH_…) and type its password. All signatures are kept together in one file beside the PDF: %1.</source>
            <translation>Each commission member signs the protocol in turn with their own NCA RK signing key. NCALayer opens its own window: choose the key (RSA_… or GOST512_…, not AUTH_…) and type its password. All signatures are kept together in one file beside the PDF: %1.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>RSA and ECDSA signatures are verified here. GOST 34.10-2015 signatures (NCA RK keys since 2024) are checked for the file's digest and their structure only: confirm them on ezSigner.kz. The certificate's chain to NCA RK and its revocation are not checked here (that needs the network).</source>
            <translation>RSA and ECDSA signatures are verified here. GOST 34.10-2015 signatures (NCA RK keys since 2024) are checked for the file's digest and their structure only: confirm them on ezSigner.kz. The certificate's chain to NCA RK and its revocation are not checked here (that needs the network).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign with ЭЦП (NCALayer)</source>
            <translation>Sign with ЭЦП (NCALayer)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Nobody has signed yet: %1 does not exist.</source>
            <translation>Nobody has signed yet: %1 does not exist.</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n signature(s) in %1; the protocol is unchanged since signing.</source>
            <translation>
                <numerusform>%n signature(s) in %1; the protocol is unchanged since signing.</numerusform>
                <numerusform>%n signature(s) in %1; the protocol is unchanged since signing.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Some signatures do not hold: do not rely on this copy of the protocol.</source>
            <translation>Some signatures do not hold: do not rely on this copy of the protocol.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose your signing key and type its password in NCALayer's window…</source>
            <translation>Choose your signing key and type its password in NCALayer's window…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Waiting for NCALayer: choose your key and type its password in NCALayer's window.</source>
            <translation>Waiting for NCALayer: choose your key and type its password in NCALayer's window.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing with NCALayer</source>
            <translation>Signing with NCALayer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Signed by %1. The signature is saved in %2.</source>
            <translation>Signed by %1. The signature is saved in %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signing was cancelled: nothing was signed.</source>
            <translation>Signing was cancelled: nothing was signed.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
    </context>
</TS>
