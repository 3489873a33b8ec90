"""The chair's NCALayer dialog against the stand-in NCALayer: members sign in turn, failures are told
in words, the signers are listed; the file for Documentolog from the window."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from app.reports.cms import signature_path
from app.ui.ncalayer import NcaLayerActions, NcaLayerDialog
from app.ui.qt import Qt, QtWidgets
from tests.helpers.ncalayer_stand_in import CHAIR, CHAIR_AUTH_KEY, SECRETARY, StandInNcaLayer, small_protocol

AUTH = CHAIR_AUTH_KEY


@pytest.fixture()
def protocol(tmp_path) -> Path:
    return small_protocol(tmp_path / "protocol.pdf")


# Signing runs a TLS WebSocket exchange, a CMS signature and a check of the PDF in the background:
# seconds alone, but a loaded 2-core machine has been seen to take more than 30.
WAIT_MS = 90_000


def wait_for_status(qtbot, dialog: NcaLayerDialog, text: str) -> None:
    """Until the dialog's status says `text`; on a timeout the failure shows what it said instead."""

    def says_it() -> None:
        assert text in dialog.status.message(), dialog.status.message()

    qtbot.waitUntil(says_it, timeout=WAIT_MS)


def open_dialog(qtbot, pdf: Path) -> NcaLayerDialog:
    dialog = NcaLayerDialog(pdf, lang="en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.show()
    return dialog


def sign_with(qtbot, dialog: NcaLayerDialog, tmp_path: Path, person, behaviour: str = "sign") -> None:
    folder = tmp_path / f"nca-{person.iin}-{behaviour}-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    with StandInNcaLayer(folder, person, behaviour) as nca:
        dialog.url, dialog.cafile = nca.url, nca.cert_path
        with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.sign_button.isEnabled, timeout=WAIT_MS)


def test_members_sign_in_turn_and_are_listed(qtbot, english_ui, protocol, tmp_path):
    dialog = open_dialog(qtbot, protocol)
    assert dialog.model.rowCount() == 0 and "Nobody has signed yet" in dialog.status.message()
    sign_with(qtbot, dialog, tmp_path, CHAIR)
    wait_for_status(qtbot, dialog, "Signed by ТӨРАҒАЕВА ӘЛИЯ СЕРІКҚЫЗЫ (IIN 850101400123)")
    sign_with(qtbot, dialog, tmp_path, SECRETARY)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    model = dialog.model
    rows = sorted((model.index(r, model.NAME).data(), model.index(r, model.IIN).data()) for r in range(2))
    assert rows == [("ТӨРАҒАЕВА ӘЛИЯ СЕРІКҚЫЗЫ", "850101400123"), ("ХАТШЫОВ ІҢКӘР БОЛАТҰЛЫ", "900202300456")]
    chair_row = [model.index(r, model.IIN).data() for r in range(2)].index("850101400123")
    assert all(model.index(r, model.VERDICT).data() == "valid (digest and signature checked)" for r in range(2))
    assert model.index(chair_row, model.ALGORITHM).data() == "RSA / SHA-256"
    assert model.index(chair_row, model.SERIAL).data() == format(CHAIR.cert.serial_number, "x")
    assert signature_path(protocol).is_file()

    # the PDF changes afterwards: the window says so
    protocol.write_bytes(protocol.read_bytes() + b"\n% edited\n")
    again = open_dialog(qtbot, protocol)
    assert "do not hold" in again.status.message()
    assert again.model.index(0, again.model.VERDICT).data() == "BROKEN: the file was changed after signing"


@pytest.mark.parametrize(
    "person, behaviour, message",
    [
        (CHAIR, "cancel", "signing was cancelled: nothing was signed"),
        (AUTH, "sign", "chose an authentication key (AUTH_…)"),
        (CHAIR, "refuse", "NCALayer refused to sign: KEY_EXPIRED"),
    ],
)
def test_failures_are_told_and_nothing_is_saved(qtbot, english_ui, protocol, tmp_path, person, behaviour, message):
    dialog = open_dialog(qtbot, protocol)
    sign_with(qtbot, dialog, tmp_path, person, behaviour)
    wait_for_status(qtbot, dialog, message)
    assert not signature_path(protocol).exists()


def test_ncalayer_not_running_is_explained(qtbot, english_ui, protocol):
    dialog = open_dialog(qtbot, protocol)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dialog.url = f"wss://127.0.0.1:{probe.getsockname()[1]}"
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "NCALayer is not running on this computer" in dialog.status.message()
    assert "start NCALayer" in dialog.status.message()


def test_the_chair_desk_offers_ncalayer_and_documentolog_for_its_document(qtbot, english_ui, protocol):
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    from app.ui.printing import PdfActions

    pdf_actions = PdfActions(window)
    actions = NcaLayerActions(window, pdf_actions)
    assert not any(a.isEnabled() for a in actions.actions())
    pdf_actions.set_document(protocol)
    assert all(a.isEnabled() for a in actions.actions())
    assert actions.sign.text() == "Sign with ЭЦП (NCALayer)…"
    actions.export()
    box = actions.message
    copy = protocol.with_name("protocol_documentolog.pdf")
    assert copy.is_file() and box is not None
    digest = copy.with_name(copy.name + ".sha256").read_text().split()[0]
    assert digest in box.text()
    box.close()
    dialog = actions.open_dialog()
    qtbot.waitUntil(lambda: "Nobody has signed yet" in dialog.status.message(), timeout=WAIT_MS)
    dialog.close()
