"""The three stages of regulation 9.5: department → faculty → university.

A stage that is over sends its advancing entries on as a **next-stage package** (`next-stage`): a
folder with a round file of the next stage, the entries' media and attachments, the extract of the
stage's protocol (PDF) and a manifest `package.json` (format `sarapshy-stage-package/1`).

The next stage **gathers** the packages of its departments (or faculties) into one round
(`gather`). Where each entry came from travels inside the round file's own format
(`sarapshy-round/1`, unchanged): each entry of a package carries two attachments,

- kind `stage_extract`: the protocol extract PDF of the stage it came from, and
- kind `stage_source`: a small JSON record (`sarapshy-stage-source/1`) of that stage's decision on
  the entry (department / faculty, the lower round's id and digest, protocol number and date, the
  entry's place and result, the extract's SHA-256). The record's file name ends with the first 32
  hex digits of its own SHA-256, so the round file — whose digest every expert's sheet signs —
  pins its content: a record changed afterwards no longer matches its name and is refused.

Entries keep both attachments at every stage, so a university entry lists its department and its
faculty. Older readers of `/1` open such a round as before (attachments of any kind are allowed).

Here: which entries advance. Beside it: the records (stage_records), reading an entry's sources
(entry_sources) and gathering (stage_gather). Writing a package renders the extract PDF, so it is
a report: next_stage_package in the reports package.
"""

import json

from app.models.decisions import Decisions, final_standings
from app.models.errors import InputError
from app.models.localized import localized
from app.models.merge import MergeOutcome
from app.models.regulation import ADVANCING_BY_STAGE
from app.models.round import RoundFile


def stage_unit(round_file: RoundFile, lang: str = "kk") -> str:
    """The department (or faculty) whose stage the round is: the one its entries share, else the
    round's organisation."""
    rnd = round_file.round
    key = "department" if rnd.stage == "department" else "faculty"
    names = {localized(getattr(e, key), lang).strip() for e in rnd.entries} - {""}
    if len(names) == 1:
        return names.pop()
    return localized(rnd.organization, lang)


def advancing_for_package(round_file: RoundFile, outcome: MergeOutcome, decisions: Decisions) -> list[str]:
    """The entries that advance, by the regulation's limit (9.5: 3 from a department, 2 from a
    faculty) or by the chair's list (`advancing`). A tie across the limit is never cut silently."""
    rnd = round_file.round
    limit = ADVANCING_BY_STAGE.get(rnd.stage)
    source = round_file.path
    if not limit:
        raise InputError(
            source, "stage", "the university stage is the last one: nothing advances from it", code="stage_last"
        )
    standings = [(s.place, s.entry_id) for s in final_standings(outcome.results, decisions) if s.place is not None]
    if decisions.advancing is not None:
        chosen = list(decisions.advancing)
        if not chosen:
            raise InputError(
                source,
                "advancing",
                "the decisions file's 'advancing' is empty: no entry advances",
                f"list the entries that advance, or leave 'advancing' out to send the best {limit}",
                code="stage_none_advancing",
                args=(limit,),
            )
        if len(chosen) > limit:
            raise InputError(
                source,
                "advancing",
                f"at the {rnd.stage} stage at most {limit} entries advance (regulation 9.5), {len(chosen)} were chosen",
                "choose fewer entries",
                code="stage_too_many",
                args=(rnd.stage, limit, len(chosen)),
            )
        scored = {entry_id for _, entry_id in standings}
        unscored = [e for e in chosen if e not in scored]
        if unscored:
            raise InputError(
                source,
                "advancing",
                f"no result for {', '.join(unscored)}: an entry advances on the commission's scores",
                "choose entries the experts scored",
                code="stage_unscored",
                args=(", ".join(unscored),),
            )
        return chosen
    if not standings:
        raise InputError(source, "entries", "no entry has a result", code="stage_no_results")
    within = [(place, entry_id) for place, entry_id in standings if place <= limit]
    if len(within) > limit:
        border = within[-1][0]
        tied = [entry_id for place, entry_id in standings if place == border]
        sure = [entry_id for place, entry_id in standings if place < border]
        example = json.dumps(sure + tied[: limit - len(sure)])
        raise InputError(
            source,
            "advancing",
            f"{', '.join(tied)} share place {border} across the limit of {limit} entries that advance "
            f"from the {rnd.stage} stage (regulation 9.5)",
            f'put the entries the commission chose by vote in the decisions file\'s "advancing", '
            f'e.g. "advancing": {example}, or order the tie with a tie resolution',
            code="stage_tie_across_limit",
            args=(", ".join(tied), border, limit, example),
        )
    return [entry_id for _, entry_id in within]
