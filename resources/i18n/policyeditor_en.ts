<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="31" />
        <source>About PolicyEditor</source>
        <translation>About PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="37" />
        <source>Draft, version, compare and publish policies — offline.</source>
        <translation>Draft, version, compare and publish policies — offline.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="46" />
        <source>Built with Python %1, Qt %2 and PySide6 %3.</source>
        <translation>Built with Python %1, Qt %2 and PySide6 %3.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="51" />
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/about_dialog.py" line="52" />
        <source>This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>This program comes with ABSOLUTELY NO WARRANTY.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="22" />
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="25" />
        <source>Start a new, empty policy</source>
        <translation>Start a new, empty policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="28" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="31" />
        <source>Open a policy workspace or a text file</source>
        <translation>Open a policy workspace or a text file</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="34" />
        <source>&amp;Import Text…</source>
        <translation>&amp;Import Text…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="37" />
        <source>Import a revised Markdown or text file into this workspace</source>
        <translation>Import a revised Markdown or text file into this workspace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="40" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="43" />
        <source>Write the draft to its workspace now</source>
        <translation>Write the draft to its workspace now</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="46" />
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="49" />
        <source>Save the document as a new workspace file</source>
        <translation>Save the document as a new workspace file</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="52" />
        <source>Export Draft as &amp;HTML…</source>
        <translation>Export Draft as &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="55" />
        <source>Write the draft as a self-contained HTML file</source>
        <translation>Write the draft as a self-contained HTML file</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="58" />
        <source>Export Draft as &amp;PDF…</source>
        <translation>Export Draft as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="61" />
        <source>Write the draft as a PDF file</source>
        <translation>Write the draft as a PDF file</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="64" />
        <source>&amp;Close Window</source>
        <translation>&amp;Close Window</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="67" />
        <source>Close this window</source>
        <translation>Close this window</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="70" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="73" />
        <source>Quit PolicyEditor</source>
        <translation>Quit PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="76" />
        <location filename="../../policyeditor/ui/controller.py" line="210" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="79" />
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="82" />
        <location filename="../../policyeditor/ui/controller.py" line="215" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="85" />
        <source>Redo the change you undid</source>
        <translation>Redo the change you undid</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="88" />
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Find and Replace…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="91" />
        <source>Search and replace across all sections</source>
        <translation>Search and replace across all sections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="94" />
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="97" />
        <source>Go to the next match</source>
        <translation>Go to the next match</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="100" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="103" />
        <source>Language, author name, font, autosave</source>
        <translation>Language, author name, font, autosave</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="106" />
        <source>&amp;Add Section</source>
        <translation>&amp;Add Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="109" />
        <source>Add a section after the current one</source>
        <translation>Add a section after the current one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="112" />
        <source>Add &amp;Subsection</source>
        <translation>Add &amp;Subsection</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="115" />
        <source>Add a subsection inside the current section</source>
        <translation>Add a subsection inside the current section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="118" />
        <source>&amp;Delete Section…</source>
        <translation>&amp;Delete Section…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="121" />
        <source>Delete the current section and its subsections</source>
        <translation>Delete the current section and its subsections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="124" />
        <source>&amp;Rename Section</source>
        <translation>&amp;Rename Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="127" />
        <source>Edit the current heading</source>
        <translation>Edit the current heading</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="130" />
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="133" />
        <source>Move the section before the previous one</source>
        <translation>Move the section before the previous one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="136" />
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="139" />
        <source>Move the section after the next one</source>
        <translation>Move the section after the next one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="142" />
        <source>&amp;Indent</source>
        <translation>&amp;Indent</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="145" />
        <source>Make the section a subsection of the one before</source>
        <translation>Make the section a subsection of the one before</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="148" />
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="151" />
        <source>Move the section one level up</source>
        <translation>Move the section one level up</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="154" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="157" />
        <source>Show or hide the preview</source>
        <translation>Show or hide the preview</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="160" />
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="163" />
        <source>Show or hide the versions panel</source>
        <translation>Show or hide the versions panel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="166" />
        <source>Save &amp;Version…</source>
        <translation>Save &amp;Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="169" />
        <source>Save the draft as a named version</source>
        <translation>Save the draft as a named version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="172" />
        <source>&amp;Open Version</source>
        <translation>&amp;Open Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="175" />
        <source>View the selected version read-only</source>
        <translation>View the selected version read-only</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="178" />
        <source>&amp;Restore into Draft</source>
        <translation>&amp;Restore into Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="181" />
        <source>Replace the draft with the selected version (undoable)</source>
        <translation>Replace the draft with the selected version (undoable)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="184" />
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publish Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="187" />
        <source>Mark the selected version as published</source>
        <translation>Mark the selected version as published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="190" />
        <source>Export Version as H&amp;TML…</source>
        <translation>Export Version as H&amp;TML…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="193" />
        <source>Write the selected version as HTML</source>
        <translation>Write the selected version as HTML</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="196" />
        <source>Export Version as P&amp;DF…</source>
        <translation>Export Version as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="199" />
        <source>Write the selected version as PDF</source>
        <translation>Write the selected version as PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="202" />
        <source>&amp;About PolicyEditor</source>
        <translation>&amp;About PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/actions.py" line="205" />
        <source>Version and licences</source>
        <translation>Version and licences</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="176" />
        <source>Unsaved policy</source>
        <translation>Unsaved policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="182" />
        <source>Untitled policy</source>
        <translation>Untitled policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="187" />
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="208" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="213" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="261" />
        <source>Section %1 of %2</source>
        <translation>Section %1 of %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="266" />
        <source>Title and preamble</source>
        <translation>Title and preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="272" />
        <source>%1 words here, %2 in total</source>
        <translation>%1 words here, %2 in total</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="283" />
        <source>Read-only version</source>
        <translation>Read-only version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="285" />
        <source>Not saved in a workspace yet</source>
        <translation>Not saved in a workspace yet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="287" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="289" />
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="292" />
        <source>Autosave failed</source>
        <translation>Autosave failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="294" />
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="341" />
        <source>Delete section %1 “%2”?</source>
        <translation>Delete section %1 “%2”?</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="347" />
        <source>Its subsection will be deleted too.</source>
        <translation>Its subsection will be deleted too.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="349" />
        <source>Its %n subsections will be deleted too.</source>
        <translation>Its %n subsections will be deleted too.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="353" />
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="356" />
        <source>Delete Section</source>
        <translation>Delete Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="358" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="32" />
        <location filename="../../policyeditor/ui/dialogs.py" line="43" />
        <source>Policy workspaces (*.policy)</source>
        <translation>Policy workspaces (*.policy)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="34" />
        <location filename="../../policyeditor/ui/dialogs.py" line="44" />
        <source>Text and Markdown (*.md *.markdown *.txt *.text)</source>
        <translation>Text and Markdown (*.md *.markdown *.txt *.text)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="40" />
        <source>Policies and text files (*.policy *.md *.markdown *.txt *.text)</source>
        <translation>Policies and text files (*.policy *.md *.markdown *.txt *.text)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="50" />
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="52" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="53" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="62" />
        <source>Save Version</source>
        <translation>Save Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="68" />
        <source>Version label</source>
        <translation>Version label</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="69" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="70" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="72" />
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="73" />
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="74" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="76" />
        <source>A saved version never changes. You can keep editing the draft.</source>
        <translation>A saved version never changes. You can keep editing the draft.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="115" />
        <source>Publish Version</source>
        <translation>Publish Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="116" />
        <source>Publish version “%1”? A published version can never be changed.</source>
        <translation>Publish version “%1”? A published version can never be changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="124" />
        <source>&amp;Published by:</source>
        <translation>&amp;Published by:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="133" />
        <source>&amp;Reason to publish anyway:</source>
        <translation>&amp;Reason to publish anyway:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="141" />
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="199" />
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="200" />
        <source>“%1” has changes that are not saved in a workspace file.</source>
        <translation>“%1” has changes that are not saved in a workspace file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/dialogs.py" line="203" />
        <source>Do you want to save them before closing?</source>
        <translation>Do you want to save them before closing?</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <location filename="../../policyeditor/app/session.py" line="179" />
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="186" />
        <source>Rename section</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="193" />
        <source>Edit preamble</source>
        <translation>Edit preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="198" />
        <source>Change title</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="203" />
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="210" />
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="217" />
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="218" />
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="236" />
        <source>Delete section</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="240" />
        <source>Move section</source>
        <translation>Move section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="251" />
        <source>Indent section</source>
        <translation>Indent section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="255" />
        <source>Outdent section</source>
        <translation>Outdent section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="259" />
        <source>Move section up</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="263" />
        <source>Move section down</source>
        <translation>Move section down</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="34" />
        <source>“%1” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>“%1” is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="40" />
        <source>“%1” is already open for editing in another PolicyEditor window (%2, process %3). Close it there first, or open a copy of the file.</source>
        <translation>“%1” is already open for editing in another PolicyEditor window (%2, process %3). Close it there first, or open a copy of the file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="50" />
        <source>“%1” is not a PolicyEditor workspace.</source>
        <translation>“%1” is not a PolicyEditor workspace.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="54" />
        <source>“%1” is damaged and cannot be opened. The file was not changed.</source>
        <translation>“%1” is damaged and cannot be opened. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="58" />
        <source>“%1” was written by a newer PolicyEditor. Please update this program.</source>
        <translation>“%1” was written by a newer PolicyEditor. Please update this program.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="63" />
        <source>“%1” cannot be read as a policy: %2</source>
        <translation>“%1” cannot be read as a policy: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="95" />
        <source>New policy</source>
        <translation>New policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="99" />
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="107" />
        <source>Open Policy</source>
        <translation>Open Policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="123" />
        <location filename="../../policyeditor/ui/file_commands.py" line="130" />
        <location filename="../../policyeditor/gui.py" line="113" />
        <source>Cannot Open</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="131" />
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="150" />
        <source>Import Text</source>
        <translation>Import Text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="162" />
        <location filename="../../policyeditor/ui/file_commands.py" line="168" />
        <source>Cannot Import</source>
        <translation>Cannot Import</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="174" />
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="177" />
        <source>Imported “%1”. Undo restores the previous draft.</source>
        <translation>Imported “%1”. Undo restores the previous draft.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="195" />
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="221" />
        <source>Save Policy As</source>
        <translation>Save Policy As</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/file_commands.py" line="234" />
        <source>Cannot Save</source>
        <translation>Cannot Save</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="91" />
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="92" />
        <source>Re&amp;place with:</source>
        <translation>Re&amp;place with:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="93" />
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="94" />
        <source>&amp;Whole words</source>
        <translation>&amp;Whole words</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="95" />
        <source>Find &amp;All</source>
        <translation>Find &amp;All</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="96" />
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="97" />
        <source>Replace A&amp;ll</source>
        <translation>Replace A&amp;ll</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="98" />
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="100" />
        <source>Replacement text</source>
        <translation>Replacement text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="102" />
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="147" />
        <source>Preamble</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="149" />
        <source>(heading)</source>
        <translation>(heading)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="159" />
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="164" />
        <source>1 match</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="165" />
        <source>%n matches</source>
        <translation>%n matches</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="190" />
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="207" />
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="212" />
        <source>Replaced 1 occurrence</source>
        <translation>Replaced 1 occurrence</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/find_replace.py" line="213" />
        <source>Replaced %n occurrences</source>
        <translation>Replaced %n occurrences</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="180" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="181" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="182" />
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="183" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="184" />
        <source>V&amp;ersions</source>
        <translation>V&amp;ersions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="185" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="189" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="190" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="191" />
        <source>Find and Replace</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="192" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="195" />
        <source>&amp;Find and Replace</source>
        <translation>&amp;Find and Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="198" />
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="201" />
        <source>Export in progress</source>
        <translation>Export in progress</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="95" />
        <source>Untitled policy</source>
        <translation>Untitled policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="96" />
        <source>Title, preamble and details</source>
        <translation>Title, preamble and details</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="243" />
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/outline.py" line="245" />
        <source>Sections of the policy with their numbers</source>
        <translation>Sections of the policy with their numbers</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../policyeditor/ui/preview.py" line="63" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/preview.py" line="65" />
        <source>The policy as it will be published</source>
        <translation>The policy as it will be published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/preview.py" line="83" />
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="185" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="186" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="187" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="188" />
        <source>Last &amp;changed:</source>
        <translation>Last &amp;changed:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="189" />
        <source>&amp;Preamble (Markdown):</source>
        <translation>&amp;Preamble (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="193" />
        <source>&amp;Heading:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="194" />
        <source>&amp;Text (Markdown):</source>
        <translation>&amp;Text (Markdown):</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="196" />
        <source>Policy title</source>
        <translation>Policy title</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="197" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="198" />
        <source>Document language</source>
        <translation>Document language</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="199" />
        <source>Last changed date</source>
        <translation>Last changed date</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="202" />
        <source>Preamble</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="203" />
        <source>Section heading</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="204" />
        <source>Section text</source>
        <translation>Section text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="209" />
        <source>Write the section text here. Markdown: - list, **bold**, *italic*.</source>
        <translation>Write the section text here. Markdown: - list, **bold**, *italic*.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="215" />
        <source>Introductory text before section 1.</source>
        <translation>Introductory text before section 1.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/section_editor.py" line="268" />
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="35" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="39" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="46" />
        <source>Recorded with the versions you save</source>
        <translation>Recorded with the versions you save</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="64" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="65" />
        <source>&amp;Author name:</source>
        <translation>&amp;Author name:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="66" />
        <source>Editor &amp;font:</source>
        <translation>Editor &amp;font:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="68" />
        <source>Auto&amp;save after:</source>
        <translation>Auto&amp;save after:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="71" />
        <source>User interface language</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="74" />
        <source>Author name</source>
        <translation>Author name</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="77" />
        <source>Editor font</source>
        <translation>Editor font</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="80" />
        <source>Editor font size</source>
        <translation>Editor font size</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings_dialog.py" line="83" />
        <source>Autosave delay in seconds</source>
        <translation>Autosave delay in seconds</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="59" />
        <source>Save the Document First</source>
        <translation>Save the Document First</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="60" />
        <source>Versions are kept in a workspace file. Choose where to save it.</source>
        <translation>Versions are kept in a workspace file. Choose where to save it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="83" />
        <source>Cannot Save Version</source>
        <translation>Cannot Save Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="92" />
        <source>Saved version %1</source>
        <translation>Saved version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="106" />
        <source>Cannot Open Version</source>
        <translation>Cannot Open Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="129" />
        <source>Replace the draft with version %1? You can undo this.</source>
        <translation>Replace the draft with version %1? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="134" />
        <source>Restore Version</source>
        <translation>Restore Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="136" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="141" />
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="146" />
        <source>Draft restored from version %1</source>
        <translation>Draft restored from version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="168" />
        <source>1 high-severity change since the last published version is not reviewed.</source>
        <translation>1 high-severity change since the last published version is not reviewed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="172" />
        <source>%n high-severity changes since the last published version are not reviewed.</source>
        <translation>%n high-severity changes since the last published version are not reviewed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="185" />
        <source>Not Published</source>
        <translation>Not Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="186" />
        <source>Give a reason to publish despite unreviewed changes.</source>
        <translation>Give a reason to publish despite unreviewed changes.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="196" />
        <source>Cannot Publish</source>
        <translation>Cannot Publish</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="203" />
        <source>Published version %1</source>
        <translation>Published version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="226" />
        <source>An export is still running.</source>
        <translation>An export is still running.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="234" />
        <source>Export as HTML</source>
        <translation>Export as HTML</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="236" />
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="249" />
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="273" />
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="282" />
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/version_commands.py" line="283" />
        <source>The file was not written.</source>
        <translation>The file was not written.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="30" />
        <location filename="../../policyeditor/ui/versions_panel.py" line="79" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="31" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="32" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="76" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="77" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="78" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="80" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="83" />
        <source>Saved versions</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="119" />
        <source>Save the document as a workspace file to keep versions.</source>
        <translation>Save the document as a workspace file to keep versions.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions_panel.py" line="125" />
        <source>No versions yet. Save Version keeps the draft as it is now.</source>
        <translation>No versions yet. Save Version keeps the draft as it is now.</translation>
    </message>
</context>
</TS>