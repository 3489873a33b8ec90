"""Issue 13 (6): a PDF given where a round or sheet file belongs is named as a PDF, by the command
line and by the window's error texts, never explained as text in a Windows code page."""

from __future__ import annotations

import pytest

from app.cli import main
from app.models.errors import InputError
from app.models.jsonfile import decode_json_document
from tests.helpers.factories import round_data, write_round


@pytest.fixture
def pdf_file(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "sheet.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "evaluation sheet")
    pdf.save()
    return path


@pytest.mark.parametrize("command", ["validate", "verify", "check-media"])
def test_the_command_line_says_a_pdf_is_a_pdf(command, pdf_file, capsys):
    assert main([command, str(pdf_file)]) in (1, 2)
    captured = capsys.readouterr()
    err = captured.err + captured.out  # verify reports each sheet on its own line of stdout
    assert "PDF" in err and str(pdf_file) in err, err
    assert "code page" not in err and "UTF-8" not in err and "Traceback" not in err


def test_a_pdf_behind_a_few_blank_bytes_is_still_a_pdf():
    with pytest.raises(InputError) as caught:
        decode_json_document(b"\r\n%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "x.round.json")
    assert caught.value.code == "pdf_not_json"


def test_json_is_still_read(tmp_path):
    path = write_round(tmp_path / "r", round_data())
    assert main(["validate", str(path)]) == 0
