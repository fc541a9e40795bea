<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="34"/>
        <source>About PolicyEditor</source>
        <translation>Om PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="40"/>
        <source>Draft, version, compare and publish policies — offline.</source>
        <translation>Skriv, versionshantera, jämför och publicera policyer – helt offline.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="49"/>
        <source>Built with Python %1, Qt %2 and PySide6 %3.</source>
        <translation>Byggd med Python %1, Qt %2 och PySide6 %3.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="54"/>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="55"/>
        <source>This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Programmet levereras HELT UTAN GARANTI.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="17"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="20"/>
        <source>Start a new, empty policy</source>
        <translation>Börja på en ny, tom policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="24"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="27"/>
        <source>Open a policy workspace or a text file</source>
        <translation>Öppna en policyarbetsyta eller en textfil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="31"/>
        <source>&amp;Import Text…</source>
        <translation>&amp;Importera text…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="34"/>
        <source>Import a revised Markdown or text file into this workspace</source>
        <translation>Importera en reviderad Markdown- eller textfil till den här arbetsytan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="43"/>
        <source>Write the draft to its workspace now</source>
        <translation>Skriv utkastet till arbetsytan nu</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="47"/>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="50"/>
        <source>Save the document as a new workspace file</source>
        <translation>Spara dokumentet som en ny arbetsytefil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="54"/>
        <source>&amp;Close Window</source>
        <translation>S&amp;täng fönster</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="57"/>
        <source>Close this window</source>
        <translation>Stäng det här fönstret</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="61"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="64"/>
        <source>Quit PolicyEditor</source>
        <translation>Avsluta PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="21"/>
        <location filename="../../policyeditor/ui/editing/commands.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="24"/>
        <source>Undo the last change</source>
        <translation>Ångra den senaste ändringen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="29"/>
        <location filename="../../policyeditor/ui/editing/commands.py" line="86"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="32"/>
        <source>Redo the change you undid</source>
        <translation>Gör om ändringen du ångrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="38"/>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Sök och ersätt…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="41"/>
        <source>Search and replace across all sections</source>
        <translation>Sök och ersätt i alla avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="45"/>
        <source>Find &amp;Next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="48"/>
        <source>Go to the next match</source>
        <translation>Gå till nästa träff</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="17"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="20"/>
        <source>Language, author name, font, autosave</source>
        <translation>Språk, författarnamn, typsnitt, automatisk sparning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="25"/>
        <source>PolicyEditor &amp;User Guide</source>
        <translation>&amp;Användarhandbok för PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="28"/>
        <source>How to write, review, publish and print (offline)</source>
        <translation>Hur du skriver, granskar, publicerar och skriver ut (utan nätverk)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="32"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="35"/>
        <source>Every keyboard shortcut of the editor</source>
        <translation>Alla kortkommandon i redigeraren</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="52"/>
        <source>&amp;Add Section</source>
        <translation>&amp;Lägg till avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="55"/>
        <source>Add a section after the current one</source>
        <translation>Lägg till ett avsnitt efter det aktuella</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="59"/>
        <source>Add &amp;Subsection</source>
        <translation>Lägg till &amp;underavsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="62"/>
        <source>Add a subsection inside the current section</source>
        <translation>Lägg till ett underavsnitt i det aktuella avsnittet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="66"/>
        <source>&amp;Delete Section…</source>
        <translation>&amp;Ta bort avsnitt…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="69"/>
        <source>Delete the current section and its subsections</source>
        <translation>Ta bort det aktuella avsnittet och dess underavsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="73"/>
        <source>&amp;Rename Section</source>
        <translation>&amp;Byt namn på avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="76"/>
        <source>Edit the current heading</source>
        <translation>Redigera den aktuella rubriken</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="80"/>
        <source>Move &amp;Up</source>
        <translation>Flytta u&amp;pp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="83"/>
        <source>Move the section before the previous one</source>
        <translation>Flytta avsnittet före det föregående</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="87"/>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="90"/>
        <source>Move the section after the next one</source>
        <translation>Flytta avsnittet efter det nästa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="94"/>
        <source>&amp;Indent</source>
        <translation>&amp;Öka nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="97"/>
        <source>Make the section a subsection of the one before</source>
        <translation>Gör avsnittet till underavsnitt till det föregående</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="101"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Minska nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="104"/>
        <source>Move the section one level up</source>
        <translation>Flytta avsnittet en nivå upp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="108"/>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="111"/>
        <source>Show or hide the preview</source>
        <translation>Visa eller dölj förhandsvisningen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="21"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="24"/>
        <source>Show or hide the versions panel</source>
        <translation>Visa eller dölj versionspanelen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="29"/>
        <source>Save &amp;Version…</source>
        <translation>Spara &amp;version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="32"/>
        <source>Save the draft as a named version</source>
        <translation>Spara utkastet som en namngiven version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="36"/>
        <source>&amp;Open Version</source>
        <translation>&amp;Öppna version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="39"/>
        <source>View the selected version read-only</source>
        <translation>Visa den valda versionen skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="43"/>
        <source>&amp;Restore into Draft</source>
        <translation>&amp;Återställ till utkast</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="46"/>
        <source>Replace the draft with the selected version (undoable)</source>
        <translation>Ersätt utkastet med den valda versionen (kan ångras)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="52"/>
        <source>&amp;Approve Version…</source>
        <translation>&amp;Godkänn version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="55"/>
        <source>Record that the selected version was reviewed</source>
        <translation>Registrera att den markerade versionen har granskats</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="59"/>
        <source>Release &amp;Settings…</source>
        <translation>Publiceringsin&amp;ställningar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="62"/>
        <source>Who must approve before publishing, and when the policy is next to be reviewed</source>
        <translation>Vem som måste godkänna före publicering, och när policyn ska granskas nästa gång</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="57"/>
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publicera version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="60"/>
        <source>Mark the selected version as published</source>
        <translation>Markera den valda versionen som publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="22"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="25"/>
        <source>Compare two versions or the draft and review the changes</source>
        <translation>Jämför två versioner eller utkastet och granska ändringarna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="31"/>
        <source>&amp;Flags</source>
        <translation>&amp;Flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="34"/>
        <source>Flags raised since the last published version</source>
        <translation>Flaggor sedan den senast publicerade versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="38"/>
        <source>&amp;Import Revision…</source>
        <translation>&amp;Importera revision…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="41"/>
        <source>Import a revised text into the draft and compare it with the last published version</source>
        <translation>Importera en reviderad text till utkastet och jämför den med den senast publicerade versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="48"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="51"/>
        <source>Edit the “What has changed” text of the selected version</source>
        <translation>Redigera texten ”Vad har ändrats” för den valda versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="85"/>
        <source>&amp;Accept Change</source>
        <translation>&amp;Godkänn ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="88"/>
        <source>Accept the selected change and go to the next one</source>
        <translation>Godkänn den markerade ändringen och gå till nästa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="92"/>
        <source>&amp;Reject Change</source>
        <translation>&amp;Avvisa ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="95"/>
        <source>Reject the selected change and go to the next one</source>
        <translation>Avvisa den markerade ändringen och gå till nästa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="99"/>
        <source>Accept All in &amp;Section</source>
        <translation>Godkänn alla i a&amp;vsnittet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="102"/>
        <source>Accept every change in the selected change&apos;s section</source>
        <translation>Godkänn alla ändringar i den markerade ändringens avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="106"/>
        <source>Reject All in S&amp;ection</source>
        <translation>Avvisa alla i av&amp;snittet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="109"/>
        <source>Reject every change in the selected change&apos;s section</source>
        <translation>Avvisa alla ändringar i den markerade ändringens avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="113"/>
        <source>Accept A&amp;ll Changes</source>
        <translation>Godkänn a&amp;lla ändringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="116"/>
        <source>Accept every change of this comparison</source>
        <translation>Godkänn alla ändringar i jämförelsen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="120"/>
        <source>Reject All C&amp;hanges</source>
        <translation>Avvisa alla ä&amp;ndringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="123"/>
        <source>Reject every change of this comparison</source>
        <translation>Avvisa alla ändringar i jämförelsen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="127"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Nästa ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="130"/>
        <source>Select and show the next change</source>
        <translation>Markera och visa nästa ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="134"/>
        <source>&amp;Previous Change</source>
        <translation>&amp;Föregående ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="137"/>
        <source>Select and show the previous change</source>
        <translation>Markera och visa föregående ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="141"/>
        <source>Appl&amp;y to Draft</source>
        <translation>&amp;Verkställ i utkastet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="144"/>
        <source>Make the draft from the decisions, as one step that Undo takes back</source>
        <translation>Gör utkastet av besluten, i ett steg som Ångra tar tillbaka</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="39"/>
        <source>&amp;About PolicyEditor</source>
        <translation>&amp;Om PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="42"/>
        <source>Version and licences</source>
        <translation>Version och licenser</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="24"/>
        <source>E&amp;xport Draft…</source>
        <translation>E&amp;xportera utkast…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="27"/>
        <source>Write the draft to a file in a format of your choice</source>
        <translation>Skriv utkastet till en fil i valfritt format</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="31"/>
        <source>&amp;Export Version…</source>
        <translation>&amp;Exportera version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="34"/>
        <source>Write the selected version to a file in a format of your choice</source>
        <translation>Skriv den valda versionen till en fil i valfritt format</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="40"/>
        <source>Export &amp;Published Version…</source>
        <translation>Exportera &amp;publicerad version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="43"/>
        <source>Write the published version, with its release notice, to a file in a format of your choice</source>
        <translation>Skriv den publicerade versionen med ändringsmeddelandet till en fil i valfritt format</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="50"/>
        <source>Evidence Pac&amp;k…</source>
        <translation>&amp;Revisionsunderlag…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="53"/>
        <source>Write one PDF for an auditor about the published version: its text, fingerprint, approvals, flags, override reason and timeline</source>
        <translation>Skriv en PDF för en revisor om den publicerade versionen: text, fingeravtryck, godkännanden, flaggor, skäl att publicera trots flaggor och händelseförlopp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="61"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="64"/>
        <source>Print the document with the same pages as its PDF</source>
        <translation>Skriv ut dokumentet med samma sidor som dess PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="68"/>
        <source>Print Pre&amp;view</source>
        <translation>&amp;Förhandsgranska utskrift</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="71"/>
        <source>Show the printed pages before printing</source>
        <translation>Visa de utskrivna sidorna innan utskriften</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="21"/>
        <source>New Co&amp;mment…</source>
        <translation>Ny &amp;kommentar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="24"/>
        <source>Comment on the selected words</source>
        <translation>Kommentera de markerade orden</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="28"/>
        <source>C&amp;omments</source>
        <translation>K&amp;ommentarer</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="31"/>
        <source>Show or hide the comments panel</source>
        <translation>Visa eller dölj kommentarspanelen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="17"/>
        <source>Check &amp;Spelling</source>
        <translation>&amp;Kontrollera stavning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="20"/>
        <source>Underline misspelt words as you type</source>
        <translation>Stryk under felstavade ord medan du skriver</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="25"/>
        <source>Pro&amp;blems</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="28"/>
        <source>List spelling, references, defined terms, links and empty sections</source>
        <translation>Lista stavning, hänvisningar, definierade termer, länkar och tomma avsnitt</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="34"/>
        <source>Approve Version</source>
        <translation>Godkänn version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="36"/>
        <source>Record that version %1 (saved by %2) was reviewed.</source>
        <translation>Registrera att version %1 (sparad av %2) har granskats.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="45"/>
        <source>Approver</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="46"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="48"/>
        <source>Publishing needs an approval by someone other than the author</source>
        <translation>Publicering kräver godkännande av någon annan än författaren</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="55"/>
        <source>&amp;Approver:</source>
        <translation>&amp;Godkänd av:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="56"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>CommentCommands</name>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="70"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="146"/>
        <source>New Comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="147"/>
        <source>Select the words to comment on in a section&apos;s text first.</source>
        <translation>Markera först orden du vill kommentera i ett avsnitts text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="157"/>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="161"/>
        <source>The draft no longer has these words: the comment is on the section.</source>
        <translation>Utkastet har inte längre de här orden: kommentaren gäller hela avsnittet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="190"/>
        <source>Reply to comment</source>
        <translation>Svara på kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="195"/>
        <source>Resolve comment</source>
        <translation>Lös kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="196"/>
        <source>Reopen comment</source>
        <translation>Öppna kommentar igen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="201"/>
        <source>Delete comment</source>
        <translation>Ta bort kommentar</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="26"/>
        <source>Reply to Comment</source>
        <translation>Svara på kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="27"/>
        <source>New Comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="34"/>
        <source>On: “%1”</source>
        <translation>Om: ”%1”</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="38"/>
        <source>Comment text</source>
        <translation>Kommentarens text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="40"/>
        <source>Write your reply…</source>
        <translation>Skriv ditt svar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="41"/>
        <source>Write your comment…</source>
        <translation>Skriv din kommentar…</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="55"/>
        <source>Resolved</source>
        <extracomment>Item data: (section id, comment id) of a thread or reply row; None on a section row.</extracomment>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="57"/>
        <source>Words deleted</source>
        <translation>Orden borttagna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="63"/>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="143"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Svara…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="144"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="145"/>
        <source>Show resolved</source>
        <translation>Visa lösta</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="146"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="249"/>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="251"/>
        <source>Re&amp;solve</source>
        <translation>&amp;Lös</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="34"/>
        <source>Draft (current)</source>
        <translation>Utkast (aktuellt)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="36"/>
        <source>Draft before import</source>
        <translation>Utkast före import</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="38"/>
        <source>saved</source>
        <translation>sparad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="39"/>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="40"/>
        <source>published</source>
        <translation>publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="33"/>
        <source>added</source>
        <translation>tillagt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="34"/>
        <source>removed</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="35"/>
        <source>modified</source>
        <translation>ändrat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="36"/>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="40"/>
        <source>moved</source>
        <translation>flyttat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="81"/>
        <source>Chang&amp;es</source>
        <translation>Ä&amp;ndringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="84"/>
        <source>Previous change (Alt+Up)</source>
        <translation>Föregående ändring (Alt+Uppil)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="87"/>
        <source>Next change (Alt+Down)</source>
        <translation>Nästa ändring (Alt+Nedpil)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="155"/>
        <source>Compare and Review</source>
        <translation>Jämför och granska</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="89"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="90"/>
        <source>&amp;with</source>
        <translation>me&amp;d</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="91"/>
        <source>&amp;Inline</source>
        <translation>&amp;I texten</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="92"/>
        <source>Side &amp;by side</source>
        <translation>&amp;Sida vid sida</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="94"/>
        <source>Ignore &amp;formatting</source>
        <translation>Ignorera &amp;formatering</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="96"/>
        <source>&amp;Collapse unchanged</source>
        <translation>Fäll ih&amp;op oförändrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="98"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="97"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="159"/>
        <source>Old version</source>
        <translation>Gammal version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="160"/>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="162"/>
        <source>Changes marked inline</source>
        <translation>Ändringar markerade i texten</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="208"/>
        <source>Old: %1</source>
        <translation>Gammal: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="213"/>
        <source>New: %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="234"/>
        <source>%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged</source>
        <translation>%1 ändrade, %2 tillagda, %3 borttagna, %4 flyttade, %5 oförändrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="244"/>
        <source>substantive</source>
        <translation>materiell</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="246"/>
        <source>editorial</source>
        <translation>redaktionell</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="249"/>
        <source>Assessment: %1</source>
        <translation>Bedömning: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="255"/>
        <source>1 high-severity flag needs review</source>
        <translation>1 allvarlig flagga behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="256"/>
        <source>%n high-severity flags need review</source>
        <translation>%n allvarliga flaggor behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="260"/>
        <source>The new side is published: read-only, no sign-off.</source>
        <translation>Den nya sidan är publicerad: skrivskyddad, ingen kvittens.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="109"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="63"/>
        <source>Unsaved policy</source>
        <translation>Osparad policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="183"/>
        <source>Untitled policy</source>
        <translation>Namnlös policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="188"/>
        <source>(read-only)</source>
        <translation>(skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="79"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="84"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="203"/>
        <source>Section %1 of %2</source>
        <translation>Avsnitt %1 av %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="208"/>
        <source>Title and preamble</source>
        <translation>Titel och inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="214"/>
        <source>1 word here, %2 in total</source>
        <translation>1 ord här, %2 totalt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="216"/>
        <source>%1 words here, %2 in total</source>
        <translation>%1 ord här, %2 totalt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="229"/>
        <source>Read-only version</source>
        <translation>Skrivskyddad version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="231"/>
        <source>Not saved in a workspace yet</source>
        <translation>Inte sparad i en arbetsyta än</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="233"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="235"/>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="245"/>
        <source>Autosave failed</source>
        <translation>Automatisk sparning misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="247"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisk sparning misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="131"/>
        <source>Delete section %1 “%2”?</source>
        <translation>Ta bort avsnitt %1 ”%2”?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="137"/>
        <source>Its subsection will be deleted too.</source>
        <translation>Dess underavsnitt tas också bort.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="139"/>
        <source>Its %n subsections will be deleted too.</source>
        <translation>Dess %n underavsnitt tas också bort.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="143"/>
        <source>You can undo this.</source>
        <translation>Du kan ångra det.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="146"/>
        <source>Delete Section</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="148"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>DecideView</name>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="69"/>
        <source>Undo</source>
        <extracomment>Asks the user (title, question, yes-button text) and says whether to go on.</extracomment>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="272"/>
        <source>Apply to Draft</source>
        <translation>Verkställ i utkastet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="273"/>
        <source>The draft will be replaced by version %1 with your decisions applied. Undo brings the current draft back.</source>
        <translation>Utkastet ersätts av version %1 med dina beslut verkställda. Ångra tar tillbaka det nuvarande utkastet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="278"/>
        <source>Replace Draft</source>
        <translation>Ersätt utkastet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="291"/>
        <source>Apply Review Decisions</source>
        <translation>Verkställ granskningsbeslut</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="77"/>
        <source>Pre&amp;vious Change</source>
        <translation>Fö&amp;regående ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="78"/>
        <source>Next C&amp;hange</source>
        <translation>Näs&amp;ta ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="79"/>
        <source>Acce&amp;pt</source>
        <translation>Godk&amp;änn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="80"/>
        <source>Re&amp;ject</source>
        <translation>A&amp;vvisa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="82"/>
        <source>Appl&amp;y to Draft</source>
        <translation>Verkställ i &amp;utkastet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="83"/>
        <source>&amp;Undo</source>
        <translation>Ån&amp;gra</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="91"/>
        <source>1 accepted</source>
        <translation>1 godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="92"/>
        <source>%n accepted</source>
        <translation>%n godkända</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="93"/>
        <source>1 rejected</source>
        <translation>1 avvisad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="94"/>
        <source>%n rejected</source>
        <translation>%n avvisade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="95"/>
        <source>1 open</source>
        <translation>1 öppen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="96"/>
        <source>%n open</source>
        <translation>%n öppna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="39"/>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="40"/>
        <source>Effective</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="46"/>
        <source>%1 (as written)</source>
        <translation>%1 (som skrivet)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="54"/>
        <source>Section added</source>
        <translation>Avsnitt tillagt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="56"/>
        <source>Section removed</source>
        <translation>Avsnitt borttaget</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="58"/>
        <source>Moved from %1 to %2</source>
        <translation>Flyttat från %1 till %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="61"/>
        <source>Language: %1 → %2</source>
        <translation>Språk: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="72"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="74"/>
        <source>Heading: %1</source>
        <translation>Rubrik: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="81"/>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="83"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="111"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="112"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="114"/>
        <source>Changes to decide</source>
        <translation>Ändringar att besluta om</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="153"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="41"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="65"/>
        <source>Policy workspaces (*.policy)</source>
        <translation>Policyarbetsytor (*.policy)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="50"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="66"/>
        <source>Text and Markdown (*.md *.markdown *.txt *.text)</source>
        <translation>Text och Markdown (*.md *.markdown *.txt *.text)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="54"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="70"/>
        <source>Saved web pages (*.html *.htm)</source>
        <translation>Sparade webbsidor (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="45"/>
        <source>Text, Markdown, Word files and web pages (*.md *.markdown *.txt *.text *.docx *.html *.htm)</source>
        <translation>Text, Markdown, Word-filer och webbsidor (*.md *.markdown *.txt *.text *.docx *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="53"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="69"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="60"/>
        <source>Policies, text and Word files, web pages (*.policy *.md *.markdown *.txt *.text *.docx *.html *.htm)</source>
        <translation>Policyer, text- och Word-filer, webbsidor (*.policy *.md *.markdown *.txt *.text *.docx *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="78"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="100"/>
        <source>Save Version</source>
        <translation>Spara version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="106"/>
        <source>Version label</source>
        <translation>Versionsbeteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="107"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="108"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="114"/>
        <source>Use &amp;Major Version %1</source>
        <translation>Använd &amp;huvudversion %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="120"/>
        <source>&amp;Label:</source>
        <translation>&amp;Beteckning:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="121"/>
        <source>&amp;Author:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="122"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="126"/>
        <source>Set “last changed” to &amp;today (%1; now %2)</source>
        <translation>Sätt ”senast ändrad” till &amp;i dag (%1; nu %2)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="135"/>
        <source>A saved version never changes. You can keep editing the draft.</source>
        <translation>En sparad version ändras aldrig. Du kan fortsätta redigera utkastet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="163"/>
        <source>A version labelled “%1” already exists. Choose another label.</source>
        <translation>Det finns redan en version med beteckningen ”%1”. Välj en annan beteckning.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="240"/>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="241"/>
        <source>“%1” has changes that are not saved in a workspace file.</source>
        <translation>”%1” har ändringar som inte är sparade i en arbetsytefil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="244"/>
        <source>Do you want to save them before closing?</source>
        <translation>Vill du spara dem innan du stänger?</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../policyeditor/app/session.py" line="204"/>
        <source>Typing</source>
        <translation>skrivning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="211"/>
        <source>Rename section</source>
        <translation>byt namn på avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="218"/>
        <source>Edit preamble</source>
        <translation>redigera inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="223"/>
        <source>Change title</source>
        <translation>ändra titel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="228"/>
        <source>Change language</source>
        <translation>ändra språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="235"/>
        <source>Edit details</source>
        <translation>redigera uppgifter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="242"/>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="243"/>
        <source>Add section</source>
        <translation>lägg till avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="261"/>
        <source>Delete section</source>
        <translation>ta bort avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="265"/>
        <source>Move section</source>
        <translation>flytta avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="276"/>
        <source>Indent section</source>
        <translation>öka nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="280"/>
        <source>Outdent section</source>
        <translation>minska nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="284"/>
        <source>Move section up</source>
        <translation>flytta avsnitt upp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="288"/>
        <source>Move section down</source>
        <translation>flytta avsnitt ned</translation>
    </message>
</context>
<context>
    <name>EditorApp</name>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="179"/>
        <source>Recovered unsaved work from the last session. Save it to keep it.</source>
        <translation>Återställde osparat arbete från förra sessionen. Spara det för att behålla det.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="14"/>
        <source>“{path}” cannot be read as a policy: there is no such file.</source>
        <translation>”{path}” kan inte läsas som en policy: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="16"/>
        <source>“{path}” cannot be read as a policy: this is a folder, not a file.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en mapp, inte en fil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="18"/>
        <source>“{path}” cannot be read as a policy: this is not a valid file name.</source>
        <translation>”{path}” kan inte läsas som en policy: det är inte ett giltigt filnamn.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="20"/>
        <source>“{path}” cannot be read as a policy: this is not a regular file.</source>
        <translation>”{path}” kan inte läsas som en policy: det är inte en vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="22"/>
        <source>“{path}” cannot be read as a policy: you do not have permission to read it.</source>
        <translation>”{path}” kan inte läsas som en policy: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="24"/>
        <source>“{path}” cannot be read as a policy: the file cannot be read.</source>
        <translation>”{path}” kan inte läsas som en policy: filen går inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="26"/>
        <source>“{path}” cannot be read as a policy: the file is empty.</source>
        <translation>”{path}” kan inte läsas som en policy: filen är tom.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="28"/>
        <source>“{path}” cannot be read as a policy: the file contains only blank space.</source>
        <translation>”{path}” kan inte läsas som en policy: filen innehåller bara blanktecken.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="30"/>
        <source>“{path}” cannot be read as a policy: the file is {size}; PolicyEditor imports texts up to {limit}.</source>
        <translation>”{path}” kan inte läsas som en policy: filen är {size}; PolicyEditor importerar texter på upp till {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="34"/>
        <source>“{path}” cannot be read as a policy: this is not a text file (binary data).</source>
        <translation>”{path}” kan inte läsas som en policy: det är inte en textfil (binära data).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="36"/>
        <source>“{path}” cannot be read as a policy: this is a database (such as a .policy workspace), not a text file; open it as a workspace.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en databas (till exempel en .policy-arbetsyta), inte en textfil; öppna den som arbetsyta.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="40"/>
        <source>“{path}” cannot be read as a policy: this is a PDF file, not a text file; export it as plain text first.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en PDF-fil, inte en textfil; exportera den som ren text först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="44"/>
        <source>“{path}” cannot be read as a policy: this is a ZIP-based file (such as a Word document), not a text file; save it as plain text or Markdown first.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en ZIP-baserad fil (till exempel ett Word-dokument), inte en textfil; spara den som ren text eller Markdown först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="48"/>
        <source>“{path}” cannot be read as a policy: this is an old Office document, not a text file.</source>
        <translation>”{path}” kan inte läsas som en policy: det är ett äldre Office-dokument, inte en textfil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="51"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (it looks like Latin-1/Windows-1252); save it as UTF-8 and import again.</source>
        <translation>”{path}” kan inte läsas som en policy: texten är inte UTF-8 (den ser ut att vara Latin-1/Windows-1252); spara den som UTF-8 och importera igen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="55"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (invalid byte {byte} at position {offset}); save it as UTF-8 and import again.</source>
        <translation>”{path}” kan inte läsas som en policy: texten är inte UTF-8 (ogiltig byte {byte} på position {offset}); spara den som UTF-8 och importera igen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="59"/>
        <source>“{path}” cannot be read as a policy: the web page has no text.</source>
        <translation>”{path}” kan inte läsas som en policy: webbsidan innehåller ingen text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="65"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} declares a DTD).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är osäkert eller skadat ({part} deklarerar en DTD).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="69"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is not valid XML).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat ({part} är inte giltig XML).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="72"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is empty).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat ({part} är tom).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="74"/>
        <source>“{path}” cannot be read: this Word document is password-protected; remove the password in Word (File &gt; Info &gt; Protect Document) and import again.</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är lösenordsskyddat; ta bort lösenordet i Word (Arkiv &gt; Info &gt; Skydda dokument) och importera igen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="78"/>
        <source>“{path}” cannot be read: this is a legacy Word .doc file; save it as .docx (Word 2007 or later) first.</source>
        <translation>”{path}” kan inte läsas: det är en äldre Word-fil (.doc); spara den som .docx (Word 2007 eller senare) först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="82"/>
        <source>“{path}” cannot be read: this is a legacy Office file, not a .docx; save it as .docx first.</source>
        <translation>”{path}” kan inte läsas: det är en äldre Office-fil, inte en .docx; spara den som .docx först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="61"/>
        <source>“{path}” cannot be read as a policy: the web page is nested more than {depth} levels deep.</source>
        <translation>”{path}” kan inte läsas som en policy: webbsidan är nästlad i mer än {depth} nivåer.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="86"/>
        <source>“{path}” cannot be read: the Word document is {size}; the limit is {limit}.</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är {size}; gränsen är {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="88"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} inflates beyond {limit}).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är osäkert eller skadat ({part} packas upp till mer än {limit}).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="92"/>
        <source>“{path}” cannot be read: this is a ZIP file but not a Word document (no {part}).</source>
        <translation>”{path}” kan inte läsas: det är en ZIP-fil men inget Word-dokument ({part} saknas).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="95"/>
        <source>“{path}” cannot be read: this is an RTF document, not a .docx; save it as .docx first.</source>
        <translation>”{path}” kan inte läsas: det är ett RTF-dokument, inte en .docx; spara det som .docx först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="99"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx): it is not a ZIP file.</source>
        <translation>”{path}” kan inte läsas: det är inget Word-dokument (.docx): det är ingen ZIP-fil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="102"/>
        <source>“{path}” cannot be read: the Word document is damaged (not a readable ZIP file).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat (ingen läsbar ZIP-fil).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="105"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({count} parts).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är osäkert eller skadat ({count} delar).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="108"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx) or it uses an unsupported variant (Strict Open XML); save it as a normal .docx.</source>
        <translation>”{path}” kan inte läsas: det är inget Word-dokument (.docx) eller så används en variant som inte stöds (Strict Open XML); spara det som en vanlig .docx.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="112"/>
        <source>“{path}” cannot be read: the Word document is damaged (it has no body).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat (det saknar brödtext).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="114"/>
        <source>“{path}” cannot be read: the Word document contains no text.</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet innehåller ingen text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="116"/>
        <source>“{path}” cannot be imported: unknown language “{language}”; use one of {choices}.</source>
        <translation>”{path}” kan inte importeras: okänt språk ”{language}”; använd något av {choices}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="120"/>
        <source>no title found; the title is empty</source>
        <translation>ingen titel hittades; titeln är tom</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="121"/>
        <source>no section headings found; the whole text is in the preamble</source>
        <translation>inga avsnittsrubriker hittades; hela texten ligger i inledningen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="123"/>
        <source>heading “{heading}” is numbered {written} in the source and becomes {derived} (numbers follow position)</source>
        <translation>rubriken ”{heading}” är numrerad {written} i källan och blir {derived} (numren följer placeringen)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="127"/>
        <source>line {line} looks like heading {number} but does not follow {previous}; kept as text</source>
        <translation>rad {line} ser ut som rubrik {number} men följer inte efter {previous}; behålls som text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="130"/>
        <source>line {line} looks like heading {number} but cannot be the first heading; kept as text</source>
        <translation>rad {line} ser ut som rubrik {number} men kan inte vara den första rubriken; behålls som text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="134"/>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="135"/>
        <source>{count} tracked change(s) in the Word document were taken as accepted</source>
        <translation>{count} spårade ändringar i Word-dokumentet godtogs</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="137"/>
        <source>{count} image(s) or drawing(s) were not imported</source>
        <translation>{count} bild(er) eller teckning(ar) importerades inte</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="139"/>
        <source>{count} footnote(s) or endnote(s) were kept as numbered notes after their paragraphs</source>
        <translation>{count} fotnot(er) eller slutnot(er) behölls som numrerade noter efter sina stycken</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="142"/>
        <source>{count} Word comment(s) kept as review comments on their sections</source>
        <translation>{count} Word-kommentar(er) behölls som granskningskommentarer på sina avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="144"/>
        <source>{count} comment(s) on the title or preamble were put on the first section</source>
        <translation>{count} kommentar(er) på titeln eller inledningen lades på det första avsnittet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="146"/>
        <source>{count} comment(s) were dropped: the document has no sections</source>
        <translation>{count} kommentar(er) togs bort: dokumentet har inga avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="148"/>
        <source>the file is not UTF-8; decoded as {encoding}</source>
        <translation>filen är inte UTF-8; avkodad som {encoding}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="150"/>
        <source>{count} image(s) left out; only text is imported</source>
        <translation>{count} bild(er) utelämnade; bara texten importeras</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="153"/>
        <source>“{path}” is not a PolicyEditor workspace: there is no such file.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="155"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a folder.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: det är en mapp.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="157"/>
        <source>“{path}” is not a PolicyEditor workspace: the file is empty.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: filen är tom.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="159"/>
        <source>“{path}” is not a PolicyEditor workspace.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="160"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a database of another program.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: det är en databas från ett annat program.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="162"/>
        <source>“{path}” cannot be opened: you do not have permission to read it.</source>
        <translation>”{path}” kan inte öppnas: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="164"/>
        <source>“{path}” cannot be opened: the file cannot be read.</source>
        <translation>”{path}” kan inte öppnas: filen går inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="166"/>
        <source>“{path}” is damaged and cannot be used. The file was not changed.</source>
        <translation>”{path}” är skadad och kan inte användas. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="168"/>
        <source>“{path}” was written by a newer PolicyEditor (format {found}; this version reads up to {supported}). Please update this program.</source>
        <translation>”{path}” skrevs av en nyare PolicyEditor (format {found}; den här versionen läser upp till {supported}). Uppdatera programmet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="172"/>
        <source>“{path}” already exists. Choose another name.</source>
        <translation>”{path}” finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="174"/>
        <source>“{path}” is already open for editing in another PolicyEditor window ({who}, process {pid}). Close it there first, or open a copy of the file.</source>
        <translation>”{path}” är redan öppen för redigering i ett annat PolicyEditor-fönster ({who}, process {pid}). Stäng den där först, eller öppna en kopia av filen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="178"/>
        <source>“{path}” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>”{path}” är upptagen: ett annat program skriver till den. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="180"/>
        <source>“{path}” is open read-only; nothing was changed.</source>
        <translation>”{path}” är öppnad skrivskyddad; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="182"/>
        <source>“{path}” could not be written; nothing was changed.</source>
        <translation>”{path}” kunde inte skrivas; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="184"/>
        <source>The workspace “{path}” refused the change; nothing was changed.</source>
        <translation>Arbetsytan ”{path}” tillät inte ändringen; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="186"/>
        <source>“{path}” could not be created; nothing was written.</source>
        <translation>”{path}” kunde inte skapas; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="188"/>
        <source>A workspace cannot be created in the folder “{path}”.</source>
        <translation>Det går inte att skapa en arbetsyta i mappen ”{path}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="190"/>
        <source>“{path}” cannot be created: the folder does not exist.</source>
        <translation>”{path}” kan inte skapas: mappen finns inte.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="193"/>
        <source>There is no version labelled “{label}”.</source>
        <translation>Det finns ingen version med beteckningen ”{label}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="194"/>
        <source>A version labelled “{label}” already exists. Choose another label.</source>
        <translation>Det finns redan en version med beteckningen ”{label}”. Välj en annan beteckning.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="196"/>
        <source>“{label}” cannot be a version label: it must be non-empty and on one line.</source>
        <translation>”{label}” kan inte vara en versionsbeteckning: den får inte vara tom och ska stå på en rad.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="198"/>
        <source>Version “{label}” is published and can no longer change.</source>
        <translation>Version ”{label}” är publicerad och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="200"/>
        <source>Version “{label}” is already approved.</source>
        <translation>Version ”{label}” är redan godkänd.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="202"/>
        <source>Version “{label}” cannot be changed.</source>
        <translation>Version ”{label}” kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="203"/>
        <source>Version “{label}” is not published; an evidence pack is made only for a published version.</source>
        <translation>Versionen ”{label}” är inte publicerad; revisionsunderlag görs bara för en publicerad version.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="206"/>
        <source>Version “{label}” was not published: {count} high-severity flag(s) raised since the last published version are not acknowledged; acknowledge them or give a reason.</source>
        <translation>Version ”{label}” publicerades inte: allvarliga flaggor sedan den senast publicerade versionen är inte kvitterade ({count} st.); kvittera dem eller ange ett skäl.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="210"/>
        <source>Version “{label}” was not published: this workspace requires an approval by someone other than its author {author}; ask a colleague to approve it first.</source>
        <translation>Versionen ”{label}” publicerades inte: den här arbetsytan kräver ett godkännande av någon annan än författaren {author}; be en kollega godkänna den först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="214"/>
        <source>Version “{label}” was not approved: it was saved by {author}, and this workspace requires the approval of someone else, by name.</source>
        <translation>Versionen ”{label}” godkändes inte: den sparades av {author}, och den här arbetsytan kräver ett godkännande av någon annan, med namn.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="218"/>
        <source>Version “{label}” was not published: nothing has been published yet, and {count} high-severity flag(s) raised since the previous saved version “{base}” are not acknowledged; acknowledge them or give a reason.</source>
        <translation>Version ”{label}” publicerades inte: inget har publicerats ännu, och allvarliga flaggor sedan den föregående sparade versionen ”{base}” är inte kvitterade ({count} st.); kvittera dem eller ange ett skäl.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="223"/>
        <source>This version is read-only; it cannot be edited.</source>
        <translation>Den här versionen är skrivskyddad; den kan inte redigeras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="226"/>
        <source>The bundled font {name} could not be loaded.</source>
        <translation>Det medföljande typsnittet {name} kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="227"/>
        <source>Unknown page size “{name}” (use A4 or Letter).</source>
        <translation>Okänd sidstorlek ”{name}” (använd A4 eller Letter).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="228"/>
        <source>The PDF file could not be opened for writing.</source>
        <translation>PDF-filen kunde inte öppnas för skrivning.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="229"/>
        <source>The PDF writer could not start a new page.</source>
        <translation>PDF-skrivaren kunde inte börja på en ny sida.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="230"/>
        <source>The PDF file could not be completed.</source>
        <translation>PDF-filen kunde inte slutföras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="231"/>
        <source>Nothing to write: the document is empty.</source>
        <translation>Inget att skriva: dokumentet är tomt.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="233"/>
        <source>The rule file “{location}” cannot be used: {detail}</source>
        <translation>Regelfilen ”{location}” kan inte användas: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="235"/>
        <source>The rule file “{path}” cannot be read: {detail}</source>
        <translation>Regelfilen ”{path}” kan inte läsas: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="237"/>
        <source>Significance flags: the {detector} check failed; its flags are missing.</source>
        <translation>Flaggningen: kontrollen {detector} misslyckades; dess flaggor saknas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="240"/>
        <source>The spelling dictionary for “{language}” is not installed; reinstall PolicyEditor to get it.</source>
        <translation>Stavningsordlistan för ”{language}” är inte installerad; installera om PolicyEditor för att få den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="245"/>
        <source>{detail} (see &apos;{command} --help&apos;)</source>
        <translation>{detail} (se &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="246"/>
        <source>{format} output needs a file name: -o OUT{extension}</source>
        <translation>{format} behöver ett filnamn: -o OUT{extension}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="248"/>
        <source>--label must not be empty</source>
        <translation>--label får inte vara tom</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="38"/>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="39"/>
        <location filename="../../policyeditor/app/services/errors.py" line="40"/>
        <source>you do not have permission to write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="41"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="42"/>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="43"/>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="44"/>
        <source>the disk reported a read or write error</source>
        <translation>disken rapporterade ett läs- eller skrivfel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="46"/>
        <source>“{name}” could not be written in {folder}: {reason}.</source>
        <translation>”{name}” kunde inte skrivas i {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="47"/>
        <source>The file could not be written: {reason}.</source>
        <translation>Filen kunde inte skrivas: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="103"/>
        <source>Export Version %1</source>
        <translation>Exportera version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="105"/>
        <source>Export Draft</source>
        <translation>Exportera utkast</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="159"/>
        <source>Evidence Pack of Version %1</source>
        <translation>Revisionsunderlag för version %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../policyeditor/ui/export/dialog.py" line="150"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/dialog.py" line="151"/>
        <source>&amp;Target file:</source>
        <translation>&amp;Målfil:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/dialog.py" line="152"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/dialog.py" line="153"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="70"/>
        <source>Page size</source>
        <translation>Sidstorlek</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="74"/>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>Arkivbeständig PDF (PDF/A-1b)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="78"/>
        <source>Author of the changes</source>
        <translation>Ändringarnas författare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="214"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="215"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="258"/>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="216"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="259"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="217"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="260"/>
        <source>Web page (HTML)</source>
        <translation>Webbsida (HTML)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="219"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="262"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="221"/>
        <source>Word document (.docx)</source>
        <translation>Word-dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="265"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>Word-dokument med spårade ändringar (.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="277"/>
        <source>Evidence pack (PDF)</source>
        <translation>Revisionsunderlag (PDF)</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="91"/>
        <source>New policy</source>
        <translation>Ny policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="95"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="103"/>
        <source>Open Policy</source>
        <translation>Öppna policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="119"/>
        <location filename="../../policyeditor/ui/files/commands.py" line="126"/>
        <location filename="../../policyeditor/gui.py" line="121"/>
        <source>Cannot Open</source>
        <translation>Kan inte öppna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="127"/>
        <source>“%1” cannot be read: %2</source>
        <translation>”%1” kan inte läsas: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="198"/>
        <source>Import Text</source>
        <translation>Importera text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="210"/>
        <location filename="../../policyeditor/ui/files/commands.py" line="216"/>
        <source>Cannot Import</source>
        <translation>Kan inte importera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="222"/>
        <source>Import %1</source>
        <translation>importera %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="225"/>
        <source>Imported “%1”. Undo restores the previous draft.</source>
        <translation>Importerade ”%1”. Ångra återställer det tidigare utkastet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="244"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="270"/>
        <source>Save Policy As</source>
        <translation>Spara policy som</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="282"/>
        <source>Cannot Save</source>
        <translation>Kan inte spara</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="100"/>
        <source>F&amp;ind:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="101"/>
        <source>Re&amp;place with:</source>
        <translation>E&amp;rsätt med:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="102"/>
        <source>Match &amp;case</source>
        <translation>&amp;Skiftlägeskänslig</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="103"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Hela ord</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="104"/>
        <source>Find &amp;All</source>
        <translation>Sök &amp;alla</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="105"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="106"/>
        <source>Replace A&amp;ll</source>
        <translation>Ersätt a&amp;lla</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="107"/>
        <source>Text to find</source>
        <translation>Text att söka efter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="109"/>
        <source>Replacement text</source>
        <translation>Ersättningstext</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="111"/>
        <source>Matches</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="161"/>
        <source>Preamble</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="163"/>
        <source>(heading)</source>
        <translation>(rubrik)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="173"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="178"/>
        <source>1 match</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="179"/>
        <source>%n matches</source>
        <translation>%n träffar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="204"/>
        <source>Replace</source>
        <translation>ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="221"/>
        <source>Replace All</source>
        <translation>ersätt alla</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="226"/>
        <source>Replaced 1 occurrence</source>
        <translation>Ersatte 1 förekomst</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="227"/>
        <source>Replaced %n occurrences</source>
        <translation>Ersatte %n förekomster</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="20"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="21"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="22"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="54"/>
        <source>Hi&amp;gh</source>
        <translation>H&amp;ög</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="55"/>
        <source>Me&amp;dium</source>
        <translation>Mede&amp;l</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="56"/>
        <source>&amp;Low</source>
        <translation>L&amp;åg</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="30"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="31"/>
        <source>Transfers abroad</source>
        <translation>Överföring till tredje land</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="32"/>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="33"/>
        <source>Data collected</source>
        <translation>Insamlade uppgifter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="34"/>
        <source>Negation</source>
        <translation>Negation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="35"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="36"/>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="37"/>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="38"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="39"/>
        <source>Automated decisions</source>
        <translation>Automatiserade beslut</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="40"/>
        <source>Obligation wording</source>
        <translation>Förpliktande formulering</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="41"/>
        <source>Tracking</source>
        <translation>Spårning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="42"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="43"/>
        <source>Change notice</source>
        <translation>Meddelande om ändringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="44"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="45"/>
        <source>Completeness</source>
        <translation>Fullständighet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="46"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="71"/>
        <source>Also concerns: %1</source>
        <translation>Gäller även: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="77"/>
        <source>Needs review</source>
        <translation>Behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="78"/>
        <source>Acknowledged (%1)</source>
        <translation>Kvitterad (%1)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="155"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="159"/>
        <source>Show or hide flags of this severity</source>
        <translation>Visa eller dölj flaggor med den här allvarlighetsgraden</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="161"/>
        <source>Needs &amp;review only</source>
        <translation>&amp;Endast de som behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="164"/>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="165"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="166"/>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="173"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="167"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="168"/>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="169"/>
        <source>Reference</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="172"/>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="174"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Kvittera…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="176"/>
        <source>Wi&amp;thdraw Sign-off…</source>
        <translation>Återkall&amp;a kvittens…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="201"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="235"/>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="236"/>
        <source>Title and introduction</source>
        <translation>Titel och inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="298"/>
        <source>1 flag</source>
        <translation>1 flagga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="298"/>
        <source>%n flags</source>
        <translation>%n flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="299"/>
        <source>%1 shown</source>
        <translation>%1 visas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="302"/>
        <source>1 needs review</source>
        <translation>1 behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="303"/>
        <source>%n need review</source>
        <translation>%n behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="307"/>
        <source>1 of them high</source>
        <translation>varav 1 allvarlig</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="308"/>
        <source>%n of them high</source>
        <translation>varav %n allvarliga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="312"/>
        <source>%1, %2; %3, %4</source>
        <translation>%1, %2; %3, %4</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="360"/>
        <source>Select a flag to see its evidence.</source>
        <translation>Välj en flagga för att se underlaget.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="368"/>
        <source>Evidence:</source>
        <translation>Underlag:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="371"/>
        <source>Reference:</source>
        <translation>Hänvisning:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="378"/>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Kvitterad av %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="101"/>
        <source>PolicyEditor User Guide</source>
        <translation>Användarhandbok för PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="136"/>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="138"/>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="139"/>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="222"/>
        <source>&amp;Section</source>
        <translation>Av&amp;snitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="223"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="224"/>
        <source>Versio&amp;ns</source>
        <translation>V&amp;ersioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="225"/>
        <source>&amp;Review</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="230"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="231"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="232"/>
        <source>Find and Replace</source>
        <translation>Sök och ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="233"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="234"/>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="238"/>
        <source>&amp;Find and Replace</source>
        <translation>&amp;Sök och ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="241"/>
        <source>&amp;Toolbar</source>
        <translation>Verk&amp;tygsfält</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="244"/>
        <source>Export in progress</source>
        <translation>Export pågår</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="100"/>
        <source>Untitled policy</source>
        <translation>Namnlös policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="101"/>
        <source>Title, preamble and details</source>
        <translation>Titel, inledning och uppgifter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="250"/>
        <source>Outline</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="252"/>
        <source>Sections of the policy with their numbers</source>
        <translation>Policyns avsnitt med sina nummer</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../policyeditor/ui/editing/preview.py" line="73"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/preview.py" line="75"/>
        <source>The policy as it will be published</source>
        <translation>Policyn så som den kommer att publiceras</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <location filename="../../policyeditor/ui/export/printing.py" line="56"/>
        <source>Cannot Print</source>
        <translation>Kan inte skriva ut</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/printing.py" line="63"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/printing.py" line="70"/>
        <source>Print Preview</source>
        <translation>Förhandsgranska utskrift</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="47"/>
        <source>References in 1 section point to sections that now have other numbers. Update them?</source>
        <translation>Hänvisningar i 1 avsnitt pekar på avsnitt som nu har andra nummer. Vill du uppdatera dem?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="49"/>
        <source>References in %n sections point to sections that now have other numbers. Update them?</source>
        <translation>Hänvisningar i %n avsnitt pekar på avsnitt som nu har andra nummer. Vill du uppdatera dem?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="53"/>
        <source>Update References</source>
        <translation>Uppdatera hänvisningar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="54"/>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="57"/>
        <source>Update references</source>
        <translation>Uppdatera hänvisningar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="17"/>
        <source>“{word}” is not in the {dictionary}.</source>
        <translation>”{word}” finns inte i {dictionary}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="18"/>
        <source>“{reference}” points to section {number}, which does not exist.</source>
        <translation>”{reference}” hänvisar till avsnitt {number}, som inte finns.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="20"/>
        <source>“{reference}”: section {number} is headed “{heading}”, not “{quoted}”.</source>
        <translation>”{reference}”: avsnitt {number} har rubriken ”{heading}”, inte ”{quoted}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="22"/>
        <source>The defined term “{term}” is written “{found}” here.</source>
        <translation>Den definierade termen ”{term}” skrivs ”{found}” här.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="24"/>
        <source>“{term}” is defined but never used.</source>
        <translation>”{term}” definieras men används aldrig.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="25"/>
        <source>“{term}” is written as a defined term but is never defined.</source>
        <translation>”{term}” skrivs som en definierad term men definieras aldrig.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="27"/>
        <source>The link “{label}” points to “#{anchor}”, which is not in the document.</source>
        <translation>Länken ”{label}” pekar på ”#{anchor}”, som inte finns i dokumentet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="29"/>
        <source>Section {number} has no text.</source>
        <translation>Avsnitt {number} har ingen text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="30"/>
        <source>Section {number} has no heading.</source>
        <translation>Avsnitt {number} saknar rubrik.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="33"/>
        <source>Swedish dictionary</source>
        <translation>den svenska ordlistan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="34"/>
        <source>English dictionary</source>
        <translation>den engelska ordlistan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="37"/>
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="38"/>
        <source>Reference</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="39"/>
        <source>Defined term</source>
        <translation>Definierad term</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="40"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="41"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="207"/>
        <source>(no suggestions)</source>
        <translation>(inga förslag)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="210"/>
        <source>Ignore “%1”</source>
        <translation>Ignorera ”%1”</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="214"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Lägg till ”%1” i ordlistan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="234"/>
        <source>Remove “%1” from Dictionary</source>
        <translation>Ta bort ”%1” ur ordlistan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="54"/>
        <source>Preamble</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="74"/>
        <source>Loading the dictionaries…</source>
        <translation>Läser in ordlistorna…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="76"/>
        <source>No problems found.</source>
        <translation>Inga problem hittades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="79"/>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="80"/>
        <source>%n problems</source>
        <translation>%n problem</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="86"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="87"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="88"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="73"/>
        <source>Publish Version</source>
        <translation>Publicera version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="79"/>
        <source>Publish version “%1”? A published version can never be changed.</source>
        <translation>Publicera version ”%1”? En publicerad version kan aldrig ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="89"/>
        <source>This version says it was last changed on %1. To publish today&apos;s date, cancel, save a new version with “Set ‘last changed’ to today” and publish that.</source>
        <translation>Den här versionen anger att den senast ändrades %1. Vill du publicera dagens datum: avbryt, spara en ny version med ”Sätt ’senast ändrad’ till i dag” och publicera den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="106"/>
        <source>&amp;Published by:</source>
        <translation>&amp;Publicerad av:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="113"/>
        <source>Publishing is blocked: nothing has been published yet, and %n high-severity flag(s) raised since the previous saved version “%1” need review.</source>
        <translation>Publiceringen är spärrad: inget har publicerats ännu, och allvarliga flaggor sedan den föregående sparade versionen ”%1” behöver granskas (%n st.).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="121"/>
        <source>Publishing is blocked: 1 high-severity flag raised since the last published version needs review.</source>
        <translation>Publicering är spärrad: 1 allvarlig flagga sedan den senast publicerade versionen behöver granskas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="127"/>
        <source>Publishing is blocked: %n high-severity flags raised since the last published version need review.</source>
        <translation>Publicering är spärrad: %n allvarliga flaggor sedan den senast publicerade versionen behöver granskas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="137"/>
        <source>Acknowledge them in the review first, or give a reason to publish anyway. The reason is recorded in the history.</source>
        <translation>Kvittera dem i granskningen först, eller ange ett skäl att publicera ändå. Skälet sparas i historiken.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="146"/>
        <source>&amp;Reason to publish anyway:</source>
        <translation>&amp;Skäl att publicera ändå:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="151"/>
        <source>This is the workspace&apos;s first version: there is no earlier version to review it against.</source>
        <translation>Det här är arbetsytans första version: det finns ingen tidigare version att granska den mot.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="160"/>
        <source>No unreviewed high-severity flags since the previous saved version “%1” (nothing has been published yet).</source>
        <translation>Inga ogranskade allvarliga flaggor sedan den föregående sparade versionen ”%1” (inget har publicerats ännu).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="166"/>
        <source>No unreviewed high-severity flags since the last published version.</source>
        <translation>Inga ogranskade allvarliga flaggor sedan den senast publicerade versionen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="218"/>
        <source>This version has a release notice (“What has changed”).</source>
        <translation>Den här versionen har ett ändringsmeddelande (”Vad har ändrats”).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="222"/>
        <source>This version has no release notice yet.</source>
        <translation>Den här versionen har inget ändringsmeddelande än.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="179"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="200"/>
        <source>Publish Despite Open Flags</source>
        <translation>Publicera trots öppna flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="202"/>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="184"/>
        <source>Re&amp;view Flags…</source>
        <translation>&amp;Granska flaggor…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="40"/>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="41"/>
        <source>Recovered</source>
        <translation>Återställt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="42"/>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="51"/>
        <source>the sample policy</source>
        <translation>exempelpolicyn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="54"/>
        <source>a new policy</source>
        <translation>en ny policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="66"/>
        <source>Recover Unsaved Work</source>
        <translation>Återställ osparat arbete</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="73"/>
        <source>PolicyEditor was closed before “%1” (%2) was saved. The text autosaved at %3 can be restored. These sections differ from the saved text:</source>
        <translation>PolicyEditor stängdes innan ”%1” (%2) sparades. Texten som sparades automatiskt %3 kan återställas. Dessa avsnitt skiljer sig från den sparade texten:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="86"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="86"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="94"/>
        <source>Title and preamble</source>
        <translation>Titel och inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="102"/>
        <source>Recovered text</source>
        <translation>Återställd text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="103"/>
        <source>Saved text</source>
        <translation>Sparad text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="105"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="106"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="107"/>
        <source>Decide &amp;Later</source>
        <translation>Bestäm &amp;senare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="127"/>
        <source>The recovered text is the same as the saved text.</source>
        <translation>Den återställda texten är densamma som den sparade.</translation>
    </message>
</context>
<context>
    <name>ReleaseNotice</name>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="39"/>
        <source>Release Notice for Version %1</source>
        <translation>Ändringsmeddelande för version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="45"/>
        <source>Shown as “What has changed” at the top of the published page. Written in the policy&apos;s language; Markdown is allowed.</source>
        <translation>Visas som ”Vad har ändrats” överst på den publicerade sidan. Skrivs på policyns språk; Markdown är tillåtet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="51"/>
        <source>This version is published; its release notice can no longer change.</source>
        <translation>Den här versionen är publicerad; dess ändringsmeddelande kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="64"/>
        <source>Release notice</source>
        <translation>Ändringsmeddelande</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="67"/>
        <source>&amp;Draft from Changes</source>
        <translation>&amp;Utkast från ändringarna</translation>
    </message>
</context>
<context>
    <name>ReleaseSettingsDialog</name>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="34"/>
        <source>Release Settings</source>
        <translation>Publiceringsinställningar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="36"/>
        <source>Publishing needs an approval by someone other than the author</source>
        <translation>Publicering kräver godkännande av någon annan än författaren</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="42"/>
        <source>&amp;Next review by:</source>
        <translation>&amp;Nästa granskning senast:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="50"/>
        <source>Next review date</source>
        <translation>Datum för nästa granskning</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../policyeditor/ui/versions/review_banner.py" line="41"/>
        <source>This policy was due for review by %1. Review it, then set the next date.</source>
        <translation>Den här policyn skulle ha granskats senast %1. Granska den och ange sedan nästa datum.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="180"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="200"/>
        <source>Cannot Record Sign-off</source>
        <translation>Kan inte spara kvittensen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="221"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="257"/>
        <source>Cannot Publish</source>
        <translation>Kan inte publicera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="228"/>
        <source>Already Published</source>
        <translation>Redan publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="229"/>
        <source>Version %1 is published and can no longer change.</source>
        <translation>Version %1 är publicerad och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="255"/>
        <source>Not Published</source>
        <translation>Inte publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="266"/>
        <source>Published version %1</source>
        <translation>Publicerade version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="305"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="319"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="334"/>
        <source>Release Notice</source>
        <translation>Ändringsmeddelande</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="306"/>
        <source>A release notice belongs to a saved version. Save the draft as a version first.</source>
        <translation>Ett ändringsmeddelande hör till en sparad version. Spara utkastet som en version först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="339"/>
        <source>Release notice of version %1 saved</source>
        <translation>Ändringsmeddelandet för version %1 sparat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="184"/>
        <source>Export Redline</source>
        <translation>Exportera ändringsrapport</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="137"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="146"/>
        <source>Export Published Version</source>
        <translation>Exportera publicerad version</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="188"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="189"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="190"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="191"/>
        <source>Last &amp;changed:</source>
        <translation>Senast &amp;ändrad:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="192"/>
        <source>&amp;Preamble (Markdown):</source>
        <translation>&amp;Inledning (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="196"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="197"/>
        <source>&amp;Text (Markdown):</source>
        <translation>&amp;Text (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="199"/>
        <source>Policy title</source>
        <translation>Policyns titel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="200"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="201"/>
        <source>Document language</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="202"/>
        <source>Last changed date</source>
        <translation>Datum för senaste ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="205"/>
        <source>Preamble</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="206"/>
        <source>Section heading</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="207"/>
        <source>Section text</source>
        <translation>Avsnittets text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="212"/>
        <source>Write the section text here. Markdown: - list, **bold**, *italic*.</source>
        <translation>Skriv avsnittets text här. Markdown: - lista, **fetstil**, *kursiv*.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="218"/>
        <source>Introductory text before section 1.</source>
        <translation>Inledande text före avsnitt 1.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="271"/>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="41"/>
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="48"/>
        <source>Recorded with the versions you save</source>
        <translation>Sparas med de versioner du sparar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="71"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="72"/>
        <source>&amp;Author name:</source>
        <translation>&amp;Författarnamn:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="73"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Typsnitt i redigeraren:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="77"/>
        <source>Auto&amp;save after:</source>
        <translation>Spara &amp;automatiskt efter:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="80"/>
        <source>User interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="83"/>
        <source>Author name</source>
        <translation>Författarnamn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="86"/>
        <source>Editor font</source>
        <translation>Typsnitt i redigeraren</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="89"/>
        <source>Editor font size</source>
        <translation>Teckenstorlek i redigeraren</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="92"/>
        <source>Autosave delay in seconds</source>
        <translation>Fördröjning före automatisk sparning i sekunder</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="42"/>
        <source>Withdraw Sign-off</source>
        <translation>Återkalla kvittens</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="43"/>
        <source>Acknowledge Flag</source>
        <translation>Kvittera flagga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="46"/>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="64"/>
        <source>Why is the sign-off withdrawn? (required)</source>
        <translation>Varför återkallas kvittensen? (obligatoriskt)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="65"/>
        <source>Why is this change acceptable? (required)</source>
        <translation>Varför är ändringen godtagbar? (krävs)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="68"/>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="70"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="72"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Granskare:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="73"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="75"/>
        <source>Your name, the time and the reason are stored in the workspace, next to the sign-off. The flag needs review again.</source>
        <translation>Ditt namn, tidpunkten och skälet sparas i arbetsytan, intill kvittensen. Flaggan behöver granskas igen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="79"/>
        <source>Your name, the time and the section as it reads now are stored in the workspace. If the section changes again, the flag needs review again.</source>
        <translation>Ditt namn, tiden och avsnittet som det lyder nu sparas i arbetsytan. Om avsnittet ändras igen behöver flaggan granskas på nytt.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="90"/>
        <source>Withdraw</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="91"/>
        <source>Acknowledge</source>
        <translation>Kvittera</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="90"/>
        <source>Save the Document First</source>
        <translation>Spara dokumentet först</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="91"/>
        <source>Versions are kept in a workspace file. Choose where to save it.</source>
        <translation>Versioner sparas i en arbetsytefil. Välj var den ska sparas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="122"/>
        <source>Cannot Save Version</source>
        <translation>Kan inte spara version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="131"/>
        <source>Saved version %1</source>
        <translation>Sparade version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="144"/>
        <source>Cannot Approve</source>
        <translation>Kan inte godkänna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="162"/>
        <source>Approved version %1</source>
        <translation>Godkände version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="186"/>
        <source>Cannot Change Release Settings</source>
        <translation>Kan inte ändra publiceringsinställningarna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="202"/>
        <source>Cannot Open Version</source>
        <translation>Kan inte öppna version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="225"/>
        <source>Replace the draft with version %1? You can undo this.</source>
        <translation>Ersätta utkastet med version %1? Du kan ångra det.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="230"/>
        <source>Restore Version</source>
        <translation>Återställ version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="232"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="237"/>
        <source>Restore version %1</source>
        <translation>återställ version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="242"/>
        <source>Draft restored from version %1</source>
        <translation>Utkastet återställt från version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="194"/>
        <source>An export is still running.</source>
        <translation>En export pågår fortfarande.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="211"/>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="220"/>
        <source>Exported to %1</source>
        <translation>Exporterade till %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="233"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="234"/>
        <source>The file was not written.</source>
        <translation>Filen skrevs inte.</translation>
    </message>
</context>
<context>
    <name>VersionTimeline</name>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="26"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="27"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="28"/>
        <source>Flag acknowledged</source>
        <translation>Flagga kvitterad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="29"/>
        <source>Gate overridden</source>
        <translation>Spärr åsidosatt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="30"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="48"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="49"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="50"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="51"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="53"/>
        <source>Version history</source>
        <translation>Versionshistorik</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="36"/>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="97"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="37"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="38"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="94"/>
        <source>Label</source>
        <translation>Beteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="96"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="98"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="101"/>
        <source>Saved versions</source>
        <translation>Sparade versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="148"/>
        <source>Save the document as a workspace file to keep versions.</source>
        <translation>Spara dokumentet som en arbetsytefil för att kunna spara versioner.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="154"/>
        <source>No versions yet. Save Version keeps the draft as it is now.</source>
        <translation>Inga versioner än. Spara version behåller utkastet som det ser ut nu.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="170"/>
        <source>Published despite open flags by %1: %2</source>
        <translation>Publicerad trots öppna flaggor av %1: %2</translation>
    </message>
</context>
</TS>
