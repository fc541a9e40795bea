<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="32"/>
        <source>About PolicyEditor</source>
        <translation>Om PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="38"/>
        <source>Draft, version, compare and publish policies — offline.</source>
        <translation>Skriv, versionshantera, jämför och publicera policyer – helt offline.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="47"/>
        <source>Built with Python %1, Qt %2 and PySide6 %3.</source>
        <translation>Byggd med Python %1, Qt %2 och PySide6 %3.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="52"/>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="53"/>
        <source>This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Programmet levereras HELT UTAN GARANTI.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="25"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="28"/>
        <source>Start a new, empty policy</source>
        <translation>Börja på en ny, tom policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="31"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="34"/>
        <source>Open a policy workspace or a text file</source>
        <translation>Öppna en policyarbetsyta eller en textfil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="37"/>
        <source>&amp;Import Text…</source>
        <translation>&amp;Importera text…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="40"/>
        <source>Import a revised Markdown or text file into this workspace</source>
        <translation>Importera en reviderad Markdown- eller textfil till den här arbetsytan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="46"/>
        <source>Write the draft to its workspace now</source>
        <translation>Skriv utkastet till arbetsytan nu</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="49"/>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="52"/>
        <source>Save the document as a new workspace file</source>
        <translation>Spara dokumentet som en ny arbetsytefil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="55"/>
        <source>Export Draft as &amp;HTML…</source>
        <translation>Exportera utkast som &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="58"/>
        <source>Write the draft as a self-contained HTML file</source>
        <translation>Skriv utkastet som en fristående HTML-fil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="61"/>
        <source>Export Draft as &amp;PDF…</source>
        <translation>Exportera utkast som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="64"/>
        <source>Write the draft as a PDF file</source>
        <translation>Skriv utkastet som en PDF-fil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="67"/>
        <source>&amp;Close Window</source>
        <translation>S&amp;täng fönster</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="70"/>
        <source>Close this window</source>
        <translation>Stäng det här fönstret</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="76"/>
        <source>Quit PolicyEditor</source>
        <translation>Avsluta PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="79"/>
        <location filename="../../policyeditor/ui/controller.py" line="225"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="82"/>
        <source>Undo the last change</source>
        <translation>Ångra den senaste ändringen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="85"/>
        <location filename="../../policyeditor/ui/controller.py" line="230"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="88"/>
        <source>Redo the change you undid</source>
        <translation>Gör om ändringen du ångrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="91"/>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Sök och ersätt…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="94"/>
        <source>Search and replace across all sections</source>
        <translation>Sök och ersätt i alla avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="97"/>
        <source>Find &amp;Next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="100"/>
        <source>Go to the next match</source>
        <translation>Gå till nästa träff</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="103"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="106"/>
        <source>Language, author name, font, autosave</source>
        <translation>Språk, författarnamn, typsnitt, automatisk sparning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="109"/>
        <source>&amp;Add Section</source>
        <translation>&amp;Lägg till avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="112"/>
        <source>Add a section after the current one</source>
        <translation>Lägg till ett avsnitt efter det aktuella</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="115"/>
        <source>Add &amp;Subsection</source>
        <translation>Lägg till &amp;underavsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="118"/>
        <source>Add a subsection inside the current section</source>
        <translation>Lägg till ett underavsnitt i det aktuella avsnittet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="121"/>
        <source>&amp;Delete Section…</source>
        <translation>&amp;Ta bort avsnitt…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="124"/>
        <source>Delete the current section and its subsections</source>
        <translation>Ta bort det aktuella avsnittet och dess underavsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="127"/>
        <source>&amp;Rename Section</source>
        <translation>&amp;Byt namn på avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="130"/>
        <source>Edit the current heading</source>
        <translation>Redigera den aktuella rubriken</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="133"/>
        <source>Move &amp;Up</source>
        <translation>Flytta u&amp;pp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="136"/>
        <source>Move the section before the previous one</source>
        <translation>Flytta avsnittet före det föregående</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="139"/>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="142"/>
        <source>Move the section after the next one</source>
        <translation>Flytta avsnittet efter det nästa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="145"/>
        <source>&amp;Indent</source>
        <translation>&amp;Öka nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="148"/>
        <source>Make the section a subsection of the one before</source>
        <translation>Gör avsnittet till underavsnitt till det föregående</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="151"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Minska nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="154"/>
        <source>Move the section one level up</source>
        <translation>Flytta avsnittet en nivå upp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="157"/>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="160"/>
        <source>Show or hide the preview</source>
        <translation>Visa eller dölj förhandsvisningen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="163"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="166"/>
        <source>Show or hide the versions panel</source>
        <translation>Visa eller dölj versionspanelen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="169"/>
        <source>Save &amp;Version…</source>
        <translation>Spara &amp;version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="172"/>
        <source>Save the draft as a named version</source>
        <translation>Spara utkastet som en namngiven version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="175"/>
        <source>&amp;Open Version</source>
        <translation>&amp;Öppna version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="178"/>
        <source>View the selected version read-only</source>
        <translation>Visa den valda versionen skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="181"/>
        <source>&amp;Restore into Draft</source>
        <translation>&amp;Återställ till utkast</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="184"/>
        <source>Replace the draft with the selected version (undoable)</source>
        <translation>Ersätt utkastet med den valda versionen (kan ångras)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="187"/>
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publicera version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="190"/>
        <source>Mark the selected version as published</source>
        <translation>Markera den valda versionen som publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="193"/>
        <source>Export Version as H&amp;TML…</source>
        <translation>Exportera version som H&amp;TML…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="196"/>
        <source>Write the selected version as HTML</source>
        <translation>Skriv den valda versionen som HTML</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="199"/>
        <source>Export Version as P&amp;DF…</source>
        <translation>Exportera version som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="202"/>
        <source>Write the selected version as PDF</source>
        <translation>Skriv den valda versionen som PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="206"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="209"/>
        <source>Compare two versions or the draft and review the changes</source>
        <translation>Jämför två versioner eller utkastet och granska ändringarna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="212"/>
        <source>&amp;Flags</source>
        <translation>&amp;Flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="215"/>
        <source>Flags raised since the last published version</source>
        <translation>Flaggor sedan den senast publicerade versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="218"/>
        <source>&amp;Import Revision…</source>
        <translation>&amp;Importera revision…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="221"/>
        <source>Import a revised text into the draft and compare it with the last published version</source>
        <translation>Importera en reviderad text till utkastet och jämför den med den senast publicerade versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="226"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="229"/>
        <source>Edit the “What has changed” text of the selected version</source>
        <translation>Redigera texten ”Vad har ändrats” för den valda versionen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="232"/>
        <source>Export Published Version as &amp;HTML…</source>
        <translation>Exportera publicerad version som &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="235"/>
        <source>Write the published version, with its release notice, as HTML</source>
        <translation>Skriv den publicerade versionen med ändringsmeddelandet som HTML</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="238"/>
        <source>Export Published Version as &amp;PDF…</source>
        <translation>Exportera publicerad version som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="241"/>
        <source>Write the published version, with its release notice, as PDF</source>
        <translation>Skriv den publicerade versionen med ändringsmeddelandet som PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="244"/>
        <source>&amp;About PolicyEditor</source>
        <translation>&amp;Om PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="247"/>
        <source>Version and licences</source>
        <translation>Version och licenser</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="58"/>
        <source>Draft (current)</source>
        <translation>Utkast (aktuellt)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="60"/>
        <source>saved</source>
        <translation>sparad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="61"/>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="62"/>
        <source>published</source>
        <translation>publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="33"/>
        <source>added</source>
        <translation>tillagt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="34"/>
        <source>removed</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="35"/>
        <source>modified</source>
        <translation>ändrat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="36"/>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="40"/>
        <source>moved</source>
        <translation>flyttat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="81"/>
        <source>Chang&amp;es</source>
        <translation>Ä&amp;ndringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="84"/>
        <source>Previous change (Alt+Up)</source>
        <translation>Föregående ändring (Alt+Uppil)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="87"/>
        <source>Next change (Alt+Down)</source>
        <translation>Nästa ändring (Alt+Nedpil)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="190"/>
        <source>Compare and Review</source>
        <translation>Jämför och granska</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="191"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="192"/>
        <source>&amp;with</source>
        <translation>me&amp;d</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="193"/>
        <source>&amp;Inline</source>
        <translation>&amp;I texten</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="194"/>
        <source>Side &amp;by side</source>
        <translation>&amp;Sida vid sida</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="196"/>
        <source>Ignore &amp;formatting</source>
        <translation>Ignorera &amp;formatering</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="198"/>
        <source>&amp;Collapse unchanged</source>
        <translation>Fäll ih&amp;op oförändrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="199"/>
        <source>Export &amp;HTML…</source>
        <translation>Exportera &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="200"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="201"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="203"/>
        <source>Old version</source>
        <translation>Gammal version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="204"/>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="206"/>
        <source>Changes marked inline</source>
        <translation>Ändringar markerade i texten</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="264"/>
        <source>Old: %1</source>
        <translation>Gammal: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="269"/>
        <source>New: %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="289"/>
        <source>%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged</source>
        <translation>%1 ändrade, %2 tillagda, %3 borttagna, %4 flyttade, %5 oförändrade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="299"/>
        <source>substantive</source>
        <translation>materiell</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="301"/>
        <source>editorial</source>
        <translation>redaktionell</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="304"/>
        <source>Assessment: %1</source>
        <translation>Bedömning: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="310"/>
        <source>1 high-severity flag needs review</source>
        <translation>1 allvarlig flagga behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="311"/>
        <source>%n high-severity flags need review</source>
        <translation>%n allvarliga flaggor behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/compare_view.py" line="315"/>
        <source>The new side is published: read-only, no sign-off.</source>
        <translation>Den nya sidan är publicerad: skrivskyddad, inget godkännande.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/change_list.py" line="109"/>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="192"/>
        <source>Unsaved policy</source>
        <translation>Osparad policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="198"/>
        <source>Untitled policy</source>
        <translation>Namnlös policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="203"/>
        <source>(read-only)</source>
        <translation>(skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="223"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="228"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="279"/>
        <source>Section %1 of %2</source>
        <translation>Avsnitt %1 av %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="284"/>
        <source>Title and preamble</source>
        <translation>Titel och inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="290"/>
        <source>1 word here, %2 in total</source>
        <translation>1 ord här, %2 totalt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="292"/>
        <source>%1 words here, %2 in total</source>
        <translation>%1 ord här, %2 totalt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="305"/>
        <source>Read-only version</source>
        <translation>Skrivskyddad version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="307"/>
        <source>Not saved in a workspace yet</source>
        <translation>Inte sparad i en arbetsyta än</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="309"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="311"/>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="321"/>
        <source>Autosave failed</source>
        <translation>Automatisk sparning misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="323"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisk sparning misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_commands.py" line="45"/>
        <source>Delete section %1 “%2”?</source>
        <translation>Ta bort avsnitt %1 ”%2”?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_commands.py" line="51"/>
        <source>Its subsection will be deleted too.</source>
        <translation>Dess underavsnitt tas också bort.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_commands.py" line="53"/>
        <source>Its %n subsections will be deleted too.</source>
        <translation>Dess %n underavsnitt tas också bort.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_commands.py" line="57"/>
        <source>You can undo this.</source>
        <translation>Du kan ångra det.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_commands.py" line="60"/>
        <source>Delete Section</source>
        <translation>Ta bort avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_commands.py" line="62"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="36"/>
        <location filename="../../policyeditor/ui/dialogs.py" line="47"/>
        <source>Policy workspaces (*.policy)</source>
        <translation>Policyarbetsytor (*.policy)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="38"/>
        <location filename="../../policyeditor/ui/dialogs.py" line="48"/>
        <source>Text and Markdown (*.md *.markdown *.txt *.text)</source>
        <translation>Text och Markdown (*.md *.markdown *.txt *.text)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="44"/>
        <source>Policies and text files (*.policy *.md *.markdown *.txt *.text)</source>
        <translation>Policyer och textfiler (*.policy *.md *.markdown *.txt *.text)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="54"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-filer (*.html)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="56"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="57"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="76"/>
        <source>Save Version</source>
        <translation>Spara version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="82"/>
        <source>Version label</source>
        <translation>Versionsbeteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="83"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="84"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="86"/>
        <source>&amp;Label:</source>
        <translation>&amp;Beteckning:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="87"/>
        <source>&amp;Author:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="88"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="90"/>
        <source>A saved version never changes. You can keep editing the draft.</source>
        <translation>En sparad version ändras aldrig. Du kan fortsätta redigera utkastet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="118"/>
        <source>A version labelled “%1” already exists. Choose another label.</source>
        <translation>Det finns redan en version med beteckningen ”%1”. Välj en annan beteckning.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="183"/>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="184"/>
        <source>“%1” has changes that are not saved in a workspace file.</source>
        <translation>”%1” har ändringar som inte är sparade i en arbetsytefil.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="187"/>
        <source>Do you want to save them before closing?</source>
        <translation>Vill du spara dem innan du stänger?</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../policyeditor/app/session.py" line="195"/>
        <source>Typing</source>
        <translation>skrivning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="202"/>
        <source>Rename section</source>
        <translation>byt namn på avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="209"/>
        <source>Edit preamble</source>
        <translation>redigera inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="214"/>
        <source>Change title</source>
        <translation>ändra titel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="219"/>
        <source>Change language</source>
        <translation>ändra språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="226"/>
        <source>Edit details</source>
        <translation>redigera uppgifter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="233"/>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="234"/>
        <source>Add section</source>
        <translation>lägg till avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="252"/>
        <source>Delete section</source>
        <translation>ta bort avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="256"/>
        <source>Move section</source>
        <translation>flytta avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="267"/>
        <source>Indent section</source>
        <translation>öka nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="271"/>
        <source>Outdent section</source>
        <translation>minska nivå</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="275"/>
        <source>Move section up</source>
        <translation>flytta avsnitt upp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="279"/>
        <source>Move section down</source>
        <translation>flytta avsnitt ned</translation>
    </message>
</context>
<context>
    <name>EditorApp</name>
    <message>
        <location filename="../../policyeditor/gui.py" line="120"/>
        <source>Recovered unsaved work from the last session. Save it to keep it.</source>
        <translation>Återställde osparat arbete från förra sessionen. Spara det för att behålla det.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="25"/>
        <source>there is no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="26"/>
        <location filename="../../policyeditor/ui/error_text.py" line="27"/>
        <source>this is a folder, not a file</source>
        <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="30"/>
        <source>this is not a text file (binary data)</source>
        <translation>det är inte en textfil (binära data)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="33"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="34"/>
        <source>the file contains only blank space</source>
        <translation>filen innehåller bara blanktecken</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="37"/>
        <source>this is not a regular file</source>
        <translation>det är inte en vanlig fil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="38"/>
        <source>you do not have permission to read it</source>
        <translation>du har inte behörighet att läsa den</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="41"/>
        <source>this is not a valid file name</source>
        <translation>det är inte ett giltigt filnamn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="44"/>
        <source>this is a database (such as a .policy workspace), not a text file; open it with File ▸ Open</source>
        <translation>det är en databas (till exempel en .policy-arbetsyta), inte en textfil; öppna den med Arkiv ▸ Öppna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="49"/>
        <source>this is a PDF file, not a text file; export it as plain text first</source>
        <translation>det är en PDF-fil, inte en textfil; exportera den som ren text först</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="55"/>
        <source>this is a ZIP-based file (such as a Word document), not a text file; save it as plain text or Markdown first</source>
        <translation>det är en ZIP-baserad fil (till exempel ett Word-dokument), inte en textfil; spara den som ren text eller Markdown först</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="60"/>
        <source>this is an old Office document, not a text file</source>
        <translation>det är ett äldre Office-dokument, inte en textfil</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="66"/>
        <source>the text is not UTF-8 (it looks like Latin-1/Windows-1252); save it as UTF-8 and import again</source>
        <translation>texten är inte UTF-8 (den ser ut att vara Latin-1/Windows-1252); spara den som UTF-8 och importera igen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="71"/>
        <source>no title found; the title is empty</source>
        <translation>ingen titel hittades; titeln är tom</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="74"/>
        <source>no section headings found; the whole text is in the preamble</source>
        <translation>inga avsnittsrubriker hittades; hela texten ligger i inledningen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="83"/>
        <source>the file is %1; PolicyEditor imports texts up to %2</source>
        <translation>filen är %1; PolicyEditor importerar texter på upp till %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="90"/>
        <source>the text is not UTF-8 (invalid byte 0x%1 at position %2); save it as UTF-8 and import again</source>
        <translation>texten är inte UTF-8 (ogiltig byte 0x%1 på position %2); spara den som UTF-8 och importera igen</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="98"/>
        <source>the file cannot be read (%1)</source>
        <translation>filen kan inte läsas (%1)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="105"/>
        <source>heading %1 is numbered %2 in the source and becomes %3 (numbers follow position)</source>
        <translation>rubriken %1 är numrerad %2 i källan och blir %3 (numren följer placeringen)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="112"/>
        <source>line %1 looks like heading %2 but does not follow %3; kept as text</source>
        <translation>rad %1 ser ut som rubrik %2 men följer inte efter %3; behålls som text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="140"/>
        <source>the start</source>
        <translation>början</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="162"/>
        <source>“%1” already exists. Choose another name.</source>
        <translation>”%1” finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="164"/>
        <source>“%1” is open read-only; nothing was changed.</source>
        <translation>”%1” är öppnad skrivskyddad; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="166"/>
        <source>A version labelled “%1” already exists. Choose another label.</source>
        <translation>Det finns redan en version med beteckningen ”%1”. Välj en annan beteckning.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="170"/>
        <source>“%1” cannot be a version label: it must be non-empty and on one line.</source>
        <translation>”%1” kan inte vara en versionsbeteckning: den får inte vara tom och ska stå på en rad.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="175"/>
        <source>There is no version labelled “%1”.</source>
        <translation>Det finns ingen version med beteckningen ”%1”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="178"/>
        <source>Version “%1” is published and can no longer change.</source>
        <translation>Version ”%1” är publicerad och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="182"/>
        <source>Version “%1” cannot be changed (%2).</source>
        <translation>Version ”%1” kan inte ändras (%2).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="231"/>
        <location filename="../../policyeditor/ui/error_text.py" line="234"/>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="235"/>
        <location filename="../../policyeditor/ui/error_text.py" line="236"/>
        <source>you do not have permission to write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="237"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="238"/>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="239"/>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="262"/>
        <source>The file could not be written: %1.</source>
        <translation>Filen kunde inte skrivas: %1.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="266"/>
        <source>“%1” could not be written in %2: %3.</source>
        <translation>”%1” kunde inte skrivas i %2: %3.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="198"/>
        <source>“%1” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>”%1” är upptagen: ett annat program skriver till den. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="204"/>
        <source>“%1” is already open for editing in another PolicyEditor window (%2, process %3). Close it there first, or open a copy of the file.</source>
        <translation>”%1” är redan öppen för redigering i ett annat PolicyEditor-fönster (%2, process %3). Stäng den där först, eller öppna en kopia av filen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="152"/>
        <source>“%1” is not a PolicyEditor workspace.</source>
        <translation>”%1” är inte en PolicyEditor-arbetsyta.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="154"/>
        <source>“%1” is damaged and cannot be opened. The file was not changed.</source>
        <translation>”%1” är skadad och kan inte öppnas. Filen har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="158"/>
        <source>“%1” was written by a newer PolicyEditor. Please update this program.</source>
        <translation>”%1” skrevs av en nyare PolicyEditor. Uppdatera programmet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/error_text.py" line="218"/>
        <source>“%1” cannot be read as a policy: %2</source>
        <translation>”%1” kan inte läsas som en policy: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="52"/>
        <source>New policy</source>
        <translation>Ny policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="56"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="64"/>
        <source>Open Policy</source>
        <translation>Öppna policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="80"/>
        <location filename="../../policyeditor/ui/file_commands.py" line="87"/>
        <location filename="../../policyeditor/gui.py" line="131"/>
        <source>Cannot Open</source>
        <translation>Kan inte öppna</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="88"/>
        <source>“%1” cannot be read: %2</source>
        <translation>”%1” kan inte läsas: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="112"/>
        <source>Import Text</source>
        <translation>Importera text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="124"/>
        <location filename="../../policyeditor/ui/file_commands.py" line="130"/>
        <source>Cannot Import</source>
        <translation>Kan inte importera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="136"/>
        <source>Import %1</source>
        <translation>importera %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="139"/>
        <source>Imported “%1”. Undo restores the previous draft.</source>
        <translation>Importerade ”%1”. Ångra återställer det tidigare utkastet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="157"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="183"/>
        <source>Save Policy As</source>
        <translation>Spara policy som</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="195"/>
        <source>Cannot Save</source>
        <translation>Kan inte spara</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="100"/>
        <source>F&amp;ind:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="101"/>
        <source>Re&amp;place with:</source>
        <translation>E&amp;rsätt med:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="102"/>
        <source>Match &amp;case</source>
        <translation>&amp;Skiftlägeskänslig</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="103"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Hela ord</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="104"/>
        <source>Find &amp;All</source>
        <translation>Sök &amp;alla</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="105"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="106"/>
        <source>Replace A&amp;ll</source>
        <translation>Ersätt a&amp;lla</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="107"/>
        <source>Text to find</source>
        <translation>Text att söka efter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="109"/>
        <source>Replacement text</source>
        <translation>Ersättningstext</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="111"/>
        <source>Matches</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="161"/>
        <source>Preamble</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="163"/>
        <source>(heading)</source>
        <translation>(rubrik)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="173"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="178"/>
        <source>1 match</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="179"/>
        <source>%n matches</source>
        <translation>%n träffar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="204"/>
        <source>Replace</source>
        <translation>ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="221"/>
        <source>Replace All</source>
        <translation>ersätt alla</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="226"/>
        <source>Replaced 1 occurrence</source>
        <translation>Ersatte 1 förekomst</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="227"/>
        <source>Replaced %n occurrences</source>
        <translation>Ersatte %n förekomster</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="49"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="50"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="51"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="59"/>
        <source>Hi&amp;gh</source>
        <translation>H&amp;ög</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="60"/>
        <source>Me&amp;dium</source>
        <translation>Mede&amp;l</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="61"/>
        <source>&amp;Low</source>
        <translation>L&amp;åg</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="69"/>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="70"/>
        <source>Transfers abroad</source>
        <translation>Överföring till tredje land</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="71"/>
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="72"/>
        <source>Data collected</source>
        <translation>Insamlade uppgifter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="73"/>
        <source>Negation</source>
        <translation>Negation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="74"/>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="75"/>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="76"/>
        <source>Controller</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="77"/>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="78"/>
        <source>Automated decisions</source>
        <translation>Automatiserade beslut</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="79"/>
        <source>Obligation wording</source>
        <translation>Förpliktande formulering</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="80"/>
        <source>Tracking</source>
        <translation>Spårning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="81"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="82"/>
        <source>Change notice</source>
        <translation>Meddelande om ändringar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="83"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="84"/>
        <source>Completeness</source>
        <translation>Fullständighet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="85"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="130"/>
        <source>Needs review</source>
        <translation>Behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="131"/>
        <source>Acknowledged (%1)</source>
        <translation>Godkänd (%1)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="203"/>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="207"/>
        <source>Show or hide flags of this severity</source>
        <translation>Visa eller dölj flaggor med den här allvarlighetsgraden</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="209"/>
        <source>Needs &amp;review only</source>
        <translation>&amp;Endast de som behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="212"/>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="214"/>
        <location filename="../../policyeditor/ui/flags_panel.py" line="221"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="215"/>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="216"/>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="217"/>
        <source>Reference</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="220"/>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="222"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Godkänn…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="247"/>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="324"/>
        <source>1 flag</source>
        <translation>1 flagga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="324"/>
        <source>%n flags</source>
        <translation>%n flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="325"/>
        <source>%1 shown</source>
        <translation>%1 visas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="328"/>
        <source>1 needs review</source>
        <translation>1 behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="329"/>
        <source>%n need review</source>
        <translation>%n behöver granskas</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="333"/>
        <source>1 of them high</source>
        <translation>varav 1 allvarlig</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="334"/>
        <source>%n of them high</source>
        <translation>varav %n allvarliga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="338"/>
        <source>%1, %2; %3, %4</source>
        <translation>%1, %2; %3, %4</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="374"/>
        <source>Select a flag to see its evidence.</source>
        <translation>Välj en flagga för att se underlaget.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="380"/>
        <source>Evidence:</source>
        <translation>Underlag:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="383"/>
        <source>Reference:</source>
        <translation>Hänvisning:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/flags_panel.py" line="390"/>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Godkänd av %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="197"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="198"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="199"/>
        <source>&amp;Section</source>
        <translation>Av&amp;snitt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="200"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="201"/>
        <source>Versio&amp;ns</source>
        <translation>V&amp;ersioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="202"/>
        <source>&amp;Review</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="207"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="208"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="209"/>
        <source>Find and Replace</source>
        <translation>Sök och ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="210"/>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="213"/>
        <source>&amp;Find and Replace</source>
        <translation>&amp;Sök och ersätt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="216"/>
        <source>&amp;Toolbar</source>
        <translation>Verk&amp;tygsfält</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="219"/>
        <source>Export in progress</source>
        <translation>Export pågår</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="100"/>
        <source>Untitled policy</source>
        <translation>Namnlös policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="101"/>
        <source>Title, preamble and details</source>
        <translation>Titel, inledning och uppgifter</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="250"/>
        <source>Outline</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="252"/>
        <source>Sections of the policy with their numbers</source>
        <translation>Policyns avsnitt med sina nummer</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../policyeditor/ui/preview.py" line="82"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/preview.py" line="84"/>
        <source>The policy as it will be published</source>
        <translation>Policyn så som den kommer att publiceras</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="59"/>
        <source>Publish Version</source>
        <translation>Publicera version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="64"/>
        <source>Publish version “%1”? A published version can never be changed.</source>
        <translation>Publicera version ”%1”? En publicerad version kan aldrig ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="78"/>
        <source>&amp;Published by:</source>
        <translation>&amp;Publicerad av:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="85"/>
        <source>Publishing is blocked: 1 high-severity flag raised since the last published version needs review.</source>
        <translation>Publicering är spärrad: 1 allvarlig flagga sedan den senast publicerade versionen behöver granskas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="91"/>
        <source>Publishing is blocked: %n high-severity flags raised since the last published version need review.</source>
        <translation>Publicering är spärrad: %n allvarliga flaggor sedan den senast publicerade versionen behöver granskas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="101"/>
        <source>Acknowledge them in the review first, or give a reason to publish anyway. The reason is recorded in the history.</source>
        <translation>Godkänn dem i granskningen först, eller ange ett skäl att publicera ändå. Skälet sparas i historiken.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="110"/>
        <source>&amp;Reason to publish anyway:</source>
        <translation>&amp;Skäl att publicera ändå:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="115"/>
        <source>No unreviewed high-severity flags since the last published version.</source>
        <translation>Inga ogranskade allvarliga flaggor sedan den senast publicerade versionen.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="124"/>
        <source>This version has a release notice (“What has changed”).</source>
        <translation>Den här versionen har ett ändringsmeddelande (”Vad har ändrats”).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="128"/>
        <source>This version has no release notice yet.</source>
        <translation>Den här versionen har inget ändringsmeddelande än.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="135"/>
        <source>Release &amp;Notice…</source>
        <translation>Ändrings&amp;meddelande…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="156"/>
        <source>Publish Despite Open Flags</source>
        <translation>Publicera trots öppna flaggor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="158"/>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/publish_dialog.py" line="140"/>
        <source>Re&amp;view Flags…</source>
        <translation>&amp;Granska flaggor…</translation>
    </message>
</context>
<context>
    <name>ReleaseNotice</name>
    <message>
        <location filename="../../policyeditor/ui/release_notice.py" line="39"/>
        <source>Release Notice for Version %1</source>
        <translation>Ändringsmeddelande för version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/release_notice.py" line="45"/>
        <source>Shown as “What has changed” at the top of the published page. Written in the policy&apos;s language; Markdown is allowed.</source>
        <translation>Visas som ”Vad har ändrats” överst på den publicerade sidan. Skrivs på policyns språk; Markdown är tillåtet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/release_notice.py" line="51"/>
        <source>This version is published; its release notice can no longer change.</source>
        <translation>Den här versionen är publicerad; dess ändringsmeddelande kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/release_notice.py" line="61"/>
        <source>Release notice</source>
        <translation>Ändringsmeddelande</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/release_notice.py" line="64"/>
        <source>&amp;Draft from Changes</source>
        <translation>&amp;Utkast från ändringarna</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="160"/>
        <source>Cannot Record Sign-off</source>
        <translation>Kan inte spara godkännandet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="183"/>
        <location filename="../../policyeditor/ui/review_commands.py" line="224"/>
        <source>Cannot Publish</source>
        <translation>Kan inte publicera</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="190"/>
        <source>Already Published</source>
        <translation>Redan publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="191"/>
        <source>Version %1 is published and can no longer change.</source>
        <translation>Version %1 är publicerad och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="212"/>
        <source>Not Published</source>
        <translation>Inte publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="213"/>
        <source>High-severity flags are open. Give a reason to publish anyway.</source>
        <translation>Allvarliga flaggor är öppna. Ange ett skäl att publicera ändå.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="233"/>
        <source>Published version %1</source>
        <translation>Publicerade version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="268"/>
        <location filename="../../policyeditor/ui/review_commands.py" line="282"/>
        <location filename="../../policyeditor/ui/review_commands.py" line="297"/>
        <source>Release Notice</source>
        <translation>Ändringsmeddelande</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="269"/>
        <source>A release notice belongs to a saved version. Save the draft as a version first.</source>
        <translation>Ett ändringsmeddelande hör till en sparad version. Spara utkastet som en version först.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="302"/>
        <source>Release notice of version %1 saved</source>
        <translation>Ändringsmeddelandet för version %1 sparat</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="321"/>
        <source>Export Redline</source>
        <translation>Exportera ändringsrapport</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="360"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review_commands.py" line="368"/>
        <source>Export Published Version</source>
        <translation>Exportera publicerad version</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="188"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="189"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="190"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="191"/>
        <source>Last &amp;changed:</source>
        <translation>Senast &amp;ändrad:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="192"/>
        <source>&amp;Preamble (Markdown):</source>
        <translation>&amp;Inledning (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="196"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="197"/>
        <source>&amp;Text (Markdown):</source>
        <translation>&amp;Text (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="199"/>
        <source>Policy title</source>
        <translation>Policyns titel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="200"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="201"/>
        <source>Document language</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="202"/>
        <source>Last changed date</source>
        <translation>Datum för senaste ändring</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="205"/>
        <source>Preamble</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="206"/>
        <source>Section heading</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="207"/>
        <source>Section text</source>
        <translation>Avsnittets text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="212"/>
        <source>Write the section text here. Markdown: - list, **bold**, *italic*.</source>
        <translation>Skriv avsnittets text här. Markdown: - lista, **fetstil**, *kursiv*.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="218"/>
        <source>Introductory text before section 1.</source>
        <translation>Inledande text före avsnitt 1.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="271"/>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="41"/>
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="48"/>
        <source>Recorded with the versions you save</source>
        <translation>Sparas med de versioner du sparar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="71"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="72"/>
        <source>&amp;Author name:</source>
        <translation>&amp;Författarnamn:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="73"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Typsnitt i redigeraren:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="77"/>
        <source>Auto&amp;save after:</source>
        <translation>Spara &amp;automatiskt efter:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="80"/>
        <source>User interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="83"/>
        <source>Author name</source>
        <translation>Författarnamn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="86"/>
        <source>Editor font</source>
        <translation>Typsnitt i redigeraren</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="89"/>
        <source>Editor font size</source>
        <translation>Teckenstorlek i redigeraren</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="92"/>
        <source>Autosave delay in seconds</source>
        <translation>Fördröjning före automatisk sparning i sekunder</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="36"/>
        <source>Acknowledge Flag</source>
        <translation>Godkänn flagga</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="39"/>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="57"/>
        <source>Why is this change acceptable? (required)</source>
        <translation>Varför är ändringen godtagbar? (krävs)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="60"/>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="62"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="64"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Granskare:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="65"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="67"/>
        <source>Your name, the time and the section as it reads now are stored in the workspace. If the section changes again, the flag needs review again.</source>
        <translation>Ditt namn, tiden och avsnittet som det lyder nu sparas i arbetsytan. Om avsnittet ändras igen behöver flaggan granskas på nytt.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/signoff_dialog.py" line="78"/>
        <source>Acknowledge</source>
        <translation>Godkänn</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="56"/>
        <source>Save the Document First</source>
        <translation>Spara dokumentet först</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="57"/>
        <source>Versions are kept in a workspace file. Choose where to save it.</source>
        <translation>Versioner sparas i en arbetsytefil. Välj var den ska sparas.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="82"/>
        <source>Cannot Save Version</source>
        <translation>Kan inte spara version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="91"/>
        <source>Saved version %1</source>
        <translation>Sparade version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="105"/>
        <source>Cannot Open Version</source>
        <translation>Kan inte öppna version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="128"/>
        <source>Replace the draft with version %1? You can undo this.</source>
        <translation>Ersätta utkastet med version %1? Du kan ångra det.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="133"/>
        <source>Restore Version</source>
        <translation>Återställ version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="135"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="140"/>
        <source>Restore version %1</source>
        <translation>återställ version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="145"/>
        <source>Draft restored from version %1</source>
        <translation>Utkastet återställt från version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="178"/>
        <source>An export is still running.</source>
        <translation>En export pågår fortfarande.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="186"/>
        <source>Export as HTML</source>
        <translation>Exportera som HTML</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="188"/>
        <source>Export as PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="199"/>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="231"/>
        <source>Exported to %1</source>
        <translation>Exporterade till %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="244"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="245"/>
        <source>The file was not written.</source>
        <translation>Filen skrevs inte.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="33"/>
        <location filename="../../policyeditor/ui/versions_panel.py" line="90"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="34"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="35"/>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="87"/>
        <source>Label</source>
        <translation>Beteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="89"/>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="91"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="94"/>
        <source>Saved versions</source>
        <translation>Sparade versioner</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="133"/>
        <source>Save the document as a workspace file to keep versions.</source>
        <translation>Spara dokumentet som en arbetsytefil för att kunna spara versioner.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="139"/>
        <source>No versions yet. Save Version keeps the draft as it is now.</source>
        <translation>Inga versioner än. Spara version behåller utkastet som det ser ut nu.</translation>
    </message>
</context>
</TS>
