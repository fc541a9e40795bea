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
        <location filename="../../policyeditor/ui/versions/actions.py" line="20"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="23"/>
        <source>Show or hide the versions panel</source>
        <translation>Visa eller dölj versionspanelen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="28"/>
        <source>Save &amp;Version…</source>
        <translation>Spara &amp;version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="31"/>
        <source>Save the draft as a named version</source>
        <translation>Spara utkastet som en namngiven version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="35"/>
        <source>&amp;Open Version</source>
        <translation>&amp;Öppna version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="38"/>
        <source>View the selected version read-only</source>
        <translation>Visa den valda versionen skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="42"/>
        <source>&amp;Restore into Draft</source>
        <translation>&amp;Återställ till utkast</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="45"/>
        <source>Replace the draft with the selected version (undoable)</source>
        <translation>Ersätt utkastet med den valda versionen (kan ångras)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="56"/>
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publicera version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="59"/>
        <source>Mark the selected version as published</source>
        <translation>Markera den valda versionen som publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="21"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="24"/>
        <source>Compare two versions or the draft and review the changes</source>
        <translation>Jämför två versioner eller utkastet och granska ändringarna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="30"/>
        <source>&amp;Flags</source>
        <translation>&amp;Flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="33"/>
        <source>Flags raised since the last published version</source>
        <translation>Flaggor sedan den senast publicerade versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="37"/>
        <source>&amp;Import Revision…</source>
        <translation>&amp;Importera revision…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="40"/>
        <source>Import a revised text into the draft and compare it with the last published version</source>
        <translation>Importera en reviderad text till utkastet och jämför den med den senast publicerade versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="47"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="50"/>
        <source>Edit the “What has changed” text of the selected version</source>
        <translation>Redigera texten ”Vad har ändrats” för den valda versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="25"/>
        <source>&amp;About PolicyEditor</source>
        <translation>&amp;Om PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="28"/>
        <source>Version and licences</source>
        <translation>Version och licenser</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="22"/>
        <source>E&amp;xport Draft…</source>
        <translation>E&amp;xportera utkast…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="25"/>
        <source>Write the draft to a file in a format of your choice</source>
        <translation>Skriv utkastet till en fil i valfritt format</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="29"/>
        <source>&amp;Export Version…</source>
        <translation>&amp;Exportera version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="32"/>
        <source>Write the selected version to a file in a format of your choice</source>
        <translation>Skriv den valda versionen till en fil i valfritt format</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="38"/>
        <source>Export &amp;Published Version…</source>
        <translation>Exportera &amp;publicerad version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="41"/>
        <source>Write the published version, with its release notice, to a file in a format of your choice</source>
        <translation>Skriv den publicerade versionen med ändringsmeddelandet till en fil i valfritt format</translation>
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
    <name>CompareView</name>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="34"/>
        <source>Draft (current)</source>
        <translation>Utkast (aktuellt)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="36"/>
        <source>saved</source>
        <translation>sparad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="37"/>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="38"/>
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
        <location filename="../../policyeditor/ui/review/compare_view.py" line="143"/>
        <source>Compare and Review</source>
        <translation>Jämför och granska</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="87"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="88"/>
        <source>&amp;with</source>
        <translation>me&amp;d</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="89"/>
        <source>&amp;Inline</source>
        <translation>&amp;I texten</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="90"/>
        <source>Side &amp;by side</source>
        <translation>&amp;Sida vid sida</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="92"/>
        <source>Ignore &amp;formatting</source>
        <translation>Ignorera &amp;formatering</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="94"/>
        <source>&amp;Collapse unchanged</source>
        <translation>Fäll ih&amp;op oförändrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="96"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="95"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="146"/>
        <source>Old version</source>
        <translation>Gammal version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="147"/>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="149"/>
        <source>Changes marked inline</source>
        <translation>Ändringar markerade i texten</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="195"/>
        <source>Old: %1</source>
        <translation>Gammal: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="200"/>
        <source>New: %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="220"/>
        <source>%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged</source>
        <translation>%1 ändrade, %2 tillagda, %3 borttagna, %4 flyttade, %5 oförändrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="230"/>
        <source>substantive</source>
        <translation>materiell</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="232"/>
        <source>editorial</source>
        <translation>redaktionell</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="235"/>
        <source>Assessment: %1</source>
        <translation>Bedömning: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="241"/>
        <source>1 high-severity flag needs review</source>
        <translation>1 allvarlig flagga behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="242"/>
        <source>%n high-severity flags need review</source>
        <translation>%n allvarliga flaggor behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="246"/>
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
        <location filename="../../policyeditor/ui/controller.py" line="177"/>
        <source>Untitled policy</source>
        <translation>Namnlös policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="182"/>
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
        <location filename="../../policyeditor/ui/controller.py" line="197"/>
        <source>Section %1 of %2</source>
        <translation>Avsnitt %1 av %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="202"/>
        <source>Title and preamble</source>
        <translation>Titel och inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="208"/>
        <source>1 word here, %2 in total</source>
        <translation>1 ord här, %2 totalt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="210"/>
        <source>%1 words here, %2 in total</source>
        <translation>%1 ord här, %2 totalt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="223"/>
        <source>Read-only version</source>
        <translation>Skrivskyddad version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="225"/>
        <source>Not saved in a workspace yet</source>
        <translation>Inte sparad i en arbetsyta än</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="227"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="229"/>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="239"/>
        <source>Autosave failed</source>
        <translation>Automatisk sparning misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="241"/>
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
        <location filename="../../policyeditor/app/session.py" line="197"/>
        <source>Typing</source>
        <translation>skrivning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="204"/>
        <source>Rename section</source>
        <translation>byt namn på avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="211"/>
        <source>Edit preamble</source>
        <translation>redigera inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="216"/>
        <source>Change title</source>
        <translation>ändra titel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="221"/>
        <source>Change language</source>
        <translation>ändra språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="228"/>
        <source>Edit details</source>
        <translation>redigera uppgifter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="235"/>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="236"/>
        <source>Add section</source>
        <translation>lägg till avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="254"/>
        <source>Delete section</source>
        <translation>ta bort avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="258"/>
        <source>Move section</source>
        <translation>flytta avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="269"/>
        <source>Indent section</source>
        <translation>öka nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="273"/>
        <source>Outdent section</source>
        <translation>minska nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="277"/>
        <source>Move section up</source>
        <translation>flytta avsnitt upp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="281"/>
        <source>Move section down</source>
        <translation>flytta avsnitt ned</translation>
    </message>
</context>
<context>
    <name>EditorApp</name>
    <message>
        <location filename="../../policyeditor/gui.py" line="131"/>
        <source>Recovered unsaved work from the last session. Save it to keep it.</source>
        <translation>Återställde osparat arbete från förra sessionen. Spara det för att behålla det.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="33"/>
        <source>“{path}” cannot be read as a policy: there is no such file.</source>
        <translation>”{path}” kan inte läsas som en policy: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="35"/>
        <source>“{path}” cannot be read as a policy: this is a folder, not a file.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en mapp, inte en fil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="37"/>
        <source>“{path}” cannot be read as a policy: this is not a valid file name.</source>
        <translation>”{path}” kan inte läsas som en policy: det är inte ett giltigt filnamn.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="39"/>
        <source>“{path}” cannot be read as a policy: this is not a regular file.</source>
        <translation>”{path}” kan inte läsas som en policy: det är inte en vanlig fil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="41"/>
        <source>“{path}” cannot be read as a policy: you do not have permission to read it.</source>
        <translation>”{path}” kan inte läsas som en policy: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="44"/>
        <source>“{path}” cannot be read as a policy: the file cannot be read.</source>
        <translation>”{path}” kan inte läsas som en policy: filen går inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="46"/>
        <source>“{path}” cannot be read as a policy: the file is empty.</source>
        <translation>”{path}” kan inte läsas som en policy: filen är tom.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="48"/>
        <source>“{path}” cannot be read as a policy: the file contains only blank space.</source>
        <translation>”{path}” kan inte läsas som en policy: filen innehåller bara blanktecken.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="50"/>
        <source>“{path}” cannot be read as a policy: the file is {size}; PolicyEditor imports texts up to {limit}.</source>
        <translation>”{path}” kan inte läsas som en policy: filen är {size}; PolicyEditor importerar texter på upp till {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="54"/>
        <source>“{path}” cannot be read as a policy: this is not a text file (binary data).</source>
        <translation>”{path}” kan inte läsas som en policy: det är inte en textfil (binära data).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="56"/>
        <source>“{path}” cannot be read as a policy: this is a database (such as a .policy workspace), not a text file; open it as a workspace.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en databas (till exempel en .policy-arbetsyta), inte en textfil; öppna den som arbetsyta.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="60"/>
        <source>“{path}” cannot be read as a policy: this is a PDF file, not a text file; export it as plain text first.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en PDF-fil, inte en textfil; exportera den som ren text först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="64"/>
        <source>“{path}” cannot be read as a policy: this is a ZIP-based file (such as a Word document), not a text file; save it as plain text or Markdown first.</source>
        <translation>”{path}” kan inte läsas som en policy: det är en ZIP-baserad fil (till exempel ett Word-dokument), inte en textfil; spara den som ren text eller Markdown först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="68"/>
        <source>“{path}” cannot be read as a policy: this is an old Office document, not a text file.</source>
        <translation>”{path}” kan inte läsas som en policy: det är ett äldre Office-dokument, inte en textfil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="71"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (it looks like Latin-1/Windows-1252); save it as UTF-8 and import again.</source>
        <translation>”{path}” kan inte läsas som en policy: texten är inte UTF-8 (den ser ut att vara Latin-1/Windows-1252); spara den som UTF-8 och importera igen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="75"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (invalid byte {byte} at position {offset}); save it as UTF-8 and import again.</source>
        <translation>”{path}” kan inte läsas som en policy: texten är inte UTF-8 (ogiltig byte {byte} på position {offset}); spara den som UTF-8 och importera igen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="79"/>
        <source>“{path}” cannot be read as a policy: the web page has no text.</source>
        <translation>”{path}” kan inte läsas som en policy: webbsidan innehåller ingen text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="85"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} declares a DTD).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är osäkert eller skadat ({part} deklarerar en DTD).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="89"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is not valid XML).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat ({part} är inte giltig XML).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="92"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is empty).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat ({part} är tom).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="94"/>
        <source>“{path}” cannot be read: this Word document is password-protected; remove the password in Word (File &gt; Info &gt; Protect Document) and import again.</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är lösenordsskyddat; ta bort lösenordet i Word (Arkiv &gt; Info &gt; Skydda dokument) och importera igen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="98"/>
        <source>“{path}” cannot be read: this is a legacy Word .doc file; save it as .docx (Word 2007 or later) first.</source>
        <translation>”{path}” kan inte läsas: det är en äldre Word-fil (.doc); spara den som .docx (Word 2007 eller senare) först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="102"/>
        <source>“{path}” cannot be read: this is a legacy Office file, not a .docx; save it as .docx first.</source>
        <translation>”{path}” kan inte läsas: det är en äldre Office-fil, inte en .docx; spara den som .docx först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="81"/>
        <source>“{path}” cannot be read as a policy: the web page is nested more than {depth} levels deep.</source>
        <translation>”{path}” kan inte läsas som en policy: webbsidan är nästlad i mer än {depth} nivåer.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="106"/>
        <source>“{path}” cannot be read: the Word document is {size}; the limit is {limit}.</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är {size}; gränsen är {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="109"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} inflates beyond {limit}).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är osäkert eller skadat ({part} packas upp till mer än {limit}).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="113"/>
        <source>“{path}” cannot be read: this is a ZIP file but not a Word document (no {part}).</source>
        <translation>”{path}” kan inte läsas: det är en ZIP-fil men inget Word-dokument ({part} saknas).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="116"/>
        <source>“{path}” cannot be read: this is an RTF document, not a .docx; save it as .docx first.</source>
        <translation>”{path}” kan inte läsas: det är ett RTF-dokument, inte en .docx; spara det som .docx först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="120"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx): it is not a ZIP file.</source>
        <translation>”{path}” kan inte läsas: det är inget Word-dokument (.docx): det är ingen ZIP-fil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="123"/>
        <source>“{path}” cannot be read: the Word document is damaged (not a readable ZIP file).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat (ingen läsbar ZIP-fil).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="126"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({count} parts).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är osäkert eller skadat ({count} delar).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="129"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx) or it uses an unsupported variant (Strict Open XML); save it as a normal .docx.</source>
        <translation>”{path}” kan inte läsas: det är inget Word-dokument (.docx) eller så används en variant som inte stöds (Strict Open XML); spara det som en vanlig .docx.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="133"/>
        <source>“{path}” cannot be read: the Word document is damaged (it has no body).</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet är skadat (det saknar brödtext).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="135"/>
        <source>“{path}” cannot be read: the Word document contains no text.</source>
        <translation>”{path}” kan inte läsas: Word-dokumentet innehåller ingen text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="137"/>
        <source>“{path}” cannot be imported: unknown language “{language}”; use one of {choices}.</source>
        <translation>”{path}” kan inte importeras: okänt språk ”{language}”; använd något av {choices}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="141"/>
        <source>no title found; the title is empty</source>
        <translation>ingen titel hittades; titeln är tom</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="142"/>
        <source>no section headings found; the whole text is in the preamble</source>
        <translation>inga avsnittsrubriker hittades; hela texten ligger i inledningen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="144"/>
        <source>heading “{heading}” is numbered {written} in the source and becomes {derived} (numbers follow position)</source>
        <translation>rubriken ”{heading}” är numrerad {written} i källan och blir {derived} (numren följer placeringen)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="148"/>
        <source>line {line} looks like heading {number} but does not follow {previous}; kept as text</source>
        <translation>rad {line} ser ut som rubrik {number} men följer inte efter {previous}; behålls som text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="151"/>
        <source>line {line} looks like heading {number} but cannot be the first heading; kept as text</source>
        <translation>rad {line} ser ut som rubrik {number} men kan inte vara den första rubriken; behålls som text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="155"/>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="156"/>
        <source>{count} tracked change(s) in the Word document were taken as accepted</source>
        <translation>{count} spårade ändringar i Word-dokumentet godtogs</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="158"/>
        <source>{count} image(s) or drawing(s) were not imported</source>
        <translation>{count} bild(er) eller teckning(ar) importerades inte</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="160"/>
        <source>{count} footnote(s) or endnote(s) were kept as numbered notes after their paragraphs</source>
        <translation>{count} fotnot(er) eller slutnot(er) behölls som numrerade noter efter sina stycken</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="163"/>
        <source>{count} Word comment(s) kept as review comments on their sections</source>
        <translation>{count} Word-kommentar(er) behölls som granskningskommentarer på sina avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="165"/>
        <source>{count} comment(s) on the title or preamble were put on the first section</source>
        <translation>{count} kommentar(er) på titeln eller inledningen lades på det första avsnittet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="167"/>
        <source>{count} comment(s) were dropped: the document has no sections</source>
        <translation>{count} kommentar(er) togs bort: dokumentet har inga avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="169"/>
        <source>the file is not UTF-8; decoded as {encoding}</source>
        <translation>filen är inte UTF-8; avkodad som {encoding}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="171"/>
        <source>{count} image(s) left out; only text is imported</source>
        <translation>{count} bild(er) utelämnade; bara texten importeras</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="174"/>
        <source>“{path}” is not a PolicyEditor workspace: there is no such file.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="176"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a folder.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: det är en mapp.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="178"/>
        <source>“{path}” is not a PolicyEditor workspace: the file is empty.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: filen är tom.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="180"/>
        <source>“{path}” is not a PolicyEditor workspace.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="181"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a database of another program.</source>
        <translation>”{path}” är inte en PolicyEditor-arbetsyta: det är en databas från ett annat program.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="184"/>
        <source>“{path}” cannot be opened: you do not have permission to read it.</source>
        <translation>”{path}” kan inte öppnas: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="186"/>
        <source>“{path}” cannot be opened: the file cannot be read.</source>
        <translation>”{path}” kan inte öppnas: filen går inte att läsa.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="188"/>
        <source>“{path}” is damaged and cannot be used. The file was not changed.</source>
        <translation>”{path}” är skadad och kan inte användas. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="190"/>
        <source>“{path}” was written by a newer PolicyEditor (format {found}; this version reads up to {supported}). Please update this program.</source>
        <translation>”{path}” skrevs av en nyare PolicyEditor (format {found}; den här versionen läser upp till {supported}). Uppdatera programmet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="194"/>
        <source>“{path}” already exists. Choose another name.</source>
        <translation>”{path}” finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="196"/>
        <source>“{path}” is already open for editing in another PolicyEditor window ({who}, process {pid}). Close it there first, or open a copy of the file.</source>
        <translation>”{path}” är redan öppen för redigering i ett annat PolicyEditor-fönster ({who}, process {pid}). Stäng den där först, eller öppna en kopia av filen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="200"/>
        <source>“{path}” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>”{path}” är upptagen: ett annat program skriver till den. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="202"/>
        <source>“{path}” is open read-only; nothing was changed.</source>
        <translation>”{path}” är öppnad skrivskyddad; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="204"/>
        <source>“{path}” could not be written; nothing was changed.</source>
        <translation>”{path}” kunde inte skrivas; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="206"/>
        <source>The workspace “{path}” refused the change; nothing was changed.</source>
        <translation>Arbetsytan ”{path}” tillät inte ändringen; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="208"/>
        <source>“{path}” could not be created; nothing was written.</source>
        <translation>”{path}” kunde inte skapas; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="210"/>
        <source>A workspace cannot be created in the folder “{path}”.</source>
        <translation>Det går inte att skapa en arbetsyta i mappen ”{path}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="212"/>
        <source>“{path}” cannot be created: the folder does not exist.</source>
        <translation>”{path}” kan inte skapas: mappen finns inte.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="215"/>
        <source>There is no version labelled “{label}”.</source>
        <translation>Det finns ingen version med beteckningen ”{label}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="216"/>
        <source>A version labelled “{label}” already exists. Choose another label.</source>
        <translation>Det finns redan en version med beteckningen ”{label}”. Välj en annan beteckning.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="218"/>
        <source>“{label}” cannot be a version label: it must be non-empty and on one line.</source>
        <translation>”{label}” kan inte vara en versionsbeteckning: den får inte vara tom och ska stå på en rad.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="220"/>
        <source>Version “{label}” is published and can no longer change.</source>
        <translation>Version ”{label}” är publicerad och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="222"/>
        <source>Version “{label}” is already approved.</source>
        <translation>Version ”{label}” är redan godkänd.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="224"/>
        <source>Version “{label}” cannot be changed.</source>
        <translation>Version ”{label}” kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="225"/>
        <source>Version “{label}” was not published: {count} high-severity flag(s) raised since the last published version are not acknowledged; acknowledge them or give a reason.</source>
        <translation>Version ”{label}” publicerades inte: allvarliga flaggor sedan den senast publicerade versionen är inte kvitterade ({count} st.); kvittera dem eller ange ett skäl.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="229"/>
        <source>This version is read-only; it cannot be edited.</source>
        <translation>Den här versionen är skrivskyddad; den kan inte redigeras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="232"/>
        <source>The bundled font {name} could not be loaded.</source>
        <translation>Det medföljande typsnittet {name} kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="233"/>
        <source>Unknown page size “{name}” (use A4 or Letter).</source>
        <translation>Okänd sidstorlek ”{name}” (använd A4 eller Letter).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="235"/>
        <source>The PDF file could not be opened for writing.</source>
        <translation>PDF-filen kunde inte öppnas för skrivning.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="237"/>
        <source>The PDF writer could not start a new page.</source>
        <translation>PDF-skrivaren kunde inte börja på en ny sida.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="238"/>
        <source>The PDF file could not be completed.</source>
        <translation>PDF-filen kunde inte slutföras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="239"/>
        <source>Nothing to write: the document is empty.</source>
        <translation>Inget att skriva: dokumentet är tomt.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="241"/>
        <source>The rule file “{location}” cannot be used: {detail}</source>
        <translation>Regelfilen ”{location}” kan inte användas: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="243"/>
        <source>The rule file “{path}” cannot be read: {detail}</source>
        <translation>Regelfilen ”{path}” kan inte läsas: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="245"/>
        <source>Significance flags: the {detector} check failed; its flags are missing.</source>
        <translation>Flaggningen: kontrollen {detector} misslyckades; dess flaggor saknas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="248"/>
        <source>The spelling dictionary for “{language}” is not installed; reinstall PolicyEditor to get it.</source>
        <translation>Stavningsordlistan för ”{language}” är inte installerad; installera om PolicyEditor för att få den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="253"/>
        <source>{detail} (see &apos;{command} --help&apos;)</source>
        <translation>{detail} (se &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="254"/>
        <source>{format} output needs a file name: -o OUT{extension}</source>
        <translation>{format} behöver ett filnamn: -o OUT{extension}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="256"/>
        <source>--label must not be empty</source>
        <translation>--label får inte vara tom</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="264"/>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="265"/>
        <location filename="../../policyeditor/app/services/errors.py" line="266"/>
        <source>you do not have permission to write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="267"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="268"/>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="269"/>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="270"/>
        <source>the disk reported a read or write error</source>
        <translation>disken rapporterade ett läs- eller skrivfel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="272"/>
        <source>“{name}” could not be written in {folder}: {reason}.</source>
        <translation>”{name}” kunde inte skrivas i {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="273"/>
        <source>The file could not be written: {reason}.</source>
        <translation>Filen kunde inte skrivas: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="99"/>
        <source>Export Version %1</source>
        <translation>Exportera version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="101"/>
        <source>Export Draft</source>
        <translation>Exportera utkast</translation>
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
        <location filename="../../policyeditor/app/services/exporters.py" line="68"/>
        <source>Page size</source>
        <translation>Sidstorlek</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="72"/>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>Arkivbeständig PDF (PDF/A-1b)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="76"/>
        <source>Author of the changes</source>
        <translation>Ändringarnas författare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="203"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="204"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="247"/>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="205"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="248"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="206"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="249"/>
        <source>Web page (HTML)</source>
        <translation>Webbsida (HTML)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="208"/>
        <location filename="../../policyeditor/app/services/exporters.py" line="251"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="210"/>
        <source>Word document (.docx)</source>
        <translation>Word-dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="254"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>Word-dokument med spårade ändringar (.docx)</translation>
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
        <location filename="../../policyeditor/gui.py" line="142"/>
        <source>Cannot Open</source>
        <translation>Kan inte öppna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="127"/>
        <source>“%1” cannot be read: %2</source>
        <translation>”%1” kan inte läsas: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="151"/>
        <source>Import Text</source>
        <translation>Importera text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="163"/>
        <location filename="../../policyeditor/ui/files/commands.py" line="169"/>
        <source>Cannot Import</source>
        <translation>Kan inte importera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="175"/>
        <source>Import %1</source>
        <translation>importera %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="178"/>
        <source>Imported “%1”. Undo restores the previous draft.</source>
        <translation>Importerade ”%1”. Ångra återställer det tidigare utkastet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="197"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="223"/>
        <source>Save Policy As</source>
        <translation>Spara policy som</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="235"/>
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
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="52"/>
        <source>Hi&amp;gh</source>
        <translation>H&amp;ög</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="53"/>
        <source>Me&amp;dium</source>
        <translation>Mede&amp;l</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="54"/>
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
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="69"/>
        <source>Needs review</source>
        <translation>Behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="70"/>
        <source>Acknowledged (%1)</source>
        <translation>Kvitterad (%1)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="147"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="151"/>
        <source>Show or hide flags of this severity</source>
        <translation>Visa eller dölj flaggor med den här allvarlighetsgraden</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="153"/>
        <source>Needs &amp;review only</source>
        <translation>&amp;Endast de som behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="156"/>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="158"/>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="165"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="159"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="160"/>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="161"/>
        <source>Reference</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="164"/>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="166"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Kvittera…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="168"/>
        <source>Wi&amp;thdraw Sign-off…</source>
        <translation>Återkall&amp;a kvittens…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="193"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="270"/>
        <source>1 flag</source>
        <translation>1 flagga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="270"/>
        <source>%n flags</source>
        <translation>%n flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="271"/>
        <source>%1 shown</source>
        <translation>%1 visas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="274"/>
        <source>1 needs review</source>
        <translation>1 behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="275"/>
        <source>%n need review</source>
        <translation>%n behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="279"/>
        <source>1 of them high</source>
        <translation>varav 1 allvarlig</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="280"/>
        <source>%n of them high</source>
        <translation>varav %n allvarliga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="284"/>
        <source>%1, %2; %3, %4</source>
        <translation>%1, %2; %3, %4</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="323"/>
        <source>Select a flag to see its evidence.</source>
        <translation>Välj en flagga för att se underlaget.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="329"/>
        <source>Evidence:</source>
        <translation>Underlag:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="332"/>
        <source>Reference:</source>
        <translation>Hänvisning:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="339"/>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Kvitterad av %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="204"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="205"/>
        <source>&amp;Section</source>
        <translation>Av&amp;snitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="206"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="207"/>
        <source>Versio&amp;ns</source>
        <translation>V&amp;ersioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="208"/>
        <source>&amp;Review</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="213"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="214"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="215"/>
        <source>Find and Replace</source>
        <translation>Sök och ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="216"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="217"/>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="221"/>
        <source>&amp;Find and Replace</source>
        <translation>&amp;Sök och ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="224"/>
        <source>&amp;Toolbar</source>
        <translation>Verk&amp;tygsfält</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="227"/>
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
    <name>Problems</name>
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
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="70"/>
        <source>Publish Version</source>
        <translation>Publicera version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="76"/>
        <source>Publish version “%1”? A published version can never be changed.</source>
        <translation>Publicera version ”%1”? En publicerad version kan aldrig ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="86"/>
        <source>This version says it was last changed on %1. To publish today&apos;s date, cancel, save a new version with “Set ‘last changed’ to today” and publish that.</source>
        <translation>Den här versionen anger att den senast ändrades %1. Vill du publicera dagens datum: avbryt, spara en ny version med ”Sätt ’senast ändrad’ till i dag” och publicera den.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="103"/>
        <source>&amp;Published by:</source>
        <translation>&amp;Publicerad av:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="110"/>
        <source>Publishing is blocked: 1 high-severity flag raised since the last published version needs review.</source>
        <translation>Publicering är spärrad: 1 allvarlig flagga sedan den senast publicerade versionen behöver granskas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="116"/>
        <source>Publishing is blocked: %n high-severity flags raised since the last published version need review.</source>
        <translation>Publicering är spärrad: %n allvarliga flaggor sedan den senast publicerade versionen behöver granskas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="126"/>
        <source>Acknowledge them in the review first, or give a reason to publish anyway. The reason is recorded in the history.</source>
        <translation>Kvittera dem i granskningen först, eller ange ett skäl att publicera ändå. Skälet sparas i historiken.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="135"/>
        <source>&amp;Reason to publish anyway:</source>
        <translation>&amp;Skäl att publicera ändå:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="140"/>
        <source>No unreviewed high-severity flags since the last published version.</source>
        <translation>Inga ogranskade allvarliga flaggor sedan den senast publicerade versionen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="192"/>
        <source>This version has a release notice (“What has changed”).</source>
        <translation>Den här versionen har ett ändringsmeddelande (”Vad har ändrats”).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="196"/>
        <source>This version has no release notice yet.</source>
        <translation>Den här versionen har inget ändringsmeddelande än.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="153"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="174"/>
        <source>Publish Despite Open Flags</source>
        <translation>Publicera trots öppna flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="176"/>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="158"/>
        <source>Re&amp;view Flags…</source>
        <translation>&amp;Granska flaggor…</translation>
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
    <name>ReviewCommands</name>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="158"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="178"/>
        <source>Cannot Record Sign-off</source>
        <translation>Kan inte spara kvittensen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="198"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="234"/>
        <source>Cannot Publish</source>
        <translation>Kan inte publicera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="205"/>
        <source>Already Published</source>
        <translation>Redan publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="206"/>
        <source>Version %1 is published and can no longer change.</source>
        <translation>Version %1 är publicerad och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="232"/>
        <source>Not Published</source>
        <translation>Inte publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="243"/>
        <source>Published version %1</source>
        <translation>Publicerade version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="282"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="296"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="311"/>
        <source>Release Notice</source>
        <translation>Ändringsmeddelande</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="283"/>
        <source>A release notice belongs to a saved version. Save the draft as a version first.</source>
        <translation>Ett ändringsmeddelande hör till en sparad version. Spara utkastet som en version först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="316"/>
        <source>Release notice of version %1 saved</source>
        <translation>Ändringsmeddelandet för version %1 sparat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="160"/>
        <source>Export Redline</source>
        <translation>Exportera ändringsrapport</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="133"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="142"/>
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
        <location filename="../../policyeditor/ui/versions/commands.py" line="84"/>
        <source>Save the Document First</source>
        <translation>Spara dokumentet först</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="85"/>
        <source>Versions are kept in a workspace file. Choose where to save it.</source>
        <translation>Versioner sparas i en arbetsytefil. Välj var den ska sparas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="116"/>
        <source>Cannot Save Version</source>
        <translation>Kan inte spara version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="125"/>
        <source>Saved version %1</source>
        <translation>Sparade version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="140"/>
        <source>Cannot Open Version</source>
        <translation>Kan inte öppna version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="163"/>
        <source>Replace the draft with version %1? You can undo this.</source>
        <translation>Ersätta utkastet med version %1? Du kan ångra det.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="168"/>
        <source>Restore Version</source>
        <translation>Återställ version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="170"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="175"/>
        <source>Restore version %1</source>
        <translation>återställ version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="180"/>
        <source>Draft restored from version %1</source>
        <translation>Utkastet återställt från version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="170"/>
        <source>An export is still running.</source>
        <translation>En export pågår fortfarande.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="187"/>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="196"/>
        <source>Exported to %1</source>
        <translation>Exporterade till %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="209"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="210"/>
        <source>The file was not written.</source>
        <translation>Filen skrevs inte.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="35"/>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="92"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="36"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="37"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="89"/>
        <source>Label</source>
        <translation>Beteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="91"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="93"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="96"/>
        <source>Saved versions</source>
        <translation>Sparade versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="141"/>
        <source>Save the document as a workspace file to keep versions.</source>
        <translation>Spara dokumentet som en arbetsytefil för att kunna spara versioner.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="147"/>
        <source>No versions yet. Save Version keeps the draft as it is now.</source>
        <translation>Inga versioner än. Spara version behåller utkastet som det ser ut nu.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="160"/>
        <source>Published despite open flags by %1: %2</source>
        <translation>Publicerad trots öppna flaggor av %1: %2</translation>
    </message>
</context>
</TS>
