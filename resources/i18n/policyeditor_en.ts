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
        <location filename="../../policyeditor/ui/settings/actions.py" line="25"/>
        <source>PolicyEditor &amp;User Guide</source>
        <translation>PolicyEditor &amp;User Guide</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="28"/>
        <source>How to write, review, publish and print (offline)</source>
        <translation>How to write, review, publish and print (offline)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="32"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="35"/>
        <source>Every keyboard shortcut of the editor</source>
        <translation>Every keyboard shortcut of the editor</translation>
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
        <location filename="../../policyeditor/ui/versions/actions.py" line="21"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="24"/>
        <source>Show or hide the versions panel</source>
        <translation>Show or hide the versions panel</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="29"/>
        <source>Save &amp;Version…</source>
        <translation>Save &amp;Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="32"/>
        <source>Save the draft as a named version</source>
        <translation>Save the draft as a named version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="36"/>
        <source>&amp;Open Version</source>
        <translation>&amp;Open Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="39"/>
        <source>View the selected version read-only</source>
        <translation>View the selected version read-only</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="43"/>
        <source>&amp;Restore into Draft</source>
        <translation>&amp;Restore into Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="46"/>
        <source>Replace the draft with the selected version (undoable)</source>
        <translation>Replace the draft with the selected version (undoable)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="52"/>
        <source>&amp;Approve Version…</source>
        <translation>&amp;Approve Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="55"/>
        <source>Record that the selected version was reviewed</source>
        <translation>Record that the selected version was reviewed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="59"/>
        <source>Release &amp;Settings…</source>
        <translation>Release &amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/actions.py" line="62"/>
        <source>Who must approve before publishing, and when the policy is next to be reviewed</source>
        <translation>Who must approve before publishing, and when the policy is next to be reviewed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="57"/>
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publish Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="60"/>
        <source>Mark the selected version as published</source>
        <translation>Mark the selected version as published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="22"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="25"/>
        <source>Compare two versions or the draft and review the changes</source>
        <translation>Compare two versions or the draft and review the changes</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="31"/>
        <source>&amp;Flags</source>
        <translation>&amp;Flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="34"/>
        <source>Flags raised since the last published version</source>
        <translation>Flags raised since the last published version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="38"/>
        <source>&amp;Import Revision…</source>
        <translation>&amp;Import Revision…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="41"/>
        <source>Import a revised text into the draft and compare it with the last published version</source>
        <translation>Import a revised text into the draft and compare it with the last published version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="48"/>
        <source>Release &amp;Notice…</source>
        <translation>Release &amp;Notice…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="51"/>
        <source>Edit the “What has changed” text of the selected version</source>
        <translation>Edit the “What has changed” text of the selected version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="85"/>
        <source>&amp;Accept Change</source>
        <translation>&amp;Accept Change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="88"/>
        <source>Accept the selected change and go to the next one</source>
        <translation>Accept the selected change and go to the next one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="92"/>
        <source>&amp;Reject Change</source>
        <translation>&amp;Reject Change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="95"/>
        <source>Reject the selected change and go to the next one</source>
        <translation>Reject the selected change and go to the next one</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="99"/>
        <source>Accept All in &amp;Section</source>
        <translation>Accept All in &amp;Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="102"/>
        <source>Accept every change in the selected change&apos;s section</source>
        <translation>Accept every change in the selected change&apos;s section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="106"/>
        <source>Reject All in S&amp;ection</source>
        <translation>Reject All in S&amp;ection</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="109"/>
        <source>Reject every change in the selected change&apos;s section</source>
        <translation>Reject every change in the selected change&apos;s section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="113"/>
        <source>Accept A&amp;ll Changes</source>
        <translation>Accept A&amp;ll Changes</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="116"/>
        <source>Accept every change of this comparison</source>
        <translation>Accept every change of this comparison</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="120"/>
        <source>Reject All C&amp;hanges</source>
        <translation>Reject All C&amp;hanges</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="123"/>
        <source>Reject every change of this comparison</source>
        <translation>Reject every change of this comparison</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="127"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Next Change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="130"/>
        <source>Select and show the next change</source>
        <translation>Select and show the next change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="134"/>
        <source>&amp;Previous Change</source>
        <translation>&amp;Previous Change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="137"/>
        <source>Select and show the previous change</source>
        <translation>Select and show the previous change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="141"/>
        <source>Appl&amp;y to Draft</source>
        <translation>Appl&amp;y to Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/actions.py" line="144"/>
        <source>Make the draft from the decisions, as one step that Undo takes back</source>
        <translation>Make the draft from the decisions, as one step that Undo takes back</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="39"/>
        <source>&amp;About PolicyEditor</source>
        <translation>&amp;About PolicyEditor</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/actions.py" line="42"/>
        <source>Version and licences</source>
        <translation>Version and licences</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="24"/>
        <source>E&amp;xport Draft…</source>
        <translation>E&amp;xport Draft…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="27"/>
        <source>Write the draft to a file in a format of your choice</source>
        <translation>Write the draft to a file in a format of your choice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="31"/>
        <source>&amp;Export Version…</source>
        <translation>&amp;Export Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="34"/>
        <source>Write the selected version to a file in a format of your choice</source>
        <translation>Write the selected version to a file in a format of your choice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="40"/>
        <source>Export &amp;Published Version…</source>
        <translation>Export &amp;Published Version…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="43"/>
        <source>Write the published version, with its release notice, to a file in a format of your choice</source>
        <translation>Write the published version, with its release notice, to a file in a format of your choice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="50"/>
        <source>Evidence Pac&amp;k…</source>
        <translation>Evidence Pac&amp;k…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="53"/>
        <source>Write one PDF for an auditor about the published version: its text, fingerprint, approvals, flags, override reason and timeline</source>
        <translation>Write one PDF for an auditor about the published version: its text, fingerprint, approvals, flags, override reason and timeline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="61"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="64"/>
        <source>Print the document with the same pages as its PDF</source>
        <translation>Print the document with the same pages as its PDF</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="68"/>
        <source>Print Pre&amp;view</source>
        <translation>Print Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/actions.py" line="71"/>
        <source>Show the printed pages before printing</source>
        <translation>Show the printed pages before printing</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="21"/>
        <source>New Co&amp;mment…</source>
        <translation>New Co&amp;mment…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="24"/>
        <source>Comment on the selected words</source>
        <translation>Comment on the selected words</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="28"/>
        <source>C&amp;omments</source>
        <translation>C&amp;omments</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/actions.py" line="31"/>
        <source>Show or hide the comments panel</source>
        <translation>Show or hide the comments panel</translation>
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
    <name>ApproveDialog</name>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="34"/>
        <source>Approve Version</source>
        <translation>Approve Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="36"/>
        <source>Record that version %1 (saved by %2) was reviewed.</source>
        <translation>Record that version %1 (saved by %2) was reviewed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="45"/>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="46"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="48"/>
        <source>Publishing needs an approval by someone other than the author</source>
        <translation>Publishing needs an approval by someone other than the author</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="55"/>
        <source>&amp;Approver:</source>
        <translation>&amp;Approver:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/approve_dialog.py" line="56"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>CommentCommands</name>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="70"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="146"/>
        <source>New Comment</source>
        <translation>New Comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="147"/>
        <source>Select the words to comment on in a section&apos;s text first.</source>
        <translation>Select the words to comment on in a section&apos;s text first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="157"/>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="161"/>
        <source>The draft no longer has these words: the comment is on the section.</source>
        <translation>The draft no longer has these words: the comment is on the section.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="190"/>
        <source>Reply to comment</source>
        <translation>Reply to comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="195"/>
        <source>Resolve comment</source>
        <translation>Resolve comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="196"/>
        <source>Reopen comment</source>
        <translation>Reopen comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/commands.py" line="201"/>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="26"/>
        <source>Reply to Comment</source>
        <translation>Reply to Comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="27"/>
        <source>New Comment</source>
        <translation>New Comment</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="34"/>
        <source>On: “%1”</source>
        <translation>On: “%1”</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="38"/>
        <source>Comment text</source>
        <translation>Comment text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="40"/>
        <source>Write your reply…</source>
        <translation>Write your reply…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comment_dialog.py" line="41"/>
        <source>Write your comment…</source>
        <translation>Write your comment…</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="55"/>
        <source>Resolved</source>
        <extracomment>Item data: (section id, comment id) of a thread or reply row; None on a section row.</extracomment>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="57"/>
        <source>Words deleted</source>
        <translation>Words deleted</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="63"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="143"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="144"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="145"/>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="146"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="249"/>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/comments/comments_panel.py" line="251"/>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solve</translation>
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
        <source>Draft before import</source>
        <translation>Draft before import</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="38"/>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="39"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="40"/>
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
        <location filename="../../policyeditor/ui/review/compare_view.py" line="155"/>
        <source>Compare and Review</source>
        <translation>Compare and Review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="89"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="90"/>
        <source>&amp;with</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="91"/>
        <source>&amp;Inline</source>
        <translation>&amp;Inline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="92"/>
        <source>Side &amp;by side</source>
        <translation>Side &amp;by side</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="94"/>
        <source>Ignore &amp;formatting</source>
        <translation>Ignore &amp;formatting</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="96"/>
        <source>&amp;Collapse unchanged</source>
        <translation>&amp;Collapse unchanged</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="98"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_bar.py" line="97"/>
        <source>Release &amp;Notice…</source>
        <translation>Release &amp;Notice…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="159"/>
        <source>Old version</source>
        <translation>Old version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="160"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="162"/>
        <source>Changes marked inline</source>
        <translation>Changes marked inline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="208"/>
        <source>Old: %1</source>
        <translation>Old: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="213"/>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="234"/>
        <source>%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged</source>
        <translation>%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="244"/>
        <source>substantive</source>
        <translation>substantive</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="246"/>
        <source>editorial</source>
        <translation>editorial</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="249"/>
        <source>Assessment: %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="255"/>
        <source>1 high-severity flag needs review</source>
        <translation>1 high-severity flag needs review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="256"/>
        <source>%n high-severity flags need review</source>
        <translation>%n high-severity flags need review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/compare_view.py" line="260"/>
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
        <location filename="../../policyeditor/ui/controller.py" line="183"/>
        <source>Untitled policy</source>
        <translation>Untitled policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="188"/>
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
        <location filename="../../policyeditor/ui/controller.py" line="203"/>
        <source>Section %1 of %2</source>
        <translation>Section %1 of %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="208"/>
        <source>Title and preamble</source>
        <translation>Title and preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="214"/>
        <source>1 word here, %2 in total</source>
        <translation>1 word here, %2 in total</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="216"/>
        <source>%1 words here, %2 in total</source>
        <translation>%1 words here, %2 in total</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="229"/>
        <source>Read-only version</source>
        <translation>Read-only version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="231"/>
        <source>Not saved in a workspace yet</source>
        <translation>Not saved in a workspace yet</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="233"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="235"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="245"/>
        <source>Autosave failed</source>
        <translation>Autosave failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/controller.py" line="247"/>
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
    <name>DecideView</name>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="69"/>
        <source>Undo</source>
        <extracomment>Asks the user (title, question, yes-button text) and says whether to go on.</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="272"/>
        <source>Apply to Draft</source>
        <translation>Apply to Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="273"/>
        <source>The draft will be replaced by version %1 with your decisions applied. Undo brings the current draft back.</source>
        <translation>The draft will be replaced by version %1 with your decisions applied. Undo brings the current draft back.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="278"/>
        <source>Replace Draft</source>
        <translation>Replace Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/commands.py" line="291"/>
        <source>Apply Review Decisions</source>
        <translation>Apply Review Decisions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="77"/>
        <source>Pre&amp;vious Change</source>
        <translation>Pre&amp;vious Change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="78"/>
        <source>Next C&amp;hange</source>
        <translation>Next C&amp;hange</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="79"/>
        <source>Acce&amp;pt</source>
        <translation>Acce&amp;pt</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="80"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="82"/>
        <source>Appl&amp;y to Draft</source>
        <translation>Appl&amp;y to Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="83"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="91"/>
        <source>1 accepted</source>
        <translation>1 accepted</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="92"/>
        <source>%n accepted</source>
        <translation>%n accepted</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="93"/>
        <source>1 rejected</source>
        <translation>1 rejected</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="94"/>
        <source>%n rejected</source>
        <translation>%n rejected</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="95"/>
        <source>1 open</source>
        <translation>1 open</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/review_bar.py" line="96"/>
        <source>%n open</source>
        <translation>%n open</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="39"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="40"/>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="46"/>
        <source>%1 (as written)</source>
        <translation>%1 (as written)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="54"/>
        <source>Section added</source>
        <translation>Section added</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="56"/>
        <source>Section removed</source>
        <translation>Section removed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="58"/>
        <source>Moved from %1 to %2</source>
        <translation>Moved from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="61"/>
        <source>Language: %1 → %2</source>
        <translation>Language: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="72"/>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="74"/>
        <source>Heading: %1</source>
        <translation>Heading: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="81"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="83"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="111"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="112"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="114"/>
        <source>Changes to decide</source>
        <translation>Changes to decide</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/decide/change_tree.py" line="153"/>
        <source>Document</source>
        <translation>Document</translation>
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
        <location filename="../../policyeditor/app/session.py" line="204"/>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="211"/>
        <source>Rename section</source>
        <translation>Rename section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="218"/>
        <source>Edit preamble</source>
        <translation>Edit preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="223"/>
        <source>Change title</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="228"/>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="235"/>
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="242"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="243"/>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="261"/>
        <source>Delete section</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="265"/>
        <source>Move section</source>
        <translation>Move section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="276"/>
        <source>Indent section</source>
        <translation>Indent section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="280"/>
        <source>Outdent section</source>
        <translation>Outdent section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="284"/>
        <source>Move section up</source>
        <translation>Move section up</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/session.py" line="288"/>
        <source>Move section down</source>
        <translation>Move section down</translation>
    </message>
</context>
<context>
    <name>EditorApp</name>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="179"/>
        <source>Recovered unsaved work from the last session. Save it to keep it.</source>
        <translation>Recovered unsaved work from the last session. Save it to keep it.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="14"/>
        <source>“{path}” cannot be read as a policy: there is no such file.</source>
        <translation>“{path}” cannot be read as a policy: there is no such file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="16"/>
        <source>“{path}” cannot be read as a policy: this is a folder, not a file.</source>
        <translation>“{path}” cannot be read as a policy: this is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="18"/>
        <source>“{path}” cannot be read as a policy: this is not a valid file name.</source>
        <translation>“{path}” cannot be read as a policy: this is not a valid file name.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="20"/>
        <source>“{path}” cannot be read as a policy: this is not a regular file.</source>
        <translation>“{path}” cannot be read as a policy: this is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="22"/>
        <source>“{path}” cannot be read as a policy: you do not have permission to read it.</source>
        <translation>“{path}” cannot be read as a policy: you do not have permission to read it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="24"/>
        <source>“{path}” cannot be read as a policy: the file cannot be read.</source>
        <translation>“{path}” cannot be read as a policy: the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="26"/>
        <source>“{path}” cannot be read as a policy: the file is empty.</source>
        <translation>“{path}” cannot be read as a policy: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="28"/>
        <source>“{path}” cannot be read as a policy: the file contains only blank space.</source>
        <translation>“{path}” cannot be read as a policy: the file contains only blank space.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="30"/>
        <source>“{path}” cannot be read as a policy: the file is {size}; PolicyEditor imports texts up to {limit}.</source>
        <translation>“{path}” cannot be read as a policy: the file is {size}; PolicyEditor imports texts up to {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="34"/>
        <source>“{path}” cannot be read as a policy: this is not a text file (binary data).</source>
        <translation>“{path}” cannot be read as a policy: this is not a text file (binary data).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="36"/>
        <source>“{path}” cannot be read as a policy: this is a database (such as a .policy workspace), not a text file; open it as a workspace.</source>
        <translation>“{path}” cannot be read as a policy: this is a database (such as a .policy workspace), not a text file; open it as a workspace.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="40"/>
        <source>“{path}” cannot be read as a policy: this is a PDF file, not a text file; export it as plain text first.</source>
        <translation>“{path}” cannot be read as a policy: this is a PDF file, not a text file; export it as plain text first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="44"/>
        <source>“{path}” cannot be read as a policy: this is a ZIP-based file (such as a Word document), not a text file; save it as plain text or Markdown first.</source>
        <translation>“{path}” cannot be read as a policy: this is a ZIP-based file (such as a Word document), not a text file; save it as plain text or Markdown first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="48"/>
        <source>“{path}” cannot be read as a policy: this is an old Office document, not a text file.</source>
        <translation>“{path}” cannot be read as a policy: this is an old Office document, not a text file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="51"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (it looks like Latin-1/Windows-1252); save it as UTF-8 and import again.</source>
        <translation>“{path}” cannot be read as a policy: the text is not UTF-8 (it looks like Latin-1/Windows-1252); save it as UTF-8 and import again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="55"/>
        <source>“{path}” cannot be read as a policy: the text is not UTF-8 (invalid byte {byte} at position {offset}); save it as UTF-8 and import again.</source>
        <translation>“{path}” cannot be read as a policy: the text is not UTF-8 (invalid byte {byte} at position {offset}); save it as UTF-8 and import again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="59"/>
        <source>“{path}” cannot be read as a policy: the web page has no text.</source>
        <translation>“{path}” cannot be read as a policy: the web page has no text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="65"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} declares a DTD).</source>
        <translation>“{path}” cannot be read: the Word document is unsafe or damaged ({part} declares a DTD).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="69"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is not valid XML).</source>
        <translation>“{path}” cannot be read: the Word document is damaged ({part} is not valid XML).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="72"/>
        <source>“{path}” cannot be read: the Word document is damaged ({part} is empty).</source>
        <translation>“{path}” cannot be read: the Word document is damaged ({part} is empty).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="74"/>
        <source>“{path}” cannot be read: this Word document is password-protected; remove the password in Word (File &gt; Info &gt; Protect Document) and import again.</source>
        <translation>“{path}” cannot be read: this Word document is password-protected; remove the password in Word (File &gt; Info &gt; Protect Document) and import again.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="78"/>
        <source>“{path}” cannot be read: this is a legacy Word .doc file; save it as .docx (Word 2007 or later) first.</source>
        <translation>“{path}” cannot be read: this is a legacy Word .doc file; save it as .docx (Word 2007 or later) first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="82"/>
        <source>“{path}” cannot be read: this is a legacy Office file, not a .docx; save it as .docx first.</source>
        <translation>“{path}” cannot be read: this is a legacy Office file, not a .docx; save it as .docx first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="61"/>
        <source>“{path}” cannot be read as a policy: the web page is nested more than {depth} levels deep.</source>
        <translation>“{path}” cannot be read as a policy: the web page is nested more than {depth} levels deep.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="86"/>
        <source>“{path}” cannot be read: the Word document is {size}; the limit is {limit}.</source>
        <translation>“{path}” cannot be read: the Word document is {size}; the limit is {limit}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="88"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({part} inflates beyond {limit}).</source>
        <translation>“{path}” cannot be read: the Word document is unsafe or damaged ({part} inflates beyond {limit}).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="92"/>
        <source>“{path}” cannot be read: this is a ZIP file but not a Word document (no {part}).</source>
        <translation>“{path}” cannot be read: this is a ZIP file but not a Word document (no {part}).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="95"/>
        <source>“{path}” cannot be read: this is an RTF document, not a .docx; save it as .docx first.</source>
        <translation>“{path}” cannot be read: this is an RTF document, not a .docx; save it as .docx first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="99"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx): it is not a ZIP file.</source>
        <translation>“{path}” cannot be read: this is not a Word document (.docx): it is not a ZIP file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="102"/>
        <source>“{path}” cannot be read: the Word document is damaged (not a readable ZIP file).</source>
        <translation>“{path}” cannot be read: the Word document is damaged (not a readable ZIP file).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="105"/>
        <source>“{path}” cannot be read: the Word document is unsafe or damaged ({count} parts).</source>
        <translation>“{path}” cannot be read: the Word document is unsafe or damaged ({count} parts).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="108"/>
        <source>“{path}” cannot be read: this is not a Word document (.docx) or it uses an unsupported variant (Strict Open XML); save it as a normal .docx.</source>
        <translation>“{path}” cannot be read: this is not a Word document (.docx) or it uses an unsupported variant (Strict Open XML); save it as a normal .docx.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="112"/>
        <source>“{path}” cannot be read: the Word document is damaged (it has no body).</source>
        <translation>“{path}” cannot be read: the Word document is damaged (it has no body).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="114"/>
        <source>“{path}” cannot be read: the Word document contains no text.</source>
        <translation>“{path}” cannot be read: the Word document contains no text.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="116"/>
        <source>“{path}” cannot be imported: unknown language “{language}”; use one of {choices}.</source>
        <translation>“{path}” cannot be imported: unknown language “{language}”; use one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="120"/>
        <source>no title found; the title is empty</source>
        <translation>no title found; the title is empty</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="121"/>
        <source>no section headings found; the whole text is in the preamble</source>
        <translation>no section headings found; the whole text is in the preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="123"/>
        <source>heading “{heading}” is numbered {written} in the source and becomes {derived} (numbers follow position)</source>
        <translation>heading “{heading}” is numbered {written} in the source and becomes {derived} (numbers follow position)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="127"/>
        <source>line {line} looks like heading {number} but does not follow {previous}; kept as text</source>
        <translation>line {line} looks like heading {number} but does not follow {previous}; kept as text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="130"/>
        <source>line {line} looks like heading {number} but cannot be the first heading; kept as text</source>
        <translation>line {line} looks like heading {number} but cannot be the first heading; kept as text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="134"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="135"/>
        <source>{count} tracked change(s) in the Word document were taken as accepted</source>
        <translation>{count} tracked change(s) in the Word document were taken as accepted</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="137"/>
        <source>{count} image(s) or drawing(s) were not imported</source>
        <translation>{count} image(s) or drawing(s) were not imported</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="139"/>
        <source>{count} footnote(s) or endnote(s) were kept as numbered notes after their paragraphs</source>
        <translation>{count} footnote(s) or endnote(s) were kept as numbered notes after their paragraphs</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="142"/>
        <source>{count} Word comment(s) kept as review comments on their sections</source>
        <translation>{count} Word comment(s) kept as review comments on their sections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="144"/>
        <source>{count} comment(s) on the title or preamble were put on the first section</source>
        <translation>{count} comment(s) on the title or preamble were put on the first section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="146"/>
        <source>{count} comment(s) were dropped: the document has no sections</source>
        <translation>{count} comment(s) were dropped: the document has no sections</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="148"/>
        <source>the file is not UTF-8; decoded as {encoding}</source>
        <translation>the file is not UTF-8; decoded as {encoding}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="150"/>
        <source>{count} image(s) left out; only text is imported</source>
        <translation>{count} image(s) left out; only text is imported</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="153"/>
        <source>“{path}” is not a PolicyEditor workspace: there is no such file.</source>
        <translation>“{path}” is not a PolicyEditor workspace: there is no such file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="155"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a folder.</source>
        <translation>“{path}” is not a PolicyEditor workspace: it is a folder.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="157"/>
        <source>“{path}” is not a PolicyEditor workspace: the file is empty.</source>
        <translation>“{path}” is not a PolicyEditor workspace: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="159"/>
        <source>“{path}” is not a PolicyEditor workspace.</source>
        <translation>“{path}” is not a PolicyEditor workspace.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="160"/>
        <source>“{path}” is not a PolicyEditor workspace: it is a database of another program.</source>
        <translation>“{path}” is not a PolicyEditor workspace: it is a database of another program.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="162"/>
        <source>“{path}” cannot be opened: you do not have permission to read it.</source>
        <translation>“{path}” cannot be opened: you do not have permission to read it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="164"/>
        <source>“{path}” cannot be opened: the file cannot be read.</source>
        <translation>“{path}” cannot be opened: the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="166"/>
        <source>“{path}” is damaged and cannot be used. The file was not changed.</source>
        <translation>“{path}” is damaged and cannot be used. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="168"/>
        <source>“{path}” was written by a newer PolicyEditor (format {found}; this version reads up to {supported}). Please update this program.</source>
        <translation>“{path}” was written by a newer PolicyEditor (format {found}; this version reads up to {supported}). Please update this program.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="172"/>
        <source>“{path}” already exists. Choose another name.</source>
        <translation>“{path}” already exists. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="174"/>
        <source>“{path}” is already open for editing in another PolicyEditor window ({who}, process {pid}). Close it there first, or open a copy of the file.</source>
        <translation>“{path}” is already open for editing in another PolicyEditor window ({who}, process {pid}). Close it there first, or open a copy of the file.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="178"/>
        <source>“{path}” is busy: another program is writing to it. Try again in a moment.</source>
        <translation>“{path}” is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="180"/>
        <source>“{path}” is open read-only; nothing was changed.</source>
        <translation>“{path}” is open read-only; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="182"/>
        <source>“{path}” could not be written; nothing was changed.</source>
        <translation>“{path}” could not be written; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="184"/>
        <source>The workspace “{path}” refused the change; nothing was changed.</source>
        <translation>The workspace “{path}” refused the change; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="186"/>
        <source>“{path}” could not be created; nothing was written.</source>
        <translation>“{path}” could not be created; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="188"/>
        <source>A workspace cannot be created in the folder “{path}”.</source>
        <translation>A workspace cannot be created in the folder “{path}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="190"/>
        <source>“{path}” cannot be created: the folder does not exist.</source>
        <translation>“{path}” cannot be created: the folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="193"/>
        <source>There is no version labelled “{label}”.</source>
        <translation>There is no version labelled “{label}”.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="194"/>
        <source>A version labelled “{label}” already exists. Choose another label.</source>
        <translation>A version labelled “{label}” already exists. Choose another label.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="196"/>
        <source>“{label}” cannot be a version label: it must be non-empty and on one line.</source>
        <translation>“{label}” cannot be a version label: it must be non-empty and on one line.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="198"/>
        <source>Version “{label}” is published and can no longer change.</source>
        <translation>Version “{label}” is published and can no longer change.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="200"/>
        <source>Version “{label}” is already approved.</source>
        <translation>Version “{label}” is already approved.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="202"/>
        <source>Version “{label}” cannot be changed.</source>
        <translation>Version “{label}” cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="203"/>
        <source>Version “{label}” is not published; an evidence pack is made only for a published version.</source>
        <translation>Version “{label}” is not published; an evidence pack is made only for a published version.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="206"/>
        <source>Version “{label}” was not published: {count} high-severity flag(s) raised since the last published version are not acknowledged; acknowledge them or give a reason.</source>
        <translation>Version “{label}” was not published: {count} high-severity flag(s) raised since the last published version are not acknowledged; acknowledge them or give a reason.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="210"/>
        <source>Version “{label}” was not published: this workspace requires an approval by someone other than its author {author}; ask a colleague to approve it first.</source>
        <translation>Version “{label}” was not published: this workspace requires an approval by someone other than its author {author}; ask a colleague to approve it first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="214"/>
        <source>Version “{label}” was not approved: it was saved by {author}, and this workspace requires the approval of someone else, by name.</source>
        <translation>Version “{label}” was not approved: it was saved by {author}, and this workspace requires the approval of someone else, by name.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="218"/>
        <source>Version “{label}” was not published: nothing has been published yet, and {count} high-severity flag(s) raised since the previous saved version “{base}” are not acknowledged; acknowledge them or give a reason.</source>
        <translation>Version “{label}” was not published: nothing has been published yet, and {count} high-severity flag(s) raised since the previous saved version “{base}” are not acknowledged; acknowledge them or give a reason.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="223"/>
        <source>This version is read-only; it cannot be edited.</source>
        <translation>This version is read-only; it cannot be edited.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="226"/>
        <source>The bundled font {name} could not be loaded.</source>
        <translation>The bundled font {name} could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="227"/>
        <source>Unknown page size “{name}” (use A4 or Letter).</source>
        <translation>Unknown page size “{name}” (use A4 or Letter).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="228"/>
        <source>The PDF file could not be opened for writing.</source>
        <translation>The PDF file could not be opened for writing.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="229"/>
        <source>The PDF writer could not start a new page.</source>
        <translation>The PDF writer could not start a new page.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="230"/>
        <source>The PDF file could not be completed.</source>
        <translation>The PDF file could not be completed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="231"/>
        <source>Nothing to write: the document is empty.</source>
        <translation>Nothing to write: the document is empty.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="233"/>
        <source>The rule file “{location}” cannot be used: {detail}</source>
        <translation>The rule file “{location}” cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="235"/>
        <source>The rule file “{path}” cannot be read: {detail}</source>
        <translation>The rule file “{path}” cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="237"/>
        <source>Significance flags: the {detector} check failed; its flags are missing.</source>
        <translation>Significance flags: the {detector} check failed; its flags are missing.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="240"/>
        <source>The spelling dictionary for “{language}” is not installed; reinstall PolicyEditor to get it.</source>
        <translation>The spelling dictionary for “{language}” is not installed; reinstall PolicyEditor to get it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="245"/>
        <source>{detail} (see &apos;{command} --help&apos;)</source>
        <translation>{detail} (see &apos;{command} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="246"/>
        <source>{format} output needs a file name: -o OUT{extension}</source>
        <translation>{format} output needs a file name: -o OUT{extension}</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/error_texts.py" line="248"/>
        <source>--label must not be empty</source>
        <translation>--label must not be empty</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="38"/>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="39"/>
        <location filename="../../policyeditor/app/services/errors.py" line="40"/>
        <source>you do not have permission to write there</source>
        <translation>you do not have permission to write there</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="41"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="42"/>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="43"/>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="44"/>
        <source>the disk reported a read or write error</source>
        <translation>the disk reported a read or write error</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="46"/>
        <source>“{name}” could not be written in {folder}: {reason}.</source>
        <translation>“{name}” could not be written in {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/errors.py" line="47"/>
        <source>The file could not be written: {reason}.</source>
        <translation>The file could not be written: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="103"/>
        <source>Export Version %1</source>
        <translation>Export Version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="105"/>
        <source>Export Draft</source>
        <translation>Export Draft</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="159"/>
        <source>Evidence Pack of Version %1</source>
        <translation>Evidence Pack of Version %1</translation>
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
        <location filename="../../policyeditor/app/services/exporters.py" line="70"/>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="74"/>
        <source>Archival PDF (PDF/A-1b)</source>
        <translation>Archival PDF (PDF/A-1b)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="78"/>
        <source>Author of the changes</source>
        <translation>Author of the changes</translation>
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
        <translation>Plain text</translation>
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
        <translation>Web page (HTML)</translation>
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
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="265"/>
        <source>Word document with tracked changes (.docx)</source>
        <translation>Word document with tracked changes (.docx)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/app/services/exporters.py" line="277"/>
        <source>Evidence pack (PDF)</source>
        <translation>Evidence pack (PDF)</translation>
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
        <location filename="../../policyeditor/gui.py" line="121"/>
        <source>Cannot Open</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="127"/>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="198"/>
        <source>Import Text</source>
        <translation>Import Text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="210"/>
        <location filename="../../policyeditor/ui/files/commands.py" line="216"/>
        <source>Cannot Import</source>
        <translation>Cannot Import</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="222"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="225"/>
        <source>Imported “%1”. Undo restores the previous draft.</source>
        <translation>Imported “%1”. Undo restores the previous draft.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="244"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="270"/>
        <source>Save Policy As</source>
        <translation>Save Policy As</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/commands.py" line="282"/>
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
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="54"/>
        <source>Hi&amp;gh</source>
        <translation>Hi&amp;gh</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="55"/>
        <source>Me&amp;dium</source>
        <translation>Me&amp;dium</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="56"/>
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
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="71"/>
        <source>Also concerns: %1</source>
        <translation>Also concerns: %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="77"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="78"/>
        <source>Acknowledged (%1)</source>
        <translation>Acknowledged (%1)</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="155"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="159"/>
        <source>Show or hide flags of this severity</source>
        <translation>Show or hide flags of this severity</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="161"/>
        <source>Needs &amp;review only</source>
        <translation>Needs &amp;review only</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="164"/>
        <source>Severity</source>
        <translation>Severity</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="167"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="168"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="169"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="172"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="174"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="176"/>
        <source>Wi&amp;thdraw Sign-off…</source>
        <translation>Wi&amp;thdraw Sign-off…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="201"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="235"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="236"/>
        <source>Title and introduction</source>
        <translation>Title and introduction</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="298"/>
        <source>1 flag</source>
        <translation>1 flag</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="298"/>
        <source>%n flags</source>
        <translation>%n flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="299"/>
        <source>%1 shown</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="302"/>
        <source>1 needs review</source>
        <translation>1 needs review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="303"/>
        <source>%n need review</source>
        <translation>%n need review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="307"/>
        <source>1 of them high</source>
        <translation>1 of them high</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="308"/>
        <source>%n of them high</source>
        <translation>%n of them high</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="312"/>
        <source>%1, %2; %3, %4</source>
        <translation>%1, %2; %3, %4</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="360"/>
        <source>Select a flag to see its evidence.</source>
        <translation>Select a flag to see its evidence.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="368"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="371"/>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/flags_panel.py" line="378"/>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Acknowledged by %1 on %2: %3</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="101"/>
        <source>PolicyEditor User Guide</source>
        <translation>PolicyEditor User Guide</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="136"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="138"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/settings/help_windows.py" line="139"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="222"/>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="223"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="224"/>
        <source>Versio&amp;ns</source>
        <translation>Versio&amp;ns</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="225"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="230"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="231"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="232"/>
        <source>Find and Replace</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="233"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="234"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="238"/>
        <source>&amp;Find and Replace</source>
        <translation>&amp;Find and Replace</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="241"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/main_window.py" line="244"/>
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
    <name>PrintCommands</name>
    <message>
        <location filename="../../policyeditor/ui/export/printing.py" line="56"/>
        <source>Cannot Print</source>
        <translation>Cannot Print</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/printing.py" line="63"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/printing.py" line="70"/>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
</context>
<context>
    <name>Problems</name>
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
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="73"/>
        <source>Publish Version</source>
        <translation>Publish Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="79"/>
        <source>Publish version “%1”? A published version can never be changed.</source>
        <translation>Publish version “%1”? A published version can never be changed.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="89"/>
        <source>This version says it was last changed on %1. To publish today&apos;s date, cancel, save a new version with “Set ‘last changed’ to today” and publish that.</source>
        <translation>This version says it was last changed on %1. To publish today&apos;s date, cancel, save a new version with “Set ‘last changed’ to today” and publish that.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="106"/>
        <source>&amp;Published by:</source>
        <translation>&amp;Published by:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="113"/>
        <source>Publishing is blocked: nothing has been published yet, and %n high-severity flag(s) raised since the previous saved version “%1” need review.</source>
        <translation>Publishing is blocked: nothing has been published yet, and %n high-severity flag(s) raised since the previous saved version “%1” need review.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="121"/>
        <source>Publishing is blocked: 1 high-severity flag raised since the last published version needs review.</source>
        <translation>Publishing is blocked: 1 high-severity flag raised since the last published version needs review.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="127"/>
        <source>Publishing is blocked: %n high-severity flags raised since the last published version need review.</source>
        <translation>Publishing is blocked: %n high-severity flags raised since the last published version need review.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="137"/>
        <source>Acknowledge them in the review first, or give a reason to publish anyway. The reason is recorded in the history.</source>
        <translation>Acknowledge them in the review first, or give a reason to publish anyway. The reason is recorded in the history.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="146"/>
        <source>&amp;Reason to publish anyway:</source>
        <translation>&amp;Reason to publish anyway:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="151"/>
        <source>This is the workspace&apos;s first version: there is no earlier version to review it against.</source>
        <translation>This is the workspace&apos;s first version: there is no earlier version to review it against.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="160"/>
        <source>No unreviewed high-severity flags since the previous saved version “%1” (nothing has been published yet).</source>
        <translation>No unreviewed high-severity flags since the previous saved version “%1” (nothing has been published yet).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="166"/>
        <source>No unreviewed high-severity flags since the last published version.</source>
        <translation>No unreviewed high-severity flags since the last published version.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="218"/>
        <source>This version has a release notice (“What has changed”).</source>
        <translation>This version has a release notice (“What has changed”).</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="222"/>
        <source>This version has no release notice yet.</source>
        <translation>This version has no release notice yet.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="179"/>
        <source>Release &amp;Notice…</source>
        <translation>Release &amp;Notice…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="184"/>
        <source>Re&amp;view Flags…</source>
        <translation>Re&amp;view Flags…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="200"/>
        <source>Publish Despite Open Flags</source>
        <translation>Publish Despite Open Flags</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/publish_dialog.py" line="202"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="40"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="41"/>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="42"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="51"/>
        <source>the sample policy</source>
        <translation>the sample policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="54"/>
        <source>a new policy</source>
        <translation>a new policy</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="66"/>
        <source>Recover Unsaved Work</source>
        <translation>Recover Unsaved Work</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="73"/>
        <source>PolicyEditor was closed before “%1” (%2) was saved. The text autosaved at %3 can be restored. These sections differ from the saved text:</source>
        <translation>PolicyEditor was closed before “%1” (%2) was saved. The text autosaved at %3 can be restored. These sections differ from the saved text:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="86"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="86"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="94"/>
        <source>Title and preamble</source>
        <translation>Title and preamble</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="102"/>
        <source>Recovered text</source>
        <translation>Recovered text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="103"/>
        <source>Saved text</source>
        <translation>Saved text</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="105"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="106"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="107"/>
        <source>Decide &amp;Later</source>
        <translation>Decide &amp;Later</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/files/recovery_dialog.py" line="127"/>
        <source>The recovered text is the same as the saved text.</source>
        <translation>The recovered text is the same as the saved text.</translation>
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
    <name>ReleaseSettingsDialog</name>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="34"/>
        <source>Release Settings</source>
        <translation>Release Settings</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="36"/>
        <source>Publishing needs an approval by someone other than the author</source>
        <translation>Publishing needs an approval by someone other than the author</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="42"/>
        <source>&amp;Next review by:</source>
        <translation>&amp;Next review by:</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/release_settings.py" line="50"/>
        <source>Next review date</source>
        <translation>Next review date</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../policyeditor/ui/versions/review_banner.py" line="41"/>
        <source>This policy was due for review by %1. Review it, then set the next date.</source>
        <translation>This policy was due for review by %1. Review it, then set the next date.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="180"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="200"/>
        <source>Cannot Record Sign-off</source>
        <translation>Cannot Record Sign-off</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="221"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="257"/>
        <source>Cannot Publish</source>
        <translation>Cannot Publish</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="228"/>
        <source>Already Published</source>
        <translation>Already Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="229"/>
        <source>Version %1 is published and can no longer change.</source>
        <translation>Version %1 is published and can no longer change.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="255"/>
        <source>Not Published</source>
        <translation>Not Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="266"/>
        <source>Published version %1</source>
        <translation>Published version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="305"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="319"/>
        <location filename="../../policyeditor/ui/review/commands.py" line="334"/>
        <source>Release Notice</source>
        <translation>Release Notice</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="306"/>
        <source>A release notice belongs to a saved version. Save the draft as a version first.</source>
        <translation>A release notice belongs to a saved version. Save the draft as a version first.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/review/commands.py" line="339"/>
        <source>Release notice of version %1 saved</source>
        <translation>Release notice of version %1 saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="184"/>
        <source>Export Redline</source>
        <translation>Export Redline</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="137"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="146"/>
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
        <location filename="../../policyeditor/ui/versions/commands.py" line="90"/>
        <source>Save the Document First</source>
        <translation>Save the Document First</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="91"/>
        <source>Versions are kept in a workspace file. Choose where to save it.</source>
        <translation>Versions are kept in a workspace file. Choose where to save it.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="122"/>
        <source>Cannot Save Version</source>
        <translation>Cannot Save Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="131"/>
        <source>Saved version %1</source>
        <translation>Saved version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="144"/>
        <source>Cannot Approve</source>
        <translation>Cannot Approve</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="162"/>
        <source>Approved version %1</source>
        <translation>Approved version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="186"/>
        <source>Cannot Change Release Settings</source>
        <translation>Cannot Change Release Settings</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="202"/>
        <source>Cannot Open Version</source>
        <translation>Cannot Open Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="225"/>
        <source>Replace the draft with version %1? You can undo this.</source>
        <translation>Replace the draft with version %1? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="230"/>
        <source>Restore Version</source>
        <translation>Restore Version</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="232"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="237"/>
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/commands.py" line="242"/>
        <source>Draft restored from version %1</source>
        <translation>Draft restored from version %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="194"/>
        <source>An export is still running.</source>
        <translation>An export is still running.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="211"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="220"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="233"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/export/commands.py" line="234"/>
        <source>The file was not written.</source>
        <translation>The file was not written.</translation>
    </message>
</context>
<context>
    <name>VersionTimeline</name>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="26"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="27"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="28"/>
        <source>Flag acknowledged</source>
        <translation>Flag acknowledged</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="29"/>
        <source>Gate overridden</source>
        <translation>Gate overridden</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="30"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="48"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="49"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="50"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="51"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/timeline.py" line="53"/>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="36"/>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="97"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="37"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="38"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="94"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="96"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="98"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="101"/>
        <source>Saved versions</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="148"/>
        <source>Save the document as a workspace file to keep versions.</source>
        <translation>Save the document as a workspace file to keep versions.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="154"/>
        <source>No versions yet. Save Version keeps the draft as it is now.</source>
        <translation>No versions yet. Save Version keeps the draft as it is now.</translation>
    </message>
    <message>
        <location filename="../../policyeditor/ui/versions/versions_panel.py" line="170"/>
        <source>Published despite open flags by %1: %2</source>
        <translation>Published despite open flags by %1: %2</translation>
    </message>
</context>
</TS>
