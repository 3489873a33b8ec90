"""The protocol (хаттама) of the commission's meeting as a PDF, A4 portrait, Kazakh or Russian."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.models.conflicts import conflict_summary
from app.models.decisions import Decisions, Votes, advancing_entries, final_places, final_standings, stale_decisions
from app.models.errors import InputError, Problem
from app.models.files import atomic_write_bytes
from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.readiness import ReadinessItem, stale_item
from app.models.results import EntryResult
from app.models.results_json import results_sha256
from app.models.round import RoundFile
from app.models.round_model import Entry, Expert
from app.reports.charts import spread_chart
from app.reports.conflicts_text import conflict_section
from app.reports.fonts import CONDENSED, SANS_BOLD
from app.reports.labels import long_date, number, status_text, t
from app.reports.meeting_labels import mt
from app.reports.pdf_layout import (
    GRID,
    SHADE,
    Cell,
    PageDecor,
    SignaturePlace,
    Styles,
    build_pdf,
    qr_drawing,
    text,
)
from app.reports.pdf_signing import STAMP_SIZE, SignatureField
from app.reports.reconsideration_annex import reconsideration_annex
from app.reports.sheet_pdf import competition_line
from app.reports.stage_sources import protocol_section
from app.reports.winners_extract_pdf import quorum

PAGE = A4
MARGINS = (20 * mm, 12 * mm, 15 * mm, 15 * mm)  # left, right, top, bottom
MAX_INLINE_EXPERTS = 7  # more experts: their totals go into separate tables below the results
CHAIR_FIELD, SECRETARY_FIELD = "chair", "secretary"
CELL_SIZE = 8
HEADING_SIZE = 8  # Styles(base=9.5).head


def write_protocol_pdf(
    round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions | None, out_path: str | Path, lang: str = "kk"
) -> Path:
    """Writes the protocol atomically and returns its path. Empty signature fields «chair» and
    «secretary» sit beside their signature lines for `pdf_signing.sign_pdf`."""
    return atomic_write_bytes(out_path, protocol_pdf_bytes(round_file, outcome, decisions or Decisions(), lang))


def protocol_pdf_bytes(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str = "kk") -> bytes:
    stale = stale_decisions(outcome.results, decisions)
    if stale:  # what the commission decided on other results is never printed as if it still held
        raise InputError(None, problems=[_stale_problem(stale_item(s)) for s in stale])
    doc = _Protocol(round_file, outcome, decisions, lang)
    return doc.build()


class _Protocol:
    def __init__(self, round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions, lang: str):
        self.rf, self.rnd = round_file, round_file.round
        self.outcome, self.results = outcome, outcome.results
        self.decisions, self.lang = decisions, lang
        self.styles = Styles(base=9.5)
        self.width = PAGE[0] - MARGINS[0] - MARGINS[1]
        self.places: list[SignatureField] = []
        self.entries = {e.id: e for e in self.rnd.entries}
        experts = self.rnd.commission.experts
        self.expert_label = {x.id: f"{t('expert_abbr', lang)}{i}" for i, x in enumerate(experts, start=1)}
        self.digest = results_sha256(self.results)
        self.standings = final_standings(self.results, decisions)

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def title_of(self, entry_id: str) -> str:
        entry = self.entry(entry_id)
        return localized(entry.title, self.lang) if entry else entry_id

    # --- the document ---

    def build(self) -> bytes:
        number_text = self.decisions.protocol_number or "____"
        story = self._heading(number_text) + self._present() + self._agenda() + self._results_section()
        story += protocol_section(self.rf, [x.entry_id for x in self.standings], self.lang, self.styles, self.width)
        story += conflict_section(
            self.rnd,
            conflict_summary(self.rnd, [f.sheet for f in self.outcome.accepted]),
            self.lang,
            self.styles,
            self.expert_label,
        )
        # The decision closes the minutes and stays on the page with the signatures under it.
        story += self._agreement() + self._sheets() + self._notes()
        story += [KeepTogether(self._decision() + self._signatures())]
        story += self._sheets_appendix()
        story += reconsideration_annex(self.rf, self.outcome, self.lang, self.styles, self.width)
        decor = PageDecor(
            header=self.rnd.regulation or "",
            footer_left=self.t("protocol_short", number=number_text),
            footer_middle=f"SHA-256 {self.digest[:16]}…",
            page_label=lambda n, m: t("page", self.lang, n=n, m=m),
            margins=MARGINS,
        )
        return build_pdf(
            story,
            PAGE,
            decor,
            title=self.t("protocol_title", number=number_text),
            author=self.rnd.commission.chair.name,
            subject=self.rnd.title_in(self.lang),
            signature_places=self.places,
        )

    def _heading(self, number_text: str) -> list[Flowable]:
        s = self.styles
        meeting = self.rnd.meeting
        day: date | None = self.decisions.meeting_date or (meeting.date if meeting else None)
        city = meeting.place if meeting and meeting.place else ""
        place_date = Table(
            [[Paragraph(text(city), s.body), Paragraph(long_date(day, self.lang) if day else "", s.right)]],
            colWidths=[self.width / 2] * 2,
        )
        place_date.setStyle(
            TableStyle(
                [
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        stage = self.t(f"stage_{self.rnd.stage}")
        return [
            Paragraph(text(localized(self.rnd.organization, self.lang)), s.subtitle),
            Paragraph(text(self.t("protocol_title", number=number_text)), s.title),
            Spacer(1, 2 * mm),
            place_date,
            Spacer(1, 3 * mm),
            Paragraph(f"<b>{text(competition_line(self.rf, self.lang))}</b>, {text(stage)}", s.centered),
            Spacer(1, 3 * mm),
        ]

    def _present(self) -> list[Flowable]:
        s = self.styles
        com = self.rnd.commission
        absent = set(self.decisions.absent_experts)
        out: list[Flowable] = [
            Paragraph(self.t("present"), s.heading),
            Paragraph(f"<b>{self.t('chair')}:</b> {_person(com.chair.name, com.chair.position)}", s.body),
            Paragraph(f"<b>{self.t('members')}:</b>", s.body),
        ]
        for expert in com.experts:
            if expert.id not in absent:
                out.append(Paragraph(self._member(expert), s.body, bulletText=None))
        if com.secretary:
            out.append(
                Paragraph(
                    f"<b>{self.t('secretary')}:</b> {_person(com.secretary.name, com.secretary.position)}", s.body
                )
            )
        # Absent members apart from those present, then the quorum (present = not recorded absent).
        away = [x for x in com.experts if x.id in absent]
        if away:
            out.append(Paragraph(f"<b>{text(mt('absent_heading', self.lang))}:</b>", s.body))
            out += [Paragraph(self._member(x), s.body) for x in away]
        present, members = quorum(self.rf, self.decisions)
        out.append(Paragraph(text(mt("quorum", self.lang, present=present, members=members)), s.body))
        return out

    def _member(self, expert: Expert) -> str:
        detail = ", ".join(p for p in (expert.position, expert.department) if p)
        return f"{self.expert_label[expert.id]}. {_person(expert.name, detail)}"

    def _agenda(self) -> list[Flowable]:
        s = self.styles
        title = competition_line(self.rf, self.lang)
        bare = self.rnd.title_in(self.lang)
        chair = self.rnd.commission.chair.name
        return (
            [
                Paragraph(self.t("agenda"), s.heading),
                Paragraph(text(self.t("agenda_text", title=bare)), s.body),
                Paragraph(self.t("heard"), s.heading),
                Paragraph(
                    text(self.t("heard_text", chair=chair, n=len(self.rnd.entries), k=len(self.results.panel))), s.body
                ),
            ]
            if title
            else []
        )

    # --- results ---

    def _results_section(self) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [CondPageBreak(50 * mm), Paragraph(self.t("results"), s.table_heading)]
        entries = [standing.entry for standing in self.standings]
        if not entries:
            return [*out, Paragraph(self.t("no_entries"), s.body)]
        inline = len(self.results.panel) <= MAX_INLINE_EXPERTS
        out.append(self._results_table(entries, inline))
        if any(e.rescaled for e in entries):
            out.append(Paragraph(self.t("rescaled_note", k=len(self.results.panel)), s.small))
        if not inline:
            out += self._totals_tables(entries)
        return out

    def _results_table(self, entries: list[EntryResult], inline: bool) -> Table:
        s = self.styles
        panel = self.results.panel if inline else []
        score_w = 26
        fixed = [20, _fit_heading(self.t("col_rank"), 28)] + [score_w] * len(panel)
        fixed += [_fit_heading(self.t("col_result"), 40), _fit_heading(self.t("col_mean"), 36)]
        rest = self.width - sum(fixed)
        widths = [*fixed[:2], rest * 0.6, rest * 0.4, *fixed[2:]]
        head = ["№", self.t("col_rank"), self.t("col_title_authors"), self.t("col_dept")]
        head += [self.expert_label[e] for e in panel] + [self.t("col_result"), self.t("col_mean")]
        rows: list[list[Cell]] = [[Paragraph(text(h), s.head) for h in head]]
        fit = _Fitter(s, widths)
        place = {standing.entry_id: standing.place for standing in self.standings}
        for n, e in enumerate(entries, start=1):
            entry = self.entry(e.entry_id)
            authors = ", ".join(a.name for a in entry.authors) if entry else ""
            title = f"{text(localized(entry.title, self.lang))}<br/><i>{text(authors)}</i>" if entry else e.entry_id
            dept = (
                ", ".join(p for p in (localized(entry.department, self.lang), localized(entry.faculty, self.lang)) if p)
                if entry
                else ""
            )
            result = number(e.result, 1, self.lang) + ("*" if e.rescaled else "")
            row: list[Cell] = [
                str(n),
                "" if place[e.entry_id] is None else str(place[e.entry_id]),
                Paragraph(title, s.cell),
                fit.cell(dept, 3),
            ]
            row += [self._total(e, x) for x in panel] + [result, number(e.mean, 2, self.lang)]
            rows.append(row)
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(_grid_style(numbers_from=4))
        return table

    def _total(self, e: EntryResult, expert_id: str) -> str:
        if expert_id in e.totals:
            return str(e.totals[expert_id])
        return "—" if expert_id in e.recused else ""

    def _totals_tables(self, entries: list[EntryResult]) -> list[Flowable]:
        """Each expert's total for big panels: tables of as many experts as fit the width."""
        s = self.styles
        panel = self.results.panel
        col = 26
        fits = int((self.width - 24) // col)
        tables = -(-len(panel) // fits)
        per_table = -(-len(panel) // tables)  # balanced: 10 + 10 rather than 18 + 2
        out: list[Flowable] = [
            CondPageBreak(60 * mm),
            Paragraph(self.t("expert_totals"), s.table_heading),
            Paragraph(self.t("expert_legend"), s.small),
            Spacer(1, 2 * mm),
        ]
        for start in range(0, len(panel), per_table):
            chunk = panel[start : start + per_table]
            rows = [["№"] + [self.expert_label[x] for x in chunk]]
            rows += [[str(n)] + [self._total(e, x) for x in chunk] for n, e in enumerate(entries, start=1)]
            table = Table(rows, colWidths=[24] + [col] * len(chunk), repeatRows=1, hAlign="LEFT")
            table.setStyle(_grid_style(numbers_from=0))
            out += [table, Spacer(1, 4 * mm)]
        return out

    # --- decision ---

    def _decision(self) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [Paragraph(self.t("decided"), s.heading)]
        places = final_places(self.results, self.decisions)
        by_place: dict[int, list[str]] = {}
        for entry_id, place in places.items():
            by_place.setdefault(place, []).append(entry_id)
        for place in sorted(by_place):
            label = self.t("winner") if place == 1 else self.t("prize_winner", place=place)
            for entry_id in sorted(by_place[place]):
                out.append(Paragraph(f"<b>{text(label)}:</b> {self._entry_line(entry_id)}", s.body))
        if self.decisions.nominees:
            out.append(Paragraph(f"<b>{self.t('nominees')}:</b>", s.body))
            out += [Paragraph(f"— {self._entry_line(x)}", s.body) for x in self.decisions.nominees]
        advancing = advancing_entries(self.rnd, self.results, self.decisions)
        if advancing:
            out.append(Paragraph(f"<b>{self.t('advancing')}:</b>", s.body))
            out += [Paragraph(f"— {self._entry_line(x)}", s.body) for x in advancing]
        out += self._ties()
        return out

    def _entry_line(self, entry_id: str) -> str:
        entry = self.entry(entry_id)
        if entry is None:
            return text(entry_id)
        authors = ", ".join(a.name for a in entry.authors)
        result = self.results.entry(entry_id)
        score = f" — {number(result.result, 1, self.lang)}" if result and result.result is not None else ""
        return f"«{text(localized(entry.title, self.lang))}» ({text(authors)}){score}"

    def _ties(self) -> list[Flowable]:
        if not self.results.prize_ties:
            return []
        s = self.styles
        out: list[Flowable] = [Paragraph(self.t("ties"), s.heading)]
        for group in self.results.prize_ties:
            resolution = self.decisions.tie_resolutions.get(tuple(sorted(group)))
            titles = "; ".join(
                f"«{text(self.title_of(x))}»" for x in (resolution.order or group if resolution else group)
            )
            words = text(resolution.text) if resolution else f"<i>{self.t('tie_unresolved')}</i>"
            out.append(Paragraph(f"{titles}: {words}", s.body))
            if resolution:
                out.append(Paragraph(text(self._vote_line(resolution.votes)), s.body))
        return out

    def _vote_line(self, votes: Votes | None) -> str:
        """The open vote on a decision; a count that differs from those present is stated, not hidden."""
        if votes is None:
            return mt("vote_not_recorded", self.lang)
        line = mt("vote_line", self.lang, yes=votes.in_favour, no=votes.against, abstained=votes.abstained)
        voted = votes.in_favour + votes.against + votes.abstained
        present, _ = quorum(self.rf, self.decisions)
        if voted != present:
            line = line[:-1] + mt("vote_count_differs", self.lang, voted=voted, present=present) + "."
        return line

    def _notes(self) -> list[Flowable]:
        """What the chair records instead of meeting a readiness item (a sheet not received…)."""
        notes = [n for n in self.decisions.notes if isinstance(n, ReadinessItem) and not n.blocking]
        if not notes:
            return []
        s = self.styles
        out: list[Flowable] = [Paragraph(self.t("notes"), s.heading)]
        for note in notes:
            out.append(Paragraph("— " + text(self._note_text(note)), s.body))
        return out

    def _note_text(self, note: ReadinessItem) -> str:
        args = note.args
        if note.code in ("sheet_not_received", "paper_not_compared", "shared_key"):
            label = f"{t('expert_abbr', self.lang)}{args[2]} ({args[1]})"
            return self.t(f"note_{note.code}", expert=label, reason=args[3] if len(args) > 3 else "")
        return self.t(f"note_{note.code}")

    # --- agreement, sheets, signatures ---

    def _agreement(self) -> list[Flowable]:
        s = self.styles
        a = self.results.agreement
        out: list[Flowable] = [Paragraph(self.t("agreement"), s.heading)]
        if a.kendall_w is None:
            return [*out, Paragraph(self.t("agreement_none"), s.body)]
        left_out = self.t("agreement_left_out", n=len(a.entries_left_out)) if a.entries_left_out else ""
        verdict = (
            "verdict_strong" if a.kendall_w >= 0.7 else "verdict_moderate" if a.kendall_w >= 0.4 else "verdict_weak"
        )
        if a.kendall_p is None:
            p = "= —"
        else:
            p = f"< {number(0.001, 3, self.lang)}" if a.kendall_p < 0.001 else f"= {number(a.kendall_p, 3, self.lang)}"
        paragraph = self.t(
            "agreement_text",
            w=number(a.kendall_w, 2, self.lang),
            p=p,
            icc1=number(a.icc2_1, 2, self.lang),
            icck=number(a.icc2_k, 2, self.lang),
            used=a.entries_used,
            left_out=left_out,
            verdict=self.t(verdict),
        )
        chart = spread_chart(
            self.results.entries, self.rnd.max_total, self.width, labels={e: self.title_of(e) for e in self.entries}
        )
        return [
            KeepTogether(
                [
                    *out,
                    Paragraph(text(paragraph), s.body),
                    Spacer(1, 2 * mm),
                    chart,
                    Paragraph(self.t("chart_caption"), s.small),
                ]
            )
        ]

    def _sheets(self) -> list[Flowable]:
        s = self.styles
        return [
            CondPageBreak(40 * mm),
            Paragraph(self.t("sheets"), s.table_heading),
            Paragraph(text(mt("see_appendix", self.lang)), s.body),
            Spacer(1, 3 * mm),
            self._digest(),
        ]

    def _sheets_appendix(self) -> list[Flowable]:
        """The sheets as a secretary files them: an annex after the signatures, on its own page."""
        s = self.styles
        head: list[Cell] = [
            Paragraph(self.t(k), s.head) for k in ("col_file", "col_expert", "col_revision", "col_code")
        ]
        head += [Paragraph(text(mt("col_key", self.lang)), s.head), Paragraph(self.t("col_status"), s.head)]
        rows = [head]
        revision_w = _fit_heading(self.t("col_revision"), 40)
        key_w = max(60, stringWidth("WWWW-WWWW-WWWW-WWWW", CONDENSED, CELL_SIZE) + 8)
        status_w = _fit_heading(status_text("superseded", self.lang), 60)
        fixed = revision_w + 72 + key_w + status_w
        fit = _Fitter(s, [(self.width - fixed) / 2, (self.width - fixed) / 2, revision_w, 72, key_w, status_w])
        for status in self.outcome.statuses:
            expert = self.rnd.expert(status.expert_id) if status.expert_id else None
            rows.append(
                [
                    fit.cell(status.file, 0),
                    fit.cell(expert.name if expert else status.expert_id or "", 1),
                    "" if status.revision is None else str(status.revision),
                    status.code,
                    fit.cell(status.fingerprint, 4),
                    fit.cell(status_text(status.status, self.lang), 5),
                ]
            )
        table = Table(rows, colWidths=fit.widths, repeatRows=1)
        table.setStyle(_grid_style(numbers_from=2))
        return [PageBreak(), Paragraph(text(mt("appendix", self.lang)), s.heading), table]

    def _digest(self) -> Table:
        qr_size = 24 * mm
        digest = Table(
            [
                [
                    qr_drawing(f"sha256:{self.digest}", qr_size),
                    Paragraph(
                        f"{self.t('digest')}:<br/><font name='{CONDENSED}' size='7.5'>{self.digest}</font>",
                        self.styles.small,
                    ),
                ]
            ],
            colWidths=[qr_size + 6, self.width - qr_size - 6],
            hAlign="LEFT",
        )
        digest.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return digest

    def _signatures(self) -> list[Flowable]:
        s = self.styles
        com = self.rnd.commission
        absent = set(self.decisions.absent_experts)
        line = "_" * 22
        rows = [[Paragraph(f"<b>{self.t('chair')}</b>", s.body), line, Paragraph(text(com.chair.name), s.body)]]
        for i, expert in enumerate(com.experts):
            role = Paragraph(f"<b>{text(self.t('members'))}</b>", s.body) if i == 0 else ""
            mark = f"<i>{self.t('absent')}</i>" if expert.id in absent else line
            rows.append(
                [role, Paragraph(mark, s.body) if expert.id in absent else mark, Paragraph(text(expert.name), s.body)]
            )
        if com.secretary:
            rows.append(
                [Paragraph(f"<b>{self.t('secretary')}</b>", s.body), line, Paragraph(text(com.secretary.name), s.body)]
            )
        lines = Table(rows, colWidths=[self.width * 0.34, self.width * 0.3, self.width * 0.36])
        lines.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        stamps = [SignaturePlace(CHAIR_FIELD, STAMP_SIZE[0], STAMP_SIZE[1], self.places)]
        if com.secretary:
            stamps.append(SignaturePlace(SECRETARY_FIELD, STAMP_SIZE[0], STAMP_SIZE[1], self.places))
        stamp_row = Table([stamps], colWidths=[self.width / 2] * len(stamps), hAlign="LEFT")
        stamp_row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [Spacer(1, 4 * mm), Paragraph(self.t("signatures"), s.heading), lines, Spacer(1, 4 * mm), stamp_row]


def _stale_problem(item: ReadinessItem) -> Problem:
    return Problem(
        "",
        item.describe(),
        "confirm the decision again on the current results, or withdraw it",
        "readiness_" + item.code,
        item.args,
    )


class _Fitter:
    """Plain strings where the text fits its column on one line (fast), paragraphs where it must wrap."""

    def __init__(self, styles: Styles, widths: list[float]):
        self.styles, self.widths = styles, widths

    def cell(self, value: str, column: int) -> Cell:
        if not value:
            return ""
        room = self.widths[column] - 6
        if "\n" not in value and stringWidth(value, CONDENSED, CELL_SIZE) <= room:
            return value
        return Paragraph(text(value), self.styles.cell)


def _fit_heading(label: str, least: float) -> float:
    """A column wide enough that its one-word heading is not broken inside the word."""
    return max(least, stringWidth(label, SANS_BOLD, HEADING_SIZE) + 8)


def _person(name: str, detail: str) -> str:
    return text(name) + (f", {text(detail)}" if detail else "")


def _grid_style(numbers_from: int) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.2),
            ("ALIGN", (0, 0), (1, -1), "CENTER"),
            ("ALIGN", (numbers_from, 1), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
