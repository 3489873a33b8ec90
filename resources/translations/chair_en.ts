<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="+266"/>
        <source>Agreement between the experts</source>
        <translation>Agreement between the experts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each expert against the rest of the panel</source>
        <translation>Each expert against the rest of the panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robustness: the ranking under other methods</source>
        <translation>Robustness: the ranking under other methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kendall&apos;s W:</source>
        <translation>Kendall&apos;s W:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p-value (χ²):</source>
        <translation>p-value (χ²):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICC(2,1), one expert:</source>
        <translation>ICC(2,1), one expert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ICC(2,k), the panel:</source>
        <translation>ICC(2,k), the panel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries used:</source>
        <translation>Entries used:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W near 1: the experts rank the entries alike; near 0: they disagree. ICC: agreement on the totals themselves.</source>
        <translation>W near 1: the experts rank the entries alike; near 0: they disagree. ICC: agreement on the totals themselves.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out (a recusal or a missing score): %1</source>
        <translation>Left out (a recusal or a missing score): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prize places depend on the method: %1 give other prize places.</source>
        <translation>The prize places depend on the method: %1 give other prize places.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prize places are the same under every method.</source>
        <translation>The prize places are the same under every method.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaving out one of these experts would change who takes the prize places: %1</source>
        <translation>Leaving out one of these experts would change who takes the prize places: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving out one of these experts would only change the order within the prize places: %1</source>
        <translation>Leaving out one of these experts would only change the order within the prize places: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaving out any single expert does not change the prize places.</source>
        <translation>Leaving out any single expert does not change the prize places.</translation>
    </message>
</context>
<context>
    <name>ChairDesk</name>
    <message>
        <location filename="../../app/ui/chair/desk.py" line="+189"/>
        <location line="+6"/>
        <source>Import sheet files…</source>
        <translation>Import sheet files…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement and robustness</source>
        <translation>Agreement and robustness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a round file to use the chair&apos;s desk: File → Open.</source>
        <translation>Open a round file to use the chair&apos;s desk: File → Open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a folder of sheets…</source>
        <translation>Import a folder of sheets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the protocol (PDF)…</source>
        <translation>Write the protocol (PDF)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the Excel summary…</source>
        <translation>Write the Excel summary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the next-stage round…</source>
        <translation>Export the next-stage round…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview of the sheet…</source>
        <translation>Print preview of the sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sheet…</source>
        <translation>Print the sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected accepted sheet, as the expert&apos;s printed form (PDF)</source>
        <translation>The selected accepted sheet, as the expert&apos;s printed form (PDF)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the imported sheets</source>
        <translation>Checking the imported sheets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chair&apos;s data for this round could not be read: see the message above.</source>
        <translation>The chair&apos;s data for this round could not be read: see the message above.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chair&apos;s desk</source>
        <translation>Chair&apos;s desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>department stage</source>
        <translation>department stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>faculty stage</source>
        <translation>faculty stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>university stage</source>
        <translation>university stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · chair: %2 · %3 entries, %4 experts · prize places: %5</source>
        <translation>%1 · chair: %2 · %3 entries, %4 experts · prize places: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the imported sheets…</source>
        <translation>Reading the imported sheets…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheets: %1 accepted, %2 rejected, %3 superseded, %4 duplicates.</source>
        <translation>Sheets: %1 accepted, %2 rejected, %3 superseded, %4 duplicates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for: %1.</source>
        <translation>Waiting for: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet compared with paper: %1.</source>
        <translation>Not yet compared with paper: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tie on a prize place awaits its resolution (Decisions tab).</source>
        <translation>A tie on a prize place awaits its resolution (Decisions tab).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import the experts&apos; sheet files</source>
        <translation>Import the experts&apos; sheet files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet files (*.sheet.json *.json);;All files (*)</source>
        <translation>Sheet files (*.sheet.json *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import every sheet file in a folder</source>
        <translation>Import every sheet file in a folder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing sheet files</source>
        <translation>Importing sheet files</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 new file(s): %2 accepted, %3 not taken (see the Sheets tab).</source>
        <translation>Imported %1 new file(s): %2 accepted, %3 not taken (see the Sheets tab).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already imported before (nothing changed): %1.</source>
        <translation>Already imported before (nothing changed): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The decision was not recorded: the chair&apos;s database is busy (%1). Try again in a moment.</source>
        <translation>The decision was not recorded: the chair&apos;s database is busy (%1). Try again in a moment.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export the next-stage round</source>
        <translation>Export the next-stage round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round files (*.round.json)</source>
        <translation>Round files (*.round.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the next-stage round</source>
        <translation>Writing the next-stage round</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next-stage round is written: %1 (%2 entries). The commission is copied from this round: open the file in the Organiser role to set the new commission.</source>
        <translation>The next-stage round is written: %1 (%2 entries). The commission is copied from this round: open the file in the Organiser role to set the new commission.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing the PDF</source>
        <translation>Signing the PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is signed by %2.</source>
        <translation>%1 is signed by %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF to sign</source>
        <translation>The PDF to sign</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Your signing key</source>
        <translation>Your signing key</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PKCS#12 keys (*.p12 *.pfx)</source>
        <translation>PKCS#12 keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase of %1:</source>
        <translation>Passphrase of %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the protocol</source>
        <translation>Write the protocol</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preparing the sheet for printing</source>
        <translation>Preparing the sheet for printing</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the Excel summary</source>
        <translation>Write the Excel summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../app/ui/chair/charts.py" line="+164"/>
        <source>Heat map: each expert&apos;s total for each entry (darker is higher); columns are the experts&apos; numbers in the commission</source>
        <translation>Heat map: each expert&apos;s total for each entry (darker is higher); columns are the experts&apos; numbers in the commission</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+304"/>
        <source>scored</source>
        <translation>scored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recused</source>
        <translation>recused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sheet</source>
        <translation>no sheet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R</source>
        <translation>R</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="-186"/>
        <source>✓ scored: %1   R recused: %2   ✗ missing: %3   no sheet: %4</source>
        <translation>✓ scored: %1   R recused: %2   ✗ missing: %3   no sheet: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No accepted sheet yet from: %1</source>
        <translation>No accepted sheet yet from: %1</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+185"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
</context>
<context>
    <name>DecisionEntriesModel</name>
    <message>
        <location line="+196"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advances</source>
        <translation>Advances</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../app/ui/chair/decisions_panel.py" line="+133"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol No.:</source>
        <translation>Protocol No.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent from the meeting:</source>
        <translation>Absent from the meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the commission members who were not at the meeting: the protocol marks them absent.</source>
        <translation>Tick the commission members who were not at the meeting: the protocol marks them absent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the documents:</source>
        <translation>Language of the documents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol (PDF)…</source>
        <translation>Protocol (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel summary…</source>
        <translation>Excel summary…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign a PDF with a certificate…</source>
        <translation>Sign a PDF with a certificate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a digital signature (PKCS#12 key, .p12) to the protocol; the chair and the secretary can sign the same file in turn.</source>
        <translation>Adds a digital signature (PKCS#12 key, .p12) to the protocol; the chair and the secretary can sign the same file in turn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ties on prize places</source>
        <translation>Ties on prize places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominees and entries advancing to the next stage</source>
        <translation>Nominees and entries advancing to the next stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the next-stage round…</source>
        <translation>Export the next-stage round…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance the best ranked</source>
        <translation>Advance the best ranked</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Document to print or check: %1</source>
        <translation>Document to print or check: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the protocol to print it, open it or check its signatures (or choose another PDF).</source>
        <translation>Write the protocol to print it, open it or check its signatures (or choose another PDF).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a round first.</source>
        <translation>Open a round first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No accepted sheet yet: import the experts&apos; sheet files.</source>
        <translation>No accepted sheet yet: import the experts&apos; sheet files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tie of %1 on a prize place needs the commission&apos;s written resolution.</source>
        <translation>The tie of %1 on a prize place needs the commission&apos;s written resolution.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tie on a prize place.</source>
        <translation>No tie on a prize place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Place %1: %2</source>
        <translation>Place %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided order: %1</source>
        <translation>Decided order: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They share the place.</source>
        <translation>They share the place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not resolved yet: the protocol waits for the resolution.</source>
        <translation>Not resolved yet: the protocol waits for the resolution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the resolution…</source>
        <translation>Edit the resolution…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>At the university stage the commission determines the winners; nothing advances further.</source>
        <translation>At the university stage the commission determines the winners; nothing advances further.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the department stage up to %1 entries advance to the faculty (regulation 9.5.1).</source>
        <translation>At the department stage up to %1 entries advance to the faculty (regulation 9.5.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the faculty stage the best %1 advance to the university (regulation 9.5.2).</source>
        <translation>At the faculty stage the best %1 advance to the university (regulation 9.5.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen: %1 of %2.</source>
        <translation>Chosen: %1 of %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested by the ranking: %1.</source>
        <translation>Suggested by the ranking: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tie crosses the limit: resolve it before choosing.</source>
        <translation>A tie crosses the limit: resolve it before choosing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: these are not the best ranked entries.</source>
        <translation>Note: these are not the best ranked entries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exported round carries this commission over as a starting point: the organiser replaces it with the %1 commission.</source>
        <translation>The exported round carries this commission over as a starting point: the organiser replaces it with the %1 commission.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>faculty</source>
        <translation>faculty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>university</source>
        <translation>university</translation>
    </message>
</context>
<context>
    <name>ExpertsModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="-159"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean total</source>
        <translation>Mean total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>differs from the panel</source>
        <translation>differs from the panel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spearman&apos;s rank correlation between this expert&apos;s totals and the mean of the other experts&apos; totals; a low value asks for a look (regulation 14.1)</source>
        <translation>Spearman&apos;s rank correlation between this expert&apos;s totals and the mean of the other experts&apos; totals; a low value asks for a look (regulation 14.1)</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <location line="+99"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no score</source>
        <translation>no score</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location line="-296"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total given by %1</source>
        <translation>Total given by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of the experts&apos; totals (regulation 12.2)</source>
        <translation>Sum of the experts&apos; totals (regulation 12.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>* rescaled: mean of the other experts × panel size (a recusal); = tie; ! an expert&apos;s total far from the others&apos;</source>
        <translation>* rescaled: mean of the other experts × panel size (a recusal); = tie; ! an expert&apos;s total far from the others&apos;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rescaled: the mean of the remaining experts&apos; totals × the panel size</source>
        <translation>Rescaled: the mean of the remaining experts&apos; totals × the panel size</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place decided by the commission (the tie at place %1)</source>
        <translation>Place decided by the commission (the tie at place %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recused</source>
        <translation>recused</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="+55"/>
        <source>Filter by title…</source>
        <translation>Filter by title…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per criterion, over every score given</source>
        <translation>Per criterion, over every score given</translation>
    </message>
</context>
<context>
    <name>RobustnessModel</name>
    <message>
        <location filename="../../app/ui/chair/models.py" line="+121"/>
        <source>Sum (official)</source>
        <translation>Sum (official)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trimmed mean</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>z-scores</source>
        <translation>z-scores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <location line="-420"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compared with paper</source>
        <translation>Compared with paper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>revision %1; a newer revision of this expert is taken</source>
        <translation>revision %1; a newer revision of this expert is taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same sheet as %1</source>
        <translation>the same sheet as %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a readable sheet file</source>
        <translation>not a readable sheet file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signature does not match (changed after signing, or not signed)</source>
        <translation>the signature does not match (changed after signing, or not signed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belongs to another round</source>
        <translation>belongs to another round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the round file was edited after the expert scored it</source>
        <translation>the round file was edited after the expert scored it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the expert is not in this round&apos;s commission</source>
        <translation>the expert is not in this round&apos;s commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed with another key than the one pinned in the round</source>
        <translation>signed with another key than the one pinned in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a score is out of range</source>
        <translation>a score is out of range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet is incomplete</source>
        <translation>the sheet is incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores entries or criteria that are not in the round</source>
        <translation>scores entries or criteria that are not in the round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different sheets with the same revision from one expert</source>
        <translation>different sheets with the same revision from one expert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key is the one pinned in the round.</source>
        <translation>The key is the one pinned in the round.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key is pinned for this expert: compare the fingerprint with the paper sheet.</source>
        <translation>No key is pinned for this expert: compare the fingerprint with the paper sheet.</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../../app/ui/chair/panels.py" line="-124"/>
        <source>Import the experts&apos; sheet files (buttons above, or drop files and folders here). For each accepted sheet compare the verification code and the key fingerprint with the signed paper sheet, then tick «Compared with paper».</source>
        <translation>Import the experts&apos; sheet files (buttons above, or drop files and folders here). For each accepted sheet compare the verification code and the key fingerprint with the signed paper sheet, then tick «Compared with paper».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>File digest (SHA-256): %1</source>
        <translation>File digest (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <location filename="../../app/ui/chair/charts.py" line="-117"/>
        <source>Entries shown (best first):</source>
        <translation>Entries shown (best first):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each entry&apos;s totals from every expert</source>
        <translation>Each entry&apos;s totals from every expert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expert&apos;s total</source>
        <translation>Expert&apos;s total</translation>
    </message>
</context>
<context>
    <name>SpreadPlot</name>
    <message>
        <location filename="../../app/ui/chair/spread_plot.py" line="+1"/>
        <source>Expert %1: %2</source>
        <translation>Expert %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: %1 of %2</source>
        <translation>Total: %1 of %2</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <location filename="../../app/ui/chair/tie_dialog.py" line="+21"/>
        <source>Resolve the tie</source>
        <translation>Resolve the tie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These entries share place %1 with a result of %2. Write how the commission resolved it (for example the result of an open vote): it goes into the protocol.</source>
        <translation>These entries share place %1 with a result of %2. Write how the commission resolved it (for example the result of an open vote): it goes into the protocol.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first in the list takes the higher place.</source>
        <translation>The first in the list takes the higher place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They share the place (no order decided)</source>
        <translation>They share the place (no order decided)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Open vote of the commission: 5 for, 2 against; the first named takes the higher place.</source>
        <translation>e.g. Open vote of the commission: 5 for, 2 against; the first named takes the higher place.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Resolution (in the commission&apos;s words):</source>
        <translation>Resolution (in the commission&apos;s words):</translation>
    </message>
</context>
</TS>
