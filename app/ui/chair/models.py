"""Qt item models of the chair's desk, over a `ChairSnapshot` (results engine + chair's store).

Each model has column constants, answers `ValueRole` with the raw value (numbers as numbers, for
sorting and tests) and `DisplayRole` with the text shown. They never touch the database: the desk
hands them a new snapshot, and their edits (checkboxes, texts) are emitted as signals for the desk
to record through `app.models.chair.ChairStore`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.models.chair import MISSING, NO_SHEET, RECUSED, SCORED, ChairSnapshot, SheetRow
from app.models.localized import localized
from app.models.results import EntryResult
from app.ui import theme
from app.ui.conflict_texts import answer_problem_text
from app.ui.i18n import current_language
from app.ui.qt import ModelIndex, Qt, QtCore, QtGui, Signal

ValueRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2  # the row's id: sheet digest, entry id or expert id

Index = QtCore.QModelIndex
DISPLAY, EDIT, CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole
TOOLTIP, BACKGROUND, FOREGROUND = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
)
ALIGN = Qt.ItemDataRole.TextAlignmentRole
NUMBER_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER_ALIGN = int(Qt.AlignmentFlag.AlignCenter)
DASH = "—"


def number(value: float | int | None, decimals: int = 2) -> str:
    """A number in the interface language's notation (decimal comma in Kazakh and Russian)."""
    if value is None:
        return DASH
    if isinstance(value, int) or (float(value).is_integer() and decimals == 0):
        return QtCore.QLocale().toString(int(value))
    return QtCore.QLocale().toString(float(value), "f", decimals)


def elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_name(name: str) -> str:
    """Surname and initials: 'Сәрсенбаева Әйгерім Қанатқызы' → 'Сәрсенбаева Ә. Қ.'."""
    words = name.split()
    if len(words) < 2:
        return name
    return " ".join([words[0], *[w[0] + "." for w in words[1:] if w[0].isalpha()]])


def whole_or_decimal(value: float | None, decimals: int = 2) -> str:
    """Integers without decimals (a sum of totals), fractions with them (a rescaled result)."""
    if value is None:
        return DASH
    return number(int(value), 0) if float(value).is_integer() else number(value, decimals)


class _SnapshotModel(QtCore.QAbstractTableModel):
    """Common ground: a snapshot, translated headers, refresh on language change.

    Header texts, entry titles and expert labels are computed once per snapshot and language:
    views ask for them for every cell they paint.
    """

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None
        self._rebuild()
        self._relabel()

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self._rebuild()
        self._relabel()
        self.endResetModel()

    def _rebuild(self) -> None:
        """Recompute the rows from `self.snapshot` (inside a model reset)."""

    def _relabel(self) -> None:
        """Recompute the texts that depend on the snapshot and the interface language."""
        lang = current_language()
        rnd = self.snapshot.round if self.snapshot else None
        self._titles = {e.id: localized(e.title, lang) for e in rnd.entries} if rnd else {}
        self._departments = {e.id: localized(e.department, lang) for e in rnd.entries} if rnd else {}
        experts = rnd.commission.experts if rnd else []
        self._expert_names = {e.id: e.name for e in experts}
        self._positions = {e.id: i for i, e in enumerate(experts, start=1)}
        self._headers = self.headers()

    def retranslate(self) -> None:
        self._relabel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headers(self) -> list[str]:
        return []

    def columnCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if orientation == Qt.Orientation.Vertical and role == DISPLAY:
            return section + 1
        return None

    def entry_title(self, entry_id: str) -> str:
        return self._titles.get(entry_id, entry_id)

    def entry_department(self, entry_id: str) -> str:
        return self._departments.get(entry_id, "")

    def expert_name(self, expert_id: str) -> str:
        return self._expert_names.get(expert_id, expert_id)

    def expert_position(self, expert_id: str) -> int:
        """The expert's number in the commission's list (1-based), as on the protocol."""
        return self._positions.get(expert_id, 0)

    def expert_short(self, expert_id: str, two_lines: bool = False) -> str:
        """'3. Сәрсенбаева Ә. Қ.' — the commission's number, surname and initials, for column headers."""
        if self.snapshot is None:
            return expert_id
        surname, _, initials = short_name(self.expert_name(expert_id)).partition(" ")
        first = f"{self.expert_position(expert_id)}. {surname}"
        if not initials:
            return first
        return f"{first}\n{initials}" if two_lines else f"{first} {initials}"

    def expert_header(
        self, section: int, orientation: Qt.Orientation, role: int, expert_ids: Sequence[str], first: int = 0
    ) -> Any:
        """Header data for columns `first…` holding `expert_ids`; None when `section` is not one."""
        if orientation != Qt.Orientation.Horizontal or not first <= section < first + len(expert_ids):
            return None
        expert_id = expert_ids[section - first]
        if role == DISPLAY:
            return self.expert_short(expert_id)
        if role == TOOLTIP:
            return self.expert_name(expert_id)
        return None


# --- sheets ---


class SheetsModel(_SnapshotModel):
    """Every imported file: status, reason, verification code, key fingerprint, paper match."""

    FILE, EXPERT, REVISION, STATUS, REASON, CODE, FINGERPRINT, PAPER = range(8)
    paper_check_toggled = Signal(object, bool)  # SheetRow, checked

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SheetRow] = []

    def _rebuild(self) -> None:
        self.rows = list(self.snapshot.sheets) if self.snapshot else []

    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Expert"),
            self.tr("Revision"),
            self.tr("Status"),
            self.tr("Reason"),
            self.tr("Verification code"),
            self.tr("Key fingerprint"),
            self.tr("Compared with paper"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def status_text(self, row: SheetRow) -> str:
        return {
            "ok": self.tr("accepted"),
            "rejected": self.tr("rejected"),
            "superseded": self.tr("superseded"),
            "duplicate": self.tr("duplicate"),
            "set_aside": self.tr("set aside"),
        }.get(row.status.status, row.status.status)

    def reason_text(self, row: SheetRow) -> str:
        s = row.status
        if s.status == "ok":
            return self.tr("the same key also signs another expert's sheets") if s.flag == "shared_key" else ""
        if s.status == "set_aside":
            return self.tr("set aside by the chair: %1").replace("%1", s.reason.split(": ", 1)[-1])
        if s.status == "superseded":
            return self.tr("revision %1; a newer revision of this expert is taken").replace("%1", str(s.revision))
        if s.status == "duplicate":
            return self.tr("the same sheet as %1").replace("%1", s.same_as)
        labels = {
            "malformed": self.tr("not a readable sheet file"),
            "bad_signature": self.tr("the signature does not match (changed after signing, or not signed)"),
            "other_round": self.tr("belongs to another round"),
            "round_edited": self.tr("the round file was edited after the expert scored it"),
            "unknown_expert": self.tr("the expert is not in this round's commission"),
            "key_mismatch": self.tr("signed with another key than the one pinned in the round"),
            "out_of_range": self.tr("a score is out of range"),
            "incomplete": self.tr("the sheet is incomplete"),
            "not_in_round": self.tr("scores entries or criteria that are not in the round"),
            "conflict": self.tr("different sheets with the same revision from one expert"),
            "key_changed": self.tr("this expert's sheets are signed with different keys: set the wrong one aside"),
            "unreadable": self.tr("the file cannot be read or checked"),
            "conflict_answer": answer_problem_text(),
        }
        return labels.get(s.reason_code, s.reason)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        s = row.status
        if role == KeyRole:
            return row.sha256
        if role == CHECK and col == self.PAPER and row.accepted:
            return Qt.CheckState.Checked if row.paper_checked else Qt.CheckState.Unchecked
        if role in (DISPLAY, ValueRole):
            values = [
                row.file_name,
                row.expert_name or s.expert_id or "",
                s.revision,
                s.status,
                s.reason,
                s.code,
                s.fingerprint,
                row.paper_checked,
            ]
            if role == ValueRole:
                return values[col]
            if col == self.STATUS:
                return self.status_text(row)
            if col == self.REASON:
                return self.reason_text(row)
            if col == self.REVISION:
                return "" if s.revision is None else str(s.revision)
            if col == self.PAPER:
                return self.tr("yes") if row.paper_checked else "" if row.accepted else DASH
            return values[col] or ""
        if role == TOOLTIP:
            if col == self.REASON and s.reason:
                return s.reason
            if col == self.FINGERPRINT and s.fingerprint:
                return (
                    self.tr("The key is the one pinned in the round.")
                    if s.key_pinned
                    else self.tr("No key is pinned for this expert: compare the fingerprint with the paper sheet.")
                )
            return row.file_name if col == self.FILE else None
        if role == BACKGROUND and col == self.STATUS:
            if s.flag:
                return theme.colour("error_background")
            return {
                "ok": theme.colour("ok_background"),
                "rejected": theme.colour("error_background"),
                "superseded": theme.colour("muted_background"),
                "duplicate": theme.colour("muted_background"),
            }.get(s.status, theme.colour("muted_background"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.PAPER and self.rows[index.row()].accepted:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role == CHECK and index.isValid() and index.column() == self.PAPER:
            row = self.rows[index.row()]
            if row.accepted:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                self.paper_check_toggled.emit(row, checked)
                return True
        return False

    def update_row(self, new: SheetRow) -> None:
        for i, row in enumerate(self.rows):
            if row.sha256 == new.sha256:
                self.rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))


# --- entries (rows) × experts (columns) ---


class _EntriesByExpertsModel(_SnapshotModel):
    """Rows are entries, columns experts; subclasses fill `row_ids`, `column_ids` and `row_label`."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        self.row_ids: list[str] = []
        self.column_ids: list[str] = []
        super().__init__(parent)

    def row_label(self, row: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.row_ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP:
            return self.expert_header(section, orientation, role, self.column_ids)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.row_ids):
            if role == DISPLAY:
                return self.row_label(section)
            if role == TOOLTIP:
                return self.entry_title(self.row_ids[section])
            return None
        return super().headerData(section, orientation, role)


# --- coverage: entries × experts ---


class CoverageModel(_EntriesByExpertsModel):
    """Rows: the round's entries; columns: the commission's experts; cells: scored/recused/missing."""

    def _rebuild(self) -> None:
        s = self.snapshot
        self.row_ids = [e.id for e in s.round.entries] if s else []
        self.column_ids = [e.id for e in s.round.commission.experts] if s else []
        self.grid = s.coverage() if s else {}

    def headers(self) -> list[str]:
        return [self.expert_short(e) for e in self.column_ids]

    def row_label(self, row: int) -> str:
        return f"{self.row_ids[row]}  {self.entry_title(self.row_ids[row])}"

    def cell_text(self, value: str) -> str:
        return {
            SCORED: self.tr("scored"),
            RECUSED: self.tr("recused"),
            MISSING: self.tr("missing"),
            NO_SHEET: self.tr("no sheet"),
        }[value]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        value = self.grid[self.column_ids[index.column()]][self.row_ids[index.row()]]
        if role == ValueRole:
            return value
        if role == DISPLAY:
            return {SCORED: "✓", RECUSED: self.tr("R"), MISSING: "✗", NO_SHEET: ""}[value]
        if role == TOOLTIP:
            return self.cell_text(value)
        if role == BACKGROUND:
            return {
                SCORED: theme.colour("ok_background"),
                RECUSED: theme.colour("info_background"),
                MISSING: theme.colour("error_background"),
                NO_SHEET: theme.colour("muted_background"),
            }[value]
        if role == ALIGN:
            return CENTER_ALIGN
        return None

    def counts(self) -> dict[str, int]:
        out = {SCORED: 0, RECUSED: 0, MISSING: 0, NO_SHEET: 0}
        for row in self.grid.values():
            for value in row.values():
                out[value] += 1
        return out


# --- ranking ---


class RankingModel(_SnapshotModel):
    """Rank, entry, department, each panel expert's total, result, mean, SD, min–max, marks."""

    RANK, ENTRY, DEPARTMENT = range(3)
    RESCALED_MARK, TIE_MARK, OUTLIER_MARK = "*", "=", "!"

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[EntryResult] = []
        self.panel: list[str] = []
        self.outliers: dict[str, set[str]] = {}

    def _rebuild(self) -> None:
        s = self.snapshot
        self.entries = s.final_order() if s else []
        self.panel = list(s.results.panel) if s else []
        self.outliers = {e.entry_id: s.outlying_totals(e) for e in self.entries} if s else {}
        self.decided = s.decided_places() if s else {}

    # column layout: RANK, ENTRY, DEPARTMENT, experts..., RESULT, MEAN, SD, MINMAX, MARKS
    @property
    def RESULT(self) -> int:  # noqa: N802 (a column constant that depends on the panel size)
        return 3 + len(self.panel)

    @property
    def MEAN(self) -> int:  # noqa: N802
        return self.RESULT + 1

    @property
    def SD(self) -> int:  # noqa: N802
        return self.RESULT + 2

    @property
    def MINMAX(self) -> int:  # noqa: N802
        return self.RESULT + 3

    @property
    def MARKS(self) -> int:  # noqa: N802
        return self.RESULT + 4

    def expert_column(self, expert_id: str) -> int:
        return 3 + self.panel.index(expert_id)

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Entry"),
            self.tr("Department"),
            *[self.expert_short(e, two_lines=True) for e in self.panel],
            self.tr("Result"),
            self.tr("Mean"),
            self.tr("SD"),
            self.tr("Min–max"),
            self.tr("Marks"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP:
            if 3 <= section < self.RESULT:
                return self.tr("Total given by %1").replace("%1", self.expert_name(self.panel[section - 3]))
            if section == self.RESULT:
                return self.tr("Sum of the experts' totals (regulation 12.2)")
            if section == self.MARKS:
                return self.marks_legend()
        return super().headerData(section, orientation, role)

    def marks_legend(self) -> str:
        return self.tr(
            "* rescaled: mean of the other experts × panel size (a recusal); = tie; "
            "! an expert's total far from the others'"
        )

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def marks(self, entry: EntryResult) -> str:
        text = ""
        if entry.rescaled:
            text += self.RESCALED_MARK
        if entry.tie:
            text += self.TIE_MARK
        if self.outliers.get(entry.entry_id):
            text += self.OUTLIER_MARK
        return text

    def value(self, entry: EntryResult, col: int) -> Any:
        if col == self.RANK:
            return self.decided.get(entry.entry_id, entry.rank)
        if col == self.ENTRY:
            return self.entry_title(entry.entry_id)
        if col == self.DEPARTMENT:
            return self.entry_department(entry.entry_id)
        if 3 <= col < self.RESULT:
            return entry.totals.get(self.panel[col - 3])
        return {
            self.RESULT: entry.result,
            self.MEAN: entry.mean,
            self.SD: entry.sd,
            self.MINMAX: (entry.min, entry.max),
            self.MARKS: self.marks(entry),
        }.get(col)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry, col = self.entries[index.row()], index.column()
        if role == KeyRole:
            return entry.entry_id
        if role == ValueRole:
            return self.value(entry, col)
        if role == DISPLAY:
            value = self.value(entry, col)
            if col == self.RANK:
                return DASH if value is None else str(value)
            if 3 <= col < self.RESULT:
                expert_id = self.panel[col - 3]
                if value is None:
                    return self.tr("R") if expert_id in entry.recused else DASH
                return (
                    f"{value}{self.OUTLIER_MARK}" if expert_id in self.outliers.get(entry.entry_id, ()) else str(value)
                )
            if col == self.RESULT:
                return whole_or_decimal(value)
            if col in (self.MEAN, self.SD):
                return number(value)
            if col == self.MINMAX:
                return DASH if value[0] is None else f"{number(value[0], 0)}–{number(value[1], 0)}"
            return value
        if role == ALIGN and col not in (self.ENTRY, self.DEPARTMENT):
            return NUMBER_ALIGN if col != self.MARKS else CENTER_ALIGN
        if role == BACKGROUND:
            if 3 <= col < self.RESULT:
                expert_id = self.panel[col - 3]
                if expert_id in self.outliers.get(entry.entry_id, ()):
                    return theme.colour("warning_background")
                if expert_id in entry.recused:
                    return theme.colour("info_background")
            if entry.prize_tie and col in (self.RANK, self.RESULT):
                return theme.colour("warning_background")
        if role == TOOLTIP:
            if col == self.ENTRY:
                return self.entry_title(entry.entry_id)
            if col == self.RESULT and entry.rescaled:
                return self.tr("Rescaled: the mean of the remaining experts' totals × the panel size")
            if col == self.MARKS and self.marks(entry):
                return self.marks_legend()
            if col == self.RANK and entry.entry_id in self.decided:
                return self.tr("Place decided by the commission (the tie at place %1)").replace("%1", str(entry.rank))
            if 3 <= col < self.RESULT and self.panel[col - 3] in entry.recused:
                return self.tr("recused")
        return None


class RankingProxy(QtCore.QSortFilterProxyModel):
    """Sorts by the raw values (numbers as numbers), filters on the entry's title."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(ValueRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(RankingModel.ENTRY)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(ValueRole), right.data(ValueRole)
        if isinstance(a, tuple):
            a, b = a[0], b[0]
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


# --- per-criterion means ---


class CriteriaModel(_SnapshotModel):
    NUMBER, TITLE, COUNT, MEAN, SD, MIN, MAX = range(7)

    def _rebuild(self) -> None:
        self.stats = list(self.snapshot.results.criteria) if self.snapshot else []

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Criterion"),
            self.tr("Scores"),
            self.tr("Mean"),
            self.tr("SD"),
            self.tr("Min"),
            self.tr("Max"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() or self.snapshot is None else len(self.stats)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        stat, col = self.stats[index.row()], index.column()
        criterion = self.snapshot.round.criterion(stat.criterion_id)
        title = localized(criterion.title, current_language()) if criterion else stat.criterion_id
        values = [index.row() + 1, title, stat.n, stat.mean, stat.sd, stat.min, stat.max]
        if role == ValueRole:
            return values[col]
        if role == KeyRole:
            return stat.criterion_id
        if role == DISPLAY:
            if col in (self.MEAN, self.SD):
                return number(values[col])
            if col in (self.MIN, self.MAX):
                return number(values[col], 0)
            return str(values[col]) if col != self.TITLE else title
        if role == TOOLTIP and col == self.TITLE:
            return title
        if role == ALIGN and col != self.TITLE:
            return NUMBER_ALIGN
        return None


# --- each expert against the rest ---


class ExpertsModel(_SnapshotModel):
    NAME, SCORED_COUNT, MEAN, SD, SPEARMAN, FLAG = range(6)

    def _rebuild(self) -> None:
        self.experts = list(self.snapshot.results.experts) if self.snapshot else []

    def headers(self) -> list[str]:
        return [
            self.tr("Expert"),
            self.tr("Scored"),
            self.tr("Mean total"),
            self.tr("SD"),
            self.tr("Spearman ρ"),
            self.tr("Flag"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() or self.snapshot is None else len(self.experts)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        x, col = self.experts[index.row()], index.column()
        values = [
            self.expert_short(x.expert_id),
            x.entries_scored,
            x.mean_total,
            x.sd_total,
            x.spearman_vs_rest,
            x.flag,
        ]
        if role == ValueRole:
            return values[col]
        if role == KeyRole:
            return x.expert_id
        if role == DISPLAY:
            if col in (self.MEAN, self.SD, self.SPEARMAN):
                return number(values[col])
            if col == self.FLAG:
                return self.tr("differs from the panel") if x.flag else ""
            return str(values[col])
        if role == BACKGROUND and x.flag and col in (self.SPEARMAN, self.FLAG):
            return theme.colour("warning_background")
        if role == TOOLTIP and col == self.NAME:
            return self.expert_name(x.expert_id)
        if role == TOOLTIP and col == self.SPEARMAN:
            return self.tr(
                "Spearman's rank correlation between this expert's totals and the mean of the "
                "other experts' totals; a low value asks for a look (regulation 14.1)"
            )
        if role == ALIGN and col not in (self.NAME, self.FLAG):
            return NUMBER_ALIGN
        return None


# --- robustness: the ranking under other methods ---


class RobustnessModel(_SnapshotModel):
    """Rows: entries in the official order; columns: the rank under each method."""

    ENTRY, SUM = 0, 1
    METHODS = ("mean", "trimmed_mean", "median", "zscore")

    def _rebuild(self) -> None:
        s = self.snapshot
        self.entries = [e for e in s.final_order() if e.rank is not None] if s else []
        self.methods = {m.method: m for m in s.results.robustness.methods} if s else {}
        self.official = dict(s.results.robustness.prize_places) if s else {}

    def method_label(self, method: str) -> str:
        return {
            "sum": self.tr("Sum (official)"),
            "mean": self.tr("Mean"),
            "trimmed_mean": self.tr("Trimmed mean"),
            "median": self.tr("Median"),
            "zscore": self.tr("z-scores"),
        }[method]

    def headers(self) -> list[str]:
        return [self.tr("Entry"), self.method_label("sum"), *[self.method_label(m) for m in self.METHODS]]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() or self.snapshot is None else len(self.entries)

    def rank(self, entry: EntryResult, col: int) -> int | None:
        if col == self.SUM:
            return entry.rank
        method = self.methods.get(self.METHODS[col - 2])
        return method.ranks.get(entry.entry_id) if method else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry, col = self.entries[index.row()], index.column()
        if role == KeyRole:
            return entry.entry_id
        if col == self.ENTRY:
            if role in (DISPLAY, ValueRole, TOOLTIP):
                return self.entry_title(entry.entry_id)
            return None
        rank = self.rank(entry, col)
        if role == ValueRole:
            return rank
        if role == DISPLAY:
            return DASH if rank is None else str(rank)
        if role == ALIGN:
            return NUMBER_ALIGN
        if role == BACKGROUND and col > self.SUM:
            places = self.snapshot.results.places
            in_prizes = rank is not None and rank <= places
            if in_prizes != (entry.entry_id in self.official):
                return theme.colour("warning_background")
        return None


# --- heat map: entries × experts totals ---


class HeatMapModel(_EntriesByExpertsModel):
    """Rows: entries in rank order; columns: panel experts; the cell's colour shows the total."""

    def _rebuild(self) -> None:
        s = self.snapshot
        self.entries = s.final_order() if s else []
        self.panel = list(s.results.panel) if s else []
        self.row_ids = [e.entry_id for e in self.entries]
        self.column_ids = self.panel
        totals = [t for e in self.entries for t in e.totals.values()]
        self.low, self.high = (min(totals), max(totals)) if totals else (0, 1)

    def headers(self) -> list[str]:
        return [str(self.expert_position(e)) for e in self.panel]

    def row_label(self, row: int) -> str:
        entry = self.entries[row]
        return f"{entry.rank or DASH}. {elide(self.entry_title(entry.entry_id), 26)}"

    def colour(self, total: int) -> QtGui.QColor:
        """White for the lowest total given, deep blue for the highest."""
        share = (total - self.low) / (self.high - self.low) if self.high > self.low else 1.0
        return theme.heat(share)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry, expert_id = self.entries[index.row()], self.panel[index.column()]
        total = entry.totals.get(expert_id)
        if role == ValueRole:
            return total
        if role == DISPLAY:
            if total is None:
                return self.tr("R") if expert_id in entry.recused else DASH
            return str(total)
        if role == BACKGROUND:
            return (
                self.colour(total)
                if total is not None
                else theme.colour("info_background")
                if expert_id in entry.recused
                else theme.colour("muted_background")
            )
        if role == FOREGROUND and total is not None:
            return theme.text_on(self.colour(total))
        if role == ALIGN:
            return CENTER_ALIGN
        if role == TOOLTIP:
            return f"{self.expert_name(expert_id)} — {self.entry_title(entry.entry_id)}: " + (
                str(total) if total is not None else self.tr("no score")
            )
        return None


# --- decisions per entry: nominee, advancing ---


class DecisionEntriesModel(_SnapshotModel):
    """Entries in the final order with the chair's marks: nominee (and nomination), advancing."""

    RANK, ENTRY, RESULT, NOMINEE, NOMINATION, ADVANCES = range(6)
    nominee_changed = Signal(str, bool, str)  # entry id, nominee, nomination
    advancing_changed = Signal(list)  # the new list of advancing entry ids

    def _rebuild(self) -> None:
        self.entries = self.snapshot.final_order() if self.snapshot else []
        self.decided = self.snapshot.decided_places() if self.snapshot else {}

    def refresh_decisions(self) -> None:
        self.decided = self.snapshot.decided_places() if self.snapshot else {}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Entry"),
            self.tr("Result"),
            self.tr("Nominee"),
            self.tr("Nomination"),
            self.tr("Advances"),
        ]

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    @property
    def can_advance(self) -> bool:
        return bool(self.snapshot and self.snapshot.advancing_limit())

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry, col = self.entries[index.row()], index.column()
        decisions = self.snapshot.decisions
        if role == KeyRole:
            return entry.entry_id
        if role == CHECK:
            if col == self.NOMINEE:
                return Qt.CheckState.Checked if entry.entry_id in decisions.nominees else Qt.CheckState.Unchecked
            if col == self.ADVANCES and self.can_advance:
                return Qt.CheckState.Checked if entry.entry_id in decisions.advancing else Qt.CheckState.Unchecked
            return None
        if role in (DISPLAY, EDIT, ValueRole):
            if col == self.RANK:
                place = self.decided.get(entry.entry_id, entry.rank)
                return DASH if place is None and role == DISPLAY else place
            if col == self.ENTRY:
                return self.entry_title(entry.entry_id)
            if col == self.RESULT:
                return entry.result if role == ValueRole else whole_or_decimal(entry.result)
            if col == self.NOMINATION:
                return decisions.nominees.get(entry.entry_id, "")
            if col == self.ADVANCES and role == DISPLAY and entry.entry_id in decisions.advancing:
                return str(decisions.advancing.index(entry.entry_id) + 1)
            return None
        if role == ALIGN and col in (self.RANK, self.RESULT):
            return NUMBER_ALIGN
        if role == TOOLTIP and col == self.ENTRY:
            return self.entry_title(entry.entry_id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() == self.NOMINEE or (index.column() == self.ADVANCES and self.can_advance):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.NOMINATION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        entry_id = self.entries[index.row()].entry_id
        decisions = self.snapshot.decisions
        if role == CHECK and index.column() == self.NOMINEE:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            self.nominee_changed.emit(entry_id, on, decisions.nominees.get(entry_id, ""))
            return True
        if role == EDIT and index.column() == self.NOMINATION:
            self.nominee_changed.emit(entry_id, True, str(value))
            return True
        if role == CHECK and index.column() == self.ADVANCES and self.can_advance:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            chosen = [e for e in decisions.advancing if e != entry_id]
            if on:
                # keep the list in the final order of the ranking
                order = [e.entry_id for e in self.entries]
                chosen = sorted([*chosen, entry_id], key=order.index)
            self.advancing_changed.emit(chosen)
            return True
        return False


class AbsentExpertsModel(QtCore.QAbstractListModel):
    """The commission's experts, each with a box: absent from the meeting (for the protocol)."""

    absent_changed = Signal(str, bool)  # expert id, absent

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ChairSnapshot | None = None
        self.experts: list[tuple[str, str]] = []  # (id, label)

    def set_snapshot(self, snapshot: ChairSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        experts = snapshot.round.commission.experts if snapshot else []
        self.experts = [(e.id, f"{i}. {short_name(e.name)}") for i, e in enumerate(experts, start=1)]
        self.endResetModel()

    def refresh_decisions(self) -> None:
        if self.experts:
            self.dataChanged.emit(self.index(0), self.index(len(self.experts) - 1))

    def rowCount(self, parent: ModelIndex = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.experts)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.snapshot is None:
            return None
        expert_id, label = self.experts[index.row()]
        if role == DISPLAY:
            return label
        if role == KeyRole:
            return expert_id
        if role == CHECK:
            return Qt.CheckState.Checked if expert_id in self.snapshot.decisions.absent else Qt.CheckState.Unchecked
        if role == TOOLTIP:
            expert = self.snapshot.round.expert(expert_id)
            return expert.name if expert else expert_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else super().flags(index)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != CHECK or not index.isValid():
            return False
        self.absent_changed.emit(self.experts[index.row()][0], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


def entries_text(snapshot: ChairSnapshot, entry_ids: Sequence[str]) -> str:
    """'m02 Title; m03 Title' for messages."""
    lang = current_language()
    parts = []
    for entry_id in entry_ids:
        entry = snapshot.round.entry(entry_id)
        parts.append(f"{entry_id} «{localized(entry.title, lang)}»" if entry else entry_id)
    return "; ".join(parts)
