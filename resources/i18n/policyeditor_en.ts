<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="34"/>
        <source>About PolicyEditor</source>
        <translation>About PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="40"/>
        <source>Draft, version, compare and publish policies — offline.</source>
        <translation>Draft, version, compare and publish policies — offline.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="49"/>
        <source>Built with Python %1, Qt %2 and PySide6 %3.</source>
        <translation>Built with Python %1, Qt %2 and PySide6 %3.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="54"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/about_dialog.py" line="55"/>
        <source>This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>This program comes with ABSOLUTELY NO WARRANTY.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="17"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="20"/>
        <source>Start a new, empty policy</source>
        <translation>Start a new, empty policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="24"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="27"/>
        <source>Open a policy workspace or a text file</source>
        <translation>Open a policy workspace or a text file</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="31"/>
        <source>&amp;Import Text…</source>
        <translation>&amp;Import Text…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="34"/>
        <source>Import a revised Markdown or text file into this workspace</source>
        <translation>Import a revised Markdown or text file into this workspace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="43"/>
        <source>Write the draft to its workspace now</source>
        <translation>Write the draft to its workspace now</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="47"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="50"/>
        <source>Save the document as a new workspace file</source>
        <translation>Save the document as a new workspace file</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="54"/>
        <source>&amp;Close Window</source>
        <translation>&amp;Close Window</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="57"/>
        <source>Close this window</source>
        <translation>Close this window</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="61"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/actions.py" line="64"/>
        <source>Quit PolicyEditor</source>
        <translation>Quit PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="21"/>
        <location filename="../../policyeditor/ui/editing/commands.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="24"/>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="29"/>
        <location filename="../../policyeditor/ui/editing/commands.py" line="86"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="32"/>
        <source>Redo the change you undid</source>
        <translation>Redo the change you undid</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="38"/>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Find and Replace…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="41"/>
        <source>Search and replace across all sections</source>
        <translation>Search and replace across all sections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="45"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="48"/>
        <source>Go to the next match</source>
        <translation>Go to the next match</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="17"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="20"/>
        <source>Language, author name, font, autosave</source>
        <translation>Language, author name, font, autosave</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="52"/>
        <source>&amp;Add Section</source>
        <translation>&amp;Add Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="55"/>
        <source>Add a section after the current one</source>
        <translation>Add a section after the current one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="59"/>
        <source>Add &amp;Subsection</source>
        <translation>Add &amp;Subsection</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="62"/>
        <source>Add a subsection inside the current section</source>
        <translation>Add a subsection inside the current section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="66"/>
        <source>&amp;Delete Section…</source>
        <translation>&amp;Delete Section…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="69"/>
        <source>Delete the current section and its subsections</source>
        <translation>Delete the current section and its subsections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="73"/>
        <source>&amp;Rename Section</source>
        <translation>&amp;Rename Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="76"/>
        <source>Edit the current heading</source>
        <translation>Edit the current heading</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="80"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="83"/>
        <source>Move the section before the previous one</source>
        <translation>Move the section before the previous one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="87"/>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="90"/>
        <source>Move the section after the next one</source>
        <translation>Move the section after the next one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="94"/>
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="97"/>
        <source>Make the section a subsection of the one before</source>
        <translation>Make the section a subsection of the one before</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="101"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="104"/>
        <source>Move the section one level up</source>
        <translation>Move the section one level up</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="108"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/actions.py" line="111"/>
        <source>Show or hide the preview</source>
        <translation>Show or hide the preview</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="20"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="23"/>
        <source>Show or hide the versions panel</source>
        <translation>Show or hide the versions panel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="28"/>
        <source>Save &amp;Version…</source>
        <translation>Save &amp;Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="31"/>
        <source>Save the draft as a named version</source>
        <translation>Save the draft as a named version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="35"/>
        <source>&amp;Open Version</source>
        <translation>&amp;Open Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="38"/>
        <source>View the selected version read-only</source>
        <translation>View the selected version read-only</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="42"/>
        <source>&amp;Restore into Draft</source>
        <translation>&amp;Restore into Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="45"/>
        <source>Replace the draft with the selected version (undoable)</source>
        <translation>Replace the draft with the selected version (undoable)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="56"/>
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publish Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="59"/>
        <source>Mark the selected version as published</source>
        <translation>Mark the selected version as published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="21"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="24"/>
        <source>Compare two versions or the draft and review the changes</source>
        <translation>Compare two versions or the draft and review the changes</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="30"/>
        <source>&amp;Flags</source>
        <translation>&amp;Flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="33"/>
        <source>Flags raised since the last published version</source>
        <translation>Flags raised since the last published version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="37"/>
        <source>&amp;Import Revision…</source>
        <translation>&amp;Import Revision…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="40"/>
        <source>Import a revised text into the draft and compare it with the last published version</source>
        <translation>Import a revised text into the draft and compare it with the last published version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="47"/>
        <source>Release &amp;Notice…</source>
        <translation>Release &amp;Notice…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="50"/>
        <source>Edit the “What has changed” text of the selected version</source>
        <translation>Edit the “What has changed” text of the selected version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="25"/>
        <source>&amp;About PolicyEditor</source>
        <translation>&amp;About PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="28"/>
        <source>Version and licences</source>
        <translation>Version and licences</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="22"/>
        <source>E&amp;xport Draft…</source>
        <translation>E&amp;xport Draft…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="25"/>
        <source>Write the draft to a file in a format of your choice</source>
        <translation>Write the draft to a file in a format of your choice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="29"/>
        <source>&amp;Export Version…</source>
        <translation>&amp;Export Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="32"/>
        <source>Write the selected version to a file in a format of your choice</source>
        <translation>Write the selected version to a file in a format of your choice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="38"/>
        <source>Export &amp;Published Version…</source>
        <translation>Export &amp;Published Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="41"/>
        <source>Write the published version, with its release notice, to a file in a format of your choice</source>
        <translation>Write the published version, with its release notice, to a file in a format of your choice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="17"/>
        <source>Check &amp;Spelling</source>
        <translation>Check &amp;Spelling</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="20"/>
        <source>Underline misspelt words as you type</source>
        <translation>Underline misspelt words as you type</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="25"/>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blems</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/actions.py" line="28"/>
        <source>List spelling, references, defined terms, links and empty sections</source>
        <translation>List spelling, references, defined terms, links and empty sections</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="34"/>
        <source>Draft (current)</source>
        <translation>Draft (current)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="36"/>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="37"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="38"/>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="33"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="34"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="35"/>
        <source>modified</source>
        <translation>modified</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="36"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="40"/>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="81"/>
        <source>Chang&amp;es</source>
        <translation>Chang&amp;es</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="84"/>
        <source>Previous change (Alt+Up)</source>
        <translation>Previous change (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="87"/>
        <source>Next change (Alt+Down)</source>
        <translation>Next change (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="143"/>
        <source>Compare and Review</source>
        <translation>Compare and Review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="87"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="88"/>
        <source>&amp;with</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="89"/>
        <source>&amp;Inline</source>
        <translation>&amp;Inline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="90"/>
        <source>Side &amp;by side</source>
        <translation>Side &amp;by side</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="92"/>
        <source>Ignore &amp;formatting</source>
        <translation>Ignore &amp;formatting</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="94"/>
        <source>&amp;Collapse unchanged</source>
        <translation>&amp;Collapse unchanged</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="96"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="95"/>
        <source>Release &amp;Notice…</source>
        <translation>Release &amp;Notice…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="146"/>
        <source>Old version</source>
        <translation>Old version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="147"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="149"/>
        <source>Changes marked inline</source>
        <translation>Changes marked inline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="195"/>
        <source>Old: %1</source>
        <translation>Old: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="200"/>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="220"/>
        <source>%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged</source>
        <translation>%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="230"/>
        <source>substantive</source>
        <translation>substantive</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="232"/>
        <source>editorial</source>
        <translation>editorial</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="235"/>
        <source>Assessment: %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="241"/>
        <source>1 high-severity flag needs review</source>
        <translation>1 high-severity flag needs review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="242"/>
        <source>%n high-severity flags need review</source>
        <translation>%n high-severity flags need review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="246"/>
        <source>The new side is published: read-only, no sign-off.</source>
        <translation>The new side is published: read-only, no sign-off.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/change_list.py" line="109"/>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="63"/>
        <source>Unsaved policy</source>
        <translation>Unsaved policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="177"/>
        <source>Untitled policy</source>
        <translation>Untitled policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="182"/>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="79"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="84"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="197"/>
        <source>Section %1 of %2</source>
        <translation>Section %1 of %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="202"/>
        <source>Title and preamble</source>
        <translation>Title and preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="208"/>
        <source>1 word here, %2 in total</source>
        <translation>1 word here, %2 in total</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="210"/>
        <source>%1 words here, %2 in total</source>
        <translation>%1 words here, %2 in total</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="223"/>
        <source>Read-only version</source>
        <translation>Read-only version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="225"/>
        <source>Not saved in a workspace yet</source>
        <translation>Not saved in a workspace yet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="227"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="229"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="239"/>
        <source>Autosave failed</source>
        <translation>Autosave failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="241"/>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="131"/>
        <source>Delete section %1 “%2”?</source>
        <translation>Delete section %1 “%2”?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="137"/>
        <source>Its subsection will be deleted too.</source>
        <translation>Its subsection will be deleted too.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="139"/>
        <source>Its %n subsections will be deleted too.</source>
        <translation>Its %n subsections will be deleted too.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="143"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="146"/>
        <source>Delete Section</source>
        <translation>Delete Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/commands.py" line="148"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="41"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="65"/>
        <source>Policy workspaces (*.policy)</source>
        <translation>Policy workspaces (*.policy)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="50"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="66"/>
        <source>Text and Markdown (*.md *.markdown *.txt *.text)</source>
        <translation>Text and Markdown (*.md *.markdown *.txt *.text)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="54"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="70"/>
        <source>Saved web pages (*.html *.htm)</source>
        <translation>Saved web pages (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="45"/>
        <source>Text, Markdown, Word files and web pages (*.md *.markdown *.txt *.text *.docx *.html *.htm)</source>
        <translation>Text, Markdown, Word files and web pages (*.md *.markdown *.txt *.text *.docx *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="53"/>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="69"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="60"/>
        <source>Policies, text and Word files, web pages (*.policy *.md *.markdown *.txt *.text *.docx *.html *.htm)</source>
        <translation>Policies, text and Word files, web pages (*.policy *.md *.markdown *.txt *.text *.docx *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="78"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="100"/>
        <source>Save Version</source>
        <translation>Save Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="106"/>
        <source>Version label</source>
        <translation>Version label</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="107"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="108"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="114"/>
        <source>Use &amp;Major Version %1</source>
        <translation>Use &amp;Major Version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="120"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="121"/>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="122"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="126"/>
        <source>Set “last changed” to &amp;today (%1; now %2)</source>
        <translation>Set “last changed” to &amp;today (%1; now %2)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="135"/>
        <source>A saved version never changes. You can keep editing the draft.</source>
        <translation>A saved version never changes. You can keep editing the draft.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="163"/>
        <source>A version labelled “%1” already exists. Choose another label.</source>
        <translation>A version labelled “%1” already exists. Choose another label.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="240"/>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="241"/>
        <source>“%1” has changes that are not saved in a workspace file.</source>
        <translation>“%1” has changes that are not saved in a workspace file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/common/dialogs.py" line="244"/>
        <source>Do you want to save them before closing?</source>
        <translation>Do you want to save them before closing?</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../policyeditor/app/session.py" line="197"/>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="204"/>
        <source>Rename section</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="211"/>
        <source>Edit preamble</source>
        <translation>Edit preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="216"/>
        <source>Change title</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="221"/>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="228"/>
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="235"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="236"/>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="254"/>
        <source>Delete section</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="258"/>
        <source>Move section</source>
        <translation>Move section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="269"/>
        <source>Indent section</source>
        <translation>Indent section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="273"/>
        <source>Outdent section</source>
        <translation>Outdent section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="277"/>
        <source>Move section up</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="281"/>
        <source>Move section down</source>
        <translation>Move section down</translation>
    </message>
</context>
<context>
    <name>EditorApp</name>
    <message>
        <location filename="../../policyeditor/gui.py" line="131"/>
        <source>Recovered unsaved work from the last session. Save it to keep it.</source>
        <translation>Recovered unsaved work from the last session. Save it to keep it.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="33"/>
        <source>“{path}” cannot be read as a policy: there is no such file.</source>
        <translation>“{path}” cannot be read as a policy: there is no such file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="35"/>
        <source>“{path}” cannot be read as a policy: this is a folder, not a file.</source>
        <translation>“{path}” cannot be read as a policy: this is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="37"/>
        <source>“{path}” cannot be read as a policy: this is not a valid file name.</source>
        <translation>“{path}” cannot be read as a policy: this is not a valid file name.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="39"/>
        <source>“{path}” cannot be read as a policy: this is not a regular file.</source>
        <translation>“{path}” cannot be read as a policy: this is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="41"/>
        <source>“{path}” cannot be read as a policy: you do not have permission to read it.</source>
        <translation>“{path}” cannot be read as a policy: you do not have permission to read it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="44"/>
        <source>“{path}” cannot be read as a policy: the file cannot be read.</source>
        <translation>“{path}” cannot be read as a policy: the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="46"/>
        <source>“{path}” cannot be read as a policy: the file is empty.</source>
        <translation>“{path}” cannot be read as a policy: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="48"/>
        <source>“{path}” cannot be read as a policy: the file contains only blank space.</source>
        <translation>“{path}” cannot be read as a policy: the file contains only blank space.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="50"/>
        <source>“{path}” cannot be read as a policy: the file is {size}; PolicyEditor imports texts up to {limit}.</source>
        <translation>“{path}” cannot be read as a policy: the file is {size}; PolicyEditor imports texts up to {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="54"/>
        <source>“{path}” cannot be read as a policy: this is not a text file (binary data).</source>
        <translation>“{path}” cannot be read as a policy: this is not a text file (binary data).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="56"/>
        <source>“{path}” cannot be read as a policy: this is a database (such as a .policy workspace), not a text file; open it as a workspace.</source>
        <translation>“{path}” cannot be read as a policy: this is a database (such as a .policy workspace), not a text file; open it as a workspace.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="60"/>
        <source>“{path}” cannot be read as a policy: this is a PDF file, not a text file; export it as plain text first.</source>
        <translation>“{path}” cannot be read as a policy: this is a PDF file, not a text file; export it as plain text first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="64"/>
        <source>“{path}” cannot be read as a policy: this is a ZIP-based file (such as a Word document), not a text file; save it as plain text or Markdown first.</source>
        <translation>“{path}” cannot be read as a policy: this is a ZIP-based file (such as a Word document), not a text file; save it as plain text or Markdown first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="68"/>
        <source>“{path}” cannot be read as a policy: this is an old Office document, not a text file.</source>
        <translation>“{path}” cannot be read as a policy: this is an old Office document, not a text file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="71"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (it looks like Latin-1/Windows-1252); save it as UTF-8 and import again.</source>
        <translation>“{path}” cannot be read as a policy: the text is not UTF-8 (it looks like Latin-1/Windows-1252); save it as UTF-8 and import again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="75"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (invalid byte {byte} at position {offset}); save it as UTF-8 and import again.</source>
        <translation>“{path}” cannot be read as a policy: the text is not UTF-8 (invalid byte {byte} at position {offset}); save it as UTF-8 and import again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="79"/>
        <source>“{path}” cannot be read as a policy: the web page has no text.</source>
        <translation>“{path}” cannot be read as a policy: the web page has no text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="85"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} declares a DTD).</source>
        <translation>“{path}” cannot be read: the Word document is unsafe or damaged ({part} declares a DTD).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="89"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is not valid XML).</source>
        <translation>“{path}” cannot be read: the Word document is damaged ({part} is not valid XML).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="92"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is empty).</source>
        <translation>“{path}” cannot be read: the Word document is damaged ({part} is empty).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="94"/>
        <source>“{path}” cannot be read: this Word document is password-protected; remove the password in Word (File &gt; Info &gt; Protect Document) and import again.</source>
        <translation>“{path}” cannot be read: this Word document is password-protected; remove the password in Word (File &gt; Info &gt; Protect Document) and import again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="98"/>
        <source>“{path}” cannot be read: this is a legacy Word .doc file; save it as .docx (Word 2007 or later) first.</source>
        <translation>“{path}” cannot be read: this is a legacy Word .doc file; save it as .docx (Word 2007 or later) first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="102"/>
        <source>“{path}” cannot be read: this is a legacy Office file, not a .docx; save it as .docx first.</source>
        <translation>“{path}” cannot be read: this is a legacy Office file, not a .docx; save it as .docx first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="81"/>
        <source>“{path}” cannot be read as a policy: the web page is nested more than {depth} levels deep.</source>
        <translation>“{path}” cannot be read as a policy: the web page is nested more than {depth} levels deep.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="106"/>
        <source>“{path}” cannot be read: the Word document is {size}; the limit is {limit}.</source>
        <translation>“{path}” cannot be read: the Word document is {size}; the limit is {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="109"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} inflates beyond {limit}).</source>
        <translation>“{path}” cannot be read: the Word document is unsafe or damaged ({part} inflates beyond {limit}).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="113"/>
        <source>“{path}” cannot be read: this is a ZIP file but not a Word document (no {part}).</source>
        <translation>“{path}” cannot be read: this is a ZIP file but not a Word document (no {part}).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="116"/>
        <source>“{path}” cannot be read: this is an RTF document, not a .docx; save it as .docx first.</source>
        <translation>“{path}” cannot be read: this is an RTF document, not a .docx; save it as .docx first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="120"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx): it is not a ZIP file.</source>
        <translation>“{path}” cannot be read: this is not a Word document (.docx): it is not a ZIP file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="123"/>
        <source>“{path}” cannot be read: the Word document is damaged (not a readable ZIP file).</source>
        <translation>“{path}” cannot be read: the Word document is damaged (not a readable ZIP file).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="126"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({count} parts).</source>
        <translation>“{path}” cannot be read: the Word document is unsafe or damaged ({count} parts).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="129"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx) or it uses an unsupported variant (Strict Open XML); save it as a normal .docx.</source>
        <translation>“{path}” cannot be read: this is not a Word document (.docx) or it uses an unsupported variant (Strict Open XML); save it as a normal .docx.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="133"/>
        <source>“{path}” cannot be read: the Word document is damaged (it has no body).</source>
        <translation>“{path}” cannot be read: the Word document is damaged (it has no body).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="135"/>
        <source>“{path}” cannot be read: the Word document contains no text.</source>
        <translation>“{path}” cannot be read: the Word document contains no text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="137"/>
        <source>“{path}” cannot be imported: unknown language “{language}”; use one of {choices}.</source>
        <translation>“{path}” cannot be imported: unknown language “{language}”; use one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="141"/>
        <source>no title found; the title is empty</source>
        <translation>no title found; the title is empty</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="142"/>
        <source>no section headings found; the whole text is in the preamble</source>
        <translation>no section headings found; the whole text is in the preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="144"/>
        <source>heading “{heading}” is numbered {written} in the source and becomes {derived} (numbers follow position)</source>
        <translation>heading “{heading}” is numbered {written} in the source and becomes {derived} (numbers follow position)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="148"/>
        <source>line {line} looks like heading {number} but does not follow {previous}; kept as text</source>
        <translation>line {line} looks like heading {number} but does not follow {previous}; kept as text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="151"/>
        <source>line {line} looks like heading {number} but cannot be the first heading; kept as text</source>
        <translation>line {line} looks like heading {number} but cannot be the first heading; kept as text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="155"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="156"/>
        <source>{count} tracked change(s) in the Word document were taken as accepted</source>
        <translation>{count} tracked change(s) in the Word document were taken as accepted</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="158"/>
        <source>{count} image(s) or drawing(s) were not imported</source>
        <translation>{count} image(s) or drawing(s) were not imported</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="160"/>
        <source>{count} footnote(s) or endnote(s) were kept as numbered notes after their paragraphs</source>
        <translation>{count} footnote(s) or endnote(s) were kept as numbered notes after their paragraphs</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="163"/>
        <source>{count} Word comment(s) kept as review comments on their sections</source>
        <translation>{count} Word comment(s) kept as review comments on their sections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="165"/>
        <source>{count} comment(s) on the title or preamble were put on the first section</source>
        <translation>{count} comment(s) on the title or preamble were put on the first section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="167"/>
        <source>{count} comment(s) were dropped: the document has no sections</source>
        <translation>{count} comment(s) were dropped: the document has no sections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="169"/>
        <source>the file is not UTF-8; decoded as {encoding}</source>
        <translation>the file is not UTF-8; decoded as {encoding}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="171"/>
        <source>{count} image(s) left out; only text is imported</source>
        <translation>{count} image(s) left out; only text is imported</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="174"/>
        <source>“{path}” is not a PolicyEditor workspace: there is no such file.</source>
        <translation>“{path}” is not a PolicyEditor workspace: there is no such file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="176"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a folder.</source>
        <translation>“{path}” is not a PolicyEditor workspace: it is a folder.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="178"/>
        <source>“{path}” is not a PolicyEditor workspace: the file is empty.</source>
        <translation>“{path}” is not a PolicyEditor workspace: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="180"/>
        <source>“{path}” is not a PolicyEditor workspace.</source>
        <translation>“{path}” is not a PolicyEditor workspace.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="181"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a database of another program.</source>
        <translation>“{path}” is not a PolicyEditor workspace: it is a database of another program.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="184"/>
        <source>“{path}” cannot be opened: you do not have permission to read it.</source>
        <translation>“{path}” cannot be opened: you do not have permission to read it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="186"/>
        <source>“{path}” cannot be opened: the file cannot be read.</source>
        <translation>“{path}” cannot be opened: the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="188"/>
        <source>“{path}” is damaged and cannot be used. The file was not changed.</source>
        <translation>“{path}” is damaged and cannot be used. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="190"/>
        <source>“{path}” was written by a newer PolicyEditor (format {found}; this version reads up to {supported}). Please update this program.</source>
        <translation>“{path}” was written by a newer PolicyEditor (format {found}; this version reads up to {supported}). Please update this program.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="194"/>
        <source>“{path}” already exists. Choose another name.</source>
        <translation>“{path}” already exists. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="196"/>
        <source>“{path}” is already open for editing in another PolicyEditor window ({who}, process {pid}). Close it there first, or open a copy of the file.</source>
        <translation>“{path}” is already open for editing in another PolicyEditor window ({who}, process {pid}). Close it there first, or open a copy of the file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="200"/>
        <source>“{path}” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>“{path}” is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="202"/>
        <source>“{path}” is open read-only; nothing was changed.</source>
        <translation>“{path}” is open read-only; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="204"/>
        <source>“{path}” could not be written; nothing was changed.</source>
        <translation>“{path}” could not be written; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="206"/>
        <source>The workspace “{path}” refused the change; nothing was changed.</source>
        <translation>The workspace “{path}” refused the change; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="208"/>
        <source>“{path}” could not be created; nothing was written.</source>
        <translation>“{path}” could not be created; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="210"/>
        <source>A workspace cannot be created in the folder “{path}”.</source>
        <translation>A workspace cannot be created in the folder “{path}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="212"/>
        <source>“{path}” cannot be created: the folder does not exist.</source>
        <translation>“{path}” cannot be created: the folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="215"/>
        <source>There is no version labelled “{label}”.</source>
        <translation>There is no version labelled “{label}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="216"/>
        <source>A version labelled “{label}” already exists. Choose another label.</source>
        <translation>A version labelled “{label}” already exists. Choose another label.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="218"/>
        <source>“{label}” cannot be a version label: it must be non-empty and on one line.</source>
        <translation>“{label}” cannot be a version label: it must be non-empty and on one line.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="220"/>
        <source>Version “{label}” is published and can no longer change.</source>
        <translation>Version “{label}” is published and can no longer change.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="222"/>
        <source>Version “{label}” is already approved.</source>
        <translation>Version “{label}” is already approved.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="224"/>
        <source>Version “{label}” cannot be changed.</source>
        <translation>Version “{label}” cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="225"/>
        <source>Version “{label}” was not published: {count} high-severity flag(s) raised since the last published version are not acknowledged; acknowledge them or give a reason.</source>
        <translation>Version “{label}” was not published: {count} high-severity flag(s) raised since the last published version are not acknowledged; acknowledge them or give a reason.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="229"/>
        <source>This version is read-only; it cannot be edited.</source>
        <translation>This version is read-only; it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="232"/>
        <source>The bundled font {name} could not be loaded.</source>
        <translation>The bundled font {name} could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="233"/>
        <source>Unknown page size “{name}” (use A4 or Letter).</source>
        <translation>Unknown page size “{name}” (use A4 or Letter).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="235"/>
        <source>The PDF file could not be opened for writing.</source>
        <translation>The PDF file could not be opened for writing.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="237"/>
        <source>The PDF writer could not start a new page.</source>
        <translation>The PDF writer could not start a new page.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="238"/>
        <source>The PDF file could not be completed.</source>
        <translation>The PDF file could not be completed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="239"/>
        <source>Nothing to write: the document is empty.</source>
        <translation>Nothing to write: the document is empty.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="241"/>
        <source>The rule file “{location}” cannot be used: {detail}</source>
        <translation>The rule file “{location}” cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="243"/>
        <source>The rule file “{path}” cannot be read: {detail}</source>
        <translation>The rule file “{path}” cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="245"/>
        <source>Significance flags: the {detector} check failed; its flags are missing.</source>
        <translation>Significance flags: the {detector} check failed; its flags are missing.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="248"/>
        <source>The spelling dictionary for “{language}” is not installed; reinstall PolicyEditor to get it.</source>
        <translation>The spelling dictionary for “{language}” is not installed; reinstall PolicyEditor to get it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="253"/>
        <source>{detail} (see &apos;{command} --help&apos;)</source>
        <translation>{detail} (see &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="254"/>
        <source>{format} output needs a file name: -o OUT{extension}</source>
        <translation>{format} output needs a file name: -o OUT{extension}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="256"/>
        <source>--label must not be empty</source>
        <translation>--label must not be empty</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="264"/>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="265"/>
        <location filename="../../policyeditor/app/services/errors.py" line="266"/>
        <source>you do not have permission to write there</source>
        <translation>you do not have permission to write there</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="267"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="268"/>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="269"/>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="270"/>
        <source>the disk reported a read or write error</source>
        <translation>the disk reported a read or write error</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="272"/>
        <source>“{name}” could not be written in {folder}: {reason}.</source>
        <translation>“{name}” could not be written in {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="273"/>
        <source>The file could not be written: {reason}.</source>
        <translation>The file could not be written: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="99"/>
        <source>Export Version %1</source>
        <translation>Export Version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="101"/>
        <source>Export Draft</source>
        <translation>Export Draft</translation>
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
        <translation>&amp;Target file:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/dialog.py" line="152"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/dialog.py" line="153"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="68"/>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="72"/>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>Archival PDF (PDF/A-1b)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="76"/>
        <source>Author of the changes</source>
        <translation>Author of the changes</translation>
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
        <translation>Plain text</translation>
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
        <translation>Web page (HTML)</translation>
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
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="254"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>Word document with tracked changes (.docx)</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="91"/>
        <source>New policy</source>
        <translation>New policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="95"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="103"/>
        <source>Open Policy</source>
        <translation>Open Policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="119"/>
        <location filename="../../policyeditor/ui/files/commands.py" line="126"/>
        <location filename="../../policyeditor/gui.py" line="142"/>
        <source>Cannot Open</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="127"/>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="151"/>
        <source>Import Text</source>
        <translation>Import Text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="163"/>
        <location filename="../../policyeditor/ui/files/commands.py" line="169"/>
        <source>Cannot Import</source>
        <translation>Cannot Import</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="175"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="178"/>
        <source>Imported “%1”. Undo restores the previous draft.</source>
        <translation>Imported “%1”. Undo restores the previous draft.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="197"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="223"/>
        <source>Save Policy As</source>
        <translation>Save Policy As</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="235"/>
        <source>Cannot Save</source>
        <translation>Cannot Save</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="100"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="101"/>
        <source>Re&amp;place with:</source>
        <translation>Re&amp;place with:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="102"/>
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="103"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Whole words</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="104"/>
        <source>Find &amp;All</source>
        <translation>Find &amp;All</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="105"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="106"/>
        <source>Replace A&amp;ll</source>
        <translation>Replace A&amp;ll</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="107"/>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="109"/>
        <source>Replacement text</source>
        <translation>Replacement text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="111"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="161"/>
        <source>Preamble</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="163"/>
        <source>(heading)</source>
        <translation>(heading)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="173"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="178"/>
        <source>1 match</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="179"/>
        <source>%n matches</source>
        <translation>%n matches</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="204"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="221"/>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="226"/>
        <source>Replaced 1 occurrence</source>
        <translation>Replaced 1 occurrence</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/find_replace.py" line="227"/>
        <source>Replaced %n occurrences</source>
        <translation>Replaced %n occurrences</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="20"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="21"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="22"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="52"/>
        <source>Hi&amp;gh</source>
        <translation>Hi&amp;gh</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="53"/>
        <source>Me&amp;dium</source>
        <translation>Me&amp;dium</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="54"/>
        <source>&amp;Low</source>
        <translation>&amp;Low</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="30"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="31"/>
        <source>Transfers abroad</source>
        <translation>Transfers abroad</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="32"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="33"/>
        <source>Data collected</source>
        <translation>Data collected</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="34"/>
        <source>Negation</source>
        <translation>Negation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="35"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="36"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="37"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="38"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="39"/>
        <source>Automated decisions</source>
        <translation>Automated decisions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="40"/>
        <source>Obligation wording</source>
        <translation>Obligation wording</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="41"/>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="42"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="43"/>
        <source>Change notice</source>
        <translation>Change notice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="44"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="45"/>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flag_names.py" line="46"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="69"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="70"/>
        <source>Acknowledged (%1)</source>
        <translation>Acknowledged (%1)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="147"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="151"/>
        <source>Show or hide flags of this severity</source>
        <translation>Show or hide flags of this severity</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="153"/>
        <source>Needs &amp;review only</source>
        <translation>Needs &amp;review only</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="156"/>
        <source>Severity</source>
        <translation>Severity</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="159"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="160"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="161"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="164"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="166"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="168"/>
        <source>Wi&amp;thdraw Sign-off…</source>
        <translation>Wi&amp;thdraw Sign-off…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="193"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="270"/>
        <source>1 flag</source>
        <translation>1 flag</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="270"/>
        <source>%n flags</source>
        <translation>%n flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="271"/>
        <source>%1 shown</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="274"/>
        <source>1 needs review</source>
        <translation>1 needs review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="275"/>
        <source>%n need review</source>
        <translation>%n need review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="279"/>
        <source>1 of them high</source>
        <translation>1 of them high</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="280"/>
        <source>%n of them high</source>
        <translation>%n of them high</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="284"/>
        <source>%1, %2; %3, %4</source>
        <translation>%1, %2; %3, %4</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="323"/>
        <source>Select a flag to see its evidence.</source>
        <translation>Select a flag to see its evidence.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="329"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="332"/>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="339"/>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Acknowledged by %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="204"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="205"/>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="206"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="207"/>
        <source>Versio&amp;ns</source>
        <translation>Versio&amp;ns</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="208"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="213"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="214"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="215"/>
        <source>Find and Replace</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="216"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="217"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="221"/>
        <source>&amp;Find and Replace</source>
        <translation>&amp;Find and Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="224"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="227"/>
        <source>Export in progress</source>
        <translation>Export in progress</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="100"/>
        <source>Untitled policy</source>
        <translation>Untitled policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="101"/>
        <source>Title, preamble and details</source>
        <translation>Title, preamble and details</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="250"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/outline.py" line="252"/>
        <source>Sections of the policy with their numbers</source>
        <translation>Sections of the policy with their numbers</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../policyeditor/ui/editing/preview.py" line="73"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/preview.py" line="75"/>
        <source>The policy as it will be published</source>
        <translation>The policy as it will be published</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="17"/>
        <source>“{word}” is not in the {dictionary}.</source>
        <translation>“{word}” is not in the {dictionary}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="18"/>
        <source>“{reference}” points to section {number}, which does not exist.</source>
        <translation>“{reference}” points to section {number}, which does not exist.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="20"/>
        <source>“{reference}”: section {number} is headed “{heading}”, not “{quoted}”.</source>
        <translation>“{reference}”: section {number} is headed “{heading}”, not “{quoted}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="22"/>
        <source>The defined term “{term}” is written “{found}” here.</source>
        <translation>The defined term “{term}” is written “{found}” here.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="24"/>
        <source>“{term}” is defined but never used.</source>
        <translation>“{term}” is defined but never used.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="25"/>
        <source>“{term}” is written as a defined term but is never defined.</source>
        <translation>“{term}” is written as a defined term but is never defined.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="27"/>
        <source>The link “{label}” points to “#{anchor}”, which is not in the document.</source>
        <translation>The link “{label}” points to “#{anchor}”, which is not in the document.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="29"/>
        <source>Section {number} has no text.</source>
        <translation>Section {number} has no text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="30"/>
        <source>Section {number} has no heading.</source>
        <translation>Section {number} has no heading.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="33"/>
        <source>Swedish dictionary</source>
        <translation>Swedish dictionary</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="34"/>
        <source>English dictionary</source>
        <translation>English dictionary</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="37"/>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="38"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="39"/>
        <source>Defined term</source>
        <translation>Defined term</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="40"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/messages.py" line="41"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="54"/>
        <source>Preamble</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="74"/>
        <source>Loading the dictionaries…</source>
        <translation>Loading the dictionaries…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="76"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="79"/>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="80"/>
        <source>%n problems</source>
        <translation>%n problems</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="86"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="87"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/problems_panel.py" line="88"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="207"/>
        <source>(no suggestions)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="210"/>
        <source>Ignore “%1”</source>
        <translation>Ignore “%1”</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="214"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Add “%1” to Dictionary</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/commands.py" line="234"/>
        <source>Remove “%1” from Dictionary</source>
        <translation>Remove “%1” from Dictionary</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="47"/>
        <source>References in 1 section point to sections that now have other numbers. Update them?</source>
        <translation>References in 1 section point to sections that now have other numbers. Update them?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="49"/>
        <source>References in %n sections point to sections that now have other numbers. Update them?</source>
        <translation>References in %n sections point to sections that now have other numbers. Update them?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="53"/>
        <source>Update References</source>
        <translation>Update References</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="54"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/checking/renumbering.py" line="57"/>
        <source>Update references</source>
        <translation>Update references</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="70"/>
        <source>Publish Version</source>
        <translation>Publish Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="76"/>
        <source>Publish version “%1”? A published version can never be changed.</source>
        <translation>Publish version “%1”? A published version can never be changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="86"/>
        <source>This version says it was last changed on %1. To publish today&apos;s date, cancel, save a new version with “Set ‘last changed’ to today” and publish that.</source>
        <translation>This version says it was last changed on %1. To publish today&apos;s date, cancel, save a new version with “Set ‘last changed’ to today” and publish that.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="103"/>
        <source>&amp;Published by:</source>
        <translation>&amp;Published by:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="110"/>
        <source>Publishing is blocked: 1 high-severity flag raised since the last published version needs review.</source>
        <translation>Publishing is blocked: 1 high-severity flag raised since the last published version needs review.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="116"/>
        <source>Publishing is blocked: %n high-severity flags raised since the last published version need review.</source>
        <translation>Publishing is blocked: %n high-severity flags raised since the last published version need review.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="126"/>
        <source>Acknowledge them in the review first, or give a reason to publish anyway. The reason is recorded in the history.</source>
        <translation>Acknowledge them in the review first, or give a reason to publish anyway. The reason is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="135"/>
        <source>&amp;Reason to publish anyway:</source>
        <translation>&amp;Reason to publish anyway:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="140"/>
        <source>No unreviewed high-severity flags since the last published version.</source>
        <translation>No unreviewed high-severity flags since the last published version.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="192"/>
        <source>This version has a release notice (“What has changed”).</source>
        <translation>This version has a release notice (“What has changed”).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="196"/>
        <source>This version has no release notice yet.</source>
        <translation>This version has no release notice yet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="153"/>
        <source>Release &amp;Notice…</source>
        <translation>Release &amp;Notice…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="158"/>
        <source>Re&amp;view Flags…</source>
        <translation>Re&amp;view Flags…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="174"/>
        <source>Publish Despite Open Flags</source>
        <translation>Publish Despite Open Flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="176"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>ReleaseNotice</name>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="39"/>
        <source>Release Notice for Version %1</source>
        <translation>Release Notice for Version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="45"/>
        <source>Shown as “What has changed” at the top of the published page. Written in the policy&apos;s language; Markdown is allowed.</source>
        <translation>Shown as “What has changed” at the top of the published page. Written in the policy&apos;s language; Markdown is allowed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="51"/>
        <source>This version is published; its release notice can no longer change.</source>
        <translation>This version is published; its release notice can no longer change.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="64"/>
        <source>Release notice</source>
        <translation>Release notice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_notice.py" line="67"/>
        <source>&amp;Draft from Changes</source>
        <translation>&amp;Draft from Changes</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="158"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="178"/>
        <source>Cannot Record Sign-off</source>
        <translation>Cannot Record Sign-off</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="198"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="234"/>
        <source>Cannot Publish</source>
        <translation>Cannot Publish</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="205"/>
        <source>Already Published</source>
        <translation>Already Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="206"/>
        <source>Version %1 is published and can no longer change.</source>
        <translation>Version %1 is published and can no longer change.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="232"/>
        <source>Not Published</source>
        <translation>Not Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="243"/>
        <source>Published version %1</source>
        <translation>Published version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="282"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="296"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="311"/>
        <source>Release Notice</source>
        <translation>Release Notice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="283"/>
        <source>A release notice belongs to a saved version. Save the draft as a version first.</source>
        <translation>A release notice belongs to a saved version. Save the draft as a version first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="316"/>
        <source>Release notice of version %1 saved</source>
        <translation>Release notice of version %1 saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="160"/>
        <source>Export Redline</source>
        <translation>Export Redline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="133"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="142"/>
        <source>Export Published Version</source>
        <translation>Export Published Version</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="188"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="189"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="190"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="191"/>
        <source>Last &amp;changed:</source>
        <translation>Last &amp;changed:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="192"/>
        <source>&amp;Preamble (Markdown):</source>
        <translation>&amp;Preamble (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="196"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="197"/>
        <source>&amp;Text (Markdown):</source>
        <translation>&amp;Text (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="199"/>
        <source>Policy title</source>
        <translation>Policy title</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="200"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="201"/>
        <source>Document language</source>
        <translation>Document language</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="202"/>
        <source>Last changed date</source>
        <translation>Last changed date</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="205"/>
        <source>Preamble</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="206"/>
        <source>Section heading</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="207"/>
        <source>Section text</source>
        <translation>Section text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="212"/>
        <source>Write the section text here. Markdown: - list, **bold**, *italic*.</source>
        <translation>Write the section text here. Markdown: - list, **bold**, *italic*.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="218"/>
        <source>Introductory text before section 1.</source>
        <translation>Introductory text before section 1.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/editing/section_editor.py" line="271"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="41"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="48"/>
        <source>Recorded with the versions you save</source>
        <translation>Recorded with the versions you save</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="71"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="72"/>
        <source>&amp;Author name:</source>
        <translation>&amp;Author name:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="73"/>
        <source>Editor &amp;font:</source>
        <translation>Editor &amp;font:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="77"/>
        <source>Auto&amp;save after:</source>
        <translation>Auto&amp;save after:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="80"/>
        <source>User interface language</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="83"/>
        <source>Author name</source>
        <translation>Author name</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="86"/>
        <source>Editor font</source>
        <translation>Editor font</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="89"/>
        <source>Editor font size</source>
        <translation>Editor font size</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/settings_dialog.py" line="92"/>
        <source>Autosave delay in seconds</source>
        <translation>Autosave delay in seconds</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="42"/>
        <source>Withdraw Sign-off</source>
        <translation>Withdraw Sign-off</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="43"/>
        <source>Acknowledge Flag</source>
        <translation>Acknowledge Flag</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="46"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="64"/>
        <source>Why is the sign-off withdrawn? (required)</source>
        <translation>Why is the sign-off withdrawn? (required)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="65"/>
        <source>Why is this change acceptable? (required)</source>
        <translation>Why is this change acceptable? (required)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="68"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="70"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="72"/>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="73"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="75"/>
        <source>Your name, the time and the reason are stored in the workspace, next to the sign-off. The flag needs review again.</source>
        <translation>Your name, the time and the reason are stored in the workspace, next to the sign-off. The flag needs review again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="79"/>
        <source>Your name, the time and the section as it reads now are stored in the workspace. If the section changes again, the flag needs review again.</source>
        <translation>Your name, the time and the section as it reads now are stored in the workspace. If the section changes again, the flag needs review again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="90"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/signoff_dialog.py" line="91"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="84"/>
        <source>Save the Document First</source>
        <translation>Save the Document First</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="85"/>
        <source>Versions are kept in a workspace file. Choose where to save it.</source>
        <translation>Versions are kept in a workspace file. Choose where to save it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="116"/>
        <source>Cannot Save Version</source>
        <translation>Cannot Save Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="125"/>
        <source>Saved version %1</source>
        <translation>Saved version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="140"/>
        <source>Cannot Open Version</source>
        <translation>Cannot Open Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="163"/>
        <source>Replace the draft with version %1? You can undo this.</source>
        <translation>Replace the draft with version %1? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="168"/>
        <source>Restore Version</source>
        <translation>Restore Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="170"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="175"/>
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="180"/>
        <source>Draft restored from version %1</source>
        <translation>Draft restored from version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="170"/>
        <source>An export is still running.</source>
        <translation>An export is still running.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="187"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="196"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="209"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="210"/>
        <source>The file was not written.</source>
        <translation>The file was not written.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="35"/>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="92"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="36"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="37"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="89"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="91"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="93"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="96"/>
        <source>Saved versions</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="141"/>
        <source>Save the document as a workspace file to keep versions.</source>
        <translation>Save the document as a workspace file to keep versions.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="147"/>
        <source>No versions yet. Save Version keeps the draft as it is now.</source>
        <translation>No versions yet. Save Version keeps the draft as it is now.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="160"/>
        <source>Published despite open flags by %1: %2</source>
        <translation>Published despite open flags by %1: %2</translation>
    </message>
</context>
</TS>
