"""Asking NCALayer — the national CA's signing service on this computer — for a detached CMS.

NCALayer listens on `wss://127.0.0.1:13579`. On connecting it greets with
`{"result": {"version": "…"}}` and may send `--heartbeat--` lines at any time. We use its published
`kz.gov.pki.knca.basics` module, method `sign`, with named arguments:

    {"module": "kz.gov.pki.knca.basics", "method": "sign",
     "args": {"allowedStorages": null, "format": "cms", "data": "<base64 of the PDF>",
              "signingParams": {"decode": true, "encapsulate": false, "digested": false, "tsaProfile": null},
              "signerParams": {"extKeyUsageOids": ["1.3.6.1.5.5.7.3.4"], "chain": []},
              "locale": "kk"}}

`decode` says the data is base64 of the bytes to sign, `encapsulate: false` asks for a detached CMS
(the PDF stays beside it), `digested: false` says we send the document, not its hash. The EKU filter
(e-mail protection, which NCA RK puts in signing certificates and not in AUTH_ ones) makes NCALayer
offer signing keys only. The answer is `{"status": true, "body": {"result": ["<base64 CMS>"]}}`;
a user who closes NCALayer's window gets `{"status": true, "body": {}}`; a failure is
`{"status": false, "code": "…", "message": "…"}`.

TLS: NCALayer serves its own certificate, installed into browsers' stores by its installer but not
necessarily into the store Python uses, and it is not issued for any name we could check. We only
ever talk to the loopback address, so a man in the middle on the network is not possible; the risk
left is another local program sitting on port 13579. That program could only see the protocol PDF
(which is not secret) and send back a CMS — and we never trust a returned CMS blindly: the caller
verifies it over the exact PDF bytes (app/reports/cms.py) and shows the signer's certificate before
saving. So by default the TLS certificate is not verified, and its SHA-256 fingerprint is returned
so it can be logged and compared; `cafile` switches on full verification (the tests do that with a
certificate they make).
"""

from __future__ import annotations

import base64
import hashlib
import json
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from ipaddress import ip_address
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app.models.errors import InputError

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection

NCALAYER_URL = "wss://127.0.0.1:13579"
BASICS_MODULE = "kz.gov.pki.knca.basics"
HEARTBEAT = "--heartbeat--"
EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4"  # in NCA RK signing certificates, not in authentication ones
CONNECT_TIMEOUT = 15.0  # a refused connection fails at once; this is for a busy or slow computer
# The user picks a key file and types its password in NCALayer's own window: give them time.
ANSWER_TIMEOUT = 15 * 60.0
POLL = 0.25
MAX_ANSWER = 64 * 1024 * 1024  # a CMS with a few certificates is a few KB; bounded all the same
MAX_DOCUMENT = 48 * 1024 * 1024  # NCALayer holds the base64 in memory; protocols are far smaller
NAME = "NCALayer"


@dataclass(frozen=True)
class NcaLayerAnswer:
    cms: bytes  # DER
    version: str  # what NCALayer said in its greeting
    tls_fingerprint: str  # SHA-256 of the TLS certificate NCALayer presented (hex)


def sign_request(document: bytes, locale: str = "kk") -> dict[str, Any]:
    """The `basics.sign` request for a detached CMS over `document`."""
    return {
        "module": BASICS_MODULE,
        "method": "sign",
        "args": {
            "allowedStorages": None,
            "format": "cms",
            "data": base64.b64encode(document).decode("ascii"),
            "signingParams": {"decode": True, "encapsulate": False, "digested": False, "tsaProfile": None},
            "signerParams": {"extKeyUsageOids": [EKU_EMAIL_PROTECTION], "chain": []},
            "locale": locale if locale in ("kk", "ru", "en") else "kk",
        },
    }


def parse_greeting(text: str) -> str:
    """NCALayer's version from its first message."""
    try:
        version = json.loads(text)["result"]["version"]
    except (ValueError, KeyError, TypeError):
        raise _error(
            "ncalayer_bad_answer",
            "the program on port 13579 did not greet as NCALayer does",
            "start NCALayer (or restart it) and try again",
        ) from None
    return str(version)


def parse_sign_answer(text: str) -> bytes:
    """The DER CMS in NCALayer's answer; InputError for a refusal, a cancel or a malformed answer."""
    try:
        answer = json.loads(text)
    except ValueError:
        raise _error("ncalayer_bad_answer", "NCALayer's answer is not JSON", "restart NCALayer and try again") from None
    if not isinstance(answer, dict):
        raise _error("ncalayer_bad_answer", "NCALayer's answer is not an object", "restart NCALayer and try again")
    if answer.get("status") is not True:
        code = str(answer.get("code") or "")
        message = str(answer.get("message") or "")[:300]
        if "CANCEL" in code.upper():
            raise _cancelled()
        raise _error(
            "ncalayer_refused",
            f"NCALayer refused to sign: {code} {message}".strip(),
            "read NCALayer's message; check the key, its password and its validity",
            code,
            message,
        )
    body = answer.get("body")
    result = body.get("result") if isinstance(body, dict) else None
    if not result:
        raise _cancelled()
    if isinstance(result, list):
        result = result[0] if len(result) == 1 else None
    if not isinstance(result, str):
        raise _error(
            "ncalayer_bad_answer", "NCALayer's answer holds no single signature", "restart NCALayer and try again"
        )
    return decode_cms_text(result)


def decode_cms_text(text: str) -> bytes:
    """DER from base64, with or without PEM armour and line breaks (NCALayer versions differ)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip() and not line.startswith("-----")]
    try:
        der = base64.b64decode("".join(lines), validate=True)
    except ValueError:
        raise _error(
            "ncalayer_bad_answer", "the signature NCALayer returned is not base64", "restart NCALayer and try again"
        ) from None
    if not der.startswith(b"\x30"):
        raise _error(
            "ncalayer_bad_answer", "the signature NCALayer returned is not a CMS", "restart NCALayer and try again"
        )
    return der


def tls_context(cafile: str | Path | None = None) -> ssl.SSLContext:
    """Verified against `cafile` when given; otherwise unverified, for the loopback only (see the module text)."""
    if cafile is not None:
        return ssl.create_default_context(cafile=str(cafile))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def sign_with_ncalayer(
    document: bytes,
    *,
    url: str = NCALAYER_URL,
    cafile: str | Path | None = None,
    locale: str = "kk",
    cancelled: Callable[[], bool] = lambda: False,
    answer_timeout: float = ANSWER_TIMEOUT,
) -> NcaLayerAnswer:
    """Connects, sends the document, waits for the user to sign in NCALayer's window, returns the CMS.

    Blocking: run it off the UI thread. `cancelled` is polled while waiting; when it turns true the
    connection is closed and OperationCancelled-style `InputError("ncalayer_cancelled")` is raised.
    """
    from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
    from websockets.sync.client import connect

    _require_loopback(url)
    if len(document) > MAX_DOCUMENT:
        raise _error(
            "ncalayer_too_large",
            f"the document is too large to send to NCALayer ({len(document)} bytes)",
            "sign a smaller document",
            str(len(document)),
        )
    try:
        connection = connect(
            url,
            ssl=tls_context(cafile) if url.startswith("wss:") else None,
            open_timeout=CONNECT_TIMEOUT,
            close_timeout=1,
            max_size=MAX_ANSWER,
        )
    except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as exc:
        raise _error(
            "ncalayer_not_running",
            f"NCALayer does not answer at {url} ({type(exc).__name__})",
            "start NCALayer (its icon appears by the clock) and try again",
        ) from None
    with connection:
        fingerprint = _peer_fingerprint(connection)
        try:
            version = parse_greeting(_receive(connection, CONNECT_TIMEOUT, cancelled))
            connection.send(json.dumps(sign_request(document, locale)))
            cms = parse_sign_answer(_receive(connection, answer_timeout, cancelled))
        except ConnectionClosed:
            raise _error(
                "ncalayer_closed", "NCALayer closed the connection before answering", "restart NCALayer and try again"
            ) from None
    return NcaLayerAnswer(cms, version, fingerprint)


def _receive(connection: ClientConnection, timeout: float, cancelled: Callable[[], bool]) -> str:
    """The next message that is not a heartbeat, polling `cancelled` meanwhile."""
    deadline = time.monotonic() + timeout
    while True:
        if cancelled():
            raise _cancelled()
        left = deadline - time.monotonic()
        if left <= 0:
            raise _error(
                "ncalayer_timeout",
                "NCALayer gave no answer in time",
                "look for NCALayer's window (it may be behind this one) and try again",
            )
        try:
            message = connection.recv(timeout=min(POLL, left))
        except TimeoutError:
            continue
        if isinstance(message, bytes):
            message = message.decode("utf-8", "replace")
        if message.strip() in (HEARTBEAT, "{}", ""):
            continue
        return message


def _peer_fingerprint(connection: ClientConnection) -> str:
    getpeercert = getattr(connection.socket, "getpeercert", None)  # absent on a plain ws:// socket
    der = getpeercert(binary_form=True) if getpeercert else None
    return hashlib.sha256(der).hexdigest() if der else ""


def _require_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    try:
        loopback = ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise _error(
            "ncalayer_not_loopback",
            f"NCALayer is reached only on this computer, not at {host}",
            "use wss://127.0.0.1:13579",
            host,
        )


def _cancelled() -> InputError:
    return _error("ncalayer_cancelled", "signing was cancelled: nothing was signed", "sign again when ready")


def _error(code: str, problem: str, fix: str, *args: str) -> InputError:
    return InputError(NAME, "", problem, fix, code=code, args=args)
